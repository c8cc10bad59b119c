from __future__ import annotations

from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate

from lotsin.core import audit
from lotsin.core.access import active_organization, get_for_member
from lotsin.core.models import Membership, Organization
from lotsin.core.queries import get_user_roles, list_user_organizations
from lotsin.core.schemas import (
    BoundedPageNumberPagination,
    ErrorOut,
    MemberOut,
    MeOut,
    OrganizationOut,
)

router = Router(tags=["organisations"])

ERRORS = {401: ErrorOut, 404: ErrorOut}


def _org_out(org: Organization, request: HttpRequest) -> OrganizationOut:
    return OrganizationOut(
        id=org.public_id,
        slug=org.slug,
        name=org.name,
        active=org == request.organization,  # type: ignore[attr-defined]
        roles=sorted(get_user_roles(request.user, org)),  # type: ignore[arg-type]
    )


def _member_out(m: Membership) -> MemberOut:
    return MemberOut(
        id=m.public_id,
        username=m.user.username,
        first_name=m.user.first_name,
        last_name=m.user.last_name,
        role=m.role,
        since=m.created_at,
    )


@router.get("/me", response={200: MeOut, **ERRORS}, summary="The signed-in user")
def me(request: HttpRequest) -> MeOut:
    user = request.user
    return MeOut(
        id=user.public_id,
        username=user.username,
        first_name=user.first_name,  # type: ignore[union-attr]
        last_name=user.last_name,
        email=user.email,
        language=user.language,  # type: ignore[union-attr]
        organization=_org_out(active_organization(request), request),
    )


@router.get(
    "/organizations",
    response={200: list[OrganizationOut], **ERRORS},
    summary="Organisations you belong to",
)
@paginate(BoundedPageNumberPagination, page_size=50)
def organizations(request: HttpRequest) -> list[OrganizationOut]:
    return [_org_out(org, request) for org in list_user_organizations(request.user)]  # type: ignore[arg-type]


@router.get(
    "/members",
    response={200: list[MemberOut], **ERRORS},
    summary="Roles held in the token's organisation",
)
@paginate(BoundedPageNumberPagination, page_size=50)
def members(request: HttpRequest) -> list[MemberOut]:
    active_organization(request)
    members = [_member_out(m) for m in Membership.objects.select_related("user")]
    audit.log_list(request, Membership, len(members))
    return members


@router.get(
    "/members/{member_id}",
    response={200: MemberOut, **ERRORS},
    summary="One role held by one person",
)
def member(request: HttpRequest, member_id: str) -> MemberOut:
    membership = get_for_member(request, Membership, member_id)
    audit.log_read(request, membership)
    return _member_out(membership)
