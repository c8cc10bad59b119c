"""Demo cases: 40 participants across both demo organisations (24 in Berlin, 16 in Cologne) with
co-designed plans, sessions, referrals to the demo directory, consents (some revoked, some for the
Jobcenter), outcomes with 6- and 12-month follow-ups, and a Jobcenter office whose integration
specialist can sign in as a partner.

Names and numbers are fictional. Dates are stored relative to the day of the first load, and a
case is created once: running the loader again changes nothing."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from lotsin.cases.models import (
    Consent,
    CounsellingSession,
    Goal,
    MeasureChoice,
    Outcome,
    Participant,
    PartnerMessage,
    PartnerOffice,
    PlanRevision,
    PlanStep,
    Referral,
)
from lotsin.core.models import Organization, Role
from lotsin.core.scoping import organization_scope
from lotsin.core.services import add_membership
from lotsin.directory.importing import import_rows, read_jsonl
from lotsin.directory.models import Service

DEMO_DIR = Path(__file__).parent / "demo"
# Per demo organisation: its Jobcenter office, the integration specialist who signs in for it
# (username, first name), and a directory for organisations the core demo gives none.
OFFICES = {
    "bruecke": ("Jobcenter Berlin Mitte (Demo)", "Seydelstraße 2–5, 10117 Berlin", "Monika"),
    "wegweiserin": ("Jobcenter Köln (Demo)", "Luxemburger Straße 121, 50939 Köln", "Birgit"),
}
EXTRA_SERVICES = {"wegweiserin": DEMO_DIR / "services_koeln.jsonl"}


def _users(slug: str) -> dict[str, Any]:
    user_model = get_user_model()
    names = {"coach": f"{slug}-coach", "coordinator": f"{slug}-coordinator"}
    return {key: user_model.objects.get(username=name) for key, name in names.items()}


def _partner_user(org: Organization, first_name: str) -> Any:
    """The Jobcenter's contact person, created like the core demo's users."""
    from lotsin.core.management.commands.demo import demo_user

    user = demo_user(f"{org.slug}-jobcenter", first_name)
    add_membership(organization=org, user=user, role=Role.PARTNER)
    return user


def _office(org: Organization, users: dict[str, Any], partner: Any) -> PartnerOffice:
    name, address, _first = OFFICES[org.slug]
    office = PartnerOffice.objects.filter(organization=org, name=name).first()
    if office is None:
        office = PartnerOffice.objects.create(
            organization=org, name=name, kind="jobcenter", address=address,
            our_contact=users["coordinator"], is_demo=True,
        )  # fmt: skip
        office.contact_persons.add(partner)
        # The core demo's partner account works with the same office.
        other = get_user_model().objects.filter(username=f"{org.slug}-partner").first()
        if other is not None:
            office.contact_persons.add(other)
    return office


def _rows() -> list[dict[str, Any]]:
    text = (DEMO_DIR / "participants.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def _days(today: datetime.date, ago: int | None) -> datetime.date | None:
    return None if ago is None else today - datetime.timedelta(days=ago)


def _in(today: datetime.date, ahead: int | None) -> datetime.date | None:
    return None if ahead is None else today + datetime.timedelta(days=ahead)


def _at(day: datetime.date | None) -> datetime.datetime | None:
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(10, 0)))


def _first_contact(org: Organization, coach: Any, language: str) -> Any:
    """A first-contact stub from the demo inbox that this case took up, if the inbox has one."""
    from lotsin.inbox.models import ContactStatus, FirstContact, Post

    post = (
        Post.objects.filter(organization=org, language=language, is_question=True)
        .exclude(contacts__isnull=False)
        .order_by("posted_at", "pk")
        .first()
    )
    if post is None:
        return None
    return FirstContact.objects.create(
        organization=org, post=post, channel=post.channel, author_pseudonym=post.author_pseudonym,
        language=post.language, topics=post.topics, status=ContactStatus.PICKED_UP,
        note="Fragt nach Arbeit und Anerkennung; möchte eine Beratung in ihrer Sprache.",
        follow_up_on=timezone.localdate(), created_by=coach,
    )  # fmt: skip


def _create(
    org: Organization, row: dict[str, Any], users: dict[str, Any], partner: Any,
    office: PartnerOffice, services: dict[str, Service], texts: dict[str, Any],
    today: datetime.date, first_contact: Any,
) -> Participant:  # fmt: skip
    from lotsin.cases.plans import plan_snapshot

    coach = users["coach"]
    sessions = row["sessions"]
    last = min((s["days_ago"] for s in sessions), default=None)  # the most recent session
    p = Participant.objects.create(
        organization=org, case_number=row["case_number"], name=row["name"], phone=row["phone"],
        email=row["email"], messenger=row["messenger"], address_area=row["address_area"],
        preferred_languages=row["languages"], needs_interpreter=row["interpreter"],
        children=row["children"], childcare_needed=row["childcare"],
        german_level=row["german_level"], education=row["education"],
        qualifications=row["qualifications"], recognition=row["recognition"],
        work_experience=row["work_experience"], residence=row["residence"], goals=row["goals"],
        health_notes=row["health_notes"], status=row["status"],
        opened_on=_days(today, row["opened_days_ago"]),
        closed_on=_days(today, row["closed_days_ago"]), last_contact_on=_days(today, last),
        first_contact=first_contact, is_demo=True,
    )  # fmt: skip
    p.coaches.add(coach)
    language = row["languages"][0]
    partner_ok = False
    for c in row["consents"]:
        purpose = c["purpose"]
        revoked = _at(_days(today, c["revoked_days_ago"]))
        expires = _in(today, c["expires_in_days"])
        if purpose == "partner" and revoked is None and (expires is None or expires >= today):
            partner_ok = True
        Consent.objects.create(
            organization=org, participant=p, purpose=purpose,
            office=office if c["office"] else None, given_on=_days(today, c["given_days_ago"]),
            form=c["form"], witness=c["witness"], language=language,
            text_version=texts["version"],
            text=texts["texts"][purpose][language].format(org=org.name, office=office.name),
            expires_on=expires, revoked_at=revoked, revoked_by=coach if revoked else None,
            recorded_by=coach,
        )  # fmt: skip
    for position, g in enumerate(row["goals_plan"]):
        goal = Goal.objects.create(
            organization=org, participant=p, text=g["text"], status=g["status"], position=position
        )
        for s in g["steps"]:
            PlanStep.objects.create(
                organization=org, participant=p, goal=goal, text=s["text"], who=s["who"],
                due_on=_in(today, s["due_in_days"]), status=s["status"],
                shared=s["shared"] and partner_ok, agreed_with_jobcenter=s["agreed"] and partner_ok,
            )  # fmt: skip
    for m in row["measures"]:
        MeasureChoice.objects.create(
            organization=org, participant=p, measure=m["measure"], chosen=m["chosen"],
            note=m["note"], decided_on=_days(today, row["opened_days_ago"] - 7),
        )  # fmt: skip
    if row["goals_plan"] or row["measures"]:
        PlanRevision.objects.create(
            organization=org, participant=p, number=1, snapshot=plan_snapshot(p), changed_by=coach
        )
    for s in sessions:
        CounsellingSession.objects.create(
            organization=org, participant=p, coach=coach, held_on=_days(today, s["days_ago"]),
            duration_minutes=s["minutes"], channel=s["channel"], language=s["language"],
            interpreter=s["interpreter"], topics=s["topics"], notes=s["notes"],
            next_steps=s["next_steps"], shared_note=s["shared_note"] if partner_ok else "",
            follow_up_on=_in(today, s["follow_up_in_days"]),
        )  # fmt: skip
    for r in row["referrals"]:
        service = services.get(r["service"])
        if service is None:  # the directory demo changed: skip rather than fail
            continue
        Referral.objects.create(
            organization=org, participant=p, service=service, status=r["status"],
            sent_on=_days(today, r["sent_days_ago"]),
            follow_up_on=_in(today, r["follow_up_in_days"]), note=r["note"],
        )  # fmt: skip
    for m in row["messages"]:
        message = PartnerMessage.objects.create(
            organization=org, participant=p, office=office,
            author=partner if m["author"] == "partner" else coach, text=m["text"],
        )  # fmt: skip
        PartnerMessage.objects.filter(pk=message.pk).update(
            created_at=_at(_days(today, m["days_ago"]))
        )
    for o in row["outcomes"]:
        Outcome.objects.create(
            organization=org, participant=p, kind=o["kind"], status=o["status"],
            due_on=_days(today, o["due_days_ago"]),
            recorded_on=_days(today, o["recorded_days_ago"]),
            recorded_by=coach if o["status"] else None,
        )  # fmt: skip
    return p


def load_demo(*, organization: Organization) -> tuple[str, list[str]]:
    """Load one demo organisation's cases; returns a summary and the partner's sign-in line."""
    rows = [row for row in _rows() if row["org"] == organization.slug]
    texts = json.loads((DEMO_DIR / "consent_texts.json").read_text(encoding="utf-8"))
    today = timezone.localdate()
    with transaction.atomic(), organization_scope(organization):
        users = _users(organization.slug)
        partner = _partner_user(organization, OFFICES[organization.slug][2])
        office = _office(organization, users, partner)
        if organization.slug in EXTRA_SERVICES:
            import_rows(
                organization=organization, actor=None,
                rows=read_jsonl(EXTRA_SERVICES[organization.slug]),
            )  # fmt: skip
        services = {
            s.external_id: s
            for s in Service.objects.filter(organization=organization).exclude(external_id="")
        }
        existing = set(
            Participant.objects.filter(organization=organization).values_list(
                "case_number", flat=True
            )
        )
        created = linked = 0
        for row in rows:
            if row["case_number"] in existing:
                continue
            # Two cases came through the outreach inbox (where the demo inbox has posts).
            contact = None
            if linked < 2 and row["status"] != "closed":
                contact = _first_contact(organization, users["coach"], row["languages"][0])
                linked += contact is not None
            _create(organization, row, users, partner, office, services, texts, today, contact)
            created += 1
    summary = (
        f"{organization.slug}: {len(rows)} demo participants ({created} created), "
        f"partner office {office.name}"
    )
    sign_in = f"  {partner.username:32} {organization.name}: {Role.PARTNER.label} ({office.name})"
    return summary, [sign_in]
