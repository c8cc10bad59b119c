"""Jobcenter cooperation: offices, the partner's consented and shared slice (UI and API), the
shared thread on both sides, and isolation between offices and organisations."""

from __future__ import annotations

import datetime
import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from lotsin.accounts.services import create_token
from lotsin.cases import partners
from lotsin.cases.models import (
    Consent,
    CounsellingSession,
    Participant,
    PartnerMessage,
    PartnerOffice,
    PlanStep,
    Referral,
)
from lotsin.cases.partner_views import partner_panel_context
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.directory.tests.factories import make_service

PRIVATE = "PRIVATE-NOTE-only-for-coaches"
HEALTH = "HEALTH-special-category"
HIDDEN_STEP = "Talk about the divorce papers"
REFERRAL_NOTE = "REFERRAL-NOTE-internal"


def _client(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


def _api(user, org) -> Client:  # type: ignore[no-untyped-def]
    with organization_scope(org):
        token = create_token(user=user, organization=org, name="t").plaintext
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


def _consent(participant: Participant, office: PartnerOffice, **fields: object) -> Consent:
    return Consent.objects.create(
        organization=participant.organization, participant=participant, purpose="partner",
        office=office, given_on=timezone.localdate(), form="paper", language="uk",
        text_version="2026-1", text="Я погоджуюся ...", **fields,
    )  # fmt: skip


@pytest.fixture
def world(org_a, make_member):  # type: ignore[no-untyped-def]
    """Org A: coach Cora, partner Petra (office Mitte), partner Paula (office Nord), and two
    participants: Olena consented to Mitte, Iryna to nobody."""
    admin = make_member("alma", org_a, Role.ADMIN)
    coach = make_member("cora", org_a, Role.COACH)
    petra = make_member("petra", org_a, Role.PARTNER, first_name="Petra")
    paula = make_member("paula", org_a, Role.PARTNER)
    with organization_scope(org_a):
        mitte = partners.create_office(
            actor=admin, organization=org_a,
            data=partners.OfficeData(name="Jobcenter Mitte", kind="jobcenter",
                                     contact_persons=[petra], our_contact=coach),
        )  # fmt: skip
        nord = partners.create_office(
            actor=admin, organization=org_a,
            data=partners.OfficeData(name="Jobcenter Nord", kind="jobcenter",
                                     contact_persons=[paula]),
        )  # fmt: skip
        olena = Participant.objects.create(
            organization=org_a, case_number="2026-0001", name="Olena Test",
            preferred_languages=["uk", "ru"], german_level="A2", health_notes=HEALTH,
        )  # fmt: skip
        iryna = Participant.objects.create(
            organization=org_a, case_number="2026-0002", name="Iryna Other"
        )
        for p in (olena, iryna):
            p.coaches.add(coach)
        consent = _consent(olena, mitte)
        PlanStep.objects.create(
            organization=org_a, participant=olena, text="Apply for the B1 course", who="coach",
            shared=True, agreed_with_jobcenter=True,
        )  # fmt: skip
        PlanStep.objects.create(
            organization=org_a, participant=olena, text=HIDDEN_STEP, who="participant"
        )
        CounsellingSession.objects.create(
            organization=org_a, participant=olena, coach=coach, held_on=timezone.localdate(),
            duration_minutes=45, channel="in_person", notes=PRIVATE,
            shared_note="She starts the course in March.",
        )  # fmt: skip
        Referral.objects.create(
            organization=org_a, participant=olena, service=make_service(org_a),
            note=REFERRAL_NOTE,
        )  # fmt: skip
    return {
        "org": org_a, "admin": admin, "coach": coach, "petra": petra, "paula": paula,
        "mitte": mitte, "nord": nord, "olena": olena, "iryna": iryna, "consent": consent,
    }  # fmt: skip


def _detail(p: Participant) -> str:
    return reverse("cases:partner_detail", args=[p.public_id])


def _api_detail(p: Participant) -> str:
    return f"/api/v1/partner/participants/{p.public_id}"


def test_partner_sees_only_the_shared_slice_and_each_read_is_audited(world):  # type: ignore[no-untyped-def]
    petra, olena = world["petra"], world["olena"]
    client = _client(petra)
    listing = client.get(reverse("cases:partner_list")).content.decode()
    assert "2026-0001" in listing and "Jobcenter Mitte" in listing
    assert "2026-0002" not in listing

    page = client.get(_detail(olena))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Olena Test" in html and "Apply for the B1 course" in html
    assert "Agreed with the Jobcenter" in html
    assert "She starts the course in March." in html
    for secret in (PRIVATE, HEALTH, HIDDEN_STEP, REFERRAL_NOTE):
        assert secret not in html

    api = _api(petra, world["org"])
    body = api.get(_api_detail(olena))
    assert body.status_code == 200, body.content
    text = body.content.decode()
    data = body.json()
    assert data["case_number"] == "2026-0001" and data["german_level"] == "A2"
    assert [s["text"] for s in data["steps"]] == ["Apply for the B1 course"]
    assert data["steps"][0]["agreed_with_jobcenter"] is True
    assert data["shared_notes"][0]["note"] == "She starts the course in March."
    for secret in (PRIVATE, HEALTH, HIDDEN_STEP, REFERRAL_NOTE, "health_notes"):
        assert secret not in text
    shared = api.get("/api/v1/partner/participants").json()
    assert [p["case_number"] for p in shared["items"]] == ["2026-0001"]

    with organization_scope(world["org"]):
        reads = AuditEvent.objects.filter(action="cases.partner.viewed", actor_user=petra)
        assert reads.count() == 2
        assert {e.data["via"] for e in reads} == {"ui", "api"}
        assert all("Olena" not in e.target_repr for e in reads)


def test_partner_gets_404_without_consent_through_ui_and_api(world):  # type: ignore[no-untyped-def]
    petra, iryna = world["petra"], world["iryna"]
    assert _client(petra).get(_detail(iryna)).status_code == 404
    api = _api(petra, world["org"])
    assert api.get(_api_detail(iryna)).status_code == 404
    assert (
        api.post(
            f"{_api_detail(iryna)}/messages", {"text": "hi"}, content_type="application/json"
        ).status_code
        == 404
    )


def test_revocation_ends_partner_access_at_once(world):  # type: ignore[no-untyped-def]
    petra, olena = world["petra"], world["olena"]
    client, api = _client(petra), _api(petra, world["org"])
    assert client.get(_detail(olena)).status_code == 200
    assert api.get(_api_detail(olena)).status_code == 200
    with organization_scope(world["org"]):
        Consent.objects.filter(pk=world["consent"].pk).update(revoked_at=timezone.now())
    assert client.get(_detail(olena)).status_code == 404
    assert api.get(_api_detail(olena)).status_code == 404
    assert api.get("/api/v1/partner/participants").json()["count"] == 0
    assert "2026-0001" not in client.get(reverse("cases:partner_list")).content.decode()
    post = client.post(reverse("cases:partner_post", args=[olena.public_id]), {"text": "hello"})
    assert post.status_code == 404


def test_an_expired_consent_gives_no_access(world):  # type: ignore[no-untyped-def]
    with organization_scope(world["org"]):
        Consent.objects.filter(pk=world["consent"].pk).update(
            expires_on=timezone.localdate() - datetime.timedelta(days=1)
        )
    assert _client(world["petra"]).get(_detail(world["olena"])).status_code == 404


def test_partner_of_another_office_sees_nothing(world):  # type: ignore[no-untyped-def]
    paula, olena = world["paula"], world["olena"]
    client, api = _client(paula), _api(paula, world["org"])
    assert "2026-0001" not in client.get(reverse("cases:partner_list")).content.decode()
    assert client.get(_detail(olena)).status_code == 404
    assert api.get(_api_detail(olena)).status_code == 404
    assert api.get("/api/v1/partner/participants").json()["items"] == []


def test_a_coach_is_not_a_partner_and_a_partner_is_not_a_case_worker(world):  # type: ignore[no-untyped-def]
    olena = world["olena"]
    assert _client(world["coach"]).get(_detail(olena)).status_code == 404
    api = _api(world["petra"], world["org"])
    assert api.get("/api/v1/participants").status_code == 403
    assert api.get(f"/api/v1/participants/{olena.public_id}").status_code == 403
    assert _api(world["coach"], world["org"]).get("/api/v1/partner/participants").status_code == 403


def test_thread_is_visible_on_both_sides(world, django_assert_max_num_queries):  # type: ignore[no-untyped-def]
    coach, petra, olena, org = world["coach"], world["petra"], world["olena"], world["org"]
    coach_client = _client(coach)
    sent = coach_client.post(
        reverse("cases:thread_post", args=[olena.public_id]),
        {"text": "She would like the B1 course.", "office": str(world["mitte"].public_id)},
    )
    assert sent.status_code == 302
    partner_client = _client(petra)
    assert "She would like the B1 course." in partner_client.get(_detail(olena)).content.decode()
    answer = partner_client.post(
        reverse("cases:partner_post", args=[olena.public_id]), {"text": "Agreed, from March."}
    )
    assert answer.status_code == 302
    panel = coach_client.post(
        reverse("cases:thread_post", args=[olena.public_id]),
        {"text": "Thank you!"},
        HTTP_HX_REQUEST="true",
    )
    assert panel.status_code == 200
    html = panel.content.decode()
    assert "She would like the B1 course." in html and "Agreed, from March." in html
    assert "Thank you!" in html and "Agreed with the Jobcenter" in html
    page = coach_client.get(reverse("cases:participant", args=[olena.public_id]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Agreed, from March." in html and 'id="partner-panel"' in html
    assert 'id="outcomes-panel"' in html
    api = _api(petra, org)
    messages = api.get(_api_detail(olena)).json()["messages"]
    assert [m["text"] for m in messages][-1] == "Thank you!"
    with organization_scope(org):
        events = AuditEvent.objects.filter(action="cases.partner.message")
        assert events.count() == 3
        assert {e.data["side"] for e in events} == {"coach", "partner"}
        assert all("Thank" not in str(e.data) and "March" not in str(e.data) for e in events)


def test_coach_cannot_write_to_an_office_she_did_not_consent_to(world):  # type: ignore[no-untyped-def]
    iryna = world["iryna"]
    response = _client(world["coach"]).post(
        reverse("cases:thread_post", args=[iryna.public_id]),
        {"text": "Hello", "office": str(world["mitte"].public_id)},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400
    with organization_scope(world["org"]):
        assert not PartnerMessage.objects.exists()
        with pytest.raises(partners.PartnerError):
            partners.post_message(
                actor=world["coach"], participant=iryna, office=world["mitte"], text="x"
            )


def test_coach_panel_takes_a_fixed_number_of_queries(world, rf, django_assert_num_queries):  # type: ignore[no-untyped-def]
    org, olena = world["org"], world["olena"]
    request = rf.get("/")
    request.user = world["coach"]
    with organization_scope(org):
        with django_assert_num_queries(3):
            partner_panel_context(request, olena)
        for i in range(20):
            partners.post_message(
                actor=world["coach"], participant=olena, office=world["mitte"], text=f"m{i}"
            )
        _consent(olena, world["nord"])
        with django_assert_num_queries(3):
            context = partner_panel_context(request, olena)
    assert len(context["messages"]) == 20 and len(context["active_offices"]) == 2


def test_coordinator_manages_offices_with_partner_contact_persons(world, make_member):  # type: ignore[no-untyped-def]
    org = world["org"]
    lea = make_member("lea", org, Role.COORDINATOR)
    client = _client(lea)
    assert client.get(reverse("cases:office_list")).status_code == 200
    bad = client.post(
        reverse("cases:office_new"),
        {"name": "Agentur Süd", "kind": "agency", "contact_persons": [world["coach"].pk]},
    )
    assert bad.status_code == 200  # the coach is no partner: the form says so
    ok = client.post(
        reverse("cases:office_new"),
        {"name": "Agentur Süd", "kind": "agency", "contact_persons": [world["paula"].pk],
         "our_contact": world["coach"].pk},
    )  # fmt: skip
    assert ok.status_code == 302
    dup = client.post(reverse("cases:office_new"), {"name": "Jobcenter Mitte", "kind": "agency"})
    assert "exists already" in dup.content.decode()
    with organization_scope(org):
        office = PartnerOffice.objects.get(name="Agentur Süd")
        assert list(office.contact_persons.all()) == [world["paula"]]
    edit = client.post(
        reverse("cases:office_edit", args=[world["mitte"].public_id]),
        {"name": "Jobcenter Mitte", "kind": "jobcenter", "contact_persons": []},
    )
    assert edit.status_code == 302
    # Removing Petra as contact person ends her access to the office's cases at once.
    assert _client(world["petra"]).get(_detail(world["olena"])).status_code == 404
    assert _client(world["coach"]).get(reverse("cases:office_list")).status_code == 403
    assert _client(world["petra"]).get(reverse("cases:office_list")).status_code == 403


def test_case_api_hides_special_categories_and_gives_her_coach_the_private_notes(world):  # type: ignore[no-untyped-def]
    api = _api(world["coach"], world["org"])
    olena = world["olena"]
    listing = api.get("/api/v1/participants")
    assert listing.status_code == 200 and listing.json()["count"] == 2
    assert HEALTH not in listing.content.decode() and "health_notes" not in listing.content.decode()
    detail = api.get(f"/api/v1/participants/{olena.public_id}")
    assert detail.status_code == 200 and HEALTH not in detail.content.decode()
    sessions = api.get(f"/api/v1/participants/{olena.public_id}/sessions").json()
    assert sessions["items"][0]["notes"] == PRIVATE
    plan = api.get(f"/api/v1/participants/{olena.public_id}/plan").json()
    assert {s["text"] for s in plan["steps"]} == {"Apply for the B1 course", HIDDEN_STEP}
    assert api.get("/api/v1/participants?page=0").status_code == 400
    assert api.get("/api/v1/participants?page=99999999999999999999").status_code == 400
    assert api.get("/api/v1/participants?status=nonsense").status_code == 400
    assert api.get("/api/v1/participants/not-a-uuid").status_code == 404


def test_a_coach_sees_only_her_own_cases_through_the_api(world, make_member):  # type: ignore[no-untyped-def]
    other = make_member("clara", world["org"], Role.COACH)
    api = _api(other, world["org"])
    assert api.get("/api/v1/participants").json()["count"] == 0
    assert api.get(f"/api/v1/participants/{world['olena'].public_id}").status_code == 404


def test_another_organisations_participant_is_404_through_ui_and_api(  # type: ignore[no-untyped-def]
    world, org_b, make_member
):
    bea = make_member("bea", org_b, Role.ADMIN, Role.PARTNER)
    with organization_scope(org_b):
        office_b = partners.create_office(
            actor=bea, organization=org_b,
            data=partners.OfficeData(name="Jobcenter B", kind="jobcenter", contact_persons=[bea]),
        )  # fmt: skip
        foreign = Participant.objects.create(
            organization=org_b, case_number="2026-0001", name="Foreign Person"
        )
        _consent(foreign, office_b)
    petra, admin, org = world["petra"], world["admin"], world["org"]
    assert _client(petra).get(_detail(foreign)).status_code == 404
    assert _api(petra, org).get(_api_detail(foreign)).status_code == 404
    admin_api = _api(admin, org)
    for suffix in ("", "/plan", "/sessions", "/outcomes"):
        assert admin_api.get(f"/api/v1/participants/{foreign.public_id}{suffix}").status_code == 404
    assert (
        _client(admin)
        .post(reverse("cases:thread_post", args=[foreign.public_id]), {"text": "x"})
        .status_code
        == 404
    )
    assert (
        _client(admin).get(reverse("cases:office_edit", args=[office_b.public_id])).status_code
        == 404
    )
    # And the other way round: org B's partner sees nothing of org A.
    assert _api(bea, org_b).get(_api_detail(world["olena"])).status_code == 404


def test_a_coach_reads_and_writes_the_thread_through_the_api(world):  # type: ignore[no-untyped-def]
    api = _api(world["coach"], world["org"])
    olena, iryna = world["olena"], world["iryna"]
    url = f"/api/v1/participants/{olena.public_id}/messages"
    written = api.post(
        url, {"text": "Her course starts in March."}, content_type="application/json"
    )
    assert written.status_code == 201, written.content
    assert written.json()["office"] == "Jobcenter Mitte"
    # Petra (Mitte) sees it in her slice; the coach reads the thread back.
    petra = _api(world["petra"], world["org"])
    assert petra.get(_api_detail(olena)).json()["messages"][-1]["text"] == (
        "Her course starts in March."
    )
    assert [m["text"] for m in api.get(url).json()] == ["Her course starts in March."]
    # Not to an office she did not consent to, and not without any consent.
    nord = api.post(
        url, {"text": "hi", "office": str(world["nord"].public_id)}, content_type="application/json"
    )
    assert nord.status_code == 400 and "consented" in nord.json()["detail"]
    none = api.post(
        f"/api/v1/participants/{iryna.public_id}/messages", {"text": "hi"},
        content_type="application/json",
    )  # fmt: skip
    assert none.status_code == 400
    # A partner cannot use the case workers' endpoint.
    assert petra.get(url).status_code == 403
    with organization_scope(world["org"]):
        assert PartnerMessage.objects.filter(participant=iryna).count() == 0
        viewed = AuditEvent.objects.filter(
            action="cases.participant.viewed", target_id=str(olena.public_id), data__part="messages"
        )
        assert viewed.count() == 1  # the read; each message written is its own event
        assert (
            AuditEvent.objects.filter(action="cases.partner.message", data__side="coach").count()
            == 1
        )


def test_only_an_office_no_consent_names_can_be_deleted(world):  # type: ignore[no-untyped-def]
    client = _client(world["admin"])
    mitte, nord = world["mitte"], world["nord"]
    refused = client.post(reverse("cases:office_delete", args=[mitte.public_id]), follow=True)
    assert "1 consent names this office" in refused.content.decode()
    done = client.post(reverse("cases:office_delete", args=[nord.public_id]))
    assert done.status_code == 302
    with organization_scope(world["org"]):
        assert set(PartnerOffice.objects.values_list("name", flat=True)) == {"Jobcenter Mitte"}
        assert AuditEvent.objects.filter(action="cases.office.deleted").count() == 1
    # A coach may not; nor may anyone by GET.
    coach = _client(world["coach"])
    assert coach.post(reverse("cases:office_delete", args=[mitte.public_id])).status_code in (
        403,
        404,
    )
    assert client.get(reverse("cases:office_delete", args=[mitte.public_id])).status_code == 405


def test_the_office_edit_form_shows_the_office_as_it_is(world):  # type: ignore[no-untyped-def]
    page = _client(world["admin"]).get(
        reverse("cases:office_edit", args=[world["mitte"].public_id])
    )
    html = page.content.decode()
    assert 'value="Jobcenter Mitte"' in html
    # Petra, its contact person, is ticked; Paula (another office's) is not.
    assert re.search(rf'value="{world["petra"].pk}"[^>]*checked', html)
    assert not re.search(rf'value="{world["paula"].pk}"[^>]*checked', html)
