"""Who sees which participant. Coaches see the cases they hold, coordinators and administrators
all of their organisation's; a partner (Jobcenter contact person) sees only participants with an
active consent for exchange with her office, and of them only what is marked shared."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404, HttpRequest
from django.utils import timezone

from lotsin.accounts.models import User
from lotsin.cases.models import Consent, Participant, PartnerOffice, Purpose
from lotsin.core.access import active_organization, get_for_member, has_role
from lotsin.core.models import Organization, Role

CASE_ROLES = frozenset({Role.COACH, Role.COORDINATOR, Role.ADMIN})
ALL_CASES_ROLES = frozenset({Role.COORDINATOR, Role.ADMIN})
PARTNER_ROLES = frozenset({Role.PARTNER})


def active_partner_consents(organization: Organization) -> QuerySet[Consent]:
    today = timezone.localdate()
    return Consent.objects.filter(
        organization=organization, purpose=Purpose.PARTNER_EXCHANGE, revoked_at__isnull=True
    ).filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))


def participants_for(request: HttpRequest) -> QuerySet[Participant]:
    """The participants the signed-in member may open (coach: hers; coordinator: all)."""
    org = active_organization(request)
    people = Participant.objects.filter(organization=org, anonymised_at__isnull=True)
    if has_role(request, ALL_CASES_ROLES):
        return people
    if has_role(request, {Role.COACH}):
        return people.filter(coaches=request.user)
    return people.none()


def get_participant(request: HttpRequest, public_id: object) -> Participant:
    """One participant for a case worker, else 404 (missing and forbidden look the same)."""
    participant = get_for_member(request, Participant, public_id, roles=CASE_ROLES)
    if not participants_for(request).filter(pk=participant.pk).exists():
        raise Http404("not found")
    return participant


def partner_offices(user: User, organization: Organization) -> QuerySet[PartnerOffice]:
    return PartnerOffice.objects.filter(organization=organization, contact_persons=user)


def participants_for_partner(user: User, organization: Organization) -> QuerySet[Participant]:
    """Participants who consented to exchange with one of the partner's offices, right now."""
    offices = partner_offices(user, organization)
    consented = active_partner_consents(organization).filter(
        participant=OuterRef("pk"), office__in=offices
    )
    return Participant.objects.filter(organization=organization, anonymised_at__isnull=True).filter(
        Exists(consented)
    )


def get_participant_for_partner(request: HttpRequest, public_id: object) -> Participant:
    participant = get_for_member(request, Participant, public_id, roles=PARTNER_ROLES)
    org = active_organization(request)
    allowed = participants_for_partner(request.user, org)  # type: ignore[arg-type]
    if not allowed.filter(pk=participant.pk).exists():
        raise Http404("not found")
    return participant


def can_see_private_notes(request: HttpRequest, participant: Participant) -> bool:
    """Private session notes: her coaches, and coordinators when needed."""
    if has_role(request, ALL_CASES_ROLES):
        return True
    return participant.coaches.filter(pk=request.user.pk).exists()
