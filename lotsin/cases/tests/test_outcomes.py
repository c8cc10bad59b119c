"""Outcomes: exit closes the case and schedules the 6- and 12-month follow-ups, follow-ups are
recorded through the page and the API, coaches are reminded once, and a cohort's figures."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.core import mail
from django.test import Client
from django.urls import reverse

from lotsin.accounts.services import create_token
from lotsin.cases import outcomes
from lotsin.cases.models import Consent, Outcome, Participant
from lotsin.core.housekeeping import DAILY_JOBS, run_daily
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope

TODAY = datetime.date(2026, 3, 2)


def _client(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def _api(user, org) -> Client:  # type: ignore[no-untyped-def]
    with organization_scope(org):
        token = create_token(user=user, organization=org, name="t").plaintext
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


def _participant(org, number: str = "2026-0001", **fields) -> Participant:  # type: ignore[no-untyped-def]
    fields.setdefault("opened_on", datetime.date(2025, 1, 15))
    with organization_scope(org):
        return Participant.objects.create(
            organization=org, case_number=number, name=f"Olena {number}", **fields
        )


@pytest.fixture
def coach(org_a, make_member):  # type: ignore[no-untyped-def]
    return make_member("cora", org_a, Role.COACH, language="de")


@pytest.fixture
def olena(org_a, coach):  # type: ignore[no-untyped-def]
    participant = _participant(org_a)
    with organization_scope(org_a):
        participant.coaches.add(coach)
    return participant


def test_months_are_added_safely() -> None:
    assert outcomes.add_months(datetime.date(2025, 8, 31), 6) == datetime.date(2026, 2, 28)
    assert outcomes.add_months(datetime.date(2023, 8, 31), 6) == datetime.date(2024, 2, 29)
    assert outcomes.add_months(datetime.date(2025, 3, 15), 12) == datetime.date(2026, 3, 15)
    assert outcomes.add_months(datetime.date(2025, 12, 31), 1) == datetime.date(2026, 1, 31)


@time_machine.travel(datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_exit_outcome_closes_the_case_and_schedules_the_follow_ups(org_a, coach, olena):  # type: ignore[no-untyped-def]
    response = _client(coach).post(
        reverse("cases:outcome_record", args=[olena.public_id]),
        {"kind": "exit", "status": "part_time", "on": "2025-08-31", "next": "/cases/"},
    )
    assert response.status_code == 302 and response["Location"] == "/cases/"
    with organization_scope(org_a):
        olena.refresh_from_db()
        assert olena.status == "closed" and olena.closed_on == datetime.date(2025, 8, 31)
        rows = {o.kind: o for o in Outcome.objects.filter(participant=olena)}
        assert rows["exit"].status == "part_time"
        assert rows["exit"].recorded_on == datetime.date(2025, 8, 31)
        assert rows["6m"].due_on == datetime.date(2026, 2, 28) and rows["6m"].status == ""
        assert rows["12m"].due_on == datetime.date(2026, 8, 31) and rows["12m"].status == ""
        event = AuditEvent.objects.get(action="cases.outcome.recorded")
        assert event.data == {"kind": "exit", "status": "part_time", "closed": True}
        assert "Olena" not in event.target_repr
        with pytest.raises(outcomes.OutcomeError):
            outcomes.record_exit(
                actor=coach, participant=olena, status="full_time", exited_on=TODAY
            )


@time_machine.travel(datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_follow_ups_through_the_api_with_reasons_for_bad_input(org_a, coach, olena):  # type: ignore[no-untyped-def]
    api = _api(coach, org_a)
    url = f"/api/v1/participants/{olena.public_id}/outcomes"

    def post(body: dict[str, str]):  # type: ignore[no-untyped-def]
        return api.post(url, body, content_type="application/json")

    early = post({"kind": "6m", "status": "full_time", "date": "2026-03-01"})
    assert early.status_code == 409 and "exit" in early.json()["detail"]
    assert post({"kind": "exit", "status": "employed"}).status_code == 400
    assert post({"kind": "later", "status": "full_time"}).status_code == 400
    assert post({"kind": "exit", "status": "job_seeking", "date": "2027-01-01"}).status_code == 400
    assert post({"kind": "exit", "status": "job_seeking", "date": "2024-01-01"}).status_code == 400
    exit_ = post({"kind": "exit", "status": "job_seeking", "date": "2025-08-01"})
    assert exit_.status_code == 201, exit_.content
    assert post({"kind": "exit", "status": "full_time"}).status_code == 409
    follow = post({"kind": "6m", "status": "training", "date": "2026-02-15"})
    assert follow.status_code == 201
    assert follow.json()["status"] == "training" and follow.json()["due_on"] == "2026-02-01"
    listed = api.get(url).json()
    assert [(o["kind"], o["status"]) for o in listed] == [
        ("exit", "job_seeking"), ("6m", "training"), ("12m", ""),
    ]  # fmt: skip


@time_machine.travel(datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_outcome_panel_form_over_htmx(org_a, coach, olena):  # type: ignore[no-untyped-def]
    url = reverse("cases:outcome_record", args=[olena.public_id])
    client = _client(coach)
    bad = client.post(url, {"kind": "exit", "status": "nonsense"}, HTTP_HX_REQUEST="true")
    assert bad.status_code == 400 and 'role="alert"' in bad.content.decode()
    ok = client.post(
        url, {"kind": "exit", "status": "training", "on": "2026-03-01"}, HTTP_HX_REQUEST="true"
    )
    assert ok.status_code == 200
    html = ok.content.decode()
    assert "Vocational training" in html and "Record the follow-up" in html


def test_reminder_goes_once_to_her_coaches_without_her_name(  # type: ignore[no-untyped-def]
    org_a, coach, olena, make_member, django_capture_on_commit_callbacks
):
    assert DAILY_JOBS["cases.outcome_reminders"] is outcomes.remind_due_outcomes
    with organization_scope(org_a):
        outcomes.record_exit(
            actor=coach, participant=olena, status="job_seeking",
            exited_on=datetime.date(2025, 8, 31),
        )  # fmt: skip
    with time_machine.travel(datetime.datetime(2026, 2, 27, 10, tzinfo=datetime.UTC)):
        with django_capture_on_commit_callbacks(execute=True):
            with organization_scope(org_a):
                assert outcomes.remind_due_outcomes(org_a) == 0
    assert mail.outbox == []
    with time_machine.travel(datetime.datetime(2026, 3, 1, 10, tzinfo=datetime.UTC)):
        with django_capture_on_commit_callbacks(execute=True):
            results = run_daily(org_a)
        assert results["cases.outcome_reminders"] == 1
        with django_capture_on_commit_callbacks(execute=True):
            assert run_daily(org_a)["cases.outcome_reminders"] == 0
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [coach.email]
    assert "2025-0001" not in message.body and "2026-0001" in message.body
    assert "Olena" not in message.body and "Olena" not in message.subject
    with organization_scope(org_a):
        six = Outcome.objects.get(participant=olena, kind="6m")
        assert six.reminded_at is not None
        assert Outcome.objects.get(participant=olena, kind="12m").reminded_at is None


@time_machine.travel(datetime.datetime(2026, 3, 2, 10, tzinfo=datetime.UTC), tick=False)
def test_cohort_figures_on_a_small_cohort(org_a, coach):  # type: ignore[no-untyped-def]
    # 2025 cohort of 10: 12-month outcomes 2 full-time + 1 mini-job (job), 2 training,
    # 1 left, 1 looking for work, 1 exit but no follow-up yet, 2 still open.
    twelve = ["full_time", "mini_job", "full_time", "training", "education", "left", "job_seeking"]
    people = [_participant(org_a, f"2025-{i:04d}") for i in range(1, 11)]
    outside = _participant(org_a, "2024-0001", opened_on=datetime.date(2024, 6, 1))
    with organization_scope(org_a):
        for p in [*people[:8], outside]:
            outcomes.record_exit(
                actor=coach, participant=p, status="job_seeking",
                exited_on=datetime.date(2025, 2, 1),
            )  # fmt: skip
        for p, status in [*zip(people, twelve, strict=False), (outside, "full_time")]:
            outcomes.record_follow_up(
                actor=coach, participant=p, kind="12m", status=status,
                recorded_on=datetime.date(2026, 2, 1),
            )  # fmt: skip
        figures = outcomes.cohort_figures(
            org_a, datetime.date(2025, 1, 1), datetime.date(2025, 12, 31)
        )
        assert (figures.cohort, figures.job, figures.training) == (10, 3, 2)
        assert (figures.positive, figures.negative, figures.other) == (5, 1, 1)
        assert (figures.unknown, figures.still_open) == (3, 2)
        assert figures.share(figures.positive) == 0.5
        assert figures.summary() == "50% positive after one year: 30% job, 20% training"
        assert figures.as_dict()["shares"]["job"] == 0.3
        at_exit = outcomes.cohort_figures(
            org_a, datetime.date(2025, 1, 1), datetime.date(2025, 12, 31), kind="exit"
        )
        assert (at_exit.other, at_exit.unknown, at_exit.positive) == (8, 2, 0)
        # A revoked funder-reporting consent leaves her out where the purpose requires it.
        for p in people[:4]:
            Consent.objects.create(
                organization=org_a, participant=p, purpose="funder", given_on=TODAY,
                form="paper", language="de", text_version="v1", text="...",
            )  # fmt: skip
        Consent.objects.filter(participant=people[0]).update(
            revoked_at=datetime.datetime.now(datetime.UTC)
        )
        consented = outcomes.cohort_figures(
            org_a, datetime.date(2025, 1, 1), datetime.date(2025, 12, 31),
            require_funder_consent=True,
        )  # fmt: skip
        assert (consented.cohort, consented.job, consented.training) == (3, 2, 1)
        empty = outcomes.cohort_figures(
            org_a, datetime.date(2020, 1, 1), datetime.date(2020, 12, 31)
        )
        assert empty.cohort == 0 and empty.share(empty.positive) == 0.0


def test_another_organisations_outcomes_are_404_through_ui_and_api(org_a, org_b, make_member):  # type: ignore[no-untyped-def]
    alma = make_member("alma", org_a, Role.ADMIN)
    foreign = _participant(org_b)
    assert (
        _client(alma)
        .post(
            reverse("cases:outcome_record", args=[foreign.public_id]),
            {"kind": "exit", "status": "full_time", "on": "2025-02-01"},
        )
        .status_code
        == 404
    )
    api = _api(alma, org_a)
    url = f"/api/v1/participants/{foreign.public_id}/outcomes"
    assert api.get(url).status_code == 404
    assert (
        api.post(
            url, {"kind": "exit", "status": "full_time"}, content_type="application/json"
        ).status_code
        == 404
    )
    with organization_scope(org_b):
        assert not Outcome.objects.exists()
        foreign.refresh_from_db()
        assert foreign.status == "intake"


def test_a_partner_cannot_record_outcomes(org_a, olena, make_member):  # type: ignore[no-untyped-def]
    petra = make_member("petra", org_a, Role.PARTNER)
    url = f"/api/v1/participants/{olena.public_id}/outcomes"
    body = {"kind": "exit", "status": "full_time"}
    assert _api(petra, org_a).post(url, body, content_type="application/json").status_code == 403
    assert (
        _client(petra)
        .post(reverse("cases:outcome_record", args=[olena.public_id]), {**body, "on": "2025-02-01"})
        .status_code
        == 404
    )
