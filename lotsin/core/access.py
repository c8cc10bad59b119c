"""The only way views and API calls fetch an organisation's objects.

Missing and forbidden look the same (404), so outsiders learn nothing about other
organisations. Role checks use the roles of the active organisation only.
"""

from __future__ import annotations

import functools
import uuid
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect

from lotsin.core.models import Organization

M = TypeVar("M", bound=models.Model)
View = Callable[..., HttpResponse]


def active_organization(request: HttpRequest) -> Organization:
    org = getattr(request, "organization", None)
    if org is None:
        raise Http404("no active organisation")
    return org


def has_role(request: HttpRequest, roles: Iterable[str]) -> bool:
    return bool(set(getattr(request, "roles", set())) & set(roles))


def get_for_member(
    request: HttpRequest, model: type[M], public_id: Any, *, roles: Iterable[str] | None = None
) -> M:
    """Fetch one object of the active organisation by its public id, else 404."""
    org = active_organization(request)
    if roles is not None and not has_role(request, roles):
        raise Http404("not found")
    try:
        key = uuid.UUID(str(public_id))
    except ValueError as exc:
        raise Http404("not found") from exc
    obj = model._default_manager.filter(public_id=key, organization=org).first()
    if obj is None:
        raise Http404("not found")
    return obj


def member_required(roles: Iterable[str] | None = None) -> Callable[[View], View]:
    """View decorator: signed in, member of an active organisation, holding one of `roles`."""
    wanted = set(roles) if roles else None

    def decorator(view: View) -> View:
        @functools.wraps(view)
        def wrapped(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
            if not request.user.is_authenticated:
                from django.contrib.auth.views import redirect_to_login

                return redirect_to_login(request.get_full_path())
            if getattr(request, "organization", None) is None:
                return redirect("core:no_organization")
            if wanted is not None and not has_role(request, wanted):
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
