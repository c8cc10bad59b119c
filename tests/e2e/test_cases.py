"""Issue 7, done when: a coach takes a first contact from the inbox through intake, consent, a
co-designed plan, a session, a referral and an exit outcome in the browser; the Jobcenter partner
sees only the consented, shared slice (no private note, no health field) and gets 404 once the
consent is revoked. Screenshots on a phone and a desktop, the case page in Arabic too."""

import datetime as dt
import re

from django.utils import timezone
from playwright.sync_api import expect

from lotsin.cases.models import CaseStatus, Consent, Outcome, Participant, PlanStep, Purpose
from lotsin.cases.partners import OfficeData, create_office
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.directory.tests.factories import make_service
from lotsin.inbox.contacts import create_first_contact
from lotsin.inbox.models import ContactStatus, FirstContact, Post
from lotsin.inbox.services import create_channel
from tests.e2e.test_knowledge import _shot, _sign_in

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 800}
NAME = "Amal Haddad"
NOTE = "Nurse from Aleppo, wants to work in a hospital again"
HEALTH = "Chronic back pain, no night shifts"
GOAL = "Work as a nurse in Berlin"
SHARED_STEP = "Apply for the B2 nursing language course"
COACH_STEP = "Find a Kita place for her son"
PRIVATE_NOTE = "Worried about her husband's reaction"
JOBCENTER_NOTE = "She starts the B2 course on 1 December"


def _setup(org, make_member):
    # Also an advisor: /inbox/contacts/ (with its "Open a case" link) is for inbox roles only.
    cleo = make_member("cleo", org, Role.COACH, Role.ADVISOR, first_name="Cleo")
    pia = make_member("pia", org, Role.PARTNER, first_name="Pia")
    with organization_scope(org):
        office = create_office(
            actor=cleo, organization=org,
            data=OfficeData(name="Jobcenter Berlin Mitte", kind="jobcenter",
                            contact_persons=[pia], our_contact=cleo),
        )  # fmt: skip
        channel = create_channel(actor=None, organization=org, name="نساء", platform="whatsapp")
        post = Post.objects.create(
            organization=org, channel=channel, external_id="1", language="ar",
            text="أنا ممرضة، كيف أعمل في ألمانيا؟", posted_at=timezone.now(),
            author_pseudonym="a1b2c3",
        )  # fmt: skip
        contact = create_first_contact(
            actor=cleo, post=post, follow_up_on=timezone.localdate(), note=NOTE
        )
    service = make_service(org, name="IQ Anerkennungsberatung", topics=["recognition"])
    return cleo, pia, office, contact, service


def test_case_from_first_contact_to_partner_slice(page, live_server, make_member, org_a):
    cleo, pia, office, contact, service = _setup(org_a, make_member)
    base = live_server.url
    page.set_viewport_size(PHONE)

    # Intake from the inbox stub.
    _sign_in(page, base, "cleo")
    page.goto(f"{base}/inbox/contacts/")
    page.locator(".card", has_text=NOTE).get_by_role("link", name="Open a case").click()
    expect(page.get_by_role("heading", name="From a first contact in the inbox")).to_be_visible()
    page.get_by_label("Name", exact=True).fill(NAME)
    page.get_by_label("Phone").fill("+49 151 2345 6789")
    page.get_by_label("German level").select_option("A2")
    page.get_by_label("Education", exact=True).fill("Nursing school, Aleppo")
    page.get_by_label("Health or disability").fill(HEALTH)
    page.get_by_role("button", name="Open the case").click()
    expect(page.locator(".message")).to_contain_text("opened. Next: record her consent")
    with organization_scope(org_a):
        person = Participant.objects.get(name=NAME)
        assert person.preferred_languages == ["ar"] and person.first_contact_id == contact.pk
        assert FirstContact.objects.get(pk=contact.pk).status == ContactStatus.PICKED_UP
    case_url = f"{base}/cases/{person.public_id}/"
    assert page.url == case_url

    # Consent to counselling (the form is open while there is none), then to the office.
    consents = page.locator("#consents")
    consents.get_by_label("She agrees to").select_option(label="Counselling")
    consents.get_by_role("group", name="How she gave it").get_by_label("Signed on paper").check()
    consents.get_by_role("button", name="Record consent").click()
    expect(page.locator(".message")).to_contain_text("Consent recorded.")
    consents.locator("summary", has_text="Record a consent").click()
    consents.get_by_label("She agrees to").select_option(Purpose.PARTNER_EXCHANGE)
    consents.get_by_label("Office (for exchange").select_option(label=office.name)
    consents.get_by_role("button", name="Record consent").click()
    expect(page.locator(".message")).to_contain_text("Consent recorded.")
    expect(consents.locator(".consent.active")).to_have_count(2)

    # The co-designed plan: a goal, a step shared and agreed with the Jobcenter, a coach's step
    # that stays ours, a measure she chose and one she declined.
    plan = page.locator("#panel-plan")
    plan.locator("summary", has_text="Add a goal").click()
    plan.get_by_label("Goal", exact=True).fill(GOAL)
    plan.get_by_role("button", name="Add goal").click()
    expect(plan.get_by_role("heading", name=GOAL)).to_be_visible()
    plan.locator("summary", has_text="Add a step").click()
    plan.get_by_label("Step", exact=True).fill(SHARED_STEP)
    plan.get_by_label("For the goal").select_option(label=GOAL)
    plan.get_by_label("Who does it").select_option(label="Jobcenter")
    plan.get_by_label("Due on").fill(str(timezone.localdate() + dt.timedelta(days=7)))
    plan.get_by_label("Shared with the Jobcenter").check()
    plan.get_by_label("Agreed with the Jobcenter").check()
    plan.get_by_role("button", name="Add step").click()
    shared_step = plan.locator(".plan-step", has_text=SHARED_STEP)
    expect(shared_step.locator(".badge-agreed")).to_have_text("Agreed with the Jobcenter")
    plan.locator("summary", has_text="Add a step").click()
    plan.get_by_label("Step", exact=True).fill(COACH_STEP)
    plan.get_by_label("Who does it").select_option(label="Coach")
    plan.get_by_role("button", name="Add step").click()
    expect(plan.locator(".plan-step", has_text=COACH_STEP)).to_be_visible()
    plan.locator("summary", has_text="Her choice of measures").click()
    plan.get_by_label("Measure", exact=True).select_option(label="Language course")
    plan.get_by_role("group", name="Her decision").get_by_label("She chose it").check()
    plan.get_by_role("button", name="Save her decision").click()
    expect(plan.locator(".badge-chosen")).to_have_text("Language course")
    plan.locator("summary", has_text="Her choice of measures").click()
    plan.get_by_label("Measure", exact=True).select_option(label="Work placement")
    plan.get_by_role("group", name="Her decision").get_by_label("She declined it").check()
    plan.get_by_label("Note (for example why)").fill("Not before the language course")
    plan.get_by_role("button", name="Save her decision").click()
    expect(plan.locator(".badge-declined")).to_have_text("Work placement")
    with organization_scope(org_a):
        step = PlanStep.objects.get(participant=person, text=SHARED_STEP)
        assert step.shared and step.agreed_with_jobcenter and step.who == "jobcenter"
        assert person.plan_revisions.count() == 5

    # A session with a private note and a note for the Jobcenter.
    sessions = page.locator("#panel-sessions")
    sessions.locator("summary", has_text="Record a session").click()
    sessions.get_by_label("Duration (minutes)").fill("45")
    sessions.get_by_label("Channel").select_option(label="In person")
    sessions.get_by_label("Language", exact=True).select_option("ar")
    sessions.get_by_label("With an interpreter").check()
    sessions.get_by_role("group", name="Topics").get_by_label("Work", exact=True).check()
    sessions.get_by_label("Agreed next steps").fill("She brings her diploma next week")
    sessions.get_by_label("Private notes").fill(PRIVATE_NOTE)
    sessions.get_by_label("Note for the Jobcenter").fill(JOBCENTER_NOTE)
    sessions.get_by_role("button", name="Save session").click()
    session = sessions.locator(".session-list .session").first
    expect(session.locator(".private-note")).to_contain_text(PRIVATE_NOTE)
    expect(session).to_contain_text(JOBCENTER_NOTE)

    # A referral to a service of the directory, accepted by the service.
    referrals = page.locator("#panel-referrals")
    referrals.locator("summary", has_text="Refer her to a service").click()
    referrals.get_by_label("Service").select_option(label=service.name)
    referrals.get_by_label("Note").fill("Appointment for the recognition of her diploma")
    referrals.get_by_role("button", name="Record referral").click()
    card = referrals.locator("li.card", has_text=service.name)
    expect(card.locator(".badge")).to_have_text("Sent")
    card.get_by_role("button", name="Accepted").click()
    expect(referrals.locator("li.card", has_text=service.name).locator(".badge")).to_have_text(
        "Accepted"
    )
    page.reload()
    _shot(page, "cases-participant-phone")
    page.set_viewport_size(DESKTOP)
    _shot(page, "cases-participant-desktop")
    page.set_viewport_size(PHONE)

    # The exit outcome closes the case and schedules the 6- and 12-month follow-ups.
    outcomes = page.locator("#outcomes-panel")
    outcomes.get_by_label("Her situation").select_option(label="Vocational training")
    outcomes.get_by_role("button", name="Close the case with this outcome").click()
    expect(outcomes.locator("dt")).to_have_text(["At exit", "After 6 months", "After 12 months"])
    with organization_scope(org_a):
        person.refresh_from_db()
        assert person.status == CaseStatus.CLOSED and person.closed_on == timezone.localdate()
        kinds = dict(Outcome.objects.filter(participant=person).values_list("kind", "status"))
        assert kinds == {"exit": "training", "6m": "", "12m": ""}
        assert AuditEvent.objects.filter(
            action="cases.participant.viewed", actor_user=cleo, target_id=str(person.public_id)
        ).exists()

    # The partner sees only the consented, shared slice.
    _sign_in(page, base, "pia")
    page.get_by_role("navigation", name="Main menu").get_by_role(
        "link", name="Shared cases"
    ).click()
    page.get_by_role("link", name=re.compile(re.escape(NAME))).click()
    partner_url = page.url
    steps = page.locator(".shared-steps")
    expect(steps).to_contain_text(SHARED_STEP)
    expect(steps.locator(".badge-agreed")).to_have_text("Agreed with the Jobcenter")
    expect(page.locator("main")).to_contain_text(JOBCENTER_NOTE)
    expect(page.locator("main")).to_contain_text("Vocational training")
    for hidden in (PRIVATE_NOTE, HEALTH, COACH_STEP, "Not before the language course"):
        expect(page.locator("body")).not_to_contain_text(hidden)
    _shot(page, "cases-partner-phone")
    page.set_viewport_size(DESKTOP)
    _shot(page, "cases-partner-desktop")
    page.set_viewport_size(PHONE)
    with organization_scope(org_a):
        assert AuditEvent.objects.filter(
            action="cases.partner.viewed", actor_user=pia, target_id=str(person.public_id)
        ).exists()

    # The coach revokes the consent to the office; the partner's access ends at once.
    _sign_in(page, base, "cleo")
    page.goto(case_url)
    page.locator(".consent", has_text=office.name).get_by_role("button", name="Revoke now").click()
    expect(page.locator(".message")).to_contain_text("Consent revoked")
    with organization_scope(org_a):
        consent = Consent.objects.get(participant=person, purpose=Purpose.PARTNER_EXCHANGE)
        assert consent.revoked_at is not None and consent.revoked_by == cleo
    _sign_in(page, base, "pia")
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()
    assert page.goto(partner_url).status == 404
    page.goto(f"{base}/cases/partner/")
    expect(page.locator(".empty")).to_contain_text("No woman has consented")

    # Her page in Arabic, right to left.
    _sign_in(page, base, "cleo")
    page.goto(case_url)
    page.select_option("#lang-switch", "ar")
    page.locator(".lang-switch button").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("h1")).to_contain_text(NAME)
    expect(page.locator(".private-note")).to_contain_text(PRIVATE_NOTE)
    _shot(page, "cases-participant-ar-phone")
    page.set_viewport_size(DESKTOP)
    _shot(page, "cases-participant-ar-desktop")
