"""Input shape of the new-post form (paste or share from a phone)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from lotsin.inbox.capture import MAX_TEXT, too_far_ahead
from lotsin.inbox.models import Channel


class CaptureForm(forms.Form):
    channel = forms.ChoiceField(
        label=_("Channel"),
        error_messages={
            "required": _("Choose the channel it was posted in."),
            "invalid_choice": _("Choose one of your organisation's channels."),
        },
    )
    text = forms.CharField(
        label=_("Message"),
        max_length=MAX_TEXT,
        widget=forms.Textarea(attrs={"rows": 8, "dir": "auto", "spellcheck": "false"}),
        error_messages={"required": _("Paste or write the message.")},
    )
    posted_at = forms.DateTimeField(
        label=_("Posted at"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        error_messages={
            "required": _("Say when it was posted."),
            "invalid": _("Enter a date and a time."),
        },
    )
    author = forms.CharField(
        label=_("Author's nickname (optional)"),
        required=False,
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "off", "dir": "auto"}),
        help_text=_(
            "Stored only as a pseudonym: her posts can be recognised as hers, "
            "but the name is not kept."
        ),
    )
    # Idempotency: the same token again returns the post stored the first time.
    token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        *args: Any,
        recent: Sequence[Channel] = (),
        others: Sequence[Channel] = (),
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        choices: list[Any] = []
        if not recent and len(others) > 1:  # no guess: a post in the wrong group misleads
            choices.append(("", _("Choose a channel")))
        if recent and others:
            choices.append((_("Recently used"), [(str(c.public_id), c.name) for c in recent]))
            choices.append((_("All channels"), [(str(c.public_id), c.name) for c in others]))
        else:
            choices += [(str(c.public_id), c.name) for c in [*recent, *others]]
        self.fields["channel"].choices = choices
        self.fields["posted_at"].help_text = gettext("Time zone: %(zone)s") % {
            "zone": timezone.get_current_timezone_name()
        }

    def clean_posted_at(self) -> dt.datetime:
        posted_at: dt.datetime = self.cleaned_data["posted_at"]
        if too_far_ahead(posted_at):
            raise forms.ValidationError(_("This time is in the future. Check the date and time."))
        return posted_at

    def clean_token(self) -> uuid.UUID:
        try:
            return uuid.UUID(self.cleaned_data.get("token") or "")
        except ValueError:
            return uuid.uuid4()  # a form without a token still works, only without that guard


def now_to_the_minute() -> dt.datetime:
    return timezone.localtime().replace(second=0, microsecond=0)
