"""Support plan (versioned), sessions, referrals, follow-ups and the printed plan (issue 7,
items 4 to 6)."""

from __future__ import annotations

import datetime
import uuid

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lotsin.cases import plan_panels, plans, referrals, sessions
from lotsin.cases.models import (
    CounsellingSession,
    Goal,
    MeasureChoice,
    Participant,
    PlanRevision,
    Referral,
)
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.directory.tests.factories import make_service

TODAY = timezone.localdate
SECRET_NOTE = "Private: she fears her ex-husband"
HEALTH = "Diabetes, needs breaks"


def client_for(user) -> Client:  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def coach(make_member, org_a):  # type: ignore[no-untyped-def]
    return make_member("carla", org_a, Role.COACH, first_name="Carla")


@pytest.fixture
def other_coach(make_member, org_a):  # type: ignore[no-untyped-def]
    return make_member("dora", org_a, Role.COACH)


@pytest.fixture
def partner(make_member, org_a):  # type: ignore[no-untyped-def]
    return make_member("jobcenter-jana", org_a, Role.PARTNER)


@pytest.fixture
def participant(org_a, coach) -> Participant:  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        person = Participant.objects.create(
            organization=org_a, case_number="2026-0001", name="Olena Kovalenko",
            preferred_languages=["uk", "de"], health_notes=HEALTH,
        )  # fmt: skip
        person.coaches.add(coach)
    return person


def make_session(participant: Participant, coach, **fields):  # type: ignore[no-untyped-def]
    data = {
        "held_on": TODAY(), "duration_minutes": 45, "channel": "in_person",
        "notes": SECRET_NOTE, "next_steps": "Bring the certificate", **fields,
    }  # fmt: skip
    with organization_scope(participant.organization):
        return sessions.record_session(actor=coach, participant=participant, **data)


# Plan and its versions -----------------------------------------------------------------------


def test_every_plan_change_writes_the_next_revision_with_the_whole_plan(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="Work as a nurse")
        step = plans.add_step(
            actor=coach, participant=participant, goal=goal, text="Apply for recognition",
            who="participant", due_on=TODAY() + datetime.timedelta(days=30), shared=True,
        )  # fmt: skip
        plans.edit_step(
            actor=coach, step=step, text="Apply for recognition", who="participant",
            due_on=step.due_on, status="done", goal=goal, shared=True,
            agreed_with_jobcenter=True,
        )  # fmt: skip
        plans.decide_measure(
            actor=coach, participant=participant, measure="language_course", chosen=True
        )
        revisions = list(PlanRevision.objects.filter(participant=participant).order_by("number"))
    assert [r.number for r in revisions] == [1, 2, 3, 4]
    assert revisions[0].changed_by == coach
    assert revisions[0].snapshot["goals"] == [
        {"id": str(goal.public_id), "text": "Work as a nurse", "status": "open"}
    ]
    assert revisions[0].snapshot["steps"] == []
    last = revisions[-1].snapshot
    assert last["steps"] == [
        {
            "id": str(step.public_id), "goal": str(goal.public_id),
            "text": "Apply for recognition", "who": "participant",
            "due_on": step.due_on.isoformat(), "status": "done", "shared": True, "agreed": True,
        }
    ]  # fmt: skip
    assert [(m["measure"], m["chosen"]) for m in last["measures"]] == [("language_course", True)]
    changes = plans.plan_diff(revisions[1].snapshot, revisions[2].snapshot)
    assert changes == [
        {
            "section": "steps", "change": "changed", "item": last["steps"][0],
            "fields": [("status", "open", "done"), ("agreed", False, True)],
        }
    ]  # fmt: skip


def test_a_change_that_changes_nothing_writes_no_revision(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="German B1")
        plans.edit_goal(actor=coach, goal=goal, text="German B1", status="open")
        assert PlanRevision.objects.filter(participant=participant).count() == 1


def test_the_audit_log_names_the_change_but_holds_no_plan_text(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="Leave the shelter")
        plans.drop_goal(actor=coach, goal=goal)
        events = list(AuditEvent.objects.filter(action="cases.plan.changed").order_by("pk"))
    assert [e.data["change"] for e in events] == ["goal_added", "goal_dropped"]
    assert [e.data["revision"] for e in events] == [1, 2]
    assert all("shelter" not in str(e.data) and "Olena" not in e.target_repr for e in events)
    assert events[0].target_repr == "case 2026-0001"


def test_a_declined_measure_is_kept_with_her_reason(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        plans.decide_measure(actor=coach, participant=participant, measure="mentoring", chosen=True)
        plans.decide_measure(
            actor=coach, participant=participant, measure="mentoring", chosen=False,
            note="No time with two small children",
        )  # fmt: skip
        plans.decide_measure(actor=coach, participant=participant, measure="workshop", chosen=True)
        choices = {m.measure: m for m in MeasureChoice.objects.filter(participant=participant)}
        ctx = plan_panels.plan_context(None, participant)  # type: ignore[arg-type]
    assert choices["mentoring"].chosen is False
    assert choices["mentoring"].note == "No time with two small children"
    assert [m.measure for m in ctx["declined"]] == ["mentoring"]
    assert [m.measure for m in ctx["chosen"]] == ["workshop"]


def test_a_step_cannot_hang_under_another_participants_goal(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        other = Participant.objects.create(organization=org_a, case_number="2026-0002", name="X")
        foreign_goal = plans.add_goal(actor=coach, participant=other, text="Other goal")
        with pytest.raises(ValidationError):
            plans.add_step(
                actor=coach, participant=participant, goal=foreign_goal, text="Step",
                who="coach",
            )  # fmt: skip
        with pytest.raises(ValidationError):
            plans.add_step(actor=coach, participant=participant, text="Step", who="nobody")


def test_coach_adds_a_step_over_htmx_and_gets_the_panel_back(org_a, coach, participant):  # type: ignore[no-untyped-def]
    client = client_for(coach)
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="Job in a kitchen")
    url = reverse("cases:plan_step_add", args=[participant.public_id])
    response = client.post(
        url,
        {
            "step-text": "Health certificate (Rote Karte)", "step-goal": str(goal.public_id),
            "step-who": "participant", "step-due_on": "2030-01-31", "step-shared": "on",
        },
        headers={"HX-Request": "true"},
    )  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="panel-plan"' in html and "Health certificate" in html
    assert "Shared with the Jobcenter" in html
    assert "<html" not in html
    response = client.post(url, {"step-text": "", "step-who": "coach"})
    assert response.status_code == 200 and "This field is required" in response.content.decode()


def test_revisions_page_shows_an_earlier_state_and_what_changed(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="Driving licence")
        plans.edit_goal(actor=coach, goal=goal, text="Driving licence class B", status="open")
    client = client_for(coach)
    url = reverse("cases:plan_revisions", args=[participant.public_id])
    html = client.get(url).content.decode()
    assert "What changed from version 1 to 2" in html
    assert '<del dir="auto">Driving licence</del>' in html
    html = client.get(url, {"number": 1}).content.decode()
    assert "The plan in version 1" in html and "class B" not in html.split("The plan in")[1]


# Sessions ------------------------------------------------------------------------------------


def test_a_session_moves_her_last_contact_forward_only(org_a, coach, participant):  # type: ignore[no-untyped-def]
    make_session(participant, coach, held_on=TODAY() - datetime.timedelta(days=3))
    participant.refresh_from_db()
    assert participant.last_contact_on == TODAY() - datetime.timedelta(days=3)
    make_session(participant, coach, held_on=TODAY() - datetime.timedelta(days=10))
    participant.refresh_from_db()
    assert participant.last_contact_on == TODAY() - datetime.timedelta(days=3)
    with organization_scope(org_a):
        assert AuditEvent.objects.filter(action="cases.session.recorded").count() == 2
        assert SECRET_NOTE not in str(list(AuditEvent.objects.values_list("data", flat=True)))


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"held_on": "the day after tomorrow"}, "held_on"),
        ({"duration_minutes": 0}, "duration_minutes"),
        ({"duration_minutes": 601}, "duration_minutes"),
        ({"channel": "pigeon"}, "channel"),
        ({"topics": ["astrology"]}, "topics"),
        ({"follow_up_on": datetime.date(2000, 1, 1)}, "follow_up_on"),
    ],
)
def test_a_session_with_bad_input_is_refused(org_a, coach, participant, fields, field):  # type: ignore[no-untyped-def]
    if fields.get("held_on"):  # computed here: the parameters are built before the test's "today"
        fields = {"held_on": TODAY() + datetime.timedelta(days=2)}
    with pytest.raises(ValidationError) as error:
        make_session(participant, coach, **fields)
    assert field in error.value.message_dict
    with organization_scope(org_a):
        assert not CounsellingSession.objects.exists()


def test_session_form_refuses_a_future_date(org_a, coach, participant):  # type: ignore[no-untyped-def]
    tomorrow = TODAY() + datetime.timedelta(days=1)
    response = client_for(coach).post(
        reverse("cases:session_add", args=[participant.public_id]),
        {"session-held_on": tomorrow.isoformat(), "session-duration_minutes": "60",
         "session-channel": "phone"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "A session cannot be in the future." in response.content.decode()
    with organization_scope(org_a):
        assert not CounsellingSession.objects.exists()


def test_coach_records_a_session_in_the_browser(org_a, coach, participant):  # type: ignore[no-untyped-def]
    response = client_for(coach).post(
        reverse("cases:session_add", args=[participant.public_id]),
        {"session-held_on": TODAY().isoformat(), "session-duration_minutes": "50",
         "session-channel": "video", "session-language": "uk", "session-interpreter": "on",
         "session-topics": ["work", "childcare"], "session-notes": SECRET_NOTE,
         "session-follow_up_on": (TODAY() + datetime.timedelta(days=5)).isoformat()},
    )  # fmt: skip
    assert response.status_code == 302
    with organization_scope(org_a):
        session = CounsellingSession.objects.get(participant=participant)
    assert (
        session.coach == coach and session.interpreter and session.topics == ["work", "childcare"]
    )
    participant.refresh_from_db()
    assert participant.last_contact_on == TODAY()


def test_private_notes_are_shown_to_her_coach_only(
    org_a, coach, other_coach, partner, make_member, participant
):  # type: ignore[no-untyped-def]
    session = make_session(participant, coach)
    sessions_url = reverse("cases:sessions", args=[participant.public_id])
    assert SECRET_NOTE in client_for(coach).get(sessions_url).content.decode()
    coordinator = make_member("cora", org_a, Role.COORDINATOR)
    assert SECRET_NOTE in client_for(coordinator).get(sessions_url).content.decode()
    edit_url = reverse("cases:session_edit", args=[participant.public_id, session.public_id])
    for outsider in (other_coach, partner):
        client = client_for(outsider)
        for url in (sessions_url, edit_url, reverse("cases:plan", args=[participant.public_id])):
            response = client.get(url)
            assert response.status_code == 404
            assert SECRET_NOTE not in response.content.decode()
    # Even where a panel is rendered for someone who is not her coach (a colleague's view of
    # the panel), the notes stay out of the context and the page.
    request = RequestFactory().get("/")
    request.user, request.organization, request.roles = other_coach, org_a, {Role.COACH}
    with organization_scope(org_a):
        ctx = plan_panels.sessions_context(request, participant)
    assert ctx["show_notes"] is False and ctx["sessions"][0].notes == ""
    assert "notes" not in ctx["session_form"].fields


def test_editing_a_session_without_the_right_to_notes_keeps_them(org_a, coach, participant):  # type: ignore[no-untyped-def]
    session = make_session(participant, coach)
    with organization_scope(org_a):
        sessions.edit_session(
            actor=coach, session=session, held_on=session.held_on, duration_minutes=90,
            channel="phone", notes=None,
        )  # fmt: skip
        session.refresh_from_db()
    assert session.notes == SECRET_NOTE and session.duration_minutes == 90


# Follow-ups ----------------------------------------------------------------------------------


def test_follow_ups_list_shows_what_is_due_this_week_for_my_cases(
    org_a, coach, other_coach, participant
):  # type: ignore[no-untyped-def]
    day = datetime.timedelta(days=1)
    with organization_scope(org_a):
        soon = Participant.objects.create(organization=org_a, case_number="2026-0002", name="Soon")
        later = Participant.objects.create(
            organization=org_a, case_number="2026-0003", name="Later"
        )
        replaced = Participant.objects.create(
            organization=org_a, case_number="2026-0004", name="Replaced"
        )
        not_mine = Participant.objects.create(
            organization=org_a, case_number="2026-0005", name="NotMine"
        )
        for person in (soon, later, replaced):
            person.coaches.add(coach)
        not_mine.coaches.add(other_coach)
    make_session(participant, coach, held_on=TODAY() - 20 * day, follow_up_on=TODAY() - 2 * day)
    make_session(soon, coach, follow_up_on=TODAY() + 6 * day)
    make_session(later, coach, follow_up_on=TODAY() + 10 * day)
    make_session(replaced, coach, held_on=TODAY() - 9 * day, follow_up_on=TODAY() - 5 * day)
    make_session(replaced, coach, held_on=TODAY() - 1 * day)
    make_session(not_mine, other_coach, follow_up_on=TODAY())
    response = client_for(coach).get(reverse("cases:follow_ups"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "2026-0001" in html and "2026-0002" in html
    assert html.index("2026-0001") < html.index("2026-0002")  # overdue first
    assert "overdue" in html
    for absent in ("2026-0003", "2026-0004", "2026-0005"):
        assert absent not in html
    with organization_scope(org_a):
        assert AuditEvent.objects.filter(action="core.personal_data.listed").exists()


def test_marking_a_follow_up_done_takes_it_off_the_list(org_a, coach, participant):  # type: ignore[no-untyped-def]
    session = make_session(participant, coach, follow_up_on=TODAY())
    client = client_for(coach)
    response = client.post(
        reverse("cases:follow_up_done", args=[participant.public_id, session.public_id]),
        {"next": "follow_ups"},
    )
    assert response.status_code == 302
    assert "2026-0001" not in client.get(reverse("cases:follow_ups")).content.decode()


# Referrals -----------------------------------------------------------------------------------


def test_referral_moves_on_and_shows_the_text_in_her_language(org_a, coach, participant):  # type: ignore[no-untyped-def]
    service = make_service(org_a, descriptions={"uk": "Консультації для жінок."})
    with organization_scope(org_a):
        referral = referrals.refer(
            actor=coach, participant=participant, service=service,
            follow_up_on=TODAY() + datetime.timedelta(days=7),
        )  # fmt: skip
        referrals.update_referral(actor=coach, referral=referral, status="accepted")
        with pytest.raises(ValidationError):
            referrals.update_referral(actor=coach, referral=referral, status="sent")
        referrals.update_referral(actor=coach, referral=referral, status="closed")
        ctx = plan_panels.referrals_context(None, participant)  # type: ignore[arg-type]
    assert ctx["language"] == "uk"
    assert "Консультації для жінок." in ctx["referrals"][0].text
    assert ctx["referrals"][0].follow_up_on is None
    html = (
        client_for(coach)
        .get(reverse("cases:referral", args=[participant.public_id, referral.public_id]))
        .content.decode()
    )
    assert "Консультації для жінок." in html and "030 0123 4567" in html


def test_referral_to_another_organisations_service_is_refused(org_a, org_b, coach, participant):  # type: ignore[no-untyped-def]
    foreign = make_service(org_b, name="Beratung B")
    with organization_scope(org_a), pytest.raises(ValidationError):
        referrals.refer(actor=coach, participant=participant, service=foreign)
    response = client_for(coach).post(
        reverse("cases:referral_add", args=[participant.public_id]),
        {"referral-service": str(foreign.public_id)},
    )
    assert response.status_code == 200
    with organization_scope(org_a):
        assert not Referral.objects.exists()


def test_coach_refers_her_in_the_browser(org_a, coach, participant):  # type: ignore[no-untyped-def]
    service = make_service(org_a)
    response = client_for(coach).post(
        reverse("cases:referral_add", args=[participant.public_id]),
        {"referral-service": str(service.public_id), "referral-follow_up_on": "2099-01-01"},
    )
    assert response.status_code == 302
    with organization_scope(org_a):
        assert Referral.objects.get().service == service


# The printed plan ----------------------------------------------------------------------------


@pytest.fixture
def plan_with_notes(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="Pflegefachkraft")
        plans.add_step(
            actor=coach, participant=participant, goal=goal, text="Anerkennung beantragen",
            who="jobcenter", due_on=datetime.date(2030, 3, 1),
        )  # fmt: skip
        dropped = plans.add_step(
            actor=coach, participant=participant, text="Dropped idea", who="coach"
        )
        plans.drop_step(actor=coach, step=dropped)
        plans.decide_measure(actor=coach, participant=participant, measure="mentoring", chosen=True)
        plans.decide_measure(
            actor=coach, participant=participant, measure="placement", chosen=False
        )
    make_session(participant, coach)
    return participant


def test_print_page_in_ukrainian_lists_the_plan_without_private_data(coach, plan_with_notes):  # type: ignore[no-untyped-def]
    url = reverse("cases:plan_print", args=[plan_with_notes.public_id])
    response = client_for(coach).get(url, {"lang": "uk"})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="uk" dir="ltr">' in html
    assert "Pflegefachkraft" in html and "Anerkennung beantragen" in html
    assert "Dropped idea" not in html
    assert SECRET_NOTE not in html and HEALTH not in html and "Bring the certificate" not in html
    assert "01.03.2030" in html  # the Ukrainian date format


def test_print_page_in_arabic_is_right_to_left(coach, plan_with_notes):  # type: ignore[no-untyped-def]
    url = reverse("cases:plan_print", args=[plan_with_notes.public_id])
    html = client_for(coach).get(url, {"lang": "ar"}).content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert SECRET_NOTE not in html and HEALTH not in html


def test_print_page_defaults_to_her_language_and_ignores_unknown_ones(coach, plan_with_notes):  # type: ignore[no-untyped-def]
    url = reverse("cases:plan_print", args=[plan_with_notes.public_id])
    html = client_for(coach).get(url, {"lang": "xx"}).content.decode()
    assert '<html lang="uk"' in html


def test_plan_prints_as_pdf_when_weasyprint_is_there(coach, plan_with_notes):  # type: ignore[no-untyped-def]
    from lotsin.cases.plan_views import pdf_available

    if not pdf_available():
        pytest.skip("WeasyPrint is not installed")
    url = reverse("cases:plan_print_pdf", args=[plan_with_notes.public_id])
    response = client_for(coach).get(url, {"lang": "fa"})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


# Isolation -----------------------------------------------------------------------------------


def test_another_organisation_gets_404_on_every_url(admin_b, org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="Goal")
        step = plans.add_step(actor=coach, participant=participant, text="Step", who="coach")
    session = make_session(participant, coach)
    service = make_service(org_a)
    with organization_scope(org_a):
        referral = referrals.refer(actor=coach, participant=participant, service=service)
    case = participant.public_id
    # (url, method it is made for); the other method answers 404 or 405, never anything else.
    get, post = "get", "post"
    urls = [
        (reverse("cases:plan", args=[case]), get),
        (reverse("cases:plan_goal_add", args=[case]), post),
        (reverse("cases:plan_goal_edit", args=[case, goal.public_id]), get),
        (reverse("cases:plan_step_add", args=[case]), post),
        (reverse("cases:plan_step_edit", args=[case, step.public_id]), get),
        (reverse("cases:plan_measure", args=[case]), post),
        (reverse("cases:plan_revisions", args=[case]), get),
        (reverse("cases:plan_print", args=[case]), get),
        (reverse("cases:plan_print_pdf", args=[case]), get),
        (reverse("cases:sessions", args=[case]), get),
        (reverse("cases:session_add", args=[case]), post),
        (reverse("cases:session_edit", args=[case, session.public_id]), get),
        (reverse("cases:follow_up_done", args=[case, session.public_id]), post),
        (reverse("cases:referral_add", args=[case]), post),
        (reverse("cases:referral", args=[case, referral.public_id]), get),
    ]
    client = client_for(admin_b)
    for url, method in urls:
        response = getattr(client, method)(url, {"step-text": "x", "session-notes": "x"})
        assert response.status_code == 404, (method, url, response.status_code)
        other = post if method == get else get
        assert getattr(client, other)(url).status_code in (404, 405), (other, url)
    assert "Olena" not in client.get(reverse("cases:follow_ups")).content.decode()
    with organization_scope(org_a):
        assert Goal.objects.count() == 1 and PlanRevision.objects.count() == 2


def test_an_item_of_another_case_is_404_under_this_case(org_a, coach, participant):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        other = Participant.objects.create(organization=org_a, case_number="2026-0009", name="Y")
        other.coaches.add(coach)
        goal = plans.add_goal(actor=coach, participant=other, text="Theirs")
    url = reverse("cases:plan_goal_edit", args=[participant.public_id, goal.public_id])
    assert client_for(coach).get(url).status_code == 404
    url = reverse("cases:plan_goal_edit", args=[participant.public_id, uuid.uuid4()])
    assert client_for(coach).get(url).status_code == 404


# Performance ---------------------------------------------------------------------------------


def _panel_queries(org_a, coach, participant) -> int:  # type: ignore[no-untyped-def]
    request = RequestFactory().get("/")
    request.user, request.organization, request.roles = coach, org_a, {Role.COACH}
    from django.template.loader import render_to_string

    with organization_scope(org_a), CaptureQueriesContext(connection) as queries:
        for template, context in (
            ("cases/_plan.html", plan_panels.plan_context),
            ("cases/_sessions.html", plan_panels.sessions_context),
            ("cases/_referrals.html", plan_panels.referrals_context),
        ):
            # Without the request: the page's context processors are not the panels' cost.
            render_to_string(template, {"ctx": context(request, participant)})
    return len(queries)


def test_panels_use_the_same_number_of_queries_for_1_and_100_sessions(org_a, coach, participant):  # type: ignore[no-untyped-def]
    service = make_service(org_a)
    with organization_scope(org_a):
        goal = plans.add_goal(actor=coach, participant=participant, text="Goal")
        plans.add_step(actor=coach, participant=participant, goal=goal, text="S", who="coach")
        plans.decide_measure(actor=coach, participant=participant, measure="workshop", chosen=True)
        referrals.refer(actor=coach, participant=participant, service=service)
    make_session(participant, coach)
    one = _panel_queries(org_a, coach, participant)
    with organization_scope(org_a):
        CounsellingSession.objects.bulk_create(
            CounsellingSession(
                organization=org_a,
                participant=participant,
                coach=coach,
                held_on=TODAY() - datetime.timedelta(days=n),
                duration_minutes=30,
                channel="phone",
                topics=["work"],
            )  # fmt: skip
            for n in range(1, 100)
        )
        for n in range(5):
            plans.add_step(actor=coach, participant=participant, text=f"S{n}", who="participant")
            referrals.refer(actor=coach, participant=participant, service=service)
    hundred = _panel_queries(org_a, coach, participant)
    assert one == hundred
    assert hundred <= 8  # plan 4, sessions 2, referrals 2
    page = client_for(coach).get(reverse("cases:plan", args=[participant.public_id]))
    assert page.status_code == 200 and "Show all sessions" in page.content.decode()
