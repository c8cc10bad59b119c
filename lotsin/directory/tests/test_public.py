from .factories import make_service


def test_public_page_renders_without_an_account_hotlines_first(client, org_a, org_b):
    make_service(org_a, name="Beratung Mitte")
    make_service(org_a, name="Zentrale Hotline", kind="hotline", opening_hours={"always": True})
    make_service(org_b, name="Andere Organisation")
    response = client.get("/d/org-a/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert html.index("Zentrale Hotline") < html.index("Beratung Mitte")
    assert "Andere Organisation" not in html
    assert '<html lang="en" dir="ltr">' in html
    assert "htmx" not in html and "<script" not in html and 'class="mainnav"' not in html
    assert "csrftoken" not in response.cookies and "sessionid" not in response.cookies


def test_public_page_hides_entries_that_are_not_public(client, org_a):
    make_service(org_a, name="Intern", public=False)
    make_service(org_a, name="Öffentlich")
    html = client.get("/d/org-a/de/").content.decode()
    assert "Öffentlich" in html and "Intern" not in html


def test_arabic_page_is_right_to_left_and_uses_the_arabic_description(client, org_a):
    make_service(org_a, descriptions={"ar": "استشارة للنساء"})
    response = client.get("/d/org-a/ar/")
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html and "استشارة للنساء" in html
    assert response["Content-Language"] == "ar"


def test_pashto_page_is_right_to_left_with_english_labels(client, org_a):
    make_service(org_a)
    html = client.get("/d/org-a/ps/").content.decode()
    assert 'dir="rtl"' in html and "Opening hours" in html


def test_filter_form_works_without_javascript(client, org_a):
    make_service(org_a, name="Kita-Lotsin", topics=["childcare"], district="Spandau")
    make_service(org_a, name="Jobcoaching", topics=["work"], languages=["ar"])
    html = client.get("/d/org-a/en/", {"topic": "childcare"}).content.decode()
    assert "Kita-Lotsin" in html and "Jobcoaching" not in html
    html = client.get("/d/org-a/en/", {"language": "ar"}).content.decode()
    assert "Jobcoaching" in html and "Kita-Lotsin" not in html
    html = client.get("/d/org-a/en/", {"district": "Spandau"}).content.decode()
    assert "Kita-Lotsin" in html and "Jobcoaching" not in html


def test_shelter_shows_no_address(client, org_a):
    make_service(org_a, name="Frauenhaus", district="", address="", opening_hours={"always": True})
    html = client.get("/d/org-a/en/").content.decode()
    assert "Frauenhaus" in html and "Address" not in html


def test_unknown_organisation_or_language_is_404(client, org_a):
    assert client.get("/d/no-such-org/en/").status_code == 404
    assert client.get("/d/org-a/english/").status_code == 404


def test_signed_in_member_of_another_organisation_sees_the_public_page(client_admin_a, org_b):
    make_service(org_b, name="Beratung B")
    assert "Beratung B" in client_admin_a.get("/d/org-b/en/").content.decode()
