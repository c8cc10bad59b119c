import json

from django.test import Client

from lotsin.core.models import Role


def test_home_shows_the_active_organisation_and_roles(client_advisor_a):
    html = client_advisor_a.get("/").content.decode()
    assert "Organisation A" in html and str(Role.ADVISOR.label) in html
    # Role-aware navigation: an advisor sees no audit log or people list.
    assert 'href="/audit/"' not in html and 'href="/people/"' not in html


def test_admin_navigation_has_audit_and_people(client_admin_a):
    html = client_admin_a.get("/").content.decode()
    assert 'href="/audit/"' in html and 'href="/people/"' in html


def test_switching_organisation(make_member, org_a, org_b):
    user = make_member("dana", org_a, Role.COACH)
    make_member("dana", org_b, Role.COORDINATOR)
    client = Client()
    client.force_login(user)
    assert "Organisation A" in client.get("/").content.decode()
    response = client.post("/organisation/switch/", {"organization": str(org_b.public_id)})
    assert response.status_code == 302
    html = client.get("/").content.decode()
    assert "You are now working in Organisation B" in html
    assert str(Role.COORDINATOR.label) in html


def test_cannot_switch_into_an_organisation_without_a_role(client_advisor_a, org_b):
    response = client_advisor_a.post(
        "/organisation/switch/", {"organization": str(org_b.public_id)}
    )
    assert response.status_code == 404
    assert "Organisation A" in client_advisor_a.get("/").content.decode()


def test_people_list_shows_each_person_once_with_roles(client_admin_a, advisor_a, admin_b):
    html = client_admin_a.get("/people/").content.decode()
    # usernames as whole cells: "bea" alone also turns up inside the random ids in links
    assert html.count(">alice<") == 1 and ">ada<" in html
    assert ">bea<" not in html


def test_user_without_organisation_is_told_so(outsider):
    client = Client()
    client.force_login(outsider)
    response = client.get("/", follow=True)
    assert response.status_code == 403
    assert "You do not belong to an organisation yet" in response.content.decode()


def test_404_page_is_in_the_users_language(client):
    client.cookies["django_language"] = "de"
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert '<html lang="de"' in response.content.decode()


def test_healthz_reports_database_and_tasks_without_personal_data(client, db):
    response = client.get("/healthz")
    body = response.json()
    assert response.status_code == 200
    assert body == {"database": "ok", "tasks": "ok", "task_backend": "dummy", "status": "ok"}
    assert "version" not in json.dumps(body).lower()


def test_healthz_says_when_the_task_backend_is_down(client, db, settings):
    settings.TASK_BACKEND = "rq"
    settings.RQ_QUEUES = {"default": {"URL": "redis://127.0.0.1:1/0"}}
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["tasks"] == "error"


def test_nul_characters_get_a_clear_400_in_ui_and_api(client_admin_a):
    page = client_admin_a.get("/knowledge/", {"q": "a\x00b"})
    assert page.status_code == 400 and b"NUL character" in page.content
    api = client_admin_a.get("/api/v1/answers", {"q": "a\x00b"})
    assert api.status_code == 400 and "NUL character" in api.json()["detail"]
    body = client_admin_a.post(
        "/api/v1/claims", '{"summary": "a\\u0000"}', content_type="application/json"
    )
    assert body.status_code == 400
