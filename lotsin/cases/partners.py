"""Jobcenter cooperation (PRODUCT.md "Cooperation with the Jobcenter"): partner offices with fixed
contact persons on both sides, the consented and shared slice a partner may read, and the shared
thread between her coaches and the office.

Access is decided per request through `lotsin.cases.access`: a revoked or expired consent ends
the partner's access at once. Nothing here returns private session notes, referral notes or the
special-category fields."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from lotsin.accounts.models import User
from lotsin.cases.access import active_partner_consents, partner_offices
from lotsin.cases.models import (
    CounsellingSession,
    OfficeKind,
    Outcome,
    Participant,
    PartnerMessage,
    PartnerOffice,
    PlanStep,
    Purpose,
)
from lotsin.core import audit
from lotsin.core.audit import ActionType, register_actions
from lotsin.core.models import Organization, Role

MESSAGE_MAX = 5000

# Office changes are organisation settings, not personal data, but who changed the contact
# persons matters when a partner's access is questioned.
register_actions(
    {
        "cases.office.created": ActionType(gettext_lazy("Partner office created")),
        "cases.office.changed": ActionType(gettext_lazy("Partner office changed")),
        "cases.office.deleted": ActionType(gettext_lazy("Partner office deleted")),
    }
)


class PartnerError(ValueError):
    """Bad input to a partner service; the message is shown to the user."""


# --- Offices ---------------------------------------------------------------------------------


def list_partner_members(organization: Organization) -> QuerySet[User]:
    """People of the organisation holding the partner role (candidates for contact persons)."""
    return (
        User.objects.filter(memberships__organization=organization, memberships__role=Role.PARTNER)
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def list_case_members(organization: Organization) -> QuerySet[User]:
    """People who may be an office's fixed contact person on our side."""
    return (
        User.objects.filter(
            memberships__organization=organization,
            memberships__role__in=[Role.COACH, Role.COORDINATOR, Role.ADMIN],
        )
        .distinct()
        .order_by("last_name", "first_name", "username")
    )


def list_offices(organization: Organization) -> QuerySet[PartnerOffice]:
    """Offices with contact persons, our contact and the number of active consents."""
    active = active_partner_consents(organization)
    return (
        PartnerOffice.objects.filter(organization=organization)
        .select_related("our_contact")
        .prefetch_related("contact_persons")
        .annotate(
            active_consents=Count(
                "consents", filter=Q(consents__in=active.values("pk")), distinct=True
            )
        )
    )


@dataclass
class OfficeData:
    name: str
    kind: str
    address: str = ""
    contact_persons: list[User] = field(default_factory=list)
    our_contact: User | None = None


def _check_office(
    organization: Organization, data: OfficeData, office: PartnerOffice | None
) -> None:
    errors: dict[str, list[str]] = {}
    name = data.name.strip()
    if not name:
        errors["name"] = [_("Give the office a name.")]
    clash = PartnerOffice.objects.filter(organization=organization, name=name)
    if office is not None:
        clash = clash.exclude(pk=office.pk)
    if name and clash.exists():
        errors["name"] = [_("An office with this name exists already.")]
    if data.kind not in OfficeKind.values:
        errors["kind"] = [_("Choose the kind of office.")]
    partners = set(list_partner_members(organization).values_list("pk", flat=True))
    if any(u.pk not in partners for u in data.contact_persons):
        errors["contact_persons"] = [
            _("Contact persons must be members of the organisation with the partner role.")
        ]
    if data.our_contact is not None and not (
        list_case_members(organization).filter(pk=data.our_contact.pk).exists()
    ):
        errors["our_contact"] = [_("Our contact person must be a coach or coordinator.")]
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_office(*, actor: User, organization: Organization, data: OfficeData) -> PartnerOffice:
    """Add a partner office with its fixed contact persons on both sides."""
    _check_office(organization, data, None)
    office = PartnerOffice.objects.create(
        organization=organization, name=data.name.strip(), kind=data.kind,
        address=data.address.strip(), our_contact=data.our_contact,
    )  # fmt: skip
    office.contact_persons.set(data.contact_persons)
    audit.record(
        action="cases.office.created", organization=organization, actor=actor, target=office,
        data={"contact_persons": len(data.contact_persons)},
    )  # fmt: skip
    return office


@transaction.atomic
def update_office(*, actor: User, office: PartnerOffice, data: OfficeData) -> PartnerOffice:
    """Change an office; removing a contact person ends her access to its cases at once."""
    _check_office(office.organization, data, office)
    before = set(office.contact_persons.values_list("pk", flat=True))
    office.name = data.name.strip()
    office.kind = data.kind
    office.address = data.address.strip()
    office.our_contact = data.our_contact
    office.save(update_fields=["name", "kind", "address", "our_contact"])
    office.contact_persons.set(data.contact_persons)
    after = {u.pk for u in data.contact_persons}
    audit.record(
        action="cases.office.changed", organization=office.organization, actor=actor,
        target=office,
        data={"contact_persons_added": len(after - before),
              "contact_persons_removed": len(before - after)},
    )  # fmt: skip
    return office


@transaction.atomic
def delete_office(*, actor: User, office: PartnerOffice) -> None:
    """Delete an office nobody consented to (a mistake, a closed office). Consents naming it are
    records of what she agreed to and keep it: removing its contact persons ends all access."""
    office = PartnerOffice.objects.select_for_update().get(pk=office.pk)
    consents = office.consents.count()
    if consents:
        raise PartnerError(
            ngettext(
                "%(count)d consent names this office, so it stays as their record. Remove its "
                "contact persons to end all access.",
                "%(count)d consents name this office, so it stays as their record. Remove its "
                "contact persons to end all access.",
                consents,
            )
            % {"count": consents}
        )
    audit.record(
        action="cases.office.deleted", organization=office.organization, actor=actor,
        target=office,
    )  # fmt: skip
    office.delete()


# --- What a partner sees ---------------------------------------------------------------------


def consented_offices(
    participant: Participant, offices: Iterable[PartnerOffice] | None = None
) -> QuerySet[PartnerOffice]:
    """Offices this participant has an active partner-exchange consent for (optionally only
    among `offices`)."""
    consents = active_partner_consents(participant.organization).filter(participant=participant)
    qs = PartnerOffice.objects.filter(
        organization=participant.organization, pk__in=consents.values("office_id")
    )
    if offices is not None:
        qs = qs.filter(pk__in=[o.pk for o in offices])
    return qs


def offices_for_partner_and_participant(
    user: User, participant: Participant
) -> list[PartnerOffice]:
    """Her offices that this participant consented to, right now (may be several)."""
    mine = partner_offices(user, participant.organization)
    return list(consented_offices(participant).filter(pk__in=mine.values("pk")))


def list_shared_cases(user: User, organization: Organization) -> QuerySet[Participant]:
    """The partner's "Shared cases": consented participants, with the consents to her offices
    prefetched as `partner_consents` (only fields a partner may see are loaded)."""
    from lotsin.cases.access import participants_for_partner

    mine = partner_offices(user, organization)
    consents = (
        active_partner_consents(organization)
        .filter(office__in=mine)
        .select_related("office")
        .only("pk", "participant_id", "office__name", "office__public_id", "given_on")
    )
    return (
        participants_for_partner(user, organization)
        .only("pk", "public_id", "case_number", "name", "preferred_languages", "german_level")
        .prefetch_related(Prefetch("consents", queryset=consents, to_attr="partner_consents"))
    )


@dataclass
class SharedSlice:
    """What the partner office may read of one participant."""

    participant: Participant
    offices: list[PartnerOffice]
    steps: list[PlanStep]
    sessions: list[dict[str, Any]]
    outcomes: list[Outcome]
    messages: list[PartnerMessage]


def shared_steps(participant: Participant) -> QuerySet[PlanStep]:
    return PlanStep.objects.filter(
        organization=participant.organization, participant=participant, shared=True
    ).only("pk", "public_id", "text", "who", "due_on", "status", "agreed_with_jobcenter")


def shared_sessions(participant: Participant) -> list[dict[str, Any]]:
    """Date, channel and the note for the Jobcenter; private notes are never even loaded."""
    return list(
        CounsellingSession.objects.filter(
            organization=participant.organization, participant=participant
        )
        .exclude(shared_note="")
        .values("public_id", "held_on", "channel", "shared_note")
    )


def thread(
    participant: Participant, offices: Iterable[PartnerOffice] | None = None
) -> QuerySet[PartnerMessage]:
    """The shared thread, oldest first, optionally only with `offices`."""
    messages = PartnerMessage.objects.filter(
        organization=participant.organization, participant=participant
    ).select_related("author", "office")
    if offices is not None:
        messages = messages.filter(office__in=[o.pk for o in offices])
    return messages


def shared_slice(user: User, participant: Participant) -> SharedSlice:
    """The consented, shared slice for a partner user (call only after
    `access.get_participant_for_partner`, which already refused everyone else)."""
    offices = offices_for_partner_and_participant(user, participant)
    return SharedSlice(
        participant=participant,
        offices=offices,
        steps=list(shared_steps(participant)),
        sessions=shared_sessions(participant),
        outcomes=list(
            Outcome.objects.filter(
                organization=participant.organization, participant=participant
            ).only("pk", "kind", "status", "due_on", "recorded_on")
        ),
        messages=list(thread(participant, offices)),
    )


def record_partner_view(request: HttpRequest, participant: Participant, via: str = "ui") -> None:
    """Every read by a partner is in the audit log (case number only, no name)."""
    audit.record_for_request(
        request, action="cases.partner.viewed", organization=participant.organization,
        target=participant, data={"via": via},
    )  # fmt: skip


# --- The shared thread -----------------------------------------------------------------------


@transaction.atomic
def choose_office(offices: list[PartnerOffice], wanted: object = None) -> PartnerOffice | None:
    """The office a message goes to: the one `wanted` names (a public id) among `offices`, or
    the only one when none is named; None when that is not one of them or is ambiguous."""
    if wanted is None:
        return offices[0] if len(offices) == 1 else None
    return next((o for o in offices if o.public_id == wanted), None)


def post_message(
    *, actor: User, participant: Participant, office: PartnerOffice, text: str
) -> PartnerMessage:
    """Post to the shared thread of one participant with one office. Needs her active consent
    to that office, checked here again so that no caller can skip it; the audit entry holds no
    text (the thread itself is the record)."""
    text = text.strip()
    if not text:
        raise PartnerError(_("Write a message first."))
    if len(text) > MESSAGE_MAX:
        raise PartnerError(
            _("A message can have at most %(max)d characters.") % {"max": MESSAGE_MAX}
        )
    if office.organization_id != participant.organization_id:
        raise PartnerError(_("Unknown office."))
    if not consented_offices(participant).filter(pk=office.pk).exists():
        raise PartnerError(_("She has not consented to exchange with this office."))
    side = "partner" if office.contact_persons.filter(pk=actor.pk).exists() else "coach"
    message = PartnerMessage.objects.create(
        organization=participant.organization, participant=participant, office=office,
        author=actor, text=text,
    )  # fmt: skip
    audit.record(
        action="cases.partner.message", organization=participant.organization, actor=actor,
        target=participant, data={"office": str(office.public_id), "side": side},
    )  # fmt: skip
    return message


# --- The coach's panel -----------------------------------------------------------------------


def coach_panel(participant: Participant) -> dict[str, Any]:
    """Context for the coach's "Jobcenter" panel in three queries, whatever the number of
    consents, messages or steps: consents (with offices), the thread, the shared steps."""
    today = timezone.localdate()
    consents = list(
        participant.consents.filter(purpose=Purpose.PARTNER_EXCHANGE, office__isnull=False)
        .select_related("office")
        .defer("text")
    )
    active: dict[int, PartnerOffice] = {}
    for consent in consents:
        if consent.is_active(today) and consent.office is not None:
            active[consent.office.pk] = consent.office
    # Loaded even without an active consent, so that the page's query count never depends on
    # her consents (the cheap query is indexed by participant).
    steps = list(shared_steps(participant))
    return {
        "consents": [{"consent": c, "active": c.is_active(today)} for c in consents],
        "active_offices": list(active.values()),
        "messages": list(thread(participant)),
        # What an office sees only while a consent lets it see anything.
        "shared_steps": steps if active else [],
    }
