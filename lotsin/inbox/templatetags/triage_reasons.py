"""`{{ post.triage_why.question|reason_label }}`: the engine's rule names in the user's language."""

from django import template

from lotsin.inbox.reasons import reason_label

register = template.Library()
register.filter("reason_label", reason_label)
