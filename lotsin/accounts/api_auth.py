"""Authentication for django-ninja: personal tokens, or the browser session (with CSRF)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja.errors import HttpError
from ninja.security import HttpBearer, SessionAuth

from lotsin.accounts.middleware import needs_two_factor


class OrganizationTokenAuth(HttpBearer):
    """The token was already resolved by ApiTokenMiddleware, which also entered its scope."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        if getattr(request, "api_token", None) is not None:
            return request.api_token  # type: ignore[attr-defined]
        raise HttpError(401, request.api_token_error or "invalid token")  # type: ignore[attr-defined]


class OrganizationSessionAuth(SessionAuth):
    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        if getattr(request, "api_token_error", None):
            return None
        if not request.user.is_authenticated or needs_two_factor(request):
            return None
        if getattr(request, "organization", None) is None:
            return None
        return request.user


API_AUTH = [OrganizationTokenAuth(), OrganizationSessionAuth()]
