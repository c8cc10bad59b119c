from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from lotsin.core.models import Role
from lotsin.core.navigation import navigation_for
from lotsin.core.queries import list_user_organizations


def shell(request: HttpRequest) -> dict[str, Any]:
    """What the base layout needs: active organisation, the others, and the menu."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": [], "user_organizations": []}
    return {
        "active_organization": getattr(request, "organization", None),
        "active_roles": [Role(r).label for r in sorted(getattr(request, "roles", set()))],
        # Read by the organisation middleware already (else, e.g. on an error page, here).
        "user_organizations": getattr(request, "user_organizations", None)
        or list(list_user_organizations(user)),
        "nav_items": navigation_for(request),
    }
