import re

import pytest
from django.core import mail
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from conftest import PASSWORD
from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope


def test_sign_in_and_out(client, admin_a):
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/").status_code == 200
    assert client.post("/accounts/logout/").status_code == 302
    assert client.get("/").status_code == 302


def test_wrong_password_says_so_and_keeps_the_user_name(client, admin_a):
    response = client.post("/accounts/login/", {"username": "alice", "password": "nope"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "do not match" in html
    assert 'value="alice"' in html


def test_repeated_failures_lock_the_account_even_for_the_right_password(client, admin_a, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": "alice", "password": "wrong"})
    response = client.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    assert "blocked" in response.content.decode()
    assert client.get("/").status_code == 302  # not signed in


def test_security_headers_are_set(client):
    response = client.get("/accounts/login/")
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_logout_needs_post_and_csrf(admin_a):
    client = Client(enforce_csrf_checks=True)
    client.force_login(admin_a)
    assert client.get("/accounts/logout/").status_code == 405
    assert client.post("/accounts/logout/").status_code == 403


def test_password_reset_by_email(client, admin_a):
    response = client.post("/accounts/password/reset/", {"email": "alice@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(
        r"http://testserver(/accounts/password/reset/\S+/)", mail.outbox[0].body
    ).group(1)
    form_url = client.get(link).url  # Django swaps the token into the session first
    new = "a brand new passphrase 77"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response.status_code == 302
    signin = Client().post("/accounts/login/", {"username": "alice", "password": new})
    assert signin.status_code == 302


def test_password_reset_for_unknown_address_reveals_nothing(client, db):
    response = client.post("/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response.status_code == 302
    assert mail.outbox == []


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def test_two_factor_setup_then_required_at_next_sign_in(client_admin_a, admin_a, org_a, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the wrong code below would otherwise delay the next
    client_admin_a.get("/accounts/two-factor/setup/")
    device = TOTPDevice.objects.get(user=admin_a, confirmed=False)
    wrong = client_admin_a.post("/accounts/two-factor/setup/", {"code": "000000"})
    assert "not right" in wrong.content.decode()
    ok = client_admin_a.post("/accounts/two-factor/setup/", {"code": _code(device)})
    assert ok.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    with organization_scope(org_a):
        assert AuditEvent.objects.filter(action="accounts.two_factor.enabled").count() == 1

    fresh = Client()
    fresh.post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert fresh.get("/").url == "/accounts/two-factor/verify/"
    device.refresh_from_db()
    device.last_t = -1  # allow the same time step again in this fast test
    device.save()
    fresh.post("/accounts/two-factor/verify/", {"code": _code(device)})
    assert fresh.get("/").status_code == 200


def test_organisation_can_require_two_factor_for_chosen_roles(client_advisor_a, org_a, admin_a):
    org_a.require_2fa_roles = [Role.ADVISOR]
    org_a.save()
    response = client_advisor_a.get("/")
    assert response.status_code == 302 and response.url == "/accounts/two-factor/setup/"
    # The API refuses the unverified session as well.
    assert client_advisor_a.get("/api/v1/me").status_code == 401


def test_admin_sets_the_required_roles_in_settings(client_admin_a, org_a):
    response = client_admin_a.post("/organisation/settings/", {"require_2fa_roles": ["coach"]})
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.require_2fa_roles == ["coach"]


def test_settings_are_for_admins_only(client_advisor_a):
    response = client_advisor_a.get("/organisation/settings/")
    assert response.status_code == 403
    assert "You may not open this page" in response.content.decode()


@pytest.mark.parametrize("url", ["/", "/people/", "/audit/", "/accounts/security/"])
def test_pages_need_sign_in(client, url, db):
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
