"""Cases objects in the cross-organisation isolation suite (lotsin.core.isolation).

Each part of the cases app adds its models below; the suite fails for a scoped model that is
missing here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lotsin.core.isolation import IsolationCase, register

_numbers: dict[int, int] = {}


def _participant(org: Any) -> Any:
    from lotsin.cases.models import Participant

    _numbers[org.pk] = _numbers.get(org.pk, 0) + 1
    return Participant.objects.create(
        organization=org, case_number=f"2026-9{_numbers[org.pk]:03d}", name="Olena Test",
        preferred_languages=["uk"],
    )  # fmt: skip


def _consent(org: Any) -> Any:
    from lotsin.cases.models import Consent

    return Consent.objects.create(
        organization=org, participant=_participant(org), purpose="counselling",
        given_on=dt.date(2026, 1, 5), form="paper", language="uk", text_version="2026-1",
        text="…",
    )  # fmt: skip


def _register_participants() -> None:
    from lotsin.cases import models as m

    register(
        IsolationCase(
            m.Participant, _participant,
            ui=[
                ("cases:participant", "get"), ("cases:participant_edit", "get"),
                ("cases:participant_edit", "post"), ("cases:participant_status", "post"),
                ("cases:participant_coach", "post"), ("cases:consent_new", "post"),
                ("cases:consent_pdf", "get"),
            ],
        )
    )  # fmt: skip
    register(IsolationCase(m.Consent, _consent, ui=[("cases:consent_revoke", "post")]))


_register_participants()


def _register_partners() -> None:
    """Jobcenter offices, the shared thread and outcomes (partners.py, outcomes.py)."""
    from lotsin.cases import models as m

    def office(org: Any) -> Any:
        return m.PartnerOffice.objects.create(
            organization=org, name=f"Jobcenter {org.slug}", kind="jobcenter"
        )

    def message(org: Any) -> Any:
        return m.PartnerMessage.objects.create(
            organization=org, participant=_participant(org), office=office(org), text="Hallo"
        )

    def outcome(org: Any) -> Any:
        return m.Outcome.objects.create(
            organization=org, participant=_participant(org), kind="6m",
            due_on=dt.date(2026, 7, 1),
        )  # fmt: skip

    register(
        IsolationCase(
            m.PartnerOffice,
            office,
            ui=[("cases:office_edit", "get"), ("cases:office_delete", "post")],
        )
    )
    register(IsolationCase(m.PartnerMessage, message))
    register(IsolationCase(m.Outcome, outcome))
    register(
        IsolationCase(
            m.Participant, _participant,
            ui=[("cases:thread_post", "post"), ("cases:outcome_record", "post")],
            api=[
                ("/participants/{id}", "get"), ("/participants/{id}/plan", "get"),
                ("/participants/{id}/sessions", "get"), ("/participants/{id}/outcomes", "get"),
            ],
        )
    )  # fmt: skip


_register_partners()


def _register_plans() -> None:
    """Goals, steps, measures, revisions, sessions and referrals (plans.py, sessions.py...)."""
    from lotsin.cases import models as m

    def goal(org: Any) -> Any:
        return m.Goal.objects.create(organization=org, participant=_participant(org), text="Job")

    def step(org: Any) -> Any:
        return m.PlanStep.objects.create(
            organization=org, participant=_participant(org), text="CV", who="participant"
        )

    def measure(org: Any) -> Any:
        return m.MeasureChoice.objects.create(
            organization=org, participant=_participant(org), measure="mentoring", chosen=True
        )

    def revision(org: Any) -> Any:
        return m.PlanRevision.objects.create(
            organization=org, participant=_participant(org), number=1, snapshot={}
        )

    def session(org: Any) -> Any:
        return m.CounsellingSession.objects.create(
            organization=org, participant=_participant(org), held_on=dt.date(2026, 1, 5),
            duration_minutes=45, channel="phone", notes="private",
        )  # fmt: skip

    def referral(org: Any) -> Any:
        from lotsin.directory.models import Service

        service = Service.objects.create(organization=org, name="Beratung", topics=["work"])
        return m.Referral.objects.create(
            organization=org, participant=_participant(org), service=service
        )

    for model, make in [
        (m.Goal, goal), (m.PlanStep, step), (m.MeasureChoice, measure),
        (m.PlanRevision, revision), (m.CounsellingSession, session), (m.Referral, referral),
    ]:  # fmt: skip
        register(IsolationCase(model, make))
    register(
        IsolationCase(
            m.Participant, _participant,
            ui=[
                ("cases:plan", "get"), ("cases:plan_revisions", "get"),
                ("cases:plan_print", "get"), ("cases:sessions", "get"),
                ("cases:session_add", "post"), ("cases:plan_step_add", "post"),
                ("cases:referral_add", "post"),
            ],
        )
    )  # fmt: skip


_register_plans()


def _register_rights() -> None:
    """Export and erasure of one person (rights_views.py)."""
    from lotsin.cases import models as m

    register(
        IsolationCase(
            m.Participant, _participant,
            ui=[
                ("cases:person_export", "post"), ("cases:person_erase", "get"),
                ("cases:person_erase", "post"),
            ],
        )
    )  # fmt: skip


_register_rights()
