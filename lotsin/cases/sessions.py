"""Counselling sessions and the coach's follow-ups.

Private notes are for her coaches (and coordinators when needed) only; they never enter the
audit log, which records the session's date, channel and length."""

from __future__ import annotations

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.cases.models import CaseStatus, CounsellingSession, Participant, SessionChannel
from lotsin.core import audit
from lotsin.core.topics import Topic

FOLLOW_UP_DAYS = 7
MAX_MINUTES = 600


def _clean(
    *, held_on: datetime.date, duration_minutes: int, channel: str, topics: list[str],
    follow_up_on: datetime.date | None,
) -> None:  # fmt: skip
    errors: dict[str, str] = {}
    if held_on > timezone.localdate():
        errors["held_on"] = _("A session cannot be in the future.")
    if not 1 <= int(duration_minutes) <= MAX_MINUTES:
        errors["duration_minutes"] = _("Between 1 and 600 minutes.")
    if channel not in SessionChannel.values:
        errors["channel"] = _("Choose one of the options.")
    if any(topic not in Topic.values for topic in topics):
        errors["topics"] = _("Choose topics from the list.")
    if follow_up_on is not None and follow_up_on < held_on:
        errors["follow_up_on"] = _("The follow-up cannot be before the session.")
    if errors:
        raise ValidationError(errors)


def _touch_last_contact(participant: Participant, held_on: datetime.date) -> None:
    """Last contact only moves forward: one conditional UPDATE, safe against a parallel one."""
    Participant.objects.filter(pk=participant.pk).filter(
        Q(last_contact_on__isnull=True) | Q(last_contact_on__lt=held_on)
    ).update(last_contact_on=held_on)
    if participant.last_contact_on is None or participant.last_contact_on < held_on:
        participant.last_contact_on = held_on


def _audit(actor: User | None, session: CounsellingSession, change: str) -> None:
    audit.record(
        action="cases.session.recorded", organization=session.organization, actor=actor,
        target=session.participant,
        data={
            "change": change, "session": str(session.public_id),
            "held_on": session.held_on.isoformat(), "channel": session.channel,
            "duration_minutes": session.duration_minutes,
        },
    )  # fmt: skip


@transaction.atomic
def record_session(
    *, actor: User | None, participant: Participant, held_on: datetime.date,
    duration_minutes: int, channel: str, language: str = "", interpreter: bool = False,
    topics: list[str] | None = None, notes: str = "", next_steps: str = "",
    shared_note: str = "", follow_up_on: datetime.date | None = None,
) -> CounsellingSession:  # fmt: skip
    """A session held with her (today or earlier). Moves her last contact forward."""
    topics = list(dict.fromkeys(topics or []))
    _clean(
        held_on=held_on, duration_minutes=duration_minutes, channel=channel, topics=topics,
        follow_up_on=follow_up_on,
    )  # fmt: skip
    session = CounsellingSession.objects.create(
        organization=participant.organization, participant=participant, coach=actor,
        held_on=held_on, duration_minutes=duration_minutes, channel=channel,
        language=language.strip()[:8], interpreter=interpreter, topics=topics,
        notes=notes.strip(), next_steps=next_steps.strip(), shared_note=shared_note.strip(),
        follow_up_on=follow_up_on,
    )  # fmt: skip
    _touch_last_contact(participant, held_on)
    _audit(actor, session, "recorded")
    return session


@transaction.atomic
def edit_session(
    *, actor: User | None, session: CounsellingSession, held_on: datetime.date,
    duration_minutes: int, channel: str, language: str = "", interpreter: bool = False,
    topics: list[str] | None = None, notes: str | None = None, next_steps: str = "",
    shared_note: str = "", follow_up_on: datetime.date | None = None,
) -> CounsellingSession:  # fmt: skip
    """Correct a session. `notes=None` keeps the private notes as they are (someone who may
    not read them can still correct the date)."""
    topics = list(dict.fromkeys(topics or []))
    _clean(
        held_on=held_on, duration_minutes=duration_minutes, channel=channel, topics=topics,
        follow_up_on=follow_up_on,
    )  # fmt: skip
    fields: dict[str, Any] = {
        "held_on": held_on, "duration_minutes": duration_minutes, "channel": channel,
        "language": language.strip()[:8], "interpreter": interpreter, "topics": topics,
        "next_steps": next_steps.strip(), "shared_note": shared_note.strip(),
        "follow_up_on": follow_up_on,
    }  # fmt: skip
    if notes is not None:
        fields["notes"] = notes.strip()
    for key, value in fields.items():
        setattr(session, key, value)
    session.save(update_fields=list(fields))
    _touch_last_contact(session.participant, held_on)
    _audit(actor, session, "edited")
    return session


@transaction.atomic
def clear_follow_up(*, actor: User | None, session: CounsellingSession) -> CounsellingSession:
    """The coach followed up (or it is no longer needed): off the due list."""
    if session.follow_up_on is None:
        return session
    session.follow_up_on = None
    session.save(update_fields=["follow_up_on"])
    _audit(actor, session, "follow_up_done")
    return session


def list_due_follow_ups(
    participants: QuerySet[Participant], *, today: datetime.date | None = None
) -> QuerySet[CounsellingSession]:
    """Follow-ups due within a week or overdue, for the given participants (pass
    `access.participants_for(request)`). Only each case's latest session counts: a newer
    session replaces the follow-up an earlier one asked for. Closed cases are left out."""
    today = today or timezone.localdate()
    newer = CounsellingSession.objects.filter(participant=OuterRef("participant")).filter(
        Q(held_on__gt=OuterRef("held_on")) | Q(held_on=OuterRef("held_on"), pk__gt=OuterRef("pk"))
    )
    return (
        CounsellingSession.objects.filter(
            participant__in=participants.exclude(status=CaseStatus.CLOSED),
            follow_up_on__lte=today + datetime.timedelta(days=FOLLOW_UP_DAYS),
        )
        .filter(~Exists(newer))
        .select_related("participant", "coach")
        .order_by("follow_up_on", "participant__case_number")
    )
