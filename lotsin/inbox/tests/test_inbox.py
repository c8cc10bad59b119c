"""Import, triage, queue order, atomic claiming and replies that record the answer used."""

import json

import pytest
from django.test import Client
from django.urls import reverse

from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox import queries, services
from lotsin.inbox.importing import ImportFailed, import_file, pseudonym
from lotsin.inbox.models import Post, PostStatus
from lotsin.inbox.tasks import triage_pending_task
from lotsin.inbox.triage import triage_posts, why
from lotsin.knowledge.models import AnswerUse
from lotsin.knowledge.tests import factories

QUESTION = "Дівчата, підкажіть, чи заберуть Bürgergeld за міні-джоб?"
CRISIS = "Він знову мене бив, я боюся йти додому сьогодні"
POSTS = [
    {"id": "1", "text": QUESTION, "author": "Olena K", "posted_at": "2026-11-20T09:00:00+01:00"},
    {"id": "2", "text": CRISIS, "author": "Anna", "posted_at": "2026-11-20T10:00:00+01:00"},
    {
        "id": "3",
        "text": "Дякую всім!",
        "author": "Olena K",
        "posted_at": "2026-11-20T08:00:00+01:00",
    },
]


@pytest.fixture
def channel(org_a):
    with organization_scope(org_a):
        return services.create_channel(
            actor=None, organization=org_a, name="Українки в Берліні", platform="telegram"
        )


def _file(tmp_path, rows, name="posts.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n")
    return path


def test_import_is_idempotent_and_keeps_no_author_names(
    tmp_path, org_a, channel, django_capture_on_commit_callbacks
):
    path = _file(tmp_path, POSTS)
    with organization_scope(org_a), django_capture_on_commit_callbacks(execute=True):
        _batch, counts = import_file(channel=channel, path=path)
    assert (counts.imported, counts.unchanged, counts.failed) == (3, 0, 0)
    with organization_scope(org_a):
        _batch, again = import_file(channel=channel, path=path)
        posts = list(Post.objects.order_by("external_id"))
    assert (again.imported, again.unchanged) == (0, 3)
    assert posts[0].author_pseudonym == posts[2].author_pseudonym == pseudonym(org_a, "Olena K")
    assert all("Olena" not in str(vars(p)) for p in posts)
    assert triage_pending_task.get_backend().results  # triage was enqueued after the import


def test_a_broken_line_names_it_and_writes_nothing_of_its_batch(tmp_path, org_a, channel):
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(POSTS[0]) + "\n{broken\n")
    with organization_scope(org_a), pytest.raises(ImportFailed, match="line 2: not JSON"):
        import_file(channel=channel, path=path)
    with organization_scope(org_a):
        assert not Post.objects.exists()
        assert channel.imports.get().status == "failed"


def test_triage_then_queue_puts_the_crisis_first(tmp_path, org_a, channel):
    with organization_scope(org_a):
        import_file(channel=channel, path=_file(tmp_path, POSTS))
        triage_posts(org_a, list(Post.objects.all()))
        order = [p.external_id for p in queries.list_queue(org_a)]
        crisis = Post.objects.get(external_id="2")
    assert crisis.urgency == "crisis" and crisis.language == "uk"
    assert order[0] == "2"
    assert order.index("1") < order.index("3")  # the unanswered question before the thanks


def test_a_closed_post_that_becomes_a_crisis_on_triage_comes_back_to_the_queue(
    tmp_path, org_a, channel
):
    with organization_scope(org_a):
        import_file(channel=channel, path=_file(tmp_path, POSTS))
        triage_posts(org_a, list(Post.objects.all()))
        # Answered as a question; then its author edits it into a cry for help.
        Post.objects.filter(external_id="1").update(status=PostStatus.ANSWERED)
        Post.objects.filter(external_id="3").update(
            status=PostStatus.SNOOZED, snoozed_until="2099-01-01T00:00:00Z"
        )
        Post.objects.filter(external_id__in=["1", "3"]).update(text=CRISIS, triaged_at=None)
        triage_posts(org_a, list(Post.objects.filter(triaged_at__isnull=True)))
        posts = {p.external_id: p for p in Post.objects.all()}
        order = [p.external_id for p in queries.list_queue(org_a)]
    assert posts["1"].urgency == "crisis" and posts["1"].status == PostStatus.NEW
    assert posts["3"].status == PostStatus.NEW and posts["3"].snoozed_until is None
    assert set(order[:3]) == {"1", "2", "3"}


def test_a_snoozed_post_without_a_time_is_shown_rather_than_lost(org_a, channel):
    with organization_scope(org_a):
        Post.objects.create(
            organization=org_a, channel=channel, external_id="s", text="?",
            posted_at="2026-11-20T09:00:00Z", status=PostStatus.SNOOZED, snoozed_until=None,
        )  # fmt: skip
        assert [p.external_id for p in queries.list_queue(org_a)] == ["s"]


def test_claiming_is_atomic_and_a_crisis_needs_a_coordinator_to_close(org_a, channel, make_member):
    ada = make_member("ada", org_a, Role.ADVISOR)
    bo = make_member("bo", org_a, Role.ADVISOR)
    cora = make_member("cora", org_a, Role.COORDINATOR)
    with organization_scope(org_a):
        post = Post.objects.create(
            organization=org_a, channel=channel, external_id="x", text="Допоможіть",
            posted_at="2026-11-20T10:00:00+01:00", urgency="crisis", urgency_rank=0,
        )  # fmt: skip
        services.claim_post(actor=ada, post=post)
        with pytest.raises(services.InboxError, match="already working"):
            services.claim_post(actor=bo, post=post)
        with pytest.raises(services.InboxError):
            services.release_post(actor=bo, post=post)
        services.release_post(actor=ada, post=post)
        assert post.status == PostStatus.NEW and list(queries.list_queue(org_a)) == [post]
        with pytest.raises(services.InboxError, match="coordinator"):
            services.set_status(actor=ada, post=post, status="no_action", reason="spam")
        services.set_status(actor=cora, post=post, status="no_action", reason="duplicate")


def test_reply_from_a_verified_answer_is_recorded_as_a_use(org_a, channel, make_member):
    ada = make_member("ada", org_a, Role.ADVISOR)
    lawyer = make_member("lena", org_a, Role.LEGAL_REVIEWER)
    with organization_scope(org_a):
        version = factories.verified(org_a, ada, lawyer)
        text = factories.verified_translation(version, "uk", ada, lawyer)
        post = Post.objects.create(
            organization=org_a, channel=channel, external_id="q", text="Міні-джоб?",
            posted_at="2026-11-20T10:00:00+01:00", language="uk", is_question=True,
            matched_answers=[{"id": version.answer.slug, "score": 0.9}],
        )  # fmt: skip
    client = Client()
    client.force_login(ada)
    page = client.get(reverse("inbox:post", kwargs={"public_id": post.public_id}))
    assert text.title in page.text
    composed = client.get(
        reverse("inbox:post", kwargs={"public_id": post.public_id}), {"text": str(text.public_id)}
    )
    assert f"/s/{version.answer.short_code}/uk/" in composed.text
    client.post(
        reverse("inbox:post_reply", kwargs={"public_id": post.public_id}),
        {"text": text.body, "answer_text": str(text.public_id)},
    )
    with organization_scope(org_a):
        post.refresh_from_db()
        use = AnswerUse.objects.get()
    assert post.status == PostStatus.ANSWERED and post.first_reply_at is not None
    assert use.text == text and use.channel == channel.name


def test_queue_page_and_command(tmp_path, org_a, channel, make_member):
    from django.core.management import CommandError, call_command

    ada = make_member("ada", org_a, Role.ADVISOR)
    path = _file(tmp_path, POSTS)
    call_command("import", str(path), "--org", org_a.slug, "--channel", channel.name)
    with pytest.raises(CommandError, match="does not exist"):
        call_command("import", str(path), "--org", org_a.slug, "--channel", "nope")
    client = Client()
    client.force_login(ada)
    page = client.get(reverse("inbox:queue"))
    assert "Дякую всім!" in page.text
    rows = client.get(reverse("inbox:queue"), HTTP_HX_REQUEST="true")
    assert "<html" not in rows.text and "Дякую всім!" in rows.text


def _telegram(tmp_path, chat_id, name):
    message = {"id": 1, "type": "message", "date": "2026-11-20T09:00:00", "from": "A", "text": "Hi"}
    export = {"name": "Group", "type": "public_supergroup", "id": chat_id, "messages": [message]}
    path = tmp_path / name
    path.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    return path


def test_another_chats_export_cannot_land_in_a_channel(tmp_path, org_a, channel):
    with organization_scope(org_a):
        import_file(channel=channel, path=_telegram(tmp_path, 111, "a.json"))
        channel.refresh_from_db()
        assert channel.source_ref == "telegram:111"
        with pytest.raises(ImportFailed, match="telegram:222"):
            import_file(channel=channel, path=_telegram(tmp_path, 222, "b.json"))
        assert Post.objects.count() == 1


def test_posts_api_is_idempotent_and_returns_the_triage(
    org_a, org_b, channel, make_member, admin_b
):
    from lotsin.accounts.services import create_token

    ada = make_member("ada", org_a, Role.ADVISOR)
    with organization_scope(org_a):
        token = create_token(user=ada, organization=org_a, name="t").plaintext
    api = Client(HTTP_AUTHORIZATION=f"Bearer {token}")
    body = {
        "channel": channel.name,
        "posts": [{"id": "7", "text": CRISIS}, {"id": "8", "text": QUESTION}],
    }
    first = api.post("/api/v1/posts", body, content_type="application/json")
    assert first.status_code == 200, first.content
    results = first.json()
    assert [r["id"] for r in results] == ["7", "8"] and all(r["created"] for r in results)
    assert results[0]["urgency"] == "crisis" and results[1]["is_question"] is True
    again = api.post("/api/v1/posts", body, content_type="application/json").json()
    assert [r["created"] for r in again] == [False, False]
    queue = api.get("/api/v1/posts").json()
    assert queue["count"] == 2 and queue["items"][0]["id"] == "7"
    assert (
        api.post(
            "/api/v1/posts",
            {"channel": "nope", "posts": body["posts"]},
            content_type="application/json",
        ).status_code
        == 404
    )
    with organization_scope(org_b):
        other = create_token(user=admin_b, organization=org_b, name="t").plaintext
    outsider = Client(HTTP_AUTHORIZATION=f"Bearer {other}")
    assert outsider.get("/api/v1/posts").json()["count"] == 0
    assert outsider.post(
        "/api/v1/posts", {"channel": channel.name, "posts": body["posts"]},
        content_type="application/json",
    ).status_code == 404  # fmt: skip


def test_open_posts_are_retriaged_when_answers_change(
    org_a, channel, make_member, django_capture_on_commit_callbacks
):
    from lotsin.inbox.tasks import retriage_open_task
    from lotsin.inbox.triage import retriage_open

    ada = make_member("ada", org_a, Role.ADVISOR)
    lawyer = make_member("lena", org_a, Role.LEGAL_REVIEWER)
    with organization_scope(org_a):
        post = Post.objects.create(
            organization=org_a, channel=channel, external_id="q",
            text="Що змінює міні-робота для Bürgergeld? Підкажіть будь ласка",
            posted_at="2026-11-20T10:00:00+01:00",
        )  # fmt: skip
        triage_posts(org_a, [post])
        assert post.matched_answers == []
        before = retriage_open_task.get_backend().results.copy()
        with django_capture_on_commit_callbacks(execute=True):
            short = "Mit einem Minijob behalten Sie einen Teil des Geldes: die ersten 100 Euro."
            version = factories.verified(org_a, ada, lawyer, body=short)
        assert len(retriage_open_task.get_backend().results) > len(before)  # enqueued
        from lotsin.knowledge.services import translations

        text = translations.save_translation(
            actor=ada, version=version, language="uk",
            title="Що змінює міні-робота для Bürgergeld?",
            body="З міні-роботою ви зберігаєте частину грошей: перші 100 євро.",
        )  # fmt: skip
        translations.submit_text(actor=ada, text=text)
        translations.approve_text(actor=lawyer, text=text)
        assert retriage_open(org_a) == 1
        post.refresh_from_db()
        assert [a["id"] for a in post.matched_answers] == [version.answer.slug]


def test_a_crisis_alerts_once_is_acknowledged_and_shows_hotlines(
    tmp_path, org_a, channel, make_member, django_capture_on_commit_callbacks
):
    from django.core import mail

    from lotsin.directory.importing import load_demo as load_services

    ada = make_member("ada", org_a, Role.ADVISOR)
    load_services(organization=org_a)
    with organization_scope(org_a), django_capture_on_commit_callbacks(execute=True):
        import_file(channel=channel, path=_file(tmp_path, POSTS), file_format="jsonl")
        triage_posts(org_a, list(Post.objects.all()))
        triage_posts(org_a, list(Post.objects.all()))  # again: no second alert
    assert [m.to for m in mail.outbox] == [["ada@example.org"]]
    assert CRISIS not in mail.outbox[0].body  # no post text in e-mails
    with organization_scope(org_a):
        post = Post.objects.get(external_id="2")
    client = Client()
    client.force_login(ada)
    url = reverse("inbox:post", kwargs={"public_id": post.public_id})
    page = client.get(url).text
    assert "116 016" in page and "Checklist" in page
    client.post(
        reverse("inbox:post_act", kwargs={"public_id": post.public_id}), {"action": "acknowledge"}
    )
    post.refresh_from_db()
    assert (
        post.crisis_acknowledged_by == ada and post.crisis_acknowledged_at >= post.crisis_alerted_at
    )


def test_imported_posts_get_their_own_ids_and_the_model_defaults(tmp_path, org_a, channel):
    with organization_scope(org_a):
        import_file(channel=channel, path=_file(tmp_path, POSTS))
        posts = list(Post.objects.all())
    assert len({p.public_id for p in posts}) == 3
    assert {(p.status, p.urgency, p.urgency_rank, p.triaged_at) for p in posts} == {
        ("new", "normal", 2, None)
    }
    assert all(p.topics == [] and p.triage_why == {} and p.imported_at for p in posts)
    assert {p.text for p in posts} == {row["text"] for row in POSTS}


def test_the_post_page_shows_the_words_that_framed_it_as_a_rumour(
    tmp_path, org_a, channel, make_member
):
    rumour = "Дівчата, чула що по Job-Turbo всіх змушують йти на будь-яку роботу. Це правда?"
    ada = make_member("ada", org_a, Role.ADVISOR)
    with organization_scope(org_a):
        import_file(channel=channel, path=_file(tmp_path, [{"id": "9", "text": rumour}, *POSTS]))
        triage_posts(org_a, list(Post.objects.all()))
        framed, plain = Post.objects.get(external_id="9"), Post.objects.get(external_id="1")
    assert framed.triage_why["rumour_frame"] == "Це правда, чула що"
    assert "rumour_frame" not in plain.triage_why
    assert framed.triage_why["claims_post_probe"] > 0.5  # the post alone sounds like a rumour
    client = Client()
    client.force_login(ada)
    page = client.get(reverse("inbox:post", args=[framed.public_id])).text
    assert "Rumour wording" in page and "Це правда, чула що" in page
    shown = f"Sounds like a rumour</dt><dd>{framed.triage_why['claims_post_probe']:.2f}"
    assert shown in page and "Asks what verified answers cover" in page


URGENCY_EVIDENCE = {
    "crisis_cue": None,
    "talk_about": None,
    "crisis_similarity": 0.01,
    "crisis_threshold": 0.05,
    "crisis_probability": 0.2,
    "crisis_probability_threshold": 0.5,
    "high_cue": None,
    "high_probability": 0.2,
    "high_probability_threshold": 0.7,
}


@pytest.mark.parametrize(
    ("changes", "urgency", "reason"),
    [
        ({"crisis_cue": "мене бив"}, "crisis", "мене бив"),
        ({"crisis_probability": 0.93}, "crisis", "p=0.93 ≥ 0.50"),
        ({"crisis_similarity": 0.08}, "crisis", "Δcos=0.08 ≥ 0.05"),
        ({"high_cue": "bis Freitag"}, "high", "bis Freitag"),
        # The probe alone decided: the page must still say why, not stay silent.
        ({"high_probability": 0.81}, "high", "p=0.81 ≥ 0.70"),
        # A workshop about violence: the phrase matched but decided nothing.
        ({"crisis_cue": "Gewalt", "talk_about": "Workshop"}, "normal", None),
    ],
)
def test_the_post_page_names_what_decided_its_urgency(changes, urgency, reason):
    shown = why({"urgency": {**URGENCY_EVIDENCE, **changes}}, urgency)
    assert shown.get("urgency") == reason


def test_every_rule_the_engine_names_has_words_in_the_why_panel():
    """The engine (Django-free) names its rules in English; the post page shows them in the
    user's language, so a new rule without a label would leak English into every interface."""
    import re
    from pathlib import Path

    from django.utils import translation

    from lotsin.inbox.reasons import RULE_LABELS, reason_label

    triage = Path(__file__).resolve().parents[2] / "triage"
    named = {
        rule
        for source in ("language.py", "question.py")
        for rule in re.findall(r'"rule": "([^"]+)"', (triage / source).read_text())
    }
    assert named - {"request cue"} <= set(RULE_LABELS)  # a request cue shows her own words
    with translation.override("uk"):
        assert reason_label("question mark") == "знак питання"
        assert reason_label("підкажіть") == "підкажіть"
