"""Reads that span relations or cross organisations on purpose (marked and reviewed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Q, QuerySet

from lotsin.core.models import AuditEvent, Membership, Organization
from lotsin.core.scoping import scopes_disabled

if TYPE_CHECKING:
    from lotsin.accounts.models import User


def list_user_organizations(user: User) -> QuerySet[Organization]:
    """The organisations a person belongs to (needed before any scope exists)."""
    return Organization.objects.filter(
        pk__in=_memberships_of(user).values("organization_id")
    ).order_by("name")


def list_user_memberships(user: User) -> list[tuple[Organization, str]]:
    """(organisation, role) of every membership of a person, by organisation name, in one
    query: what a request needs before it enters a scope (the organisations and her roles)."""
    memberships = _memberships_of(user).select_related("organization")
    return [(m.organization, m.role) for m in memberships.order_by("organization__name", "pk")]


def get_user_roles(user: User, organization: Organization) -> set[str]:
    return set(
        _memberships_of(user).filter(organization=organization).values_list("role", flat=True)
    )


def _memberships_of(user: User) -> QuerySet[Membership]:
    # Reviewed: a user's own memberships decide which scope she may enter, so this read
    # cannot itself run inside a scope.
    with scopes_disabled():
        return Membership.objects.filter(user=user).all()


def list_members(organization: Organization) -> list[dict[str, object]]:
    """People of the active organisation with all their roles, one entry per person."""
    people: dict[int, dict[str, object]] = {}
    for m in Membership.objects.select_related("user").order_by("user__username", "role"):
        entry = people.setdefault(m.user_id, {"user": m.user, "roles": [], "memberships": []})
        entry["roles"].append(m.role)  # type: ignore[attr-defined]
        entry["memberships"].append(m)  # type: ignore[attr-defined]
    return list(people.values())


def list_audit_events(
    *,
    action: str = "",
    actor: str = "",
    target_type: str = "",
    since: object = None,
    until: object = None,
) -> QuerySet[AuditEvent]:
    events = AuditEvent.objects.select_related("actor_user")
    if action:
        events = events.filter(action=action)
    if actor:
        events = events.filter(actor_user__username=actor)
    if target_type:
        events = events.filter(target_type=target_type)
    if since:
        events = events.filter(created_at__date__gte=since)
    if until:
        events = events.filter(created_at__date__lte=until)
    return events


def json_list_has(field: str, code: str) -> Q:
    """Rows whose JSON list `field` holds the string `code`, on SQLite and PostgreSQL alike.

    SQLite has no JSON containment lookup; matching the quoted code in the JSON text cannot hit
    inside another code ("work" is not found in "network")."""
    return Q(**{f"{field}__icontains": f'"{code}"'})
