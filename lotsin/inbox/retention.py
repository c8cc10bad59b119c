"""Retention: posts older than their channel's retention period are deleted (with their replies),
by the daily housekeeping. A crisis nobody has closed yet is kept until someone does."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from lotsin.core import audit
from lotsin.core.models import Organization
from lotsin.inbox.models import (
    OPEN_STATUSES,
    Channel,
    ContactStatus,
    FirstContact,
    Post,
    Urgency,
)


@transaction.atomic
def purge_expired(organization: Organization, now: datetime.datetime | None = None) -> int:
    now = now or timezone.now()
    deleted = 0
    for channel in Channel.objects.filter(organization=organization):
        cutoff = now - datetime.timedelta(days=channel.retention_days)
        old = Post.objects.filter(organization=organization, channel=channel, posted_at__lt=cutoff)
        old = old.exclude(Q(urgency=Urgency.CRISIS) & Q(status__in=OPEN_STATUSES))
        count, _by_model = old.delete()
        deleted += count
        FirstContact.objects.filter(
            organization=organization, channel=channel, created_at__lt=cutoff
        ).exclude(status=ContactStatus.OPEN).delete()
    if deleted:
        audit.record(
            action="inbox.retention.purged", organization=organization,
            data={"deleted_rows": deleted},
        )  # fmt: skip
    return deleted
