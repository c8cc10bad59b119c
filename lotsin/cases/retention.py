"""Retention: closed cases are anonymised once they have been closed longer than the retention
period (`LOTSIN_CASE_RETENTION_DAYS`, three years by default), by the daily housekeeping. They
are anonymised exactly like an erasure (`lotsin.cases.rights`), so the anonymous statistics a
funder needs stay."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.db.models.functions import Coalesce
from django.utils import timezone

from lotsin.cases.models import CaseStatus, Participant
from lotsin.cases.rights import anonymise_many
from lotsin.core import audit
from lotsin.core.housekeeping import register_daily
from lotsin.core.models import ActorKind, Organization

BATCH = 200  # cases per transaction: a first run on an old installation stays manageable


def retention_days() -> int:
    return int(settings.CASE_RETENTION_DAYS)


def due_for_anonymisation(organization: Organization, today: datetime.date) -> list[int]:
    cutoff = today - datetime.timedelta(days=retention_days())
    # A case closed without a date (data from before the date was kept) counts from her last
    # contact, else from its opening: it must not be kept for ever.
    closed = Coalesce("closed_on", "last_contact_on", "opened_on")
    return list(
        Participant.objects.filter(
            organization=organization, status=CaseStatus.CLOSED, anonymised_at__isnull=True
        )
        .alias(closed=closed)
        .filter(closed__lt=cutoff)
        .values_list("pk", flat=True)
    )


def anonymise_closed(organization: Organization, today: datetime.date | None = None) -> int:
    """Anonymise the organisation's cases closed before the retention period; returns how
    many. Audited once per run as `cases.retention.anonymised` with the count."""
    today = today or timezone.localdate()
    pks = due_for_anonymisation(organization, today)
    for start in range(0, len(pks), BATCH):
        batch = list(
            Participant.objects.filter(
                organization=organization, pk__in=pks[start : start + BATCH]
            ).select_related("organization")
        )
        anonymise_many(batch)
    if pks:
        audit.record(
            action="cases.retention.anonymised", organization=organization,
            actor_kind=ActorKind.TASK, data={"count": len(pks), "days": retention_days()},
        )  # fmt: skip
    return len(pks)


register_daily("cases-retention", anonymise_closed)
