"""Rights of the person: export everything, erase without a trace, keep the statistics."""

from __future__ import annotations

import datetime
import io
import json
from pathlib import Path
from typing import Any

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import models
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lotsin.cases import rights
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
from lotsin.core import audit
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope, scopes_disabled
from lotsin.directory.models import Service
from lotsin.inbox.contacts import create_first_contact
from lotsin.inbox.models import FirstContact, Post
from lotsin.inbox.services import create_channel

NAME = "Zoryana Hrytsenko-Testivna"
PHONE = "+49 151 9988 7766"
EMAIL = "zoryana.hrytsenko@example.net"


def make_person(org: Any, coach: Any, *, case_number: str = "B-2024-017") -> Participant:
    """A participant with a row in every table that can hold something about her."""
    with organization_scope(org):
        channel = create_channel(
            actor=None, organization=org, name=f"Telegram {case_number}", platform="telegram"
        )
        post = Post.objects.create(
            organization=org, channel=channel, external_id=f"m-{case_number}",
            text=f"Привіт, я {NAME}, мій номер {PHONE}. Як знайти роботу?",
            posted_at=timezone.now(), author_pseudonym="abc123", language="uk",
        )  # fmt: skip
        contact = create_first_contact(
            actor=coach, post=post, follow_up_on=timezone.localdate(), note=f"{NAME} wants help"
        )
        p = Participant.objects.create(
            organization=org, case_number=case_number, name=NAME, phone=PHONE, email=EMAIL,
            messenger="@zoryana_h", address_area="Neukölln", preferred_languages=["uk", "ru"],
            german_level="A2", education="Pedagogical college, Kharkiv",
            qualifications="Kindergarten teacher", recognition="in_progress",
            work_experience="8 years in a kindergarten", residence="s24",
            goals="Work in a Kita again", health_notes="Back pain", status="closed",
            opened_on=datetime.date(2024, 3, 1), closed_on=datetime.date(2025, 2, 1),
            first_contact=contact,
        )  # fmt: skip
        p.coaches.add(coach)
        office, _new = PartnerOffice.objects.get_or_create(
            organization=org, name="Jobcenter Test", defaults={"kind": "jobcenter"}
        )
        Consent.objects.create(
            organization=org, participant=p, purpose="counselling", given_on=p.opened_on,
            form="verbal", witness="Witness Hanna Zeugina", language="uk", text_version="2024-01",
            text=f"Я, {NAME}, погоджуюся на консультування.",
        )  # fmt: skip
        Consent.objects.create(
            organization=org, participant=p, purpose="partner", office=office,
            given_on=p.opened_on, form="paper", language="uk", text_version="2024-01",
            text="Обмін з Jobcenter.", revoked_at=timezone.now(),
        )  # fmt: skip
        goal = Goal.objects.create(organization=org, participant=p, text=f"{NAME}: Kita job")
        PlanStep.objects.create(
            organization=org, participant=p, goal=goal, text="Send diploma to the Senate",
            who="participant", due_on=datetime.date(2024, 5, 1), status="done",
        )  # fmt: skip
        MeasureChoice.objects.create(
            organization=org, participant=p, measure="recognition", chosen=True,
            note="Call Zoryana about the form",
        )  # fmt: skip
        MeasureChoice.objects.create(
            organization=org, participant=p, measure="mentoring", chosen=False
        )
        PlanRevision.objects.create(
            organization=org, participant=p, number=1, snapshot={"goals": [{"text": NAME}]}
        )
        for day in (1, 8, 15):
            CounsellingSession.objects.create(
                organization=org, participant=p, coach=coach,
                held_on=datetime.date(2024, 3, day), duration_minutes=45, channel="in_person",
                language="uk", topics=["recognition"],
                notes=f"Private: {NAME} told me about her ex-husband, call {PHONE}",
                next_steps="Bring certificates", shared_note="Recognition in progress",
            )  # fmt: skip
        service = Service.objects.create(organization=org, name="Anerkennungsberatung Test")
        Referral.objects.create(
            organization=org, participant=p, service=service, status="attended",
            sent_on=datetime.date(2024, 3, 9), note=f"Referred {NAME}",
        )  # fmt: skip
        PartnerMessage.objects.create(
            organization=org, participant=p, office=office, author=coach,
            text=f"Ms {NAME} starts the Kita job on 1 Feb",
        )  # fmt: skip
        Outcome.objects.create(
            organization=org, participant=p, kind="exit", status="part_time",
            due_on=p.closed_on, recorded_on=p.closed_on,
        )  # fmt: skip
        Outcome.objects.create(
            organization=org, participant=p, kind="6m", status="full_time",
            due_on=datetime.date(2025, 8, 1), recorded_on=datetime.date(2025, 8, 3),
        )  # fmt: skip
        audit.record(action="cases.participant.viewed", organization=org, actor=coach, target=p)
        audit.record(
            action="cases.participant.searched", organization=org, actor=coach,
            data={"query": "zoryana", "results": 1},
        )  # fmt: skip
        audit.record(
            action="cases.participant.searched", organization=org, actor=coach,
            data={"query": case_number, "results": 1},
        )  # fmt: skip
        # A careless detail in a non-PII key must not survive either.
        audit.record(
            action="cases.participant.changed", organization=org, actor=coach, target=p,
            data={"fields": ["phone"], "before": PHONE},
        )  # fmt: skip
        audit.record(action="inbox.post.viewed", organization=org, actor=coach, target=post)
    return p


def text_hits(*needles: str) -> list[str]:
    """Every text and JSON column of every table that mentions one of `needles`."""
    hits = []
    folded = [n.casefold() for n in needles]
    digits = ["".join(ch for ch in n if ch.isdigit()) for n in needles]
    with scopes_disabled():
        for model in apps.get_models():
            fields = [
                f
                for f in model._meta.concrete_fields
                if isinstance(f, models.CharField | models.TextField | models.JSONField)
            ]
            if not fields:
                continue
            for row in model._base_manager.values_list("pk", *[f.attname for f in fields]):
                for f, value in zip(fields, row[1:], strict=True):
                    if value is None:
                        continue
                    text = (
                        value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
                    )
                    squeezed = "".join(ch for ch in text if ch.isdigit())
                    if any(n in text.casefold() for n in folded) or any(
                        len(d) >= 8 and d in squeezed for d in digits
                    ):
                        hits.append(f"{model._meta.label}.{f.name} (pk {row[0]})")
    return hits


@pytest.fixture
def coach_a(make_member, org_a):  # type: ignore[no-untyped-def]
    return make_member("carla", org_a, Role.COACH)


@pytest.fixture
def coordinator_a(make_member, org_a):  # type: ignore[no-untyped-def]
    return make_member("cora", org_a, Role.COORDINATOR)


@pytest.fixture
def person(org_a, coach_a) -> Participant:  # type: ignore[no-untyped-def]
    return make_person(org_a, coach_a)


def client_for(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


# Export -----------------------------------------------------------------------------------------


def test_export_holds_everything_about_her(org_a, person, coordinator_a):
    with organization_scope(org_a):
        data = rights.export_person(actor=coordinator_a, participant=person)
    json.dumps(data)  # serialisable as it is
    assert data["participant"]["name"] == NAME
    assert data["participant"]["health_notes"] == "Back pain"  # her own data, special or not
    assert data["participant"]["coaches"] == ["carla"]
    assert {c["purpose"] for c in data["consents"]} == {"counselling", "partner"}
    assert any(NAME in c["text"] for c in data["consents"])
    assert data["consents"][0]["office"] in (None, "Jobcenter Test")
    assert len(data["sessions"]) == 3
    assert all(NAME in s["notes"] for s in data["sessions"])  # private notes included
    assert data["plan"]["goals"][0]["text"].startswith(NAME)
    assert data["plan"]["steps"][0]["goal"].startswith(NAME)
    assert {m["measure"]: m["chosen"] for m in data["plan"]["measures"]} == {
        "recognition": True,
        "mentoring": False,
    }
    assert data["plan"]["revisions"][0]["snapshot"] == {"goals": [{"text": NAME}]}
    assert data["referrals"][0]["service"] == "Anerkennungsberatung Test"
    assert NAME in data["partner_messages"][0]["text"]
    assert {o["kind"]: o["status"] for o in data["outcomes"]} == {
        "exit": "part_time",
        "6m": "full_time",
    }
    stub = data["first_contact"]
    assert stub["note"] == f"{NAME} wants help"
    assert NAME in stub["post"]["text"]
    actions = {e["action"] for e in data["audit_events"]}
    assert {"cases.participant.viewed", "inbox.contact.created", "inbox.post.viewed"} <= actions
    assert all(
        e["actor"] == "carla" for e in data["audit_events"] if e["action"].endswith("viewed")
    )
    with organization_scope(org_a):
        event = AuditEvent.objects.get(action="cases.person.exported")
    assert event.actor_user == coordinator_a
    assert NAME not in json.dumps(event.data) and event.target_repr == "case B-2024-017"


def test_export_writes_json_and_a_readable_file(org_a, person, tmp_path: Path):
    with organization_scope(org_a):
        data = rights.export_person(actor=None, participant=person)
    paths = rights.write_export(data, tmp_path, "uk")
    assert [p.name for p in paths][0] == "B-2024-017.json"
    assert json.loads(paths[0].read_text(encoding="utf-8"))["participant"]["name"] == NAME
    if rights.pdf_available():
        assert paths[1].read_bytes().startswith(b"%PDF")
    html = rights.export_html(data, "en")
    assert NAME in html and "Back pain" in html and "Anerkennungsberatung Test" in html
    assert "Telegram B-2024-017" in html  # the first contact's channel


def test_export_command_writes_the_files(org_a, person, tmp_path: Path):
    out = io.StringIO()
    call_command(
        "person", "export", "B-2024-017", "--org", "org-a", "-o", str(tmp_path), stdout=out
    )
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written[0] == "B-2024-017.json" and written[1].startswith("B-2024-017.")
    assert "B-2024-017.json" in out.getvalue()


def test_commands_refuse_a_case_of_another_organisation(org_a, org_b, person, tmp_path: Path):
    for argv in (["export", "-o", str(tmp_path)], ["erase", "--yes"]):
        with pytest.raises(CommandError, match="no case B-2024-017 in the organisation org-b"):
            call_command("person", argv[0], "B-2024-017", "--org", "org-b", *argv[1:])
    assert not list(tmp_path.iterdir())
    with organization_scope(org_a):
        assert Participant.objects.get(pk=person.pk).name == NAME


def test_erase_command_needs_confirmation_when_not_at_a_terminal(org_a, person):
    with pytest.raises(CommandError, match="--yes"):
        call_command("person", "erase", "B-2024-017", "--org", "org-a")
    with organization_scope(org_a):
        assert Participant.objects.get(pk=person.pk).anonymised_at is None


# Erasure ----------------------------------------------------------------------------------------


def test_erasure_leaves_no_trace_in_any_table(org_a, person):
    before = text_hits(NAME, "Zoryana", PHONE, EMAIL)
    assert len(before) > 10  # the search finds her everywhere before
    call_command("person", "erase", "B-2024-017", "--org", "org-a", "--yes", stdout=io.StringIO())
    assert text_hits(NAME, "Zoryana", "Hrytsenko", PHONE, EMAIL, "zoryana_h") == []


def test_erasure_redacts_the_audit_events_about_her(org_a, person, coach_a):
    with organization_scope(org_a):
        other = audit.record(
            action="cases.participant.searched", organization=org_a, actor=coach_a,
            data={"query": "Maryam", "results": 2},
        )  # fmt: skip
        rights.erase_person(actor=coach_a, participant=person)
        events = AuditEvent.objects.filter(organization=org_a)
        searches = events.filter(action="cases.participant.searched").order_by("id")
        assert [e.data["query"] for e in searches] == [None, None, "Maryam"]
        assert AuditEvent.objects.get(pk=other.pk).redacted is False
        viewed = events.get(action="cases.participant.viewed")
        assert viewed.redacted and viewed.target_repr == ""
        assert viewed.target_id == str(person.public_id)  # the row stays (append-only)
        erased = events.get(action="cases.person.erased")
        assert erased.actor_user == coach_a and NAME not in json.dumps(erased.data)


def test_erasure_keeps_the_anonymous_statistics(org_a, person):
    with organization_scope(org_a):
        rights.erase_person(actor=None, participant=person)
        p = Participant.objects.get(pk=person.pk)
        assert p.name == "erased" and p.phone == "" and p.health_notes == ""
        assert p.anonymised_at is not None
        assert (p.status, p.opened_on, p.closed_on) == (
            "closed",
            datetime.date(2024, 3, 1),
            datetime.date(2025, 2, 1),
        )
        assert (p.residence, p.german_level, p.case_number) == ("s24", "A2", "B-2024-017")
        assert sorted(
            MeasureChoice.objects.filter(participant=p).values_list("measure", "chosen")
        ) == [
            ("mentoring", False),
            ("recognition", True),
        ]
        sessions = CounsellingSession.objects.filter(participant=p)
        assert sessions.count() == 3
        assert sum(s.duration_minutes for s in sessions) == 135
        assert {s.notes for s in sessions} == {""}
        assert sorted(Outcome.objects.filter(participant=p).values_list("kind", "status")) == [
            ("6m", "full_time"),
            ("exit", "part_time"),
        ]
        assert Referral.objects.get(participant=p).status == "attended"
        assert Consent.objects.filter(participant=p).count() == 2
        assert not PartnerMessage.objects.filter(participant=p).exists()
        assert not PlanRevision.objects.filter(participant=p).exists()
        contact = FirstContact.objects.get(pk=person.first_contact_id)
        assert contact.note == "" and contact.post is None
        assert not Post.objects.filter(external_id="m-B-2024-017").exists()


def test_erasure_deletes_her_handled_posts_in_that_group_and_no_one_elses(org_a, person):
    with organization_scope(org_a):
        contact = FirstContact.objects.get(pk=person.first_contact_id)
        common = {"organization": org_a, "channel": contact.channel, "posted_at": timezone.now()}
        mine = {**common, "author_pseudonym": "abc123"}
        Post.objects.create(**mine, external_id="m-later", text="Дякую!", status="answered")
        Post.objects.create(**common, external_id="m-other", text="Хто?", author_pseudonym="zzz9")
        # Under the same pseudonym but still open, or a crisis: the advisors still need them
        # (a pseudonym is a hashed display name that someone else may share).
        Post.objects.create(**mine, external_id="m-open", text="?")
        Post.objects.create(
            **mine, external_id="m-crisis", text="!", status="answered", urgency="crisis"
        )
        rights.erase_person(actor=None, participant=person)
        remaining = set(
            Post.objects.filter(channel=contact.channel).values_list("external_id", flat=True)
        )
    assert remaining == {"m-other", "m-open", "m-crisis"}


def test_erasing_twice_changes_nothing_more(org_a, person):
    with organization_scope(org_a):
        rights.erase_person(actor=None, participant=person)
        again = rights.erase_person(actor=None, participant=Participant.objects.get(pk=person.pk))
    assert again["rows_deleted"] == 0 and again["audit_events"] == 1  # the first erasure event


def test_erasure_leaves_other_participants_alone(org_a, org_b, coach_a, make_member):
    first = make_person(org_a, coach_a, case_number="A-1")
    coach_b = make_member("bianca", org_b, Role.COACH)
    second = make_person(org_b, coach_b, case_number="A-1")
    with organization_scope(org_a):
        rights.erase_person(actor=None, participant=first)
    with organization_scope(org_b):
        kept = Participant.objects.get(pk=second.pk)
        assert kept.name == NAME and kept.anonymised_at is None
        assert (
            CounsellingSession.objects.filter(participant=kept, notes__contains=NAME).count() == 3
        )
        assert not AuditEvent.objects.filter(organization=org_b, redacted=True).exists()


# In the browser ---------------------------------------------------------------------------------


def test_coordinator_downloads_her_data_as_json_and_pdf(org_a, person, coordinator_a):
    client = client_for(coordinator_a)
    url = reverse("cases:person_export", args=[person.public_id])
    response = client.post(url, {"format": "json"})
    assert response.status_code == 200
    assert response["Content-Disposition"] == 'attachment; filename="B-2024-017.json"'
    assert json.loads(response.content)["participant"]["name"] == NAME
    response = client.post(url, {"format": "pdf"})
    assert response.status_code == 200
    if rights.pdf_available():
        assert response["Content-Type"] == "application/pdf"
        assert response.content.startswith(b"%PDF")
    with organization_scope(org_a):
        exports = AuditEvent.objects.filter(
            action="cases.person.exported", actor_user=coordinator_a
        )
        assert exports.count() == 2


def test_coordinator_erases_after_typing_the_case_number(org_a, person, coordinator_a):
    client = client_for(coordinator_a)
    url = reverse("cases:person_erase", args=[person.public_id])
    page = client.get(url)
    assert page.status_code == 200 and "B-2024-017" in page.content.decode()
    wrong = client.post(url, {"case_number": "B-2024-018"})
    assert wrong.status_code == 400
    with organization_scope(org_a):
        assert Participant.objects.get(pk=person.pk).anonymised_at is None
    done = client.post(url, {"case_number": "B-2024-017"})
    assert done.status_code == 302 and done["Location"] == reverse("cases:list")
    with organization_scope(org_a):
        assert Participant.objects.get(pk=person.pk).anonymised_at is not None
        assert AuditEvent.objects.filter(
            action="cases.person.erased", actor_user=coordinator_a
        ).exists()
    assert client.get(url).status_code == 404  # gone from the UI


@pytest.mark.parametrize("role", [Role.COACH, Role.ADVISOR, Role.PARTNER])
def test_other_roles_get_404(org_a, person, make_member, role):
    client = client_for(make_member(f"user-{role}", org_a, role))
    export = reverse("cases:person_export", args=[person.public_id])
    erase = reverse("cases:person_erase", args=[person.public_id])
    assert client.post(export, {"format": "json"}).status_code == 404
    assert client.get(erase).status_code == 404
    assert client.post(erase, {"case_number": "B-2024-017"}).status_code == 404
    with organization_scope(org_a):
        assert Participant.objects.get(pk=person.pk).anonymised_at is None
        assert not AuditEvent.objects.filter(action__startswith="cases.person.").exists()


def test_other_organisation_gets_404(org_a, person, admin_b):
    client = client_for(admin_b)
    assert (
        client.post(
            reverse("cases:person_export", args=[person.public_id]), {"format": "json"}
        ).status_code
        == 404
    )
    assert client.get(reverse("cases:person_erase", args=[person.public_id])).status_code == 404


def test_rights_panel_only_for_coordinators(org_a, person, coordinator_a, coach_a, rf):
    from lotsin.cases.rights_views import rights_panel_context

    request = rf.get("/")
    request.user = coordinator_a
    request.roles = {Role.COORDINATOR}
    assert rights_panel_context(request, person)["allowed"] is True
    request.roles = {Role.COACH}
    assert rights_panel_context(request, person)["allowed"] is False


def test_participant_page_shows_the_rights_panel_to_coordinators_only(
    person, coordinator_a, coach_a
):
    page = reverse("cases:participant", args=[person.public_id])
    erase = reverse("cases:person_erase", args=[person.public_id])
    coordinator = client_for(coordinator_a).get(page)
    assert coordinator.status_code == 200 and erase in coordinator.content.decode()
    coach = client_for(coach_a).get(page)
    assert coach.status_code == 200 and erase not in coach.content.decode()
