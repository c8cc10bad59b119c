"""The knowledge-base API through its URLs, with tokens of the people who use it."""

import pytest
from django.test import Client

from lotsin.accounts.services import create_token
from lotsin.core.scoping import organization_scope
from lotsin.knowledge.tests import factories


@pytest.fixture
def api_for(org_a):
    def make(user):
        with organization_scope(org_a):
            token = create_token(user=user, organization=org_a, name="t").plaintext
        return Client(HTTP_AUTHORIZATION=f"Bearer {token}")

    return make


ANSWER = {
    "language": "de",
    "title": "Bekomme ich Kindergeld?",
    "body": "Ja, bei der Familienkasse (§ 62 EStG).",
    "topics": ["childcare"],
    "legal_basis": ["§ 62 EStG"],
    "review_by": "2027-12-31",
}


def test_write_review_and_translate_through_the_api(api_for, coordinator_a, lawyer_a):
    author, lawyer = api_for(coordinator_a), api_for(lawyer_a)
    created = author.post("/api/v1/answers", ANSWER, content_type="application/json")
    assert created.status_code == 201, created.content
    version = created.json()
    assert version["status"] == "draft" and version["texts"][0]["language"] == "de"
    vid = version["id"]
    assert (
        author.post(
            f"/api/v1/answer-versions/{vid}/submit", {}, content_type="application/json"
        ).status_code
        == 200
    )
    refused = author.post(
        f"/api/v1/answer-versions/{vid}/approve", {}, content_type="application/json"
    )
    assert refused.status_code == 403 and "role" in refused.json()["detail"]
    approved = lawyer.post(
        f"/api/v1/answer-versions/{vid}/approve", {"message": "ok"}, content_type="application/json"
    )
    assert approved.json()["status"] == "verified"
    translation = author.post(
        f"/api/v1/answer-versions/{vid}/translations",
        {"language": "uk", "title": "Чи отримаю я Kindergeld?", "body": "Так (§ 62 EStG)."},
        content_type="application/json",
    )
    assert translation.status_code == 201
    tid = translation.json()["id"]
    author.post(f"/api/v1/answer-texts/{tid}/submit", {}, content_type="application/json")
    done = lawyer.post(f"/api/v1/answer-texts/{tid}/approve", {}, content_type="application/json")
    assert done.json()["status"] == "verified"
    listed = author.get("/api/v1/answers", {"q": "Kindergeld"}).json()
    assert listed["count"] == 1 and listed["items"][0]["languages"] == ["de", "uk"]
    use = author.post(
        f"/api/v1/answer-texts/{tid}/uses", {"channel": "Telegram"}, content_type="application/json"
    )
    assert use.status_code == 201


def test_own_version_approval_is_refused_with_a_reason(api_for, lawyer_a):
    lawyer = api_for(lawyer_a)
    vid = lawyer.post("/api/v1/answers", ANSWER, content_type="application/json").json()["id"]
    lawyer.post(f"/api/v1/answer-versions/{vid}/submit", {}, content_type="application/json")
    response = lawyer.post(
        f"/api/v1/answer-versions/{vid}/approve", {}, content_type="application/json"
    )
    assert response.status_code == 403
    assert "four-eyes" in response.json()["detail"]


def test_bad_input_gets_a_reason(api_for, org_a, coordinator_a, lawyer_a):
    author = api_for(coordinator_a)
    bad = author.post(
        "/api/v1/answers", {**ANSWER, "language": "xx"}, content_type="application/json"
    )
    assert bad.status_code == 400 and "Unknown language: xx" in bad.json()["detail"]
    bad = author.post(
        "/api/v1/answers", {**ANSWER, "topics": ["cats"]}, content_type="application/json"
    )
    assert bad.status_code == 400 and "cats" in bad.json()["detail"]
    missing = author.post("/api/v1/answers", {"language": "de"}, content_type="application/json")
    assert missing.status_code == 422
    with organization_scope(org_a):
        version = factories.verified(org_a, coordinator_a, lawyer_a)
    step = author.post(
        f"/api/v1/answer-versions/{version.public_id}/submit", {}, content_type="application/json"
    )
    assert step.status_code == 409
    unknown = author.post(
        f"/api/v1/answer-versions/{version.public_id}/dance", {}, content_type="application/json"
    )
    assert unknown.status_code == 404 and "unknown step" in unknown.json()["detail"]


def test_claims_api(api_for, advisor_a, make_member, org_a):
    advisor = api_for(advisor_a)
    created = advisor.post(
        "/api/v1/claims",
        {
            "summary": "Mini-job costs all benefits",
            "verdict": "false",
            "phrasings": [{"language": "uk", "text": "Міні-джоб забирає всі виплати"}],
        },
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    cid = created.json()["id"]
    assert advisor.get(f"/api/v1/claims/{cid}").json()["phrasings"][0]["language"] == "uk"
    partner = api_for(make_member("pia", org_a, "partner"))
    refused = partner.post(
        "/api/v1/claims",
        {"summary": "x", "verdict": "false", "phrasings": [{"language": "de", "text": "x"}]},
        content_type="application/json",
    )
    assert refused.status_code == 403


def test_other_organisation_sees_nothing(api_for, org_a, org_b, admin_b, coordinator_a, lawyer_a):
    with organization_scope(org_a):
        factories.verified(org_a, coordinator_a, lawyer_a)
    with organization_scope(org_b):
        token = create_token(user=admin_b, organization=org_b, name="t").plaintext
    other = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    assert other.get("/api/v1/answers").json()["count"] == 0
    assert other.get("/api/v1/answers", {"q": "Minijob"}).json()["count"] == 0
