"""Every write to the directory goes through these functions (UI, API and importer alike)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.db import transaction

from lotsin.core import audit
from lotsin.directory.models import Service

if TYPE_CHECKING:
    from lotsin.accounts.models import User
    from lotsin.core.models import Organization

# The fields a person, the API or an import file may set.
EDITABLE_FIELDS = (
    "kind",
    "external_id",
    "name",
    "provider",
    "description",
    "descriptions",
    "topics",
    "languages",
    "district",
    "address",
    "latitude",
    "longitude",
    "opening_hours",
    "phone",
    "web",
    "email",
    "women_only",
    "childcare_on_site",
    "free_of_charge",
    "accessible",
    "online_option",
    "scope",
    "public",
    "is_demo",
)


def _apply(service: Service, data: Mapping[str, Any]) -> list[str]:
    unknown = set(data) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {', '.join(sorted(unknown))}")
    changed = []
    for name, value in data.items():
        if isinstance(value, str):
            value = value.strip()
        if getattr(service, name) != value:
            setattr(service, name, value)
            changed.append(name)
    return changed


def create_service(
    *,
    organization: Organization,
    actor: User | None,
    data: Mapping[str, Any],
    actor_kind: str | None = None,
) -> Service:
    """Create one directory entry; raises ValidationError (by field) when the data is bad."""
    service = Service(organization=organization)
    _apply(service, data)
    service.full_clean()
    with transaction.atomic():
        service.save()
        audit.record(
            action="directory.service.created",
            organization=organization,
            actor=actor,
            actor_kind=actor_kind,
            target=service,
            data={"kind": service.kind},
        )
    return service


def update_service(
    *,
    service: Service,
    actor: User | None,
    data: Mapping[str, Any],
    actor_kind: str | None = None,
) -> list[str]:
    """Change the given fields; returns the names of those that changed (none: no write)."""
    changed = _apply(service, data)
    if not changed:
        return []
    try:
        service.full_clean()
    except ValidationError:
        service.refresh_from_db()  # the caller keeps an unchanged object
        raise
    with transaction.atomic():
        service.save()
        audit.record(
            action="directory.service.updated",
            organization=service.organization,
            actor=actor,
            actor_kind=actor_kind,
            target=service,
            data={"changed": changed},
        )
    return changed


def delete_service(*, service: Service, actor: User | None, actor_kind: str | None = None) -> None:
    with transaction.atomic():
        audit.record(
            action="directory.service.deleted",
            organization=service.organization,
            actor=actor,
            actor_kind=actor_kind,
            target=service,
            data={"kind": service.kind},
        )
        Service.objects.filter(pk=service.pk).delete()
