"""Input shapes of the inbox."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

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
