"""Participants and consent: intake (also from an inbox stub), case numbers, the coach's lists,
the audited participant page, consent recording and revocation, and the printable forms."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lotsin.cases import consents, participants
from lotsin.cases.access import participants_for_partner
from lotsin.cases.models import (
    Consent,
    CounsellingSession,
    MeasureChoice,
    Outcome,
    Participant,
    PartnerOffice,
    PlanStep,
)  # fmt: skip
from lotsin.core import audit
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox import services as inbox_services
from lotsin.inbox.models import ContactStatus, FirstContact

TODAY = timezone.localdate()


@pytest.fixture
def people(org_a, make_member):
    return {
        "cleo": make_member("cleo", org_a, Role.COACH),
        "carla": make_member("carla", org_a, Role.COACH),
        "cora": make_member("cora", org_a, Role.COORDINATOR),
        "ada": make_member("ada", org_a, Role.ADVISOR),
        "pia": make_member("pia", org_a, Role.PARTNER),
    }


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _take_in(org, coach, name="Olena Kovalenko", **details):
    with organization_scope(org):
        return participants.take_in(actor=coach, organization=org, name=name, **details)


def _stub(org, language="uk"):
    with organization_scope(org):
        channel = inbox_services.create_channel(
            actor=None, organization=org, name="Українки", platform="telegram"
        )
        return FirstContact.objects.create(
            organization=org, channel=channel, language=language, note="Wants a job as a nurse",
            follow_up_on=TODAY,
        )  # fmt: skip


def _url(name, obj, **params):
    url = reverse(name, kwargs={"public_id": obj.public_id})
    return url + ("?" + "&".join(f"{k}={v}" for k, v in params.items()) if params else "")


# Intake and case numbers


def test_intake_from_a_first_contact_closes_the_stub(org_a, people):
    contact = _stub(org_a, language="ar")
    client = _client(people["cleo"])
    page = client.get(reverse("cases:new") + f"?contact={contact.public_id}")
    assert page.status_code == 200
    assert "Wants a job as a nurse" in page.text
    response = client.post(
        reverse("cases:new") + f"?contact={contact.public_id}",
        {"name": "Amal Haddad", "residence": "protection", "preferred_languages": ["de"]},
    )
    assert response.status_code == 302
    with organization_scope(org_a):
        participant = Participant.objects.get(organization=org_a)
        contact.refresh_from_db()
        assert contact.status == ContactStatus.PICKED_UP
        assert participant.first_contact == contact
        assert participant.preferred_languages == ["ar", "de"]
        assert list(participant.coaches.all()) == [people["cleo"]]
        assert participant.status == "intake"
        created = AuditEvent.objects.get(organization=org_a, action="cases.participant.created")
    assert created.target_repr == f"case {participant.case_number}"
    assert "Amal" not in str(created.data)
    # Taking the same stub up twice is refused.
    again = client.get(reverse("cases:new") + f"?contact={contact.public_id}")
    assert again.status_code == 302


def test_the_inbox_offers_to_open_a_case_to_case_workers_only(org_a, people, make_member):
    contact = _stub(org_a)
    both = make_member("bo", org_a, Role.ADVISOR, Role.COACH)
    assert f"?contact={contact.public_id}" in _client(both).get(reverse("inbox:contacts")).text
    assert "?contact=" not in _client(people["ada"]).get(reverse("inbox:contacts")).text


def test_case_numbers_are_unique_and_sequential_per_organisation_and_year(
    org_a, org_b, people, make_member
):
    numbers = [_take_in(org_a, people["cleo"], name=f"P{i}").case_number for i in range(3)]
    year = TODAY.year
    assert numbers == [f"{year}-0001", f"{year}-0002", f"{year}-0003"]
    other = make_member("bea", org_b, Role.COACH)
    assert _take_in(org_b, other).case_number == f"{year}-0001"
    last_year = _take_in(org_a, people["cleo"], opened_on=dt.date(year - 1, 12, 31))
    assert last_year.case_number == f"{year - 1}-0001"


def test_a_case_number_taken_meanwhile_is_retried(org_a, people, monkeypatch):
    first = _take_in(org_a, people["cleo"])
    real = participants.next_case_number
    calls = []

    def racing(organization, year):  # another coach saved this number a moment ago
        calls.append(year)
        return first.case_number if len(calls) == 1 else real(organization, year)

    monkeypatch.setattr(participants, "next_case_number", racing)
    second = _take_in(org_a, people["cleo"], name="Second")
    assert second.case_number != first.case_number
    assert len(calls) == 2


def test_take_in_needs_a_name_and_rejects_unknown_fields(org_a, people):
    with pytest.raises(ValidationError):
        _take_in(org_a, people["cleo"], name="  ")
    with pytest.raises(TypeError):
        _take_in(org_a, people["cleo"], case_number="1")


def test_touch_last_contact_never_moves_back(org_a, people):
    participant = _take_in(org_a, people["cleo"], opened_on=TODAY - dt.timedelta(days=40))
    with organization_scope(org_a):
        participants.touch_last_contact(participant, TODAY - dt.timedelta(days=2))
        participants.touch_last_contact(participant, TODAY - dt.timedelta(days=20))
        participant.refresh_from_db()
    assert participant.last_contact_on == TODAY - dt.timedelta(days=2)


def test_status_and_coaches_change_audited(org_a, people):
    participant = _take_in(org_a, people["cleo"])
    with organization_scope(org_a):
        participants.set_status(actor=people["cleo"], participant=participant, status="closed")
        assert participant.closed_on == TODAY
        participants.assign_coach(
            actor=people["cora"], participant=participant, coach=people["carla"]
        )
        with pytest.raises(ValidationError):
            participants.assign_coach(
                actor=people["cora"], participant=participant, coach=people["ada"]
            )
        participants.assign_coach(
            actor=people["cora"], participant=participant, coach=people["cleo"], remove=True
        )
        with pytest.raises(ValidationError):  # the last coach stays
            participants.assign_coach(
                actor=people["cora"], participant=participant, coach=people["carla"], remove=True
            )
        assert list(participant.coaches.all()) == [people["carla"]]
        changes = AuditEvent.objects.filter(action="cases.participant.changed").count()
    assert changes == 3


# The participant page and who sees it


def test_every_read_of_a_participant_page_is_audited(org_a, people):
    participant = _take_in(org_a, people["cleo"])
    client = _client(people["cleo"])
    for _ in range(2):
        assert client.get(_url("cases:participant", participant)).status_code == 200
    with organization_scope(org_a):
        reads = AuditEvent.objects.filter(
            action="cases.participant.viewed", target_id=str(participant.public_id)
        )
        assert reads.count() == 2
        assert {e.actor_user for e in reads} == {people["cleo"]}
        assert all(e.target_repr == f"case {participant.case_number}" for e in reads)


def test_coach_sees_only_her_cases_coordinator_all(org_a, people):
    hers = _take_in(org_a, people["cleo"], name="Olena Hers")
    theirs = _take_in(org_a, people["carla"], name="Iryna Theirs")
    cleo = _client(people["cleo"])
    assert cleo.get(_url("cases:participant", hers)).status_code == 200
    assert cleo.get(_url("cases:participant", theirs)).status_code == 404
    assert cleo.get(_url("cases:consent_pdf", theirs)).status_code == 404
    listing = cleo.get(reverse("cases:list"), {"tab": "all"}).text  # no "all" for coaches
    assert "Olena Hers" in listing and "Iryna Theirs" not in listing
    cora = _client(people["cora"])
    assert cora.get(_url("cases:participant", theirs)).status_code == 200
    everyone = cora.get(reverse("cases:list"), {"tab": "all"}).text
    assert "Olena Hers" in everyone and "Iryna Theirs" in everyone
    # Advisors and partners are no case workers.
    assert _client(people["ada"]).get(_url("cases:participant", hers)).status_code == 403
    assert _client(people["pia"]).get(reverse("cases:list")).status_code == 403


def test_other_organisations_participant_is_404(org_a, org_b, make_member, people):
    bea = make_member("bea", org_b, Role.COACH)
    theirs = _take_in(org_b, bea)
    cora = _client(people["cora"])
    for name in ("cases:participant", "cases:participant_edit", "cases:consent_pdf"):
        assert cora.get(_url(name, theirs)).status_code == 404
    assert cora.post(_url("cases:consent_new", theirs), {}).status_code == 404
    contact = _stub(org_b)
    assert cora.get(reverse("cases:new") + f"?contact={contact.public_id}").status_code == 404


def test_special_category_field_stays_off_lists(org_a, people):
    _take_in(org_a, people["cleo"], health_notes="Epilepsy, no night shifts")
    cleo = _client(people["cleo"])
    for tab in ("mine", "no_contact", "due", "consent_expiring"):
        assert "Epilepsy" not in cleo.get(reverse("cases:list"), {"tab": tab}).text
    with organization_scope(org_a):
        participant = Participant.objects.get(organization=org_a)
    assert "Epilepsy" in cleo.get(_url("cases:participant", participant)).text


def test_the_list_names_her_languages_in_themselves(org_a, people):
    _take_in(org_a, people["cleo"], preferred_languages=["uk", "fa"])
    page = _client(people["cleo"]).get(reverse("cases:list"), {"tab": "mine"}).text
    assert "Українська, فارسی" in page


def test_search_is_audited_and_its_query_redacted(org_a, people):
    _take_in(org_a, people["cleo"], name="Olena Kovalenko")
    _take_in(org_a, people["cleo"], name="Mariam Ahmadi")
    page = _client(people["cleo"]).get(reverse("cases:list"), {"q": "kovalenko"})
    assert "Olena Kovalenko" in page.text and "Mariam" not in page.text
    with organization_scope(org_a):
        event = AuditEvent.objects.get(action="cases.participant.searched")
        assert event.data["query"] == "kovalenko" and event.data["count"] == 1
        audit.redact(event)
        event.refresh_from_db()
        assert event.data["query"] is None and event.redacted
        listed = AuditEvent.objects.filter(action="core.personal_data.listed").count()
    assert listed == 1


def test_edit_keeps_what_she_typed_on_errors(org_a, people):
    participant = _take_in(org_a, people["cleo"])
    client = _client(people["cleo"])
    response = client.post(
        _url("cases:participant_edit", participant),
        {"name": "Olena K.", "email": "not-an-email", "goals": "Nurse in Berlin",
         "residence": "s24"},
    )  # fmt: skip
    assert response.status_code == 200
    assert "Nurse in Berlin" in response.text and "Olena K." in response.text
    response = client.post(
        _url("cases:participant_edit", participant),
        {"name": "Olena K.", "goals": "Nurse in Berlin", "residence": "s24", "german_level": "B1"},
    )
    assert response.status_code == 302
    with organization_scope(org_a):
        participant.refresh_from_db()
        assert participant.goals == "Nurse in Berlin" and participant.german_level == "B1"
        change = AuditEvent.objects.filter(action="cases.participant.changed").get()
    assert "goals" in change.data["fields"] and "Nurse" not in str(change.data)


# The coach's lists


def test_lists_due_no_contact_consent_expiring_and_filters(org_a, people):
    cleo = people["cleo"]
    old = TODAY - dt.timedelta(days=45)
    step = _take_in(org_a, cleo, name="Has Step", opened_on=old)
    follow = _take_in(org_a, cleo, name="Has Follow", preferred_languages=["fa"])
    outcome = _take_in(org_a, cleo, name="Has Outcome")
    quiet = _take_in(org_a, cleo, name="Quiet One", opened_on=old, preferred_languages=["ru"])
    expiring = _take_in(org_a, cleo, name="Expiring Consent")
    with organization_scope(org_a):
        PlanStep.objects.create(
            organization=org_a, participant=step, text="Apply", who="participant",
            due_on=TODAY + dt.timedelta(days=3),
        )  # fmt: skip
        PlanStep.objects.create(
            organization=org_a, participant=quiet, text="Later", who="coach",
            due_on=TODAY + dt.timedelta(days=30),
        )  # fmt: skip
        CounsellingSession.objects.create(
            organization=org_a, participant=follow, held_on=TODAY, duration_minutes=30,
            channel="phone", follow_up_on=TODAY + dt.timedelta(days=5),
        )  # fmt: skip
        Outcome.objects.create(
            organization=org_a, participant=outcome, kind="6m", due_on=TODAY + dt.timedelta(days=1)
        )
        consents.record_consent(
            actor=cleo, participant=expiring, purpose="counselling", given_on=TODAY,
            form="digital", language="uk", expires_on=TODAY + dt.timedelta(days=10),
        )  # fmt: skip
        MeasureChoice.objects.create(
            organization=org_a, participant=quiet, measure="mentoring", chosen=True
        )
        MeasureChoice.objects.create(
            organization=org_a, participant=step, measure="mentoring", chosen=False
        )
    client = _client(cleo)

    def names(**params):
        text = client.get(reverse("cases:list"), params).text
        return {p for p in ("Has Step", "Has Follow", "Has Outcome", "Quiet One",
                            "Expiring Consent") if p in text}  # fmt: skip

    assert names(tab="due") == {"Has Step", "Has Follow", "Has Outcome"}
    assert names(tab="no_contact") == {"Has Step", "Quiet One"}
    assert names(tab="consent_expiring") == {"Expiring Consent"}
    assert names(tab="mine", measure="mentoring") == {"Quiet One"}
    assert names(tab="mine", language="fa") == {"Has Follow"}
    assert names(tab="mine", status="intake") == {
        "Has Step", "Has Follow", "Has Outcome", "Quiet One", "Expiring Consent"
    }  # fmt: skip
    partial = client.get(reverse("cases:list"), {"tab": "due"}, HTTP_HX_REQUEST="true")
    assert partial.status_code == 200 and "<html" not in partial.text
    assert 'id="case-rows"' in partial.text


@pytest.mark.parametrize("tab", ["mine", "due", "no_contact", "consent_expiring", "all"])
def test_the_list_costs_the_same_queries_for_1_and_30_cases(org_a, people, tab):
    cora = people["cora"]
    old = TODAY - dt.timedelta(days=60)

    def add(n):
        for i in range(n):
            p = _take_in(org_a, cora, name=f"Person {i}", opened_on=old, preferred_languages=["uk"])
            with organization_scope(org_a):
                PlanStep.objects.create(
                    organization=org_a, participant=p, text="x", who="coach", due_on=TODAY
                )
                Consent.objects.create(
                    organization=org_a, participant=p, purpose="counselling", given_on=old,
                    form="paper", language="uk", text_version="2026-1", text="t",
                    expires_on=TODAY + dt.timedelta(days=3),
                )  # fmt: skip

    client = _client(cora)

    def count():
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("cases:list"), {"tab": tab, "q": "Person"})
        assert response.status_code == 200
        return len(queries)

    add(1)
    count()  # the first request of a session does some once-only work
    one = count()
    add(29)
    assert count() == one


# Consent


@pytest.fixture
def office(org_a):
    with organization_scope(org_a):
        return PartnerOffice.objects.create(
            organization=org_a, name="Jobcenter Berlin Mitte", kind="jobcenter"
        )


def test_consent_validation(org_a, people, office):
    participant = _take_in(org_a, people["cleo"])
    base = {
        "actor": people["cleo"], "participant": participant, "given_on": TODAY,
        "language": "uk",
    }  # fmt: skip
    with organization_scope(org_a):
        with pytest.raises(ValidationError) as error:
            consents.record_consent(**base, purpose="partner", form="paper")
        assert "office" in error.value.error_dict
        with pytest.raises(ValidationError) as error:
            consents.record_consent(**base, purpose="counselling", form="verbal")
        assert "witness" in error.value.error_dict
        with pytest.raises(ValidationError) as error:
            consents.record_consent(
                **{**base, "given_on": TODAY + dt.timedelta(days=1)},
                purpose="counselling", form="paper",
            )  # fmt: skip
        assert "given_on" in error.value.error_dict
        with pytest.raises(ValidationError) as error:
            consents.record_consent(**{**base, "language": "ps"}, purpose="photos", form="paper")
        assert "language" in error.value.error_dict
        consent = consents.record_consent(
            **base, purpose="partner", form="verbal", witness="Carla", office=office
        )
    assert consent.text_version == consents.CONSENT_TEXT_VERSION
    assert "Jobcenter Berlin Mitte" in consent.text
    assert consent.text == consents.consent_text("partner", "uk", office)


def test_consent_texts_exist_for_every_purpose_and_language():
    for purpose in ("counselling", "partner", "funder", "photos", "messenger"):
        for language in consents.text_languages():
            assert consents.consent_text(purpose, language).strip()


def test_consent_form_keeps_what_she_typed_on_errors(org_a, people):
    participant = _take_in(org_a, people["cleo"])
    response = _client(people["cleo"]).post(
        _url("cases:consent_new", participant),
        {"purpose": "counselling", "form": "verbal", "language": "ar",
         "given_on": TODAY.isoformat(), "expires_on": "2031-05-04"},
    )  # fmt: skip
    assert response.status_code == 422
    assert "A verbal consent needs a witness" in response.text
    assert 'value="2031-05-04"' in response.text
    with organization_scope(org_a):
        assert not Consent.objects.filter(organization=org_a).exists()


def test_revoking_ends_partner_access_at_once_and_is_audited(org_a, people, office):
    participant = _take_in(org_a, people["cleo"])
    with organization_scope(org_a):
        office.contact_persons.add(people["pia"])
    client = _client(people["cleo"])
    response = client.post(
        _url("cases:consent_new", participant),
        {"purpose": "partner", "office": office.public_id, "form": "paper", "language": "de",
         "given_on": TODAY.isoformat()},
    )  # fmt: skip
    assert response.status_code == 302
    with organization_scope(org_a):
        consent = Consent.objects.get(organization=org_a)
        assert list(participants_for_partner(people["pia"], org_a)) == [participant]
    assert client.post(_url("cases:consent_revoke", consent)).status_code == 302
    with organization_scope(org_a):
        consent.refresh_from_db()
        assert consent.revoked_at is not None and consent.revoked_by == people["cleo"]
        assert list(participants_for_partner(people["pia"], org_a)) == []
        revoked = AuditEvent.objects.get(action="cases.consent.revoked")
        consents.revoke_consent(actor=people["cleo"], consent=consent)  # twice: no-op
        assert AuditEvent.objects.filter(action="cases.consent.revoked").count() == 1
    assert revoked.target_id == str(participant.public_id)
    # Another coach cannot revoke her consent.
    assert _client(people["carla"]).post(_url("cases:consent_revoke", consent)).status_code == 404


# Printable forms


@pytest.mark.parametrize("language", ["uk", "ar"])
def test_pdf_forms_in_her_language(org_a, people, office, language):
    participant = _take_in(org_a, people["cleo"], preferred_languages=[language])
    client = _client(people["cleo"])
    blank = client.get(reverse("cases:intake_pdf"), {"lang": language})
    assert blank.status_code == 200
    assert blank["Content-Type"] == "application/pdf" and blank.content.startswith(b"%PDF")
    signed = client.get(
        _url("cases:consent_pdf", participant),
        {"purpose": "partner", "lang": language, "office": office.public_id},
    )
    assert signed["Content-Type"] == "application/pdf" and signed.content.startswith(b"%PDF")
    assert signed["Cache-Control"] == "private, no-store"
    with organization_scope(org_a):
        read = AuditEvent.objects.get(action="cases.participant.viewed")
    assert read.data == {"pdf": "consent", "purpose": "partner", "language": language}
