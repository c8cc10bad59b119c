from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import registered_actions
from lotsin.core.models import Role


class DateInput(forms.DateInput):
    input_type = "date"


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(label=_("Action"), required=False)
    actor = forms.CharField(label=_("User name"), required=False, max_length=150)
    target_type = forms.CharField(label=_("Object type"), required=False, max_length=80)
    since = forms.DateField(label=_("From"), required=False, widget=DateInput)
    until = forms.DateField(label=_("Until"), required=False, widget=DateInput)

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        actions = sorted((name, str(a.label)) for name, a in registered_actions().items())
        self.fields["action"].choices = [("", _("All actions")), *actions]  # type: ignore[attr-defined]

    def clean(self) -> dict[str, object]:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:  # type: ignore[operator]
            self.add_error("until", _("The end date lies before the start date."))
        return data


class OrganizationSettingsForm(forms.Form):
    require_2fa_roles = forms.MultipleChoiceField(
        label=_("Roles that must use two-factor sign-in"),
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("People with one of these roles set up an authenticator app at next sign-in."),
    )
