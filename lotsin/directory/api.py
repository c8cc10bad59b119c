"""Directory API: the same services and queries as the pages."""

# No `from __future__ import annotations`: ninja reads the Query[...] annotation at runtime.
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils import timezone
from ninja import Query, Router, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from lotsin.core.access import active_organization, get_for_member, has_role
from lotsin.core.audit import actor_of
from lotsin.core.models import Role
from lotsin.core.schemas import BoundedPageNumberPagination, ErrorOut
from lotsin.directory import services
from lotsin.directory.languages import text_language
from lotsin.directory.models import Service
from lotsin.directory.opening import is_open_at
from lotsin.directory.queries import ServiceFilters, list_services
from lotsin.directory.referral import referral_text
from lotsin.directory.schemas import (
    ReferralOut,
    ServiceFilterIn,
    ServiceIn,
    ServiceOut,
    ServicePatch,
)
from lotsin.directory.validators import LANGUAGE_CODE

router = Router(tags=["directory"])

ERRORS = {401: ErrorOut, 404: ErrorOut}
WRITE_ERRORS = {**ERRORS, 400: ErrorOut, 403: ErrorOut, 422: ErrorOut}
EDITOR_ROLES = {Role.COORDINATOR, Role.ADMIN}


def _out(service: Service) -> ServiceOut:
    fields = {name: getattr(service, name) for name in services.EDITABLE_FIELDS}
    fields["demo"] = fields.pop("is_demo")
    for coordinate in ("latitude", "longitude"):
        value = fields[coordinate]
        fields[coordinate] = None if value is None else float(value)
    return ServiceOut(
        id=service.public_id,
        open_now=is_open_at(service, timezone.now()),
        created_at=service.created_at,
        updated_at=service.updated_at,
        **fields,
    )


def _require_editor(request: HttpRequest) -> None:
    if not has_role(request, EDITOR_ROLES):
        raise HttpError(403, "only coordinators and administrators change the directory")


# What null means for fields that the model never stores as NULL.
EMPTY: dict[str, Any] = {"topics": [], "languages": [], "descriptions": {}, "opening_hours": {}}
TEXT_FIELDS = {"external_id", "provider", "description", "district", "address", "phone", "web"}


def _data(payload: ServicePatch) -> dict[str, Any]:
    """Schema fields to service fields; only what the client sent."""
    data = payload.dict(exclude_unset=True)
    if "demo" in data:
        data["is_demo"] = data.pop("demo")
    for name, value in list(data.items()):
        if name in ("latitude", "longitude"):
            data[name] = None if value is None else Decimal(str(round(value, 6)))
        elif value is None and name in EMPTY:
            data[name] = EMPTY[name]
        elif value is None and name in TEXT_FIELDS | {"email"}:
            data[name] = ""
        elif value is None:
            raise HttpError(422, f"{name} cannot be null")
    return data


def _reason(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "; ".join(f"{field}: {' '.join(msgs)}" for field, msgs in exc.message_dict.items())
    return " ".join(exc.messages)


@router.get(
    "/services",
    response={200: list[ServiceOut], **ERRORS},
    summary="Directory entries (services and hotlines)",
)
@paginate(BoundedPageNumberPagination, page_size=50)
def service_list(request: HttpRequest, filters: Query[ServiceFilterIn]) -> list[ServiceOut]:
    active_organization(request)
    found = list_services(ServiceFilters(**filters.dict()))
    return [_out(s) for s in found]


@router.get("/services/{service_id}", response={200: ServiceOut, **ERRORS}, summary="One entry")
def service_detail(request: HttpRequest, service_id: str) -> ServiceOut:
    return _out(get_for_member(request, Service, service_id))


@router.get(
    "/services/{service_id}/referral",
    response={200: ReferralOut, **ERRORS, 422: ErrorOut},
    summary="Referral text in the asker's language",
)
def service_referral(request: HttpRequest, service_id: str, lang: str = "de") -> ReferralOut:
    service = get_for_member(request, Service, service_id)
    if not LANGUAGE_CODE.match(lang):
        raise HttpError(422, "lang must be an ISO 639 code such as uk or ar")
    return ReferralOut(
        language=lang, text_language=text_language(lang), text=referral_text(service, lang)
    )


@router.post("/services", response={201: ServiceOut, **WRITE_ERRORS}, summary="Add an entry")
def service_create(request: HttpRequest, payload: ServiceIn) -> Status[ServiceOut]:
    _require_editor(request)
    actor, kind = actor_of(request)
    try:
        service = services.create_service(
            organization=active_organization(request),
            actor=actor,
            actor_kind=kind,
            data=_data(payload),
        )
    except ValidationError as exc:
        raise HttpError(422, _reason(exc)) from exc
    return Status(201, _out(service))


@router.patch(
    "/services/{service_id}", response={200: ServiceOut, **WRITE_ERRORS}, summary="Change an entry"
)
def service_update(request: HttpRequest, service_id: str, payload: ServicePatch) -> ServiceOut:
    service = get_for_member(request, Service, service_id)
    _require_editor(request)
    actor, kind = actor_of(request)
    try:
        services.update_service(service=service, actor=actor, actor_kind=kind, data=_data(payload))
    except ValidationError as exc:
        raise HttpError(422, _reason(exc)) from exc
    return _out(service)


@router.delete(
    "/services/{service_id}", response={204: None, **WRITE_ERRORS}, summary="Delete an entry"
)
def service_delete(request: HttpRequest, service_id: str) -> Status[None]:
    service = get_for_member(request, Service, service_id)
    _require_editor(request)
    actor, kind = actor_of(request)
    services.delete_service(service=service, actor=actor, actor_kind=kind)
    return Status(204, None)
