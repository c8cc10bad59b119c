"""The plan, sessions and referrals panels of the participant page, and how a plan revision is
shown. Each context function runs a fixed number of queries whatever the number of rows."""

from __future__ import annotations

import datetime
from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext as _

from lotsin.cases import access
from lotsin.cases.models import (
    Goal,
    Measure,
    MeasureChoice,
    Participant,
    PlanRevision,
    PlanStep,
    ReferralStatus,
    StepStatus,
    Who,
)
from lotsin.cases.panels import register_panel
from lotsin.cases.plan_forms import GoalForm, MeasureForm, ReferralForm, SessionForm, StepForm
from lotsin.cases.referrals import NEXT_STATUS, her_language, text_for
from lotsin.core.languages import local_name
from lotsin.core.topics import Topic
from lotsin.directory.models import Service, ServiceKind

LATEST_SESSIONS = 20
REFERRALS_SHOWN = 50
SERVICES_OFFERED = 500


def _label(choices: type[Any], code: Any) -> str:
    return str(choices(code).label) if code in choices.values else str(code or "")


def goal_choices(goals: list[Goal]) -> list[tuple[str, str]]:
    return [
        (str(g.public_id), g.text if len(g.text) <= 60 else g.text[:59] + "…")
        for g in goals
        if g.status != StepStatus.DROPPED
    ]


# Plan ----------------------------------------------------------------------------------------


def plan_context(request: HttpRequest, participant: Participant, **forms: Any) -> dict[str, Any]:
    """Goals with their steps, measures chosen and declined, the add forms (four queries)."""
    goals = list(Goal.objects.filter(participant=participant).order_by("position", "pk"))
    steps = list(PlanStep.objects.filter(participant=participant).order_by("due_on", "pk"))
    measures = list(MeasureChoice.objects.filter(participant=participant).order_by("measure"))
    revision = (
        PlanRevision.objects.filter(participant=participant)
        .order_by("-number")
        .values_list("number", flat=True)
        .first()
    )
    by_goal: dict[int | None, list[PlanStep]] = {}
    goals_by_pk = {g.pk: g for g in goals}
    for step in steps:
        step.goal = goals_by_pk.get(step.goal_id)  # type: ignore[assignment]  # no query
        by_goal.setdefault(step.goal_id if step.goal_id in goals_by_pk else None, []).append(step)
    decided = {m.measure for m in measures}
    return {
        "participant": participant,
        "goals": [{"goal": g, "steps": by_goal.get(g.pk, [])} for g in goals],
        "loose_steps": by_goal.get(None, []),
        "has_plan": bool(goals or steps or measures),
        "chosen": [m for m in measures if m.chosen],
        "declined": [m for m in measures if not m.chosen],
        "undecided": [(v, label) for v, label in Measure.choices if v not in decided],
        "revision": revision,
        "goal_form": forms.get("goal_form") or GoalForm(prefix="goal"),
        "step_form": forms.get("step_form") or StepForm(prefix="step", goals=goal_choices(goals)),
        "measure_form": forms.get("measure_form") or MeasureForm(prefix="measure"),
    }


# Sessions ------------------------------------------------------------------------------------


def topic_labels(codes: list[str]) -> list[str]:
    return [_label(Topic, code) for code in codes]


def sessions_context(
    request: HttpRequest, participant: Participant, **forms: Any
) -> dict[str, Any]:
    """Her latest sessions (two queries at most, whatever their number: one more row than
    shown tells whether there are more). Private notes stay out of the context for those who
    may not read them."""
    show_notes = access.can_see_private_notes(request, participant)
    sessions = list(participant.sessions.select_related("coach")[: LATEST_SESSIONS + 1])
    more = len(sessions) > LATEST_SESSIONS
    sessions = sessions[:LATEST_SESSIONS]
    for session in sessions:
        session.topic_names = topic_labels(session.topics)  # type: ignore[attr-defined]
        session.language_name = local_name(session.language) if session.language else ""  # type: ignore[attr-defined]
        if not show_notes:
            session.notes = ""
    return {
        "participant": participant,
        "sessions": sessions,
        "more": more,
        "show_notes": show_notes,
        "session_form": forms.get("session_form")
        or SessionForm(prefix="session", show_notes=show_notes),
    }


# Referrals -----------------------------------------------------------------------------------


def service_choices(participant: Participant) -> list[tuple[str, str]]:
    services = Service.objects.filter(
        organization_id=participant.organization_id, kind=ServiceKind.SERVICE
    ).only("public_id", "name")[:SERVICES_OFFERED]
    return [(str(s.public_id), s.name) for s in services]


def referrals_context(
    request: HttpRequest, participant: Participant, **forms: Any
) -> dict[str, Any]:
    """Her referrals with the directory's text in her language, and the add form (two
    queries)."""
    language = her_language(participant)
    referrals = list(participant.referrals.select_related("service")[:REFERRALS_SHOWN])
    for referral in referrals:
        referral.text = text_for(referral, language)  # type: ignore[attr-defined]
        referral.next_statuses = [  # type: ignore[attr-defined]
            (s, _label(ReferralStatus, s)) for s in NEXT_STATUS.get(referral.status, ())
        ]
    return {
        "participant": participant,
        "referrals": referrals,
        "language": language,
        "language_name": local_name(language),
        "referral_form": forms.get("referral_form")
        or ReferralForm(prefix="referral", services=service_choices(participant)),
    }


register_panel("plan", "cases/_plan.html", plan_context, 30)
register_panel("sessions", "cases/_sessions.html", sessions_context, 40)
register_panel("referrals", "cases/_referrals.html", referrals_context, 50)


# Revisions: display of a snapshot and of the changes between two ------------------------------


def _section_label(section: str) -> str:
    return {"goals": _("Goal"), "steps": _("Step"), "measures": _("Measure")}.get(section, section)


def _change_label(change: str) -> str:
    return {"added": _("added"), "changed": _("changed"), "removed": _("removed")}[change]


def _field_label(field: str) -> str:
    return {
        "text": _("text"),
        "status": _("status"),
        "goal": _("goal"),
        "who": _("who does it"),
        "due_on": _("due on"),
        "shared": _("shared with the Jobcenter"),
        "agreed": _("agreed with the Jobcenter"),
        "chosen": _("decision"),
        "note": _("note"),
    }.get(field, field)


def _value(field: str, value: Any, goals: dict[str, str]) -> str:
    if value is None or value == "":
        return "—"
    if field == "who":
        return _label(Who, value)
    if field == "status":
        return _label(StepStatus, value)
    if field == "goal":
        return goals.get(value, "—")
    if field == "chosen":
        return _("chosen") if value else _("declined")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    return str(value)


def item_label(section: str, item: dict[str, Any]) -> str:
    if section == "measures":
        return _label(Measure, item.get("measure"))
    return str(item.get("text", ""))


def describe_snapshot(snapshot: dict[str, Any]) -> dict[str, Any]:
    """A stored plan with its codes turned into words of the active language."""
    goals = {g["id"]: g["text"] for g in snapshot.get("goals", [])}
    return {
        "goals": [
            {"text": g["text"], "status": _value("status", g["status"], goals)}
            for g in snapshot.get("goals", [])
        ],
        "steps": [
            {
                "text": s["text"],
                "goal": _value("goal", s.get("goal"), goals),
                "who": _value("who", s["who"], goals),
                "due_on": datetime.date.fromisoformat(s["due_on"]) if s.get("due_on") else None,
                "status": _value("status", s["status"], goals),
                "shared": s.get("shared"),
                "agreed": s.get("agreed"),
            }
            for s in snapshot.get("steps", [])
        ],
        "measures": [
            {
                "label": _label(Measure, m["measure"]),
                "chosen": m["chosen"],
                "note": m.get("note", ""),
                "decided_on": m.get("decided_on"),
            }
            for m in snapshot.get("measures", [])
        ],
    }


def describe_changes(
    changes: list[dict[str, Any]], old: dict[str, Any], new: dict[str, Any]
) -> list[dict[str, Any]]:
    goals = {g["id"]: g["text"] for g in [*old.get("goals", []), *new.get("goals", [])]}
    return [
        {
            "change": c["change"],
            "what": _section_label(c["section"]),
            "how": _change_label(c["change"]),
            "label": item_label(c["section"], c["item"]),
            "fields": [
                {
                    "name": _field_label(f),
                    "before": _value(f, before, goals),
                    "after": _value(f, after, goals),
                }
                for f, before, after in c["fields"]
            ],
        }
        for c in changes
    ]
