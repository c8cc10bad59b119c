"""Input shapes for the plan, sessions and referrals. Choices that depend on the case (her goals,
the directory's services) are passed in, so that a panel builds its forms without queries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lotsin.cases.models import Measure, ReferralStatus, SessionChannel, StepStatus, Who
from lotsin.core.languages import language_choices
from lotsin.core.topics import Topic

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class GoalForm(forms.Form):
    text = forms.CharField(
        label=_("Goal"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"})
    )
    status = forms.ChoiceField(
        label=_("Status"), choices=StepStatus.choices, initial=StepStatus.OPEN, required=False
    )


class StepForm(forms.Form):
    text = forms.CharField(
        label=_("Step"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"})
    )
    goal = forms.ChoiceField(label=_("For the goal"), required=False)
    who = forms.ChoiceField(label=_("Who does it"), choices=Who.choices, initial=Who.PARTICIPANT)
    due_on = forms.DateField(label=_("Due on"), required=False, widget=DATE)
    status = forms.ChoiceField(
        label=_("Status"), choices=StepStatus.choices, initial=StepStatus.OPEN, required=False
    )
    shared = forms.BooleanField(
        label=_("Shared with the Jobcenter (only with her consent to that office)"),
        required=False,
    )
    agreed_with_jobcenter = forms.BooleanField(label=_("Agreed with the Jobcenter"), required=False)

    def __init__(self, *args: Any, goals: Sequence[tuple[str, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["goal"].choices = [("", _("No particular goal")), *goals]


class MeasureForm(forms.Form):
    measure = forms.ChoiceField(label=_("Measure"), choices=Measure.choices)
    decision = forms.ChoiceField(
        label=_("Her decision"),
        choices=[("chosen", _("She chose it")), ("declined", _("She declined it"))],
        widget=forms.RadioSelect,
        initial="chosen",
    )
    note = forms.CharField(
        label=_("Note (for example why)"), max_length=300, required=False,
        widget=forms.TextInput(attrs={"dir": "auto"}),
    )  # fmt: skip


class SessionForm(forms.Form):
    held_on = forms.DateField(label=_("Date"), widget=DATE, initial=timezone.localdate)
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"), min_value=1, max_value=600, initial=60
    )
    channel = forms.ChoiceField(label=_("Channel"), choices=SessionChannel.choices)
    language = forms.ChoiceField(label=_("Language"), required=False)
    interpreter = forms.BooleanField(label=_("With an interpreter"), required=False)
    topics = forms.MultipleChoiceField(
        label=_("Topics"), choices=Topic.choices, required=False,
        widget=forms.CheckboxSelectMultiple,
    )  # fmt: skip
    next_steps = forms.CharField(
        label=_("Agreed next steps"), required=False,
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
    )  # fmt: skip
    notes = forms.CharField(
        label=_("Private notes (only her coaches see them)"), required=False,
        widget=forms.Textarea(attrs={"rows": 3, "dir": "auto"}),
    )  # fmt: skip
    shared_note = forms.CharField(
        label=_("Note for the Jobcenter (only with her consent to that office)"),
        required=False, widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
    )  # fmt: skip
    follow_up_on = forms.DateField(label=_("Follow up on"), required=False, widget=DATE)

    def __init__(self, *args: Any, show_notes: bool = True, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", "—"), *language_choices()]
        if not show_notes:
            del self.fields["notes"]


class ReferralForm(forms.Form):
    service = forms.ChoiceField(label=_("Service"))
    follow_up_on = forms.DateField(label=_("Follow up on"), required=False, widget=DATE)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"})
    )

    def __init__(self, *args: Any, services: Sequence[tuple[str, str]] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["service"].choices = [("", "—"), *services]


class ReferralStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=ReferralStatus.choices)
    follow_up_on = forms.DateField(label=_("Follow up on"), required=False, widget=DATE)
