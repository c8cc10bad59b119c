"""Input shapes of the bot page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy

from lotsin.bots.models import BotMode


class ConnectForm(forms.Form):
    # render_value: a typing mistake elsewhere must not make the coordinator paste it again.
    token = forms.CharField(
        label=gettext_lazy("Bot token"),
        max_length=200,
        widget=forms.PasswordInput(render_value=True, attrs={"autocomplete": "off"}),
        help_text=gettext_lazy("From @BotFather: /newbot, then copy the token it shows."),
    )
    mode = forms.ChoiceField(
        label=gettext_lazy("How the bot receives messages"),
        choices=BotMode.choices,
        initial=BotMode.WEBHOOK,
        widget=forms.RadioSelect,
    )


class BindForm(forms.Form):
    channel = forms.ChoiceField(label=gettext_lazy("Channel"), required=False)
    new_name = forms.CharField(
        label=gettext_lazy("or a new channel named"), max_length=200, required=False
    )

    def __init__(self, *args: object, channels: list[tuple[str, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["channel"].choices = [("", "—"), *channels]
