"""Enter the active organisation's scope for the whole request (UI and API alike)."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django_scopes import scope

from lotsin.core.queries import get_user_roles, list_user_organizations

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
        elif request.user.is_authenticated:
            org = self._session_organization(request)
        else:
            org = None
        if org is None:
            # No scope at all: scoped queries raise instead of leaking (fail closed).
            return self.get_response(request)
        request.organization = org  # type: ignore[attr-defined]
        request.roles = get_user_roles(request.user, org)  # type: ignore[attr-defined,arg-type]
        with scope(organization=org):
            return self.get_response(request)

    @staticmethod
    def _session_organization(request: HttpRequest):  # type: ignore[no-untyped-def]
        orgs = list_user_organizations(request.user)  # type: ignore[arg-type]
        wanted = request.session.get(SESSION_KEY)
        chosen = next((o for o in orgs if str(o.public_id) == wanted), None) or orgs.first()
        if chosen is not None and str(chosen.public_id) != wanted:
            request.session[SESSION_KEY] = str(chosen.public_id)
        return chosen
