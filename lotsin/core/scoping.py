"""Tenant scoping that fails closed (django-scopes, as pretix does it).

Every model holding an organisation's data inherits `ScopedModel`. Its default manager raises
`ScopeError` unless a scope is active, so a query that forgot the organisation cannot silently
return another organisation's rows. The scope is entered once per entry point:
`OrganizationScopeMiddleware` for the UI and API, `organization_scope()` in tasks and commands.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from django.db import models
from django_scopes import ScopedManager, scope, scopes_disabled

if TYPE_CHECKING:
    from lotsin.core.models import Organization

__all__ = ["ScopedModel", "organization_scope", "scoped_manager", "scopes_disabled"]


def scoped_manager(queryset_class: type[models.QuerySet[Any]] | None = None) -> Any:
    base = queryset_class.as_manager().__class__ if queryset_class else models.Manager
    return ScopedManager(organization="organization", _manager_class=base)


class ScopedModel(models.Model):
    """Abstract base: a non-null organisation, a public UUID for URLs, and a scoped manager."""

    organization = models.ForeignKey(
        "core.Organization", on_delete=models.CASCADE, related_name="+", editable=False
    )
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    objects = scoped_manager()

    class Meta:
        abstract = True


@contextmanager
def organization_scope(organization: Organization) -> Iterator[None]:
    """Enter one organisation's scope (for tasks, commands and tests)."""
    if organization is None:  # a None scope would mean "all organisations" in django-scopes
        raise ValueError("organization_scope needs an organisation")
    with scope(organization=organization):
        yield
