"""Background tasks of the platform, and the helper every app's tasks use to enter a scope."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from django_tasks import task

from lotsin.core import health
from lotsin.core.models import Organization
from lotsin.core.scoping import organization_scope

R = TypeVar("R")


def in_organization(func: Callable[..., R]) -> Callable[..., R]:
    """Task body wrapper: the first argument is an organisation id; its scope is entered."""

    @functools.wraps(func)
    def wrapper(organization_id: int, *args: Any, **kwargs: Any) -> R:
        organization = Organization.objects.get(pk=organization_id)
        with organization_scope(organization):
            return func(organization, *args, **kwargs)

    return wrapper


@task()
def health_probe() -> dict[str, str]:
    """Runs in the worker: proves it reaches the database (used by /healthz tests and ops)."""
    return {"database": health.check()["database"]}


@task()
@in_organization
def count_members(organization: Organization) -> int:
    """A scoped task: how many roles the organisation has (smoke test for worker scoping)."""
    from lotsin.core.models import Membership

    return Membership.objects.count()
