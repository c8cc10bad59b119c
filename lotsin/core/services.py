"""Every write to organisations and memberships goes through these functions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db import transaction
from django.utils.text import slugify

from lotsin.core import audit
from lotsin.core.models import Membership, Organization, Role
from lotsin.core.scoping import organization_scope

if TYPE_CHECKING:
    from lotsin.accounts.models import User


def create_organization(*, name: str, slug: str = "", actor: User | None = None) -> Organization:
    """Create an organisation; the slug defaults to one derived from the name."""
    slug = slug or slugify(name)[:60]
    if not slug:
        raise ValueError("an organisation needs a name with letters or digits")
    with transaction.atomic():
        org = Organization.objects.create(name=name, slug=slug)
        with organization_scope(org):
            audit.record(
                action="core.organization.created",
                organization=org,
                actor=actor,
                target=org,
                data={"slug": slug},
            )
    return org


def add_membership(
    *, organization: Organization, user: User, role: str, actor: User | None = None
) -> Membership:
    """Give `user` a role in `organization`; giving a role she already has changes nothing."""
    if role not in Role.values:
        raise ValueError(f"unknown role {role!r}; roles are {', '.join(Role.values)}")
    with transaction.atomic(), organization_scope(organization):
        membership, created = Membership.objects.get_or_create(
            organization=organization, user=user, role=role
        )
        if created:
            audit.record(
                action="core.membership.added",
                organization=organization,
                actor=actor,
                target=membership,
                data={"role": role, "username": user.username},
            )
    return membership


def remove_membership(*, membership: Membership, actor: User | None) -> None:
    with transaction.atomic():
        audit.record(
            action="core.membership.removed",
            organization=membership.organization,
            actor=actor,
            target=membership,
            data={"role": membership.role, "username": membership.user.username},
        )
        Membership.objects.filter(pk=membership.pk).delete()


def set_required_2fa_roles(*, organization: Organization, roles: list[str], actor: User) -> None:
    unknown = set(roles) - set(Role.values)
    if unknown:
        raise ValueError(f"unknown roles: {', '.join(sorted(unknown))}")
    with transaction.atomic():
        before = list(organization.require_2fa_roles)
        organization.require_2fa_roles = sorted(set(roles))
        organization.save(update_fields=["require_2fa_roles"])
        audit.record(
            action="core.organization.settings_changed",
            organization=organization,
            actor=actor,
            target=organization,
            data={"require_2fa_roles": {"before": before, "after": organization.require_2fa_roles}},
        )
