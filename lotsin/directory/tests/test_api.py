from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.test import Client

from lotsin.accounts.services import create_token
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.directory.models import Service

from .factories import make_service


def token_client(user, org):
    with organization_scope(org):
        token = create_token(user=user, organization=org, name="directory tests").plaintext
    return Client(HTTP_AUTHORIZATION=f"Bearer {token}")


@pytest.fixture
def coordinator_api(make_member, org_a):
    return token_client(make_member("cora", org_a, Role.COORDINATOR), org_a)


@pytest.fixture
def advisor_api(advisor_a, org_a):
    return token_client(advisor_a, org_a)


NEW = {
    "name": "Hilfetelefon",
    "kind": "hotline",
    "phone": "116 016",
    "topics": ["violence"],
    "languages": ["de", "uk"],
    "opening_hours": {"always": True},
    "scope": "nationwide",
    "latitude": 52.52,
    "longitude": 13.405,
}


# A Sunday noon in Berlin: the factory's office hours (Monday and Wednesday) are closed, the
# hotline is open. Without a fixed clock the test failed on Wednesday mornings.
SUNDAY_NOON = datetime(2026, 11, 29, 12, 0, tzinfo=ZoneInfo("Europe/Berlin"))


@time_machine.travel(SUNDAY_NOON, tick=False)
def test_list_filters_and_paginates(advisor_api, org_a, org_b):
    make_service(org_a, name="Jobcoaching", topics=["work"])
    make_service(org_a, name="Hotline", kind="hotline", opening_hours={"always": True})
    make_service(org_b, name="Fremd")
    body = advisor_api.get("/api/v1/services").json()
    assert body["count"] == 2 and [s["name"] for s in body["items"]] == ["Hotline", "Jobcoaching"]
    assert body["items"][0]["open_now"] is True
    items = advisor_api.get("/api/v1/services", {"topic": "work"}).json()["items"]
    assert [s["name"] for s in items] == ["Jobcoaching"]
    items = advisor_api.get("/api/v1/services", {"open_now": "true"}).json()["items"]
    assert [s["name"] for s in items] == ["Hotline"]
    assert advisor_api.get("/api/v1/services", {"kind": "bogus"}).status_code == 422


def test_detail_and_referral(advisor_api, org_a):
    service = make_service(org_a, descriptions={"uk": "Консультації"})
    body = advisor_api.get(f"/api/v1/services/{service.public_id}").json()
    assert body["name"] == "Frauenberatung Mitte" and body["demo"] is False
    referral = advisor_api.get(
        f"/api/v1/services/{service.public_id}/referral", {"lang": "uk"}
    ).json()
    assert referral["text_language"] == "uk" and "Консультації" in referral["text"]
    bad = advisor_api.get(f"/api/v1/services/{service.public_id}/referral", {"lang": "x!"})
    assert bad.status_code == 422 and "lang" in bad.json()["detail"]


def test_coordinator_creates_patches_and_deletes(coordinator_api, org_a):
    response = coordinator_api.post("/api/v1/services", NEW, content_type="application/json")
    assert response.status_code == 201, response.content
    body = response.json()
    assert body["kind"] == "hotline" and body["latitude"] == 52.52 and body["open_now"] is True
    url = f"/api/v1/services/{body['id']}"
    patched = coordinator_api.patch(
        url, {"district": "Mitte", "demo": True}, content_type="application/json"
    ).json()
    assert patched["district"] == "Mitte" and patched["demo"] is True
    assert patched["phone"] == "116 016"
    assert coordinator_api.delete(url).status_code == 204
    assert coordinator_api.get(url).status_code == 404
    with organization_scope(org_a):
        actions = set(AuditEvent.objects.values_list("action", "actor_kind"))
    assert ("directory.service.created", "token") in actions
    assert ("directory.service.deleted", "token") in actions


def test_bad_input_is_refused_with_a_reason(coordinator_api):
    bad_hours = {**NEW, "opening_hours": {"mon": [["9", "10"]]}}
    response = coordinator_api.post("/api/v1/services", bad_hours, content_type="application/json")
    assert response.status_code == 422 and "opening_hours" in response.json()["detail"]
    bad_topic = {**NEW, "topics": ["cooking"]}
    response = coordinator_api.post("/api/v1/services", bad_topic, content_type="application/json")
    assert response.status_code == 422 and "cooking" in response.json()["detail"]
    no_name = {k: v for k, v in NEW.items() if k != "name"}
    response = coordinator_api.post("/api/v1/services", no_name, content_type="application/json")
    assert response.status_code == 422


def test_advisor_may_not_write(advisor_api, org_a):
    service = make_service(org_a)
    response = advisor_api.post("/api/v1/services", NEW, content_type="application/json")
    assert response.status_code == 403 and "coordinators" in response.json()["detail"]
    url = f"/api/v1/services/{service.public_id}"
    assert advisor_api.patch(url, {"name": "x"}, content_type="application/json").status_code == 403
    assert advisor_api.delete(url).status_code == 403
    with organization_scope(org_a):
        assert Service.objects.get().name == "Frauenberatung Mitte"


def test_other_organisation_gets_404(coordinator_api, org_b):
    service = make_service(org_b)
    url = f"/api/v1/services/{service.public_id}"
    assert coordinator_api.get(url).status_code == 404
    assert coordinator_api.get(url + "/referral").json() == {"detail": "not found"}
    assert (
        coordinator_api.patch(url, {"name": "x"}, content_type="application/json").status_code
        == 404
    )
    assert coordinator_api.delete(url).status_code == 404
