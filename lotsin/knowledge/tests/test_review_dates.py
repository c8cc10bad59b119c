"""The daily review-date check: warn once before, mark once after."""

import datetime as dt

from django.core import mail

from lotsin.core.models import AuditEvent
from lotsin.knowledge.services.review_dates import check_review_dates
from lotsin.knowledge.tasks import check_review_dates_task
from lotsin.knowledge.tests import factories


def test_warns_before_and_marks_after_once(scope_a, coordinator_a, lawyer_a):
    soon = factories.verified(scope_a, coordinator_a, lawyer_a, review_by=dt.date(2026, 12, 10))
    past = factories.verified(scope_a, coordinator_a, lawyer_a, review_by=dt.date(2026, 11, 1))
    later = factories.verified(scope_a, coordinator_a, lawyer_a, review_by=dt.date(2027, 9, 1))
    today = dt.date(2026, 11, 23)
    assert check_review_dates(scope_a, today) == (1, 1)
    assert check_review_dates(scope_a, today) == (0, 0)
    for version in (soon, past, later):
        version.refresh_from_db()
    assert soon.review_warned_at and not soon.expired_marked_at
    assert past.expired_marked_at and past.is_expired(today)
    assert not later.review_warned_at
    assert AuditEvent.objects.filter(action="knowledge.version.expired").count() == 1
    recipients = sorted(address for m in mail.outbox for address in m.to)
    assert recipients == sorted(["cora@example.org", "lena@example.org"] * 2)
    assert any("past its review date" in m.subject for m in mail.outbox)


def test_the_task_is_enqueued_with_the_organisation(org_a):
    result = check_review_dates_task.enqueue(org_a.pk)
    assert result.args == [org_a.pk]


def test_the_command_runs_for_every_organisation(org_a, org_b, capsys):
    from django.core.management import call_command

    call_command("kb", "review-dates")
    out = capsys.readouterr().out
    assert "org-a: warned 0, marked expired 0" in out and "org-b:" in out
