"""Taking a woman in as a participant and keeping her profile: case numbers, status, coaches.

Every write is audited with the participant named by her case number only; audit data holds
field names and codes, never what she told us."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.db.models.functions import Length
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.cases.access import CASE_ROLES
from lotsin.cases.models import CaseStatus, Participant
from lotsin.core import audit
from lotsin.core.models import Membership, Organization
from lotsin.inbox import contacts
from lotsin.inbox.models import ContactStatus, FirstContact

# What a coach may set at intake and later; everything else is kept by the services.
PROFILE_FIELDS = (
    "name", "phone", "email", "messenger", "address_area", "preferred_languages",
    "needs_interpreter", "children", "childcare_needed", "german_level", "education",
    "qualifications", "recognition", "work_experience", "residence", "goals", "health_notes",
)  # fmt: skip
CASE_NUMBER_ATTEMPTS = 20


def next_case_number(organization: Organization, year: int) -> str:
    """The next free number of the year ("2026-0001"); `take_in` retries when two coaches race."""
    prefix = f"{year}-"
    last = (
        Participant.objects.filter(organization=organization, case_number__startswith=prefix)
        .annotate(width=Length("case_number"))
        .order_by("-width", "-case_number")
        .values_list("case_number", flat=True)
        .first()
    )
    number = 1
    if last is not None:
        tail = last.removeprefix(prefix)
        number = int(tail) + 1 if tail.isdigit() else 1
    return f"{prefix}{number:04d}"


def _clean_details(details: dict[str, Any]) -> dict[str, Any]:
    unknown = set(details) - set(PROFILE_FIELDS)
    if unknown:
        raise TypeError(f"not profile fields: {sorted(unknown)}")
    if "preferred_languages" in details:
        codes = details["preferred_languages"] or []
        details["preferred_languages"] = list(dict.fromkeys(c for c in codes if c))
    return details


@transaction.atomic
def take_in(
    *,
    actor: User,
    organization: Organization,
    name: str,
    first_contact: FirstContact | None = None,
    coach: User | None = None,
    opened_on: datetime.date | None = None,
    **details: Any,
) -> Participant:
    """Open a case: a new participant in intake with the next case number and `coach` (default:
    the actor) as her coach. From an inbox stub, her language is kept and the stub closed."""
    details = _clean_details(details)
    if not name.strip():
        raise ValidationError({"name": _("Enter her name.")})
    if first_contact is not None:
        if first_contact.organization_id != organization.pk:
            raise ValueError("first contact of another organisation")
        if first_contact.status != ContactStatus.OPEN:
            raise ValidationError(_("This first contact has already been taken up or closed."))
        languages = list(details.get("preferred_languages") or [])
        if first_contact.language and first_contact.language not in languages:
            languages.insert(0, first_contact.language)
        details["preferred_languages"] = languages
    opened_on = opened_on or timezone.localdate()
    participant = Participant(
        organization=organization, name=name.strip(), status=CaseStatus.INTAKE,
        opened_on=opened_on, last_contact_on=opened_on, first_contact=first_contact, **details,
    )  # fmt: skip
    for _attempt in range(CASE_NUMBER_ATTEMPTS):
        participant.case_number = next_case_number(organization, opened_on.year)
        try:
            with transaction.atomic():  # a savepoint, so that PostgreSQL can go on after a clash
                participant.save()
            break
        except IntegrityError:
            participant.pk = None
            participant._state.adding = True
    else:
        raise RuntimeError("no free case number after several attempts")
    participant.coaches.add(coach or actor)
    if first_contact is not None:
        contacts.close_first_contact(
            actor=actor, contact=first_contact, status=ContactStatus.PICKED_UP
        )
    audit.record(
        action="cases.participant.created", organization=organization, actor=actor,
        target=participant, data={"from_first_contact": first_contact is not None},
    )  # fmt: skip
    return participant


@transaction.atomic
def update_participant(*, actor: User, participant: Participant, **changes: Any) -> list[str]:
    """Change her profile; returns the names of the fields that changed (audited, no values)."""
    changes = _clean_details(changes)
    if "name" in changes and not str(changes["name"]).strip():
        raise ValidationError({"name": _("Enter her name.")})
    changed = []
    for field, value in changes.items():
        if getattr(participant, field) != value:
            setattr(participant, field, value)
            changed.append(field)
    if changed:
        participant.save(update_fields=changed)
        audit.record(
            action="cases.participant.changed", organization=participant.organization,
            actor=actor, target=participant, data={"fields": sorted(changed)},
        )  # fmt: skip
    return changed


@transaction.atomic
def set_status(*, actor: User, participant: Participant, status: str) -> Participant:
    """Move her case between intake, active, paused and closed (closing dates it)."""
    if status not in CaseStatus.values:
        raise ValidationError({"status": _("Unknown status.")})
    if participant.status == status:
        return participant
    participant.status = status
    participant.closed_on = timezone.localdate() if status == CaseStatus.CLOSED else None
    participant.save(update_fields=["status", "closed_on"])
    audit.record(
        action="cases.participant.changed", organization=participant.organization, actor=actor,
        target=participant, data={"status": status},
    )  # fmt: skip
    return participant


@transaction.atomic
def assign_coach(
    *, actor: User, participant: Participant, coach: User, remove: bool = False
) -> Participant:
    """Add (or remove) one of her coaches; a coach must hold a case role in her organisation."""
    if remove:
        if participant.coaches.exclude(pk=coach.pk).count() == 0:
            raise ValidationError(_("She needs at least one coach."))
        participant.coaches.remove(coach)
    else:
        is_case_worker = Membership.objects.filter(
            organization=participant.organization, user=coach, role__in=CASE_ROLES
        ).exists()
        if not is_case_worker:
            raise ValidationError(_("Only coaches and coordinators of your organisation."))
        participant.coaches.add(coach)
    audit.record(
        action="cases.participant.changed", organization=participant.organization, actor=actor,
        target=participant,
        data={"coach_removed" if remove else "coach_added": coach.username},
    )  # fmt: skip
    return participant


def touch_last_contact(participant: Participant, date: datetime.date) -> None:
    """Note a contact with her on `date` (sessions, messages); never moves the date back."""
    Participant.objects.filter(organization=participant.organization, pk=participant.pk).filter(
        Q(last_contact_on__isnull=True) | Q(last_contact_on__lt=date)
    ).update(last_contact_on=date)
    if participant.last_contact_on is None or participant.last_contact_on < date:
        participant.last_contact_on = date
