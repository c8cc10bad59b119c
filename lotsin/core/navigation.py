"""Role-aware main navigation. Later apps append their entries to NAV_ITEMS."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from lotsin.core.models import Role


@dataclass(frozen=True)
class NavItem:
    url_name: str
    label: str | Promise
    roles: frozenset[str] | None = None  # None: every member


NAV_ITEMS: list[NavItem] = [
    NavItem("core:home", _("Overview")),
    NavItem("core:members", _("People"), frozenset({Role.ADMIN, Role.COORDINATOR})),
    NavItem("core:audit", _("Audit log"), frozenset({Role.ADMIN})),
    NavItem("core:settings", _("Settings"), frozenset({Role.ADMIN})),
]


def navigation_for(request: HttpRequest) -> list[dict[str, object]]:
    if getattr(request, "organization", None) is None:
        return []
    roles = getattr(request, "roles", set())
    current = request.resolver_match.view_name if request.resolver_match else ""
    return [
        {"url": reverse(item.url_name), "label": item.label, "current": item.url_name == current}
        for item in NAV_ITEMS
        if item.roles is None or item.roles & roles
    ]
