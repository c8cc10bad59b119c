"""Input shapes for participants and their consents (no writes: the views call the services)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from lotsin.accounts.models import User
from lotsin.cases.access import CASE_ROLES
from lotsin.cases.models import (
    CaseStatus,
    ConsentForm,
    Measure,
    Participant,
    PartnerOffice,
    Purpose,
)  # fmt: skip
from lotsin.cases.participants import PROFILE_FIELDS
from lotsin.core.languages import language_choices
from lotsin.core.models import Membership, Organization


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs, format="%Y-%m-%d")


def ui_language_choices() -> list[tuple[str, str]]:
    return [(code, get_language_info(code)["name_local"]) for code, _name in settings.LANGUAGES]


class ParticipantForm(forms.ModelForm):  # type: ignore[type-arg]
    """Her profile. Never bound to an instance: the service compares and saves."""

    preferred_languages = forms.MultipleChoiceField(
        label=_("Preferred languages"),
        choices=language_choices,
        required=False,
        widget=forms.CheckboxSelectMultiple(attrs={"class": "language-choice"}),
    )

    class Meta:
        model = Participant
        fields = PROFILE_FIELDS
        widgets = {
            "education": forms.Textarea(attrs={"rows": 3}),
            "qualifications": forms.Textarea(attrs={"rows": 3}),
            "work_experience": forms.Textarea(attrs={"rows": 3}),
            "goals": forms.Textarea(attrs={"rows": 3}),
            "health_notes": forms.Textarea(attrs={"rows": 2}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "off"}),
            "children": forms.NumberInput(attrs={"min": 0, "max": 20}),
        }
        help_texts = {
            "health_notes": _(
                "Only what counselling needs (for example a disability that limits which work "
                "fits). Seen by her coaches only; never on lists, exports for partners or reports."
            ),
            "messenger": _("For example a Telegram or WhatsApp number; ask her consent first."),
        }

    def __init__(self, *args: Any, show_special: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if not show_special:
            for name in Participant.SPECIAL_FIELDS:
                self.fields.pop(name, None)
        self.fields["name"].widget.attrs["autocomplete"] = "off"

    def profile(self) -> dict[str, Any]:
        """The cleaned values for the services, only the fields this form showed."""
        return {name: self.cleaned_data[name] for name in self.fields}


class ConsentRecordForm(forms.Form):
    purpose = forms.ChoiceField(label=_("She agrees to"), choices=Purpose.choices)
    office = forms.ModelChoiceField(
        label=_("Office (for exchange with a Jobcenter or agency)"),
        queryset=PartnerOffice.objects.none(),
        required=False,
        to_field_name="public_id",
    )
    form = forms.ChoiceField(
        label=_("How she gave it"), choices=ConsentForm.choices, widget=forms.RadioSelect
    )
    witness = forms.CharField(label=_("Witness (for a verbal consent)"), required=False)
    language = forms.ChoiceField(label=_("Language of the text she read"), choices=[])
    given_on = forms.DateField(label=_("Given on"), widget=DateInput, initial=timezone.localdate)
    expires_on = forms.DateField(label=_("Ends on (optional)"), widget=DateInput, required=False)

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = PartnerOffice.objects.filter(  # type: ignore[attr-defined]
            organization=organization
        )
        self.fields["language"].choices = ui_language_choices()  # type: ignore[attr-defined]


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=CaseStatus.choices)


class CoachForm(forms.Form):
    coach = forms.ModelChoiceField(
        label=_("Add a coach"), queryset=User.objects.none(), to_field_name="username"
    )

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        members = Membership.objects.filter(organization=organization, role__in=CASE_ROLES)
        self.fields["coach"].queryset = User.objects.filter(  # type: ignore[attr-defined]
            pk__in=members.values("user")
        ).order_by("username")


class Tab:
    MINE = "mine"
    DUE = "due"
    NO_CONTACT = "no_contact"
    CONSENT_EXPIRING = "consent_expiring"
    ALL = "all"


TABS = [
    (Tab.MINE, _("My cases")),
    (Tab.DUE, _("Due this week")),
    (Tab.NO_CONTACT, _("No contact for 30 days")),
    (Tab.CONSENT_EXPIRING, _("Consent expiring")),
    (Tab.ALL, _("All cases")),
]


class ListFilterForm(forms.Form):
    tab = forms.ChoiceField(choices=TABS, required=False)
    status = forms.ChoiceField(
        label=_("Status"), choices=[("", _("Any status")), *CaseStatus.choices], required=False
    )
    measure = forms.ChoiceField(
        label=_("Measure she chose"),
        choices=[("", _("Any measure")), *Measure.choices],
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language"),
        choices=lambda: [("", _("All languages")), *language_choices()],
        required=False,
    )
    q = forms.CharField(label=_("Case number or name"), required=False, max_length=100)
