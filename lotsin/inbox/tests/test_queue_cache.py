"""Rendered queue rows are reused only while nothing they show has changed, and never across
organisations, languages or filters."""

import datetime as dt
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox import queue_cache, services
from lotsin.inbox.importing import insert_posts
from lotsin.inbox.models import Post
from lotsin.knowledge.signals import knowledge_changed


@pytest.fixture(autouse=True)
def _pages_kept(settings):
    # Kept in this process, in a store of this test's own (conftest renders anew elsewhere).
    settings.CACHES = {
        **settings.CACHES,
        "queue_pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"queue-pages-{uuid.uuid4()}",
        },
    }


@pytest.fixture
def channel(org_a):
    with organization_scope(org_a):
        return services.create_channel(
            actor=None, organization=org_a, name="Українки", platform="telegram"
        )


def _post(org, channel, key, text="Підкажіть, що робити з листом?", **fields):
    values = {"posted_at": timezone.now() - dt.timedelta(hours=1), "language": "uk"}
    return Post.objects.create(
        organization=org, channel=channel, external_id=key, text=text, **(values | fields)
    )


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _get(client, htmx=False, **params):
    headers = {"HX-Request": "true"} if htmx else {}
    with CaptureQueriesContext(connection) as captured:
        response = client.get(reverse("inbox:queue"), params, headers=headers)
    assert response.status_code == 200
    return response.text, len(captured)


def test_a_repeated_request_reuses_the_rows_with_fewer_queries(org_a, channel, make_member):
    ada = make_member("ada", org_a, Role.ADVISOR)
    with organization_scope(org_a):
        _post(org_a, channel, "1")
    client = _client(ada)
    first, rendered = _get(client, htmx=True)
    again, reused = _get(client, htmx=True)
    assert "Підкажіть, що робити з листом?" in again
    assert again == first
    assert reused < rendered
    assert _get(client)[1] < _get(client, status="answered")[1]  # the full page reuses them too


def test_her_claim_and_a_new_crisis_show_once_committed(
    org_a, channel, make_member, django_capture_on_commit_callbacks
):
    ada = make_member("ada", org_a, Role.ADVISOR)
    with organization_scope(org_a):
        post = _post(org_a, channel, "1")
    client = _client(ada)
    _get(client)
    with organization_scope(org_a), django_capture_on_commit_callbacks(execute=True):
        services.claim_post(actor=ada, post=post)
    claimed, _ = _get(client)
    assert "(ada)" in claimed
    with organization_scope(org_a):
        crisis = "Він мене б'є, я боюся"
        _post(org_a, channel, "2", text=crisis, urgency="crisis", urgency_rank=0)
    assert "Він мене б" not in _get(client)[0]  # not committed yet: the page still stands
    with django_capture_on_commit_callbacks(execute=True):
        queue_cache.changed()  # as its commit would
    rows, _ = _get(client)
    assert "Він мене б" in rows and "crisis-banner" in rows


def test_rows_are_never_shared_across_organisations_languages_or_filters(
    org_a, org_b, channel, make_member
):
    ada = make_member("ada", org_a, Role.ADVISOR)
    bea = make_member("bea", org_b, Role.ADVISOR)
    with organization_scope(org_a):
        _post(org_a, channel, "1", text="Тільки для організації A")
    assert "Тільки для організації A" in _get(_client(ada))[0]
    assert "Тільки для організації A" not in _get(_client(bea))[0]
    german = _client(ada).get(reverse("inbox:queue"), HTTP_ACCEPT_LANGUAGE="de")
    assert "Posteingang" in german.text or "Eingang" in german.text
    assert "Тільки для організації A" not in _get(_client(ada), language="ar")[0]


@pytest.mark.django_db(transaction=True)
def test_every_committed_change_raises_the_stamp_that_other_processes_read(org_a, channel):
    def raises(change):
        before = queue_cache.current_stamp()
        change()
        return queue_cache.current_stamp() > before

    with organization_scope(org_a):
        post = _post(org_a, channel, "1")
        assert raises(lambda: Post.objects.filter(pk=post.pk).update(status="answered"))
        assert raises(lambda: Post.objects.bulk_update([post], ["status"]))
        assert raises(lambda: _post(org_a, channel, "2"))
        assert raises(lambda: Post.objects.bulk_create([Post(
            organization=org_a, channel=channel, external_id="3", text="x",
            posted_at=timezone.now(),
        )]))  # fmt: skip
        assert raises(lambda: Post.objects.filter(external_id="3").delete())
        assert raises(post.delete)
        channel.name = "Renamed"
        assert raises(channel.save)
        assert not raises(lambda: Post.objects.filter(pk=-1).update(status="answered"))
        # New posts from an import, the API or the bot come in by raw SQL (insert_posts).
        assert raises(lambda: insert_posts([Post(
            organization=org_a, channel=channel, external_id="4", text="нове",
            posted_at=timezone.now(),
        )]))  # fmt: skip
    assert raises(lambda: knowledge_changed.send(sender="test", organization_id=org_a.pk))


def test_a_page_lives_at_most_its_lifetime(settings):
    renders = []

    def render():
        renders.append(1)
        return "rows"

    queue_cache.get_or_render(("a",), {"rows": render})
    queue_cache.get_or_render(("a",), {"rows": render})
    assert len(renders) == 1
    settings.CACHES = {
        **settings.CACHES,
        "queue_pages": {**settings.CACHES["queue_pages"], "TIMEOUT": 0},
    }
    queue_cache.get_or_render(("b",), {"rows": render})
    queue_cache.get_or_render(("b",), {"rows": render})
    assert len(renders) == 3


def test_a_lost_redis_costs_speed_not_the_queue(org_a, channel, make_member, settings):
    settings.CACHES = {
        **settings.CACHES,
        "queue_pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:9/0",  # nothing listens there
        },
    }
    ada = make_member("ada", org_a, Role.ADVISOR)
    with organization_scope(org_a):
        _post(org_a, channel, "1")
    assert "Підкажіть, що робити з листом?" in _get(_client(ada))[0]


def test_unknown_parameters_neither_make_new_pages_nor_ride_along_in_links(
    org_a, channel, make_member
):
    ada = make_member("ada", org_a, Role.ADVISOR)
    with organization_scope(org_a):
        for n in range(35):  # two pages
            _post(org_a, channel, str(n))
    client = _client(ada)
    first, rendered = _get(client, htmx=True, language="uk", utm="mail")
    second, reused = _get(client, htmx=True, language="uk", other="x")
    assert second == first and reused < rendered
    assert "language=uk" in first and "utm" not in first
