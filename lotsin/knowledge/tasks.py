"""Background tasks of the knowledge base (thin: enter the scope, call the service)."""

from __future__ import annotations

from django_tasks import task

from lotsin.core.models import Organization
from lotsin.core.tasks import in_organization
from lotsin.knowledge.services.review_dates import check_review_dates


@task()
@in_organization
def check_review_dates_task(organization: Organization) -> list[int]:
    warned, expired = check_review_dates(organization)
    return [warned, expired]
