"""Rights of the person (GDPR Art. 15, 17, 20): export everything held about one participant,
and erase her personal data while keeping the anonymous statistics a funder needs.

What erasure keeps, so that cohort figures stay right: the participant row with its case number,
status, opened/closed dates, residence category, German level and languages; the measures she
chose (codes); sessions with their dates, durations, channels and topic codes; referral and
outcome statuses and dates; consent purposes and dates. Everything written about her as text is
blanked or deleted, and the audit events about her are redacted (`lotsin.core.audit.redact`).

The same anonymisation runs for closed cases after the retention period
(`lotsin.cases.retention`). Call these inside the organisation's scope.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import logging
import operator
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import reduce
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import pgettext

from lotsin.cases.models import (
    Consent,
    CounsellingSession,
    Goal,
    MeasureChoice,
    Outcome,
    Participant,
    PartnerMessage,
    PlanRevision,
    PlanStep,
    Referral,
)
from lotsin.core import audit
from lotsin.core.models import AuditEvent

if TYPE_CHECKING:
    from lotsin.accounts.models import User
    from lotsin.core.models import Organization

EXPORT_FORMAT = "lotsin-person-export/1"
ERASED_NAME = "erased"
# Name parts shorter than this are too common to count as her name in a search query.
MIN_NAME_PART = 4
ISO_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


class RightsError(Exception):
    """A request the rights functions refuse (unknown case, wrong organisation)."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def find_case(*, organization: Organization, case_number: str) -> Participant:
    """The participant with this case number in `organization`; another organisation's case
    number is refused exactly like a missing one."""
    participant = (
        Participant.objects.filter(organization=organization, case_number=case_number.strip())
        .select_related("organization")
        .first()
    )
    if participant is None:
        raise RightsError(
            _("There is no case %(case)s in the organisation %(organization)s.")
            % {"case": case_number, "organization": organization.slug}
        )
    return participant


# Export -----------------------------------------------------------------------------------------


def _value(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return str(value)
    if isinstance(value, list | dict | str | int | float | bool) or value is None:
        return value
    return str(value)


def _row(obj: models.Model, names: Iterable[str]) -> dict[str, Any]:
    return {name: _value(getattr(obj, name)) for name in names}


def _person_label(user: Any) -> str | None:
    if user is None:
        return None
    return str(user.get_full_name() or user.username)


PARTICIPANT_FIELDS = (
    "case_number", "name", "phone", "email", "messenger", "address_area", "preferred_languages",
    "needs_interpreter", "children", "childcare_needed", "german_level", "education",
    "qualifications", "recognition", "work_experience", "residence", "goals", "health_notes",
    "status", "opened_on", "closed_on", "last_contact_on", "created_at", "anonymised_at",
)  # fmt: skip
CONSENT_FIELDS = (
    "purpose", "given_on", "form", "witness", "language", "text_version", "text", "expires_on",
    "revoked_at",
)  # fmt: skip
GOAL_FIELDS = ("text", "status")
STEP_FIELDS = ("text", "who", "due_on", "status", "shared", "agreed_with_jobcenter")
MEASURE_FIELDS = ("measure", "chosen", "note", "decided_on")
SESSION_FIELDS = (
    "held_on", "duration_minutes", "channel", "language", "interpreter", "topics", "notes",
    "next_steps", "shared_note", "follow_up_on",
)  # fmt: skip
REFERRAL_FIELDS = ("status", "sent_on", "follow_up_on", "note")
OUTCOME_FIELDS = ("kind", "status", "due_on", "recorded_on")


def _related_ids(participant: Participant) -> set[str]:
    """Public ids of every row about her: audit events name their target by public id."""
    ids = {str(participant.public_id)}
    for model in (
        Consent, Goal, PlanStep, MeasureChoice, PlanRevision, CounsellingSession, Referral,
        PartnerMessage, Outcome,
    ):  # fmt: skip
        ids.update(
            str(pk)
            for pk in model.objects.filter(participant=participant).values_list(
                "public_id", flat=True
            )
        )
    contact = _first_contact(participant)
    if contact is not None:
        ids.add(str(contact.public_id))
        if contact.post is not None:
            ids.add(str(contact.post.public_id))
    return ids


def _first_contact(participant: Participant) -> Any:
    from lotsin.inbox.models import FirstContact

    if participant.first_contact_id is None:
        return None
    return (
        FirstContact.objects.filter(
            organization=participant.organization, pk=participant.first_contact_id
        )
        .select_related("post", "channel")
        .first()
    )


def _events_about(organization: Organization, ids: set[str]) -> models.QuerySet[AuditEvent]:
    return AuditEvent.objects.filter(organization=organization, target_id__in=sorted(ids))


def export_person(*, actor: User | None, participant: Participant) -> dict[str, Any]:
    """Everything held about her as JSON-serialisable data, private notes and special
    categories included (it is her own data); audited `cases.person.exported`."""
    org = participant.organization
    coaches = [_person_label(u) for u in participant.coaches.order_by("username")]
    consents = []
    for c in Consent.objects.filter(participant=participant).select_related("office"):
        consents.append({**_row(c, CONSENT_FIELDS), "office": c.office.name if c.office else None})
    goals = [_row(g, GOAL_FIELDS) for g in Goal.objects.filter(participant=participant)]
    steps = [
        {**_row(s, STEP_FIELDS), "goal": s.goal.text if s.goal else None}
        for s in PlanStep.objects.filter(participant=participant).select_related("goal")
    ]
    measures = [
        _row(m, MEASURE_FIELDS)
        for m in MeasureChoice.objects.filter(participant=participant).order_by("measure")
    ]
    revisions = [
        {
            "number": r.number,
            "changed_at": _value(r.changed_at),
            "changed_by": _person_label(r.changed_by),
            "snapshot": r.snapshot,
        }
        for r in PlanRevision.objects.filter(participant=participant).select_related("changed_by")
    ]
    sessions = [
        {**_row(s, SESSION_FIELDS), "coach": _person_label(s.coach)}
        for s in CounsellingSession.objects.filter(participant=participant).select_related("coach")
    ]
    referrals = [
        {
            **_row(r, REFERRAL_FIELDS),
            "service": r.service.name,
            "provider": r.service.provider,
            "service_phone": r.service.phone,
            "service_address": r.service.address,
        }
        for r in Referral.objects.filter(participant=participant).select_related("service")
    ]
    messages = [
        {
            "created_at": _value(m.created_at),
            "office": m.office.name,
            "author": _person_label(m.author),
            "text": m.text,
        }
        for m in PartnerMessage.objects.filter(participant=participant).select_related(
            "office", "author"
        )
    ]
    outcomes = [_row(o, OUTCOME_FIELDS) for o in Outcome.objects.filter(participant=participant)]
    contact = _first_contact(participant)
    first_contact = None
    if contact is not None:
        first_contact = {
            "created_at": _value(contact.created_at),
            "channel": contact.channel.name,
            "language": contact.language,
            "topics": contact.topics,
            "note": contact.note,
            "status": contact.status,
            "post": None
            if contact.post is None
            else {"posted_at": _value(contact.post.posted_at), "text": contact.post.text},
        }
    events = [
        {
            "action": e.action,
            "label": e.action_label,
            "date": _value(e.created_at),
            "actor": e.actor_user.username if e.actor_user else str(e.get_actor_kind_display()),
        }
        for e in _events_about(org, _related_ids(participant))
        .select_related("actor_user")
        .order_by("created_at", "id")
    ]
    data = {
        "format": EXPORT_FORMAT,
        "exported_at": _value(timezone.now()),
        "organization": {"name": org.name, "slug": org.slug},
        "participant": {**_row(participant, PARTICIPANT_FIELDS), "coaches": coaches},
        "consents": consents,
        "plan": {"goals": goals, "steps": steps, "measures": measures, "revisions": revisions},
        "sessions": sessions,
        "referrals": referrals,
        "partner_messages": messages,
        "outcomes": outcomes,
        "first_contact": first_contact,
        "audit_events": events,
    }
    audit.record(
        action="cases.person.exported", organization=org, actor=actor, target=participant,
        data={"sessions": len(sessions), "audit_events": len(events)},
    )  # fmt: skip
    return data


def export_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def pdf_available() -> bool:
    return importlib.util.find_spec("weasyprint") is not None


def _labels(model: type[models.Model], row: dict[str, Any]) -> list[tuple[str, Any]]:
    """(label, shown value) pairs of one exported row, with the model's translated labels."""
    pairs = []
    for name, value in row.items():
        try:
            f = model._meta.get_field(name)
        except FieldDoesNotExist:  # office, coach, service names
            pairs.append((_export_label(name), _show(value)))
            continue
        label = str(getattr(f, "verbose_name", name))
        choices = dict(getattr(f, "flatchoices", None) or [])
        shown = choices.get(value, value) if isinstance(value, str) and value else value
        pairs.append((label[:1].upper() + label[1:], _show(shown)))
    return pairs


def _export_label(name: str) -> str:
    labels = {
        "office": _("office"),
        "coach": _("coach"),
        "coaches": _("coaches"),
        "goal": _("goal"),
        "service": _("service"),
        "provider": _("provider"),
        "service_phone": _("phone of the service"),
        "service_address": _("address of the service"),
        "author": _("written by"),
        "text": _("text"),
        "created_at": _("created"),
    }
    label = str(labels.get(name, name.replace("_", " ")))
    return label[:1].upper() + label[1:]


def _show(value: Any) -> str:
    if value is None or value == "" or value == []:
        return "—"
    if value is True:
        return _("yes")
    if value is False:
        return _("no")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    text = str(value)
    if ISO_DATETIME.match(text):  # "2026-11-24T03:53:40.19+00:00" reads as "2026-11-24 03:53"
        return text[:16].replace("T", " ")
    return text


def export_html(data: dict[str, Any], language: str | None = None) -> str:
    """The export as a readable, self-contained UTF-8 HTML page (the PDF is made from it)."""
    with translation.override(language or settings.LANGUAGE_CODE):
        sections = [
            (_("Consents"), Consent, data["consents"]),
            (_("Goals"), Goal, data["plan"]["goals"]),
            (_("Plan steps"), PlanStep, data["plan"]["steps"]),
            (pgettext("support plan", "Measures"), MeasureChoice, data["plan"]["measures"]),
            (_("Counselling sessions"), CounsellingSession, data["sessions"]),
            (_("Referrals"), Referral, data["referrals"]),
            (_("Messages with the Jobcenter"), PartnerMessage, data["partner_messages"]),
            (_("Outcomes"), Outcome, data["outcomes"]),
        ]
        contact = data["first_contact"]
        context = {
            "data": data,
            "person": _labels(Participant, data["participant"]),
            "sections": [
                {"title": title, "rows": [_labels(model, row) for row in rows]}
                for title, model, rows in sections
            ],
            "revisions": [
                {**r, "changed_at": _show(r["changed_at"])} for r in data["plan"]["revisions"]
            ],
            "contact": None
            if contact is None
            else {
                **contact,
                "posted_at": _show(contact["post"]["posted_at"]) if contact["post"] else "",
                "pairs": [
                    (_export_label(k), _show(v)) for k, v in contact.items() if k not in ("post",)
                ],
            },
            "events": [{**e, "date": _show(e["date"])} for e in data["audit_events"]],
            "language": translation.get_language(),
            "bidi": translation.get_language_bidi(),
        }
        return render_to_string("cases/person_export.html", context)


def export_pdf(data: dict[str, Any], language: str | None = None) -> bytes | None:
    """The export as PDF when WeasyPrint is installed, else None (use `export_html`)."""
    if not pdf_available():
        return None
    import weasyprint

    # WeasyPrint reports each step at INFO; the export's log stays quiet.
    logging.getLogger("weasyprint").setLevel(logging.WARNING)
    logging.getLogger("fontTools").setLevel(logging.WARNING)
    return weasyprint.HTML(string=export_html(data, language)).write_pdf()  # type: ignore[no-any-return]


def export_language(participant: Participant) -> str:
    """Her first preferred language that the UI speaks, else the default language."""
    available = {code for code, _name in settings.LANGUAGES}
    for code in participant.preferred_languages or []:
        if code in available:
            return str(code)
    return str(settings.LANGUAGE_CODE)


def write_export(data: dict[str, Any], directory: Path, language: str | None = None) -> list[Path]:
    """CASE.json and CASE.pdf (or CASE.html without WeasyPrint) in `directory`."""
    directory.mkdir(parents=True, exist_ok=True)
    stem = re.sub(r"[^\w.-]", "_", data["participant"]["case_number"]) or "case"
    paths = [directory / f"{stem}.json"]
    paths[0].write_text(export_json(data), encoding="utf-8")
    pdf = export_pdf(data, language)
    if pdf is not None:
        paths.append(directory / f"{stem}.pdf")
        paths[-1].write_bytes(pdf)
    else:
        paths.append(directory / f"{stem}.html")
        paths[-1].write_text(export_html(data, language), encoding="utf-8")
    return paths


# Erasure ----------------------------------------------------------------------------------------


@dataclass
class _Person:
    """What identifies one participant in free text, collected before her fields are blanked."""

    participant: Participant
    ids: set[str]
    needles: list[str] = field(default_factory=list)
    phone_digits: str = ""

    def mentioned_in(self, text: str) -> bool:
        folded = text.casefold()
        if any(needle in folded for needle in self.needles):
            return True
        return bool(self.phone_digits) and self.phone_digits in re.sub(r"\D", "", text)


def _person(participant: Participant) -> _Person:
    needles = {participant.case_number}
    if participant.anonymised_at is None and participant.name != ERASED_NAME:
        needles.add(participant.name)
        needles.update(part for part in participant.name.split() if len(part) >= MIN_NAME_PART)
    needles.update(v for v in (participant.email, participant.messenger, participant.phone) if v)
    digits = re.sub(r"\D", "", participant.phone)
    return _Person(
        participant=participant,
        ids=_related_ids(participant),
        needles=sorted({n.strip().casefold() for n in needles if n and n.strip()}),
        phone_digits=digits if len(digits) >= 6 else "",
    )


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _scrub(value: Any, people: list[_Person]) -> Any:
    """`value` with every string that mentions one of `people` replaced by None."""
    if isinstance(value, str):
        return None if any(p.mentioned_in(value) for p in people) else value
    if isinstance(value, dict):
        return {k: _scrub(v, people) for k, v in value.items()}
    if isinstance(value, list):
        return [_scrub(v, people) for v in value]
    return value


def _redact_events(organization: Organization, people: list[_Person]) -> int:
    """Redact the audit events about these people (by target) and those whose free-text keys
    mention them (searches for her name or case number): one UPDATE per event, the only one the
    append-only log allows."""
    ids = set().union(*(p.ids for p in people)) if people else set()
    pending = AuditEvent.objects.filter(organization=organization, redacted=False)
    events = {e.pk: e for e in pending.filter(target_id__in=sorted(ids))}
    # Actions that carry free text (their PII keys: a search query, a typed name) are few;
    # they are read whole to find a mention of her in any spelling of case.
    free_text = [name for name, action in audit.registered_actions().items() if action.pii_keys]
    for event in pending.filter(action__in=free_text).exclude(pk__in=list(events)).iterator():
        if any(p.mentioned_in(text) for p in people for text in _strings(event.data)):
            events[event.pk] = event
    for event in events.values():
        event.data = _scrub(event.data, people)
        audit.redact(event)
    return len(events)


def _anonymise(people: list[_Person], now: datetime.datetime) -> dict[str, int]:
    """Blank or delete every personal field of these participants in every table."""
    from lotsin.inbox.models import OPEN_STATUSES, FirstContact, Post, Urgency

    counts = {"audit_events": 0, "rows_blanked": 0, "rows_deleted": 0}
    if not people:
        return counts
    organization = people[0].participant.organization
    counts["audit_events"] = _redact_events(organization, people)
    pks = [p.participant.pk for p in people]
    blank = counts["rows_blanked"]
    blank += Consent.objects.filter(participant__in=pks).update(text="", witness="")
    blank += Goal.objects.filter(participant__in=pks).update(text="")
    blank += PlanStep.objects.filter(participant__in=pks).update(text="")
    blank += MeasureChoice.objects.filter(participant__in=pks).update(note="")
    blank += CounsellingSession.objects.filter(participant__in=pks).update(
        notes="", next_steps="", shared_note=""
    )
    blank += Referral.objects.filter(participant__in=pks).update(note="")
    deleted = PlanRevision.objects.filter(participant__in=pks).delete()[0]
    deleted += PartnerMessage.objects.filter(participant__in=pks).delete()[0]
    contact_pks = [p.participant.first_contact_id for p in people if p.participant.first_contact_id]
    contacts = FirstContact.objects.filter(organization=organization, pk__in=contact_pks)
    # Her post goes with its replies (which quote or answer her), and so do her other posts in
    # that group (same channel, same pseudonym) once they are handled. A pseudonym is a keyed
    # hash of a display name, which two women (or a group's anonymous admins) can share: an
    # open or crisis post under it stays for the advisors, and retention removes it later.
    hers = Q(pk__in=[pk for pk in contacts.values_list("post", flat=True) if pk])
    same_author = [
        Q(channel_id=channel_id, author_pseudonym=pseudonym)
        for channel_id, pseudonym in contacts.values_list("channel", "author_pseudonym")
        if pseudonym
    ]
    if same_author:
        handled = ~Q(status__in=OPEN_STATUSES) & ~Q(urgency=Urgency.CRISIS)
        hers |= reduce(operator.or_, same_author) & handled
    blank += contacts.update(note="", author_pseudonym="", post=None)
    deleted += Post.objects.filter(hers, organization=organization).delete()[0]
    for person in people:
        participant = person.participant
        for name in Participant.PERSONAL_FIELDS:
            setattr(participant, name, ERASED_NAME if name == "name" else "")
        participant.anonymised_at = participant.anonymised_at or now
        participant.save(update_fields=[*Participant.PERSONAL_FIELDS, "anonymised_at"])
        blank += 1
    counts["rows_blanked"] = blank
    counts["rows_deleted"] = deleted
    return counts


@transaction.atomic
def erase_person(*, actor: User | None, participant: Participant) -> dict[str, int]:
    """Erase her personal data everywhere, keep the anonymous statistics, set `anonymised_at`;
    audited `cases.person.erased` (counts only). Running it again changes nothing more."""
    counts = _anonymise([_person(participant)], timezone.now())
    audit.record(
        action="cases.person.erased", organization=participant.organization, actor=actor,
        target=participant, data=counts,
    )  # fmt: skip
    return counts


def anonymise_many(
    participants: list[Participant], *, now: datetime.datetime | None = None
) -> dict[str, int]:
    """Anonymise several participants of one organisation at once (retention), unaudited: the
    caller records one event for the batch."""
    with transaction.atomic():
        return _anonymise([_person(p) for p in participants], now or timezone.now())
