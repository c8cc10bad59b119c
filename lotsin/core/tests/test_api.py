import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections
from django.test import Client
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

from lotsin.accounts.services import create_token
from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope
from lotsin.wsgi import application


@pytest.fixture
def token_a(admin_a, org_a):
    with organization_scope(org_a):
        return create_token(user=admin_a, organization=org_a, name="api tests").plaintext


@pytest.fixture
def api_a(token_a):
    return Client(HTTP_AUTHORIZATION=f"Bearer {token_a}")


def test_schema_and_docs_are_served(client, db):
    schema = client.get("/api/v1/openapi.json").json()
    assert {"/api/v1/me", "/api/v1/members", "/api/v1/organizations"} <= set(schema["paths"])
    docs = client.get("/api/v1/docs")
    assert docs.status_code == 200 and b"swagger-ui" in docs.content


def test_me_names_the_tokens_organisation(api_a):
    body = api_a.get("/api/v1/me").json()
    assert body["username"] == "alice"
    assert body["organization"]["slug"] == "org-a"
    assert "admin" in body["organization"]["roles"]


def test_members_are_paginated_and_scoped(api_a, admin_b, make_member, org_a):
    for i in range(55):
        make_member(f"p{i:02}", org_a, Role.ADVISOR)
    page1 = api_a.get("/api/v1/members").json()
    assert page1["count"] == 7 + 55 and len(page1["items"]) == 50
    page2 = api_a.get("/api/v1/members", {"page": 2}).json()
    assert len(page2["items"]) == 12
    names = {m["username"] for m in page1["items"] + page2["items"]}
    assert "bea" not in names


def test_bad_page_number_is_a_4xx_with_a_reason(api_a):
    response = api_a.get("/api/v1/members", {"page": "x"})
    assert response.status_code == 422
    assert "page" in response.content.decode()


def test_member_detail_of_another_organisation_is_404(api_a, admin_b, org_b):
    from lotsin.core.models import Membership

    with organization_scope(org_b):
        other = Membership.objects.filter(user=admin_b).first()
    assert api_a.get(f"/api/v1/members/{other.public_id}").status_code == 404
    assert api_a.get("/api/v1/members/not-a-uuid").status_code == 404


def test_organizations_lists_only_hers(api_a, org_b):
    items = api_a.get("/api/v1/organizations").json()["items"]
    assert [o["slug"] for o in items] == ["org-a"]


def test_browser_session_works_for_reads_with_the_active_organisation(client_admin_a):
    assert client_admin_a.get("/api/v1/me").json()["organization"]["slug"] == "org-a"


@pytest.fixture
def keep_db_connection(db):
    # Like Django's test client: keep the test's database connection open between requests.
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    yield
    signals.request_started.connect(close_old_connections)
    signals.request_finished.connect(close_old_connections)


# The schema is read from the running app (no database needed for it); calls go through WSGI.
schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application)


@schema.parametrize()
@hypothesis_settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_with_a_server_error(case, token_a, keep_db_connection):
    from schemathesis.checks import not_a_server_error

    case.call_and_validate(
        headers={"Authorization": f"Bearer {token_a}"}, checks=[not_a_server_error]
    )
