"""Enter the active organisation's scope for the whole request (UI and API alike)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django_scopes import scope

from lotsin.core.models import Organization
from lotsin.core.queries import get_user_roles, list_user_memberships

SESSION_KEY = "lotsin_active_org"


class OrganizationScopeMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.organization = None  # type: ignore[attr-defined]
        request.roles = set()  # type: ignore[attr-defined]
        token = getattr(request, "api_token", None)
        if token is not None:
            org = token.organization
            roles = get_user_roles(request.user, org)  # type: ignore[arg-type]
        elif request.user.is_authenticated:
            org, roles = self._session_organization(request)
        else:
            org, roles = None, set()
        if org is None:
            # No scope at all: scoped queries raise instead of leaking (fail closed).
            return self.get_response(request)
        request.organization = org  # type: ignore[attr-defined]
        request.roles = roles  # type: ignore[attr-defined]
        with scope(organization=org):
            return self.get_response(request)

    @staticmethod
    def _session_organization(request: HttpRequest) -> tuple[Organization | None, set[str]]:
        """The organisation chosen in the session (else her first) and her roles in it, from
        one query; the list of her organisations is kept for the page's switcher."""
        memberships = list_user_memberships(request.user)  # type: ignore[arg-type]
        orgs = list({org.pk: org for org, _role in memberships}.values())
        request.user_organizations = orgs  # type: ignore[attr-defined]
        wanted = request.session.get(SESSION_KEY)
        chosen = next((o for o in orgs if str(o.public_id) == wanted), None)
        chosen = chosen or (orgs[0] if orgs else None)
        if chosen is not None and str(chosen.public_id) != wanted:
            request.session[SESSION_KEY] = str(chosen.public_id)
        roles = {role for org, role in memberships if chosen is not None and org.pk == chosen.pk}
        return chosen, roles
