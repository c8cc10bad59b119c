import pytest
from django.test import Client

from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.directory.models import Service

from .factories import make_service

VALID = {
    "kind": "service",
    "name": "Anerkennungsberatung",
    "provider": "IQ",
    "topics": ["recognition", "work"],
    "languages": "de, UK , ar",
    "district": "Neukölln",
    "scope": "local",
    "public": "on",
    "hours_mon": "09:00-13:00, 14:00-17:00",
    "hours_fri": "22:00-02:00",
    "phone": "030 0100 2000",
}


@pytest.fixture
def coordinator(make_member, org_a):
    client = Client()
    client.force_login(make_member("cora", org_a, Role.COORDINATOR))
    return client


def test_empty_directory_invites_editors_to_add_an_entry(coordinator):
    html = coordinator.get("/directory/").content.decode()
    assert "The directory is empty." in html and 'href="/directory/new/"' in html


def test_navigation_links_to_the_directory(client_advisor_a):
    assert 'href="/directory/"' in client_advisor_a.get("/").content.decode()


def test_list_filters_and_marks_demo_entries(client_advisor_a, org_a, org_b):
    make_service(org_a, name="Kita-Lotsin", topics=["childcare"], is_demo=True)
    make_service(org_a, name="Jobcoaching", topics=["work"], district="Spandau")
    make_service(org_b, name="Fremde Beratung", topics=["work"])
    html = client_advisor_a.get("/directory/").content.decode()
    assert "Kita-Lotsin" in html and "Jobcoaching" in html and "Fremde" not in html
    assert "Demo" in html
    assert 'href="/directory/new/"' not in html  # advisors read only
    html = client_advisor_a.get("/directory/", {"topic": "work"}).content.decode()
    assert "Jobcoaching" in html and "Kita-Lotsin" not in html
    html = client_advisor_a.get("/directory/", {"district": "Spandau", "q": "job"}).content.decode()
    assert "Jobcoaching" in html and "Kita-Lotsin" not in html
    html = client_advisor_a.get("/directory/", {"q": "nothing like this"}).content.decode()
    assert "No entries match these filters." in html


def test_htmx_request_gets_only_the_results(client_advisor_a, org_a):
    make_service(org_a, name="Jobcoaching")
    response = client_advisor_a.get("/directory/", {"q": "job"}, HTTP_HX_REQUEST="true")
    html = response.content.decode()
    assert 'id="directory-results"' in html and "Jobcoaching" in html and "<html" not in html


def test_list_is_paginated(client_advisor_a, org_a):
    for i in range(30):
        make_service(org_a, name=f"Beratung {i:02}")
    html = client_advisor_a.get("/directory/", {"q": "Beratung"}).content.decode()
    assert "Page 1 of 2" in html and "q=Beratung&amp;page=2" in html


def test_detail_shows_facts_map_link_and_referral_text(client_advisor_a, org_a):
    service = make_service(
        org_a, latitude="52.5200", longitude="13.4050", descriptions={"uk": "Консультації"}
    )
    html = client_advisor_a.get(f"/directory/{service.public_id}/?lang=uk").content.decode()
    assert "030 0123 4567" in html and 'href="tel:03001234567"' in html
    assert "https://www.openstreetmap.org/?mlat=52.520000&amp;mlon=13.405000" in html
    assert "<iframe" not in html
    assert '<option value="uk" lang="uk" selected>' in html
    assert '<textarea id="referral-text" readonly' in html and "Консультації" in html


def test_create_with_a_bad_opening_hours_line_keeps_the_input_and_names_the_day(coordinator):
    data = {**VALID, "hours_tue": "9:00-", "description_uk": "Текст"}
    response = coordinator.post("/directory/new/", data)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Tuesday: “9:00-” is not a time range like 09:00-13:00." in html
    assert 'value="Anerkennungsberatung"' in html and 'value="9:00-"' in html
    assert 'value="09:00-13:00, 14:00-17:00"' in html and "Текст" in html


def test_create_saves_and_audits(coordinator, org_a):
    response = coordinator.post("/directory/new/", {**VALID, "description_uk": "Текст"})
    assert response.status_code == 302
    with organization_scope(org_a):
        service = Service.objects.get()
        assert AuditEvent.objects.filter(action="directory.service.created").count() == 1
    assert response["Location"] == f"/directory/{service.public_id}/"
    assert service.languages == ["de", "uk", "ar"]
    assert service.opening_hours == {
        "mon": [["09:00", "13:00"], ["14:00", "17:00"]],
        "fri": [["22:00", "02:00"]],
    }
    assert service.descriptions == {"uk": "Текст"}


def test_edit_keeps_descriptions_in_languages_the_form_does_not_show(coordinator, org_a):
    service = make_service(org_a, descriptions={"ps": "پښتو متن", "uk": "Старий"})
    form = coordinator.get(f"/directory/{service.public_id}/edit/").content.decode()
    assert 'value="09:00-13:00, 14:00-17:00"' in form
    data = {**VALID, "name": "Neuer Name", "always_open": "on", "description_uk": "Новий"}
    assert coordinator.post(f"/directory/{service.public_id}/edit/", data).status_code == 302
    service.refresh_from_db()
    assert service.name == "Neuer Name" and service.opening_hours == {"always": True}
    assert service.descriptions == {"ps": "پښتو متن", "uk": "Новий"}


def test_delete_needs_a_post(coordinator, org_a):
    service = make_service(org_a)
    url = f"/directory/{service.public_id}/delete/"
    assert "cannot be undone" in coordinator.get(url).content.decode()
    assert coordinator.post(url).status_code == 302
    with organization_scope(org_a):
        assert not Service.objects.exists()


def test_advisor_cannot_create_edit_or_delete(client_advisor_a, org_a):
    service = make_service(org_a)
    assert client_advisor_a.get("/directory/new/").status_code == 403
    assert client_advisor_a.post("/directory/new/", VALID).status_code == 403
    assert client_advisor_a.post(f"/directory/{service.public_id}/edit/", VALID).status_code == 403
    assert client_advisor_a.post(f"/directory/{service.public_id}/delete/").status_code == 403
    with organization_scope(org_a):
        assert Service.objects.count() == 1


def test_other_organisation_gets_404(client_admin_a, org_b):
    service = make_service(org_b)
    for path in ("", "edit/", "delete/"):
        assert client_admin_a.get(f"/directory/{service.public_id}/{path}").status_code == 404
    assert client_admin_a.post(f"/directory/{service.public_id}/delete/").status_code == 404


def test_signed_out_visitor_is_sent_to_sign_in(client, db):
    response = client.get("/directory/")
    assert response.status_code == 302 and "/accounts/login" in response["Location"]
