"""The `lotsin` command line, run as a real process."""

import os
import subprocess
import sys

import pytest
from django.db import connection


def lotsin(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    s = connection.settings_dict
    url = (
        f"sqlite:///{s['NAME']}"
        if connection.vendor == "sqlite"
        else f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"
    )
    return subprocess.run(
        [sys.executable, "-m", "lotsin.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "DATABASE_URL": url},
    )


def test_help_lists_every_command():
    result = lotsin("--help")
    assert result.returncode == 0
    for name in ("serve", "migrate", "demo", "worker", "createorg", "adduser", "token"):
        assert f"\n  {name} " in result.stdout


def test_unknown_command_is_one_line_and_exit_2():
    result = lotsin("frobnicate")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "frobnicate" in result.stderr


def test_missing_arguments_are_one_line_and_exit_2():
    result = lotsin("adduser")
    assert result.returncode == 2
    assert result.stderr.strip().count("\n") == 0 and "--org" in result.stderr


@pytest.mark.django_db(transaction=True)
def test_createorg_adduser_token_round_trip():
    assert lotsin("createorg", "Frauen Netz", "--slug", "netz").returncode == 0
    result = lotsin(
        "adduser",
        "mira",
        "--org",
        "netz",
        "--role",
        "coach",
        "--role",
        "advisor",
        "--password-stdin",
        stdin="a long enough secret 123\n",
    )
    assert result.returncode == 0, result.stderr
    token = lotsin("token", "mira").stdout.strip()
    assert token.startswith("lotsin_")
    from django.test import Client

    body = Client(HTTP_AUTHORIZATION=f"Bearer {token}").get("/api/v1/me").json()
    assert body["organization"]["slug"] == "netz"
    assert body["organization"]["roles"] == ["advisor", "coach"]


@pytest.mark.django_db(transaction=True)
def test_adduser_names_the_missing_organisation_and_role():
    lotsin("createorg", "Frauen Netz", "--slug", "netz")
    missing_org = lotsin("adduser", "mira", "--org", "nowhere", "--role", "coach")
    assert missing_org.returncode == 2 and "'nowhere'" in missing_org.stderr
    bad_role = lotsin("adduser", "mira", "--org", "netz", "--role", "boss")
    assert bad_role.returncode == 2 and "'boss'" in bad_role.stderr


@pytest.mark.django_db(transaction=True)
def test_demo_is_idempotent():
    first = lotsin("demo")
    assert first.returncode == 0 and "bruecke-advisor" in first.stdout
    from lotsin.accounts.models import User
    from lotsin.core.models import AuditEvent, Organization
    from lotsin.core.scoping import scopes_disabled

    with scopes_disabled():
        counts = (User.objects.count(), Organization.objects.count(), AuditEvent.objects.count())
    assert lotsin("demo", "--quiet").returncode == 0
    with scopes_disabled():
        assert (
            User.objects.count(),
            Organization.objects.count(),
            AuditEvent.objects.count(),
        ) == counts
    assert counts[1] == 2 and counts[0] == 17  # 7 roles x 2, demo-both, 2 Jobcenter partners
