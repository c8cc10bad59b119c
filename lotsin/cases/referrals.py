"""Referrals to services in the organisation's directory, with status and a follow-up date.

The text she gets about the service comes from the directory (`referral_text`), in her first
preferred language."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.cases.models import Participant, Referral, ReferralStatus
from lotsin.core import audit
from lotsin.directory.models import Service
from lotsin.directory.referral import referral_text

# Forward only; "closed" is reachable from every open status (she did not go, or it is done).
NEXT_STATUS: dict[str, tuple[str, ...]] = {
    ReferralStatus.SENT: (ReferralStatus.ACCEPTED, ReferralStatus.CLOSED),
    ReferralStatus.ACCEPTED: (ReferralStatus.ATTENDED, ReferralStatus.CLOSED),
    ReferralStatus.ATTENDED: (ReferralStatus.CLOSED,),
    ReferralStatus.CLOSED: (),
}


def her_language(participant: Participant) -> str:
    """Her first preferred language, else German."""
    languages = participant.preferred_languages or []
    return str(languages[0]) if languages else "de"


def text_for(referral: Referral, language: str | None = None) -> str:
    """The directory's referral text about the service, in her language."""
    return referral_text(referral.service, language or her_language(referral.participant))


def _audit(actor: User | None, referral: Referral, change: str) -> None:
    audit.record(
        action="cases.referral.changed", organization=referral.organization, actor=actor,
        target=referral.participant,
        data={
            "change": change, "referral": str(referral.public_id),
            "service": str(referral.service.public_id), "status": referral.status,
        },
    )  # fmt: skip


def _check_follow_up(follow_up_on: datetime.date | None, sent_on: datetime.date) -> None:
    if follow_up_on is not None and follow_up_on < sent_on:
        raise ValidationError({"follow_up_on": _("The follow-up cannot be before the referral.")})


@transaction.atomic
def refer(
    *, actor: User | None, participant: Participant, service: Service,
    follow_up_on: datetime.date | None = None, note: str = "",
    sent_on: datetime.date | None = None,
) -> Referral:  # fmt: skip
    """Refer her to a service of the same organisation (never another's)."""
    if service.organization_id != participant.organization_id:
        raise ValidationError({"service": _("Choose a service from your directory.")})
    sent_on = sent_on or timezone.localdate()
    if sent_on > timezone.localdate():
        raise ValidationError({"sent_on": _("A referral cannot be sent in the future.")})
    _check_follow_up(follow_up_on, sent_on)
    referral = Referral.objects.create(
        organization=participant.organization, participant=participant, service=service,
        sent_on=sent_on, follow_up_on=follow_up_on, note=note.strip(),
    )  # fmt: skip
    _audit(actor, referral, "sent")
    return referral


@transaction.atomic
def update_referral(
    *, actor: User | None, referral: Referral, status: str,
    follow_up_on: datetime.date | None = None, note: str | None = None,
) -> Referral:  # fmt: skip
    """Move the referral on (sent → accepted → attended → closed) and set the next follow-up.
    A closed referral needs no follow-up."""
    if status != referral.status and status not in NEXT_STATUS.get(referral.status, ()):
        raise ValidationError({"status": _("This referral cannot go back to that status.")})
    _check_follow_up(follow_up_on, referral.sent_on)
    referral.status = status
    referral.follow_up_on = None if status == ReferralStatus.CLOSED else follow_up_on
    fields = ["status", "follow_up_on"]
    if note is not None:
        referral.note = note.strip()
        fields.append("note")
    referral.save(update_fields=fields)
    _audit(actor, referral, "status")
    return referral
