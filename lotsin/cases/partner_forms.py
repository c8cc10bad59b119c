"""Input shapes for the Jobcenter offices, the shared thread and outcomes."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lotsin.accounts.models import User
from lotsin.cases.models import OfficeKind, OutcomeKind, OutcomeStatus, PartnerOffice
from lotsin.cases.partners import MESSAGE_MAX, OfficeData, list_case_members, list_partner_members
from lotsin.core.models import Organization


class PersonChoiceMixin:
    def label_from_instance(self, obj: User) -> str:
        return obj.get_full_name() or obj.username


class PeopleField(PersonChoiceMixin, forms.ModelMultipleChoiceField):  # type: ignore[misc]
    pass


class PersonField(PersonChoiceMixin, forms.ModelChoiceField):  # type: ignore[misc]
    pass


class OfficeForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    kind = forms.ChoiceField(label=_("Kind"), choices=OfficeKind.choices)
    address = forms.CharField(label=_("Address"), max_length=300, required=False)
    contact_persons = PeopleField(
        label=_("Their contact persons"),
        queryset=User.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "Members with the partner role. Each sees only the cases that consented to this office."
        ),
    )
    our_contact = PersonField(
        label=_("Our contact person"), queryset=User.objects.none(), required=False
    )

    def __init__(
        self, *args: Any, organization: Organization, office: PartnerOffice | None = None,
        **kwargs: Any,
    ) -> None:  # fmt: skip
        # Unbound (`None` or no data at all): the office's current values fill the form.
        unbound = (args[0] if args else kwargs.get("data")) is None
        if office is not None and unbound and "initial" not in kwargs:
            kwargs["initial"] = {
                "name": office.name, "kind": office.kind, "address": office.address,
                "contact_persons": list(office.contact_persons.all()),
                "our_contact": office.our_contact,
            }  # fmt: skip
        super().__init__(*args, **kwargs)
        self.fields["contact_persons"].queryset = list_partner_members(organization)  # type: ignore[attr-defined]
        self.fields["our_contact"].queryset = list_case_members(organization)  # type: ignore[attr-defined]

    def office_data(self) -> OfficeData:
        data = self.cleaned_data
        return OfficeData(
            name=data["name"], kind=data["kind"], address=data.get("address") or "",
            contact_persons=list(data.get("contact_persons") or []),
            our_contact=data.get("our_contact"),
        )  # fmt: skip


class MessageForm(forms.Form):
    text = forms.CharField(
        label=_("Message"), max_length=MESSAGE_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )
    office = forms.UUIDField(required=False, widget=forms.HiddenInput)


class OutcomeForm(forms.Form):
    kind = forms.ChoiceField(label=_("When"), choices=OutcomeKind.choices)
    status = forms.ChoiceField(label=_("Her situation"), choices=OutcomeStatus.choices)
    on = forms.DateField(
        label=_("Date"),
        initial=timezone.localdate,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
