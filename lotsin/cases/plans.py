"""The support plan she co-designs: goals, steps (who does what by when) and the measures she
chose or declined. Every change writes a `PlanRevision` holding the whole plan, so that any
earlier state can be shown and two states compared ("changes are versioned").

The audit log names the item and the revision, never the plan's text."""

from __future__ import annotations

import datetime
from typing import Any, TypeVar

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.cases.models import (
    Goal,
    Measure,
    MeasureChoice,
    Participant,
    PlanRevision,
    PlanStep,
    StepStatus,
    Who,
)
from lotsin.core import audit

GOAL_FIELDS = ("text", "status")
GoalOrStep = TypeVar("GoalOrStep", Goal, PlanStep)
STEP_FIELDS = ("goal", "text", "who", "due_on", "status", "shared", "agreed")
MEASURE_FIELDS = ("chosen", "note")


# Snapshots and their differences ------------------------------------------------------------


def plan_snapshot(participant: Participant) -> dict[str, list[dict[str, Any]]]:
    """The whole plan as plain JSON (three queries). Items are keyed by their public id, so
    that a later revision can say what changed."""
    goals = [
        {"id": str(g.public_id), "text": g.text, "status": g.status}
        for g in Goal.objects.filter(participant=participant).order_by("position", "pk")
    ]
    steps = [
        {
            "id": str(s.public_id),
            "goal": str(s.goal.public_id) if s.goal else None,
            "text": s.text,
            "who": s.who,
            "due_on": s.due_on.isoformat() if s.due_on else None,
            "status": s.status,
            "shared": s.shared,
            "agreed": s.agreed_with_jobcenter,
        }
        for s in PlanStep.objects.filter(participant=participant).select_related("goal")
    ]
    measures = [
        {
            "id": m.measure,
            "measure": m.measure,
            "chosen": m.chosen,
            "note": m.note,
            "decided_on": m.decided_on.isoformat(),
        }
        for m in MeasureChoice.objects.filter(participant=participant).order_by("measure")
    ]
    return {"goals": goals, "steps": steps, "measures": measures}


def plan_diff(
    old: dict[str, list[dict[str, Any]]], new: dict[str, list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """What changed from `old` to `new`: one entry per item added, removed or changed, with
    the changed fields as (field, before, after)."""
    changes: list[dict[str, Any]] = []
    sections = (("goals", GOAL_FIELDS), ("steps", STEP_FIELDS), ("measures", MEASURE_FIELDS))
    for section, fields in sections:
        before = {item["id"]: item for item in old.get(section, [])}
        after = {item["id"]: item for item in new.get(section, [])}
        for key, item in after.items():
            if key not in before:
                changes.append({"section": section, "change": "added", "item": item, "fields": []})
                continue
            changed = [
                (f, before[key].get(f), item.get(f))
                for f in fields
                if before[key].get(f) != item.get(f)
            ]
            if changed:
                changes.append(
                    {"section": section, "change": "changed", "item": item, "fields": changed}
                )
        for key, item in before.items():
            if key not in after:
                changes.append(
                    {"section": section, "change": "removed", "item": item, "fields": []}
                )
    return changes


def _write_revision(*, actor: User | None, participant: Participant, change: str, item: str) -> int:
    """Snapshot the plan as the next revision and audit the change (inside the caller's
    transaction). The participant row is locked so that two coaches editing at once get
    consecutive numbers instead of a clash."""
    Participant.objects.select_for_update().filter(pk=participant.pk).values_list("pk").first()
    last = PlanRevision.objects.filter(participant=participant).aggregate(n=Max("number"))["n"]
    number = (last or 0) + 1
    PlanRevision.objects.create(
        organization=participant.organization,
        participant=participant,
        number=number,
        snapshot=plan_snapshot(participant),
        changed_by=actor,
    )
    audit.record(
        action="cases.plan.changed", organization=participant.organization, actor=actor,
        target=participant, data={"change": change, "item": item, "revision": number},
    )  # fmt: skip
    return number


# Validation -----------------------------------------------------------------------------------


def _clean_text(text: str, field: str = "text") -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({field: _("Write what it is.")})
    if len(text) > 2000:
        raise ValidationError({field: _("Keep it shorter (2,000 characters at most).")})
    return text


def _check_choice(value: str, choices: list[str], field: str) -> None:
    if value not in choices:
        raise ValidationError({field: _("Choose one of the options.")})


def _check_goal(goal: Goal | None, participant: Participant) -> None:
    if goal is not None and goal.participant_id != participant.pk:
        raise ValidationError({"goal": _("Choose one of her goals.")})


# Goals ---------------------------------------------------------------------------------------


@transaction.atomic
def add_goal(*, actor: User | None, participant: Participant, text: str) -> Goal:
    """A new goal at the end of her plan."""
    text = _clean_text(text)
    last = Goal.objects.filter(participant=participant).aggregate(n=Max("position"))["n"]
    goal = Goal.objects.create(
        organization=participant.organization, participant=participant, text=text,
        position=(last or 0) + 1,
    )  # fmt: skip
    _write_revision(
        actor=actor, participant=participant, change="goal_added", item=str(goal.public_id)
    )
    return goal


@transaction.atomic
def edit_goal(*, actor: User | None, goal: Goal, text: str, status: str) -> Goal:
    text = _clean_text(text)
    _check_choice(status, StepStatus.values, "status")
    if (goal.text, goal.status) == (text, status):
        return goal  # nothing changed: no revision
    goal.text, goal.status = text, status
    goal.save(update_fields=["text", "status"])
    _write_revision(
        actor=actor, participant=goal.participant, change="goal_changed",
        item=str(goal.public_id),
    )  # fmt: skip
    return goal


@transaction.atomic
def drop_goal(*, actor: User | None, goal: Goal) -> Goal:
    """Dropped, not deleted: the plan's history keeps what she once aimed for."""
    return _drop(actor, goal, "goal_dropped")


def _drop(actor: User | None, item: GoalOrStep, change: str) -> GoalOrStep:
    """Mark a goal or step dropped (once) and write the plan's revision."""
    if item.status == StepStatus.DROPPED:
        return item
    item.status = StepStatus.DROPPED
    item.save(update_fields=["status"])
    _write_revision(
        actor=actor, participant=item.participant, change=change, item=str(item.public_id)
    )
    return item


# Steps ---------------------------------------------------------------------------------------


@transaction.atomic
def add_step(
    *, actor: User | None, participant: Participant, text: str, who: str,
    due_on: datetime.date | None = None, goal: Goal | None = None, shared: bool = False,
    agreed_with_jobcenter: bool = False,
) -> PlanStep:  # fmt: skip
    """A step towards one of her goals: who does it (she, the coach, the Jobcenter) and by
    when. `shared` shows it to the Jobcenter office she consented to; `agreed_with_jobcenter`
    marks the "one voice" both sides keep to."""
    text = _clean_text(text)
    _check_choice(who, Who.values, "who")
    _check_goal(goal, participant)
    step = PlanStep.objects.create(
        organization=participant.organization, participant=participant, goal=goal, text=text,
        who=who, due_on=due_on, shared=shared, agreed_with_jobcenter=agreed_with_jobcenter,
    )  # fmt: skip
    _write_revision(
        actor=actor, participant=participant, change="step_added", item=str(step.public_id)
    )
    return step


@transaction.atomic
def edit_step(
    *, actor: User | None, step: PlanStep, text: str, who: str, due_on: datetime.date | None,
    status: str, goal: Goal | None = None, shared: bool = False,
    agreed_with_jobcenter: bool = False,
) -> PlanStep:  # fmt: skip
    text = _clean_text(text)
    _check_choice(who, Who.values, "who")
    _check_choice(status, StepStatus.values, "status")
    _check_goal(goal, step.participant)
    new = {
        "text": text, "who": who, "due_on": due_on, "status": status,
        "goal_id": goal.pk if goal else None, "shared": shared,
        "agreed_with_jobcenter": agreed_with_jobcenter,
    }  # fmt: skip
    if all(getattr(step, key) == value for key, value in new.items()):
        return step
    for key, value in new.items():
        setattr(step, key, value)
    step.save(update_fields=[key.removesuffix("_id") for key in new])
    _write_revision(
        actor=actor, participant=step.participant, change="step_changed",
        item=str(step.public_id),
    )  # fmt: skip
    return step


@transaction.atomic
def drop_step(*, actor: User | None, step: PlanStep) -> PlanStep:
    return _drop(actor, step, "step_dropped")


# Measures ------------------------------------------------------------------------------------


@transaction.atomic
def decide_measure(
    *, actor: User | None, participant: Participant, measure: str, chosen: bool, note: str = ""
) -> MeasureChoice:
    """She chose or declined a measure. Both are kept (with her reason, if she gave one), so
    that nobody offers her again what she said no to without knowing it."""
    _check_choice(measure, Measure.values, "measure")
    note = (note or "").strip()
    if len(note) > 300:
        raise ValidationError({"note": _("Keep the note shorter (300 characters at most).")})
    choice = MeasureChoice.objects.filter(participant=participant, measure=measure).first()
    if choice is not None and (choice.chosen, choice.note) == (chosen, note):
        return choice
    if choice is None:
        choice = MeasureChoice(
            organization=participant.organization, participant=participant, measure=measure
        )
    choice.chosen, choice.note = chosen, note
    choice.decided_on = timezone.localdate()
    choice.save()
    _write_revision(
        actor=actor, participant=participant,
        change="measure_chosen" if chosen else "measure_declined", item=measure,
    )  # fmt: skip
    return choice
