"""Reads of the directory for the list pages, the public page and the API."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from django.utils import timezone

from lotsin.core.queries import json_list_has
from lotsin.directory.models import Service, ServiceKind
from lotsin.directory.opening import is_open_at


@dataclass(frozen=True)
class ServiceFilters:
    topic: str = ""
    language: str = ""
    district: str = ""
    kind: str = ""
    q: str = ""
    open_now: bool = False
    public_only: bool = False


def filter_services(filters: ServiceFilters) -> QuerySet[Service]:
    """Database filters only; hotlines first, then by name."""
    services = Service.objects.all()
    if filters.public_only:
        services = services.filter(public=True)
    if filters.topic:
        services = services.filter(json_list_has("topics", filters.topic))
    if filters.language:
        services = services.filter(json_list_has("languages", filters.language))
    if filters.district:
        services = services.filter(district=filters.district)
    if filters.kind:
        services = services.filter(kind=filters.kind)
    if filters.q:
        services = services.filter(
            Q(name__icontains=filters.q)
            | Q(provider__icontains=filters.q)
            | Q(description__icontains=filters.q)
        )
    hotlines_first = Case(
        When(kind=ServiceKind.HOTLINE, then=Value(0)), default=Value(1), output_field=IntegerField()
    )
    return services.order_by(hotlines_first, "name", "id")


def list_services(
    filters: ServiceFilters | None = None, *, now: datetime | None = None
) -> QuerySet[Service] | list[Service]:
    """Services matching `filters`; "open now" is decided in Python from the opening hours."""
    filters = filters or ServiceFilters()
    services = filter_services(filters)
    if not filters.open_now:
        return services
    moment = now or timezone.now()
    return [s for s in services if is_open_at(s, moment)]


def list_districts(*, public_only: bool = False) -> list[str]:
    services = Service.objects.exclude(district="")
    if public_only:
        services = services.filter(public=True)
    return sorted(set(services.values_list("district", flat=True)))


def list_languages(*, public_only: bool = False) -> list[str]:
    """Language codes that at least one service speaks."""
    services = Service.objects.filter(public=True) if public_only else Service.objects.all()
    return sorted(
        {code for codes in services.values_list("languages", flat=True) for code in codes}
    )
