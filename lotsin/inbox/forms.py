"""Input shapes of the inbox."""

from __future__ import annotations

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy

from lotsin.core.topics import Topic
from lotsin.inbox.models import Platform


class ChannelForm(forms.Form):
    name = forms.CharField(label=gettext_lazy("Name"), max_length=200)
    platform = forms.ChoiceField(label=gettext_lazy("Platform"), choices=Platform.choices)
    languages = forms.CharField(
        label=gettext_lazy("Languages (codes, comma-separated)"), required=False
    )


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("Export file"))
    file_format = forms.ChoiceField(
        label=gettext_lazy("Format"),
        choices=[(f, f) for f in ("auto", "telegram", "whatsapp", "messenger", "csv", "jsonl")],
    )
    timezone = forms.CharField(label=gettext_lazy("Time zone"), initial="Europe/Berlin")


SNOOZE_CHOICES = [
    ("1", gettext_lazy("1 hour")),
    ("3", gettext_lazy("3 hours")),
    ("tomorrow", gettext_lazy("Tomorrow morning")),
    ("72", gettext_lazy("3 days")),
    ("custom", gettext_lazy("Until…")),
]


def snooze_until(choice: str, custom: str | None) -> datetime.datetime:
    """The end of a snooze from the form's choice, in the organisation's time zone."""
    now = timezone.localtime()
    if choice == "tomorrow":
        morning = (now + datetime.timedelta(days=1)).replace(hour=9, minute=0, second=0)
        return morning.replace(microsecond=0)
    if choice == "custom":
        field = forms.DateTimeField(input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"])
        value = field.clean(custom or "")
        return timezone.make_aware(value) if timezone.is_naive(value) else value
    if choice in {"1", "3", "72"}:
        return now + datetime.timedelta(hours=int(choice))
    raise ValidationError(gettext("Choose how long to snooze the post."))


class FirstContactForm(forms.Form):
    follow_up_on = forms.DateField(
        label=gettext_lazy("Follow up on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    note = forms.CharField(
        label=gettext_lazy("Note (how to reach her, what she asked for)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class LegalTopicsForm(forms.Form):
    legal_topics = forms.MultipleChoiceField(
        label=gettext_lazy("Legal topics: free-text replies on them need a lawyer's approval"),
        choices=Topic.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
