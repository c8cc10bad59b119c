from datetime import timedelta

import time_machine
from django.test import Client
from django.utils import timezone

from lotsin.accounts.models import ApiToken
from lotsin.accounts.services import create_token
from lotsin.core.models import AuditEvent
from lotsin.core.scoping import organization_scope


def test_token_is_shown_once_and_stored_hashed(client_admin_a, admin_a, org_a):
    response = client_admin_a.post("/accounts/tokens/", {"name": "reports", "days": 30})
    html = response.content.decode()
    plaintext = html.split('id="new-token">')[1].split("<")[0]
    assert plaintext.startswith("lotsin_")
    with organization_scope(org_a):
        token = ApiToken.objects.get(user=admin_a)
        assert plaintext.split("_", 2)[2] not in token.key_hash
        assert AuditEvent.objects.filter(action="accounts.token.created").exists()
    assert plaintext not in client_admin_a.get("/accounts/security/").content.decode()
    api = Client(HTTP_AUTHORIZATION=f"Bearer {plaintext}")
    assert api.get("/api/v1/me").json()["username"] == "alice"


def test_token_form_errors_keep_what_was_typed(client_admin_a):
    response = client_admin_a.post("/accounts/tokens/", {"name": "my script", "days": 9999})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="my script"' in html and "366" in html


def test_revoked_token_gets_401_with_reason(client_admin_a, admin_a, org_a):
    with organization_scope(org_a):
        new = create_token(user=admin_a, organization=org_a, name="x")
    client_admin_a.post(f"/accounts/tokens/{new.token.public_id}/revoke/")
    response = Client(HTTP_AUTHORIZATION=f"Bearer {new.plaintext}").get("/api/v1/me")
    assert response.status_code == 401
    assert response.json() == {"detail": "token revoked"}


def test_expired_token_gets_401(admin_a, org_a):
    with organization_scope(org_a):
        new = create_token(user=admin_a, organization=org_a, name="x", days=1)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        response = Client(HTTP_AUTHORIZATION=f"Bearer {new.plaintext}").get("/api/v1/me")
    assert response.status_code == 401
    assert response.json() == {"detail": "token expired"}


def test_invalid_and_malformed_tokens_get_401(db):
    assert Client(HTTP_AUTHORIZATION="Bearer lotsin_abcd_nope").get("/api/v1/me").json() == {
        "detail": "invalid token"
    }
    assert Client(HTTP_AUTHORIZATION="Bearer garbage").get("/api/v1/me").status_code == 401
    assert Client(HTTP_AUTHORIZATION="Basic xyz").get("/api/v1/me").status_code == 401
    assert Client().get("/api/v1/me").json() == {"detail": "authentication required"}


def test_token_stops_working_when_the_person_leaves_the_organisation(admin_a, org_a):
    from lotsin.core.models import Membership

    with organization_scope(org_a):
        new = create_token(user=admin_a, organization=org_a, name="x")
        Membership.objects.filter(user=admin_a).delete()
    assert Client(HTTP_AUTHORIZATION=f"Bearer {new.plaintext}").get("/api/v1/me").status_code == 401


def test_someone_elses_token_cannot_be_revoked(client_advisor_a, admin_a, org_a):
    with organization_scope(org_a):
        new = create_token(user=admin_a, organization=org_a, name="x")
    response = client_advisor_a.post(f"/accounts/tokens/{new.token.public_id}/revoke/")
    assert response.status_code == 404
    with organization_scope(org_a):
        assert ApiToken.objects.get(pk=new.token.pk).revoked_at is None
