"""The advisors' work around a post: filters, snooze, four eyes on legal free text, duty and the
in-app crisis alert, first contacts, retention, and the composer's nearest language."""

import datetime as dt

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from lotsin.core.models import AuditEvent, Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox import contacts, crisis, queries, replies, retention, services
from lotsin.inbox.errors import InboxError
from lotsin.inbox.models import FirstContact, Post, PostStatus, Reply
from lotsin.knowledge.models import AnswerUse
from lotsin.knowledge.tests import factories


@pytest.fixture
def people(org_a, make_member):
    return {
        "ada": make_member("ada", org_a, Role.ADVISOR),
        "bo": make_member("bo", org_a, Role.ADVISOR),
        "lena": make_member("lena", org_a, Role.LEGAL_REVIEWER),
        "cora": make_member("cora", org_a, Role.COORDINATOR),
    }


@pytest.fixture
def channel(org_a):
    with organization_scope(org_a):
        return services.create_channel(
            actor=None, organization=org_a, name="Українки", platform="telegram"
        )


def _post(org, channel, key, **fields):
    values = {
        "text": "Підкажіть, будь ласка, що робити?",
        "posted_at": timezone.now() - dt.timedelta(hours=1),
        "language": "uk",
        "is_question": True,
    }
    values.update(fields)
    return Post.objects.create(organization=org, channel=channel, external_id=key, **values)


def _client(user):
    client = Client()
    client.force_login(user)
    return client


def _url(name, obj):
    return reverse(name, kwargs={"public_id": obj.public_id})


def test_queue_filters_by_topic_claim_and_language(org_a, channel, people):
    with organization_scope(org_a):
        _post(org_a, channel, "a", topics=["residence"], language="uk")
        _post(
            org_a, channel, "b", topics=["jobcentre"], language="ar",
            matched_claims=[{"id": "C1", "score": 0.9}],
        )  # fmt: skip
        _post(org_a, channel, "c", topics=["work"], matched_claims=[{"id": "C10", "score": 0.9}])

        def keys(**filters):
            return sorted(p.external_id for p in queries.list_queue(org_a, **filters))

        assert keys(topic="residence") == ["a"]
        assert keys(claim="C1") == ["b"]  # not C10
        assert keys(language="ar") == ["b"]
    page = _client(people["ada"]).get(reverse("inbox:queue"), {"topic": "jobcentre"})
    assert page.status_code == 200
    assert page.text.count('class="card post') == 1
    # Topics are shown as words of her language, not as the contract's codes.
    assert "Jobcenter and benefits" in page.text and "jobcentre," not in page.text
    german = _client(people["ada"]).get(
        reverse("inbox:queue"), {"topic": "jobcentre"}, HTTP_ACCEPT_LANGUAGE="de"
    )
    assert "Jobcenter und Leistungen" in german.text


def _queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_queue_rows_show_matches_in_a_constant_number_of_queries(org_a, channel, people):
    with organization_scope(org_a):
        version = factories.verified(org_a, people["ada"], people["lena"])
        factories.verified_translation(version, "uk", people["ada"], people["lena"])
        match = [{"id": version.answer.slug, "score": 0.91}]
        _post(org_a, channel, "1", matched_answers=match, triage_why={"answers_threshold": 0.74})
    client = _client(people["ada"])
    first = client.get(reverse("inbox:queue"))
    assert "Що змінює міні-робота для Bürgergeld?" in first.text  # the title in her language
    assert "0.91" in first.text
    one = _queries(client, reverse("inbox:queue"))
    with organization_scope(org_a):
        for n in range(2, 30):
            _post(org_a, channel, str(n), matched_answers=match)
    assert _queries(client, reverse("inbox:queue")) == one


def test_a_runner_up_answer_shows_the_threshold_it_had_to_reach(org_a, channel, people):
    """The first suggestion had to reach the answers threshold, the runner-ups only the lower
    alternatives threshold: the hover text names the one that applied."""
    with organization_scope(org_a):
        first = factories.verified(org_a, people["ada"], people["lena"])
        second = factories.verified(org_a, people["ada"], people["lena"], title="Kita-Platz?")
        matches = [
            {"id": first.answer.slug, "score": 0.91},
            {"id": second.answer.slug, "score": 0.41},
        ]
        why = {"answers_threshold": 0.78, "answers_alternatives_threshold": 0.35}
        _post(org_a, channel, "1", matched_answers=matches, triage_why=why)
        post = queries.list_queue(org_a)[0]
        queries.attach_matches([post])
    assert [r["title"] for r in post.answer_rows] == [
        "confidence 0.91, threshold 0.78",
        "confidence 0.41, threshold 0.35",
    ]


def test_snooze_takes_a_post_out_until_its_time_and_never_a_crisis(org_a, channel, people):
    ada = people["ada"]
    with organization_scope(org_a):
        post = _post(org_a, channel, "s")
        crisis_post = _post(org_a, channel, "k", urgency="crisis", urgency_rank=0)
        services.snooze_post(actor=ada, post=post, until=timezone.now() + dt.timedelta(hours=1))
        assert "s" not in [p.external_id for p in queries.list_queue(org_a)]
        Post.objects.filter(pk=post.pk).update(snoozed_until=timezone.now())
        assert "s" in [p.external_id for p in queries.list_queue(org_a)]
        with pytest.raises(InboxError, match="crisis"):
            services.snooze_post(
                actor=ada, post=crisis_post, until=timezone.now() + dt.timedelta(hours=1)
            )
        with pytest.raises(InboxError, match="future"):
            services.snooze_post(actor=ada, post=post, until=timezone.now())
    response = _client(ada).post(
        _url("inbox:post_act", post), {"action": "snooze", "snooze": "tomorrow"}
    )
    assert response.status_code == 302
    with organization_scope(org_a):
        post.refresh_from_db()
    assert post.status == PostStatus.SNOOZED and timezone.localtime(post.snoozed_until).hour == 9


def test_a_free_text_legal_reply_waits_for_another_lawyer(
    org_a, channel, people, mailoutbox, django_capture_on_commit_callbacks
):
    ada, lena, bo = people["ada"], people["lena"], people["bo"]
    with organization_scope(org_a), django_capture_on_commit_callbacks(execute=True):
        post = _post(org_a, channel, "legal", topics=["residence"])
        reply = replies.record_reply(actor=ada, post=post, text="Я думаю, вам треба до ABH.")
    with organization_scope(org_a):
        post.refresh_from_db()
        assert reply.status == "awaiting" and post.status == PostStatus.NEW
        assert post.first_reply_at is None
        assert [m.to for m in mailoutbox] == [["lena@example.org"]]
        assert "ABH" not in mailoutbox[0].body  # the reviewer signs in to read it
        with pytest.raises(InboxError, match="approved reply"):
            replies.mark_sent(actor=ada, reply=reply)
        with pytest.raises(InboxError, match="legal reviewer"):
            replies.approve_reply(actor=bo, reply=reply)
        with pytest.raises(InboxError, match="Say what"):
            replies.send_back_reply(actor=lena, reply=reply, note=" ")
    # A legal reviewer who wrote the reply herself cannot approve it either.
    with organization_scope(org_a):
        own = replies.record_reply(actor=lena, post=post, text="Моя відповідь")
        with pytest.raises(InboxError, match="Someone else"):
            replies.approve_reply(actor=lena, reply=own)
    page = _client(lena).get(_url("inbox:post", post))
    assert page.text.count('value="approve"') == 1  # only Ada's reply offers her the button
    _client(lena).post(_url("inbox:reply_decide", reply), {"decision": "approve", "note": "ok"})
    _client(ada).post(_url("inbox:reply_decide", reply), {"decision": "sent"})
    with organization_scope(org_a):
        reply.refresh_from_db()
        post.refresh_from_db()
        assert reply.status == "sent" and reply.reviewed_by == lena and reply.sent_at
        assert post.status == PostStatus.ANSWERED and post.first_reply_at
        actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"inbox.reply.awaiting_approval", "inbox.reply.approved"} <= actions


def test_a_verified_answer_unchanged_needs_no_approval_even_on_a_legal_topic(
    org_a, channel, people
):
    ada, lena = people["ada"], people["lena"]
    with organization_scope(org_a):
        version = factories.verified(org_a, ada, lena)
        text = factories.verified_translation(version, "uk", ada, lena)
        post = _post(org_a, channel, "v", topics=["jobcentre"])
        reply = replies.record_reply(
            actor=ada, post=post, text=f"Привіт!\n\n{text.body}\n\nhttps://x/s/1/uk/",
            answer_text=text,
        )  # fmt: skip
        assert reply.status == "sent" and AnswerUse.objects.count() == 1
        edited = replies.record_reply(
            actor=ada, post=post, text=text.body.replace("100", "200"), answer_text=text
        )
        assert edited.status == "awaiting"  # changed legal content is free text again
        replies.set_legal_topics(actor=people["cora"], organization=org_a, topics=["health"])
        other = _post(org_a, channel, "w", topics=["residence"])
        assert replies.record_reply(actor=ada, post=other, text="Моя думка").status == "sent"


def test_crisis_alerts_go_to_who_is_on_duty_and_show_on_every_page(
    org_a, org_b, channel, people, make_member, mailoutbox, django_capture_on_commit_callbacks
):
    ada, bo = people["ada"], people["bo"]
    with organization_scope(org_a):
        everyone = {u.username for u in crisis.alert_recipients(org_a)}
        assert {"ada", "bo", "cora"} <= everyone and "lena" not in everyone
        services.set_duty(actor=bo, organization=org_a, on_duty=True)
        assert [u.username for u in crisis.alert_recipients(org_a)] == ["bo"]
        post = _post(org_a, channel, "k", urgency="crisis", urgency_rank=0)
        with django_capture_on_commit_callbacks(execute=True):
            crisis.alert([post])
    assert [m.to for m in mailoutbox] == [["bo@example.org"]]
    assert "Підкажіть" not in mailoutbox[0].body  # no post text in the mail
    page = _client(ada).get(reverse("inbox:channels"))
    assert "crisis post waits" in page.text
    poll = _client(ada).get(reverse("inbox:alerts"))
    assert "crisis post waits" in poll.text
    coach = make_member("coach", org_a, Role.COACH)
    assert "crisis post waits" not in _client(coach).get(reverse("core:home")).text
    outsider = make_member("olga", org_b, Role.ADVISOR)
    assert "crisis post waits" not in _client(outsider).get(reverse("inbox:alerts")).text
    _client(ada).post(_url("inbox:post_act", post), {"action": "acknowledge"})
    assert "crisis post waits" not in _client(ada).get(reverse("inbox:alerts")).text


def test_a_first_contact_stub_and_its_reminder(org_a, org_b, channel, people, make_member):
    ada = people["ada"]
    with organization_scope(org_a):
        post = _post(org_a, channel, "c", author_pseudonym="abc123", topics=["work"])
    client = _client(ada)
    today = timezone.localdate()
    client.post(
        _url("inbox:contact_create", post),
        {"follow_up_on": today.isoformat(), "note": "Хоче консультацію"},
    )
    with organization_scope(org_a):
        contact = FirstContact.objects.get()
        assert (contact.author_pseudonym, contact.language, contact.status) == (
            "abc123", "uk", "open",
        )  # fmt: skip
        with pytest.raises(InboxError, match="already"):
            contacts.create_first_contact(actor=ada, post=post, follow_up_on=today)
        assert contacts.remind_due_contacts(org_a) == 1
        assert contacts.remind_due_contacts(org_a) == 0  # once
    assert "Хоче консультацію" in client.get(reverse("inbox:contacts")).text
    outsider = _client(make_member("olga", org_b, Role.ADVISOR))
    assert (
        outsider.post(_url("inbox:contact_close", contact), {"status": "closed"}).status_code == 404
    )
    assert "Хоче" not in outsider.get(reverse("inbox:contacts")).text
    client.post(_url("inbox:contact_close", contact), {"status": "picked_up"})
    with organization_scope(org_a):
        contact.refresh_from_db()
    assert contact.status == "picked_up"


def test_retention_deletes_old_posts_but_keeps_an_open_crisis(org_a, channel, people):
    old = timezone.now() - dt.timedelta(days=channel.retention_days + 1)
    with organization_scope(org_a):
        _post(org_a, channel, "old", posted_at=old, status=PostStatus.ANSWERED)
        _post(org_a, channel, "old-crisis", posted_at=old, urgency="crisis", urgency_rank=0)
        _post(org_a, channel, "new")
    call_command("housekeeping", org="org-a")
    with organization_scope(org_a):
        assert sorted(Post.objects.values_list("external_id", flat=True)) == [
            "new", "old-crisis",
        ]  # fmt: skip
        assert AuditEvent.objects.filter(action="inbox.retention.purged").exists()
        assert retention.purge_expired(org_a) == 0


def test_composer_offers_the_nearest_language_and_searches_the_answers(
    org_a, org_b, channel, people, make_member
):
    ada, lena = people["ada"], people["lena"]
    with organization_scope(org_a):
        version = factories.verified(org_a, ada, lena)
        factories.verified_translation(version, "uk", ada, lena)
        post = _post(
            org_a, channel, "ru", language="ru", text="Подскажите про миниджоб",
            matched_answers=[{"id": version.answer.slug, "score": 0.88}],
        )  # fmt: skip
    client = _client(ada)
    page = client.get(_url("inbox:post", post))
    assert "Що змінює міні-робота для Bürgergeld?" in page.text  # Ukrainian for a Russian reader
    assert "nearest she likely reads: uk" in page.text
    found = client.get(_url("inbox:post", post), {"q": "Minijob"})
    assert found.text.count("Що змінює міні-робота") >= 2
    with organization_scope(org_a):
        assert AuditEvent.objects.filter(action="inbox.post.viewed").count() == 2
    outsider = _client(make_member("olga", org_b, Role.ADVISOR))
    assert outsider.get(_url("inbox:post", post)).status_code == 404
    with organization_scope(org_a):
        reply = replies.record_reply(actor=ada, post=post, text="x")
    assert (
        outsider.post(_url("inbox:reply_decide", reply), {"decision": "approve"}).status_code == 404
    )
    with organization_scope(org_a):
        assert Reply.objects.get().status == "sent"


def test_the_queue_counts_at_most_its_cap(org_a, channel):
    with organization_scope(org_a):
        for n in range(5):
            _post(org_a, channel, f"p{n}")
        paginator = queries.CappedPaginator(queries.list_queue(org_a), 2, cap=3)
        assert paginator.count == 3 and paginator.num_pages == 2
        assert queries.CappedPaginator(queries.list_queue(org_a), 2, cap=100).count == 5
