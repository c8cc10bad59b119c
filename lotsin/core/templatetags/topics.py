"""`{{ post.topics|topic_labels }}`, `{{ code|topic_label }}`: the triage contract's topic codes
as words."""

from django import template

from lotsin.core import topics

register = template.Library()
register.filter("topic_labels", topics.topic_labels)
register.filter("topic_label", lambda code: topics.topic_labels([code]))
