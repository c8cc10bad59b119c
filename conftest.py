"""Fixtures shared by every test: two organisations, people with roles, signed-in clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from django.test import Client

from lotsin.accounts.models import User
from lotsin.core.models import Organization, Role
from lotsin.core.scoping import organization_scope
from lotsin.core.services import add_membership, create_organization

PASSWORD = "correct horse battery staple 42"


@pytest.fixture(autouse=True)
def _english_and_tmp_var(settings, tmp_path):  # type: ignore[no-untyped-def]
    settings.LANGUAGE_CODE = "en"


@pytest.fixture(autouse=True)
def _queue_pages_rendered_anew(settings):  # type: ignore[no-untyped-def]
    # Tests run in transactions that never commit, so the queue stamp would never rise: every
    # queue page is rendered anew, except in lotsin/inbox/tests/test_queue_cache.py.
    settings.CACHES = {
        **settings.CACHES,
        "queue_pages": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"},
    }


@pytest.fixture
def org_a(db) -> Organization:  # type: ignore[no-untyped-def]
    return create_organization(name="Organisation A", slug="org-a")


@pytest.fixture
def org_b(db) -> Organization:  # type: ignore[no-untyped-def]
    return create_organization(name="Organisation B", slug="org-b")


@pytest.fixture
def make_member(db) -> Callable[..., User]:  # type: ignore[no-untyped-def]
    def make(username: str, org: Organization, *roles: str, **fields: object) -> User:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User.objects.create_user(
                username=username, password=PASSWORD, email=f"{username}@example.org", **fields
            )
        for role in roles:
            add_membership(organization=org, user=user, role=role)
        return user

    return make


@pytest.fixture
def admin_a(make_member, org_a) -> User:  # type: ignore[no-untyped-def]
    return make_member("alice", org_a, *Role.values, first_name="Alice")


@pytest.fixture
def advisor_a(make_member, org_a) -> User:  # type: ignore[no-untyped-def]
    return make_member("ada", org_a, Role.ADVISOR)


@pytest.fixture
def admin_b(make_member, org_b) -> User:  # type: ignore[no-untyped-def]
    return make_member("bea", org_b, *Role.values)


@pytest.fixture
def outsider(db) -> User:  # type: ignore[no-untyped-def]
    return User.objects.create_user(username="olga", password=PASSWORD)


def _client_for(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def client_admin_a(admin_a) -> Client:  # type: ignore[no-untyped-def]
    return _client_for(admin_a)


@pytest.fixture
def client_advisor_a(advisor_a) -> Client:  # type: ignore[no-untyped-def]
    return _client_for(advisor_a)


@pytest.fixture
def in_scope() -> Callable[[Organization], Iterator[None]]:
    return organization_scope
