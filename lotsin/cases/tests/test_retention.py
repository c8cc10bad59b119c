"""Retention: closed cases are anonymised after the retention period, by the daily job."""

from __future__ import annotations

import datetime

import pytest

from lotsin.cases.models import CounsellingSession, Outcome, Participant
from lotsin.cases.retention import anonymise_closed
from lotsin.cases.tests.test_rights import NAME, make_person, text_hits
from lotsin.core.housekeeping import DAILY_JOBS, run_daily
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope

TODAY = datetime.date(2028, 6, 1)


@pytest.fixture
def coach(make_member, org_a):  # type: ignore[no-untyped-def]
    return make_member("carla", org_a, Role.COACH)


def _case(org, coach, number, status, closed_on):  # type: ignore[no-untyped-def]
    person = make_person(org, coach, case_number=number)
    with organization_scope(org):
        Participant.objects.filter(pk=person.pk).update(status=status, closed_on=closed_on)
    return person


def test_closed_cases_older_than_the_period_are_anonymised(org_a, coach, settings):
    settings.CASE_RETENTION_DAYS = 365
    old = _case(org_a, coach, "OLD-1", "closed", TODAY - datetime.timedelta(days=400))
    young = _case(org_a, coach, "YOUNG-1", "closed", TODAY - datetime.timedelta(days=300))
    active = _case(org_a, coach, "OPEN-1", "active", None)
    with organization_scope(org_a):
        assert anonymise_closed(org_a, today=TODAY) == 1
        people = {p.case_number: p for p in Participant.objects.filter(organization=org_a)}
        assert people["OLD-1"].anonymised_at is not None and people["OLD-1"].name == "erased"
        assert people["YOUNG-1"].anonymised_at is None and people["YOUNG-1"].name == NAME
        assert people["OPEN-1"].anonymised_at is None
        # The statistics stay.
        assert CounsellingSession.objects.filter(participant=old).count() == 3
        assert Outcome.objects.filter(participant=old, status="part_time").exists()
        event = AuditEvent.objects.get(action="cases.retention.anonymised")
        assert event.data == {"count": 1, "days": 365} and event.actor_kind == "task"
        # Running again the same day finds nothing more to do and records nothing.
        assert anonymise_closed(org_a, today=TODAY) == 0
        assert AuditEvent.objects.filter(action="cases.retention.anonymised").count() == 1
        # Her own audit trail is redacted, the others' is not.
        assert AuditEvent.objects.filter(target_id=str(old.public_id), redacted=False).count() == 0
        assert AuditEvent.objects.filter(target_id=str(young.public_id), redacted=False).exists()
    assert active.pk != old.pk


def test_the_default_period_is_three_years(org_a, coach):
    _case(org_a, coach, "THREE-1", "closed", TODAY - datetime.timedelta(days=1094))
    with organization_scope(org_a):
        assert anonymise_closed(org_a, today=TODAY) == 0
        assert anonymise_closed(org_a, today=TODAY + datetime.timedelta(days=2)) == 1


def test_retention_leaves_no_trace_of_the_anonymised(org_a, coach, settings):
    settings.CASE_RETENTION_DAYS = 30
    _case(org_a, coach, "GONE-1", "closed", TODAY - datetime.timedelta(days=31))
    with organization_scope(org_a):
        anonymise_closed(org_a, today=TODAY)
    assert text_hits(NAME, "Zoryana", "+49 151 9988 7766") == []


def test_retention_runs_in_the_daily_housekeeping(org_a, org_b, coach, settings, make_member):
    assert "cases-retention" in DAILY_JOBS
    settings.CASE_RETENTION_DAYS = 0
    _case(org_a, coach, "DAILY-1", "closed", datetime.date(2020, 1, 1))
    other = _case(org_b, make_member("bianca", org_b, Role.COACH), "DAILY-1", "active", None)
    assert run_daily(org_a)["cases-retention"] == 1
    with organization_scope(org_b):
        assert Participant.objects.get(pk=other.pk).anonymised_at is None


def test_a_case_closed_without_a_date_counts_from_her_last_contact(org_a, coach, settings):
    settings.CASE_RETENTION_DAYS = 365
    stale = _case(org_a, coach, "NODATE-1", "closed", None)
    recent = _case(org_a, coach, "NODATE-2", "closed", None)
    with organization_scope(org_a):
        Participant.objects.filter(pk=stale.pk).update(
            last_contact_on=TODAY - datetime.timedelta(days=500)
        )
        Participant.objects.filter(pk=recent.pk).update(
            last_contact_on=TODAY - datetime.timedelta(days=10)
        )
        assert anonymise_closed(org_a, today=TODAY) == 1
        assert Participant.objects.get(pk=stale.pk).anonymised_at is not None
        assert Participant.objects.get(pk=recent.pk).anonymised_at is None
