"""API tokens for /api/ requests, and the two-factor gate for the UI."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect

from lotsin.accounts.services import TokenError, authenticate_token, confirmed_device

API_PREFIX = "/api/"
# The app shell (service worker, manifest, offline page) holds no personal data.
TWO_FACTOR_EXEMPT = (
    "/accounts/", "/static/", "/i18n/", "/healthz", "/sw.js", "/manifest.webmanifest",
    "/offline/", API_PREFIX,
)  # fmt: skip


class ApiTokenMiddleware:
    """Authenticate `Authorization: Bearer <token>` before the organisation scope is chosen."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.api_token = None  # type: ignore[attr-defined]
        request.api_token_error = None  # type: ignore[attr-defined]
        header = request.headers.get("Authorization", "")
        if request.path_info.startswith(API_PREFIX) and header:
            scheme, _, raw = header.partition(" ")
            if scheme.lower() != "bearer" or not raw.strip():
                request.api_token_error = "use 'Authorization: Bearer <token>'"  # type: ignore[attr-defined]
                request.user = AnonymousUser()
            else:
                try:
                    token = authenticate_token(raw.strip())
                except TokenError as exc:
                    request.api_token_error = str(exc)  # type: ignore[attr-defined]
                    request.user = AnonymousUser()
                else:
                    request.api_token = token  # type: ignore[attr-defined]
                    request.user = token.user
        return self.get_response(request)


def needs_two_factor(request: HttpRequest) -> str | None:
    """'verify' or 'setup' when this session must pass two-factor sign-in first, else None."""
    user = request.user
    if not user.is_authenticated or getattr(request, "api_token", None) is not None:
        return None
    if user.is_verified():  # type: ignore[union-attr]
        return None
    if confirmed_device(user) is not None:  # type: ignore[arg-type]
        return "verify"
    org = getattr(request, "organization", None)
    if org is not None and org.requires_2fa_for(getattr(request, "roles", set())):
        return "setup"
    return None


class RequireTwoFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not request.path_info.startswith(TWO_FACTOR_EXEMPT):
            step = needs_two_factor(request)
            if step == "verify":
                return redirect("accounts:two_factor_verify")
            if step == "setup":
                return redirect("accounts:two_factor_setup")
        return self.get_response(request)
