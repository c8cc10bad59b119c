"""Connecting the bot, taking in its groups' messages, binding groups and replying through it."""

from __future__ import annotations

import json
import logging

import pytest

from lotsin.bots import services
from lotsin.bots.models import BotMode, TelegramBot, TelegramChat, export_chat_id
from lotsin.bots.tests.conftest import GROUP_ID, WEBHOOK_BASE, update
from lotsin.bots.tests.fake_bot_api import GOOD_TOKEN
from lotsin.core.models import AuditEvent
from lotsin.core.scoping import organization_scope
from lotsin.inbox.importing import import_file, pseudonym
from lotsin.inbox.models import Channel, Post, PostStatus, Reply
from lotsin.inbox.services import create_channel
from lotsin.inbox.tasks import triage_pending_task

NAMES = ["Olena", "Kovalenko", "olena_kov", "Anna", "Schmidt", "فاطمة", "Maryna", "Leyla", "Yılmaz"]
ALL_UPDATES = [
    "group_text", "reply", "forwarded", "edited", "edited_unseen", "deleted_account", "arabic",
    "service_new_members", "photo_caption", "unbound_chat", "my_chat_member_added",
    "private_chat",
]  # fmt: skip


def _take(org, bot, *names):
    with organization_scope(org):
        return sum(services.handle_update(bot=bot, update=update(name)) for name in names)


# --- connecting --------------------------------------------------------------------------------


def test_connecting_checks_the_token_and_registers_a_webhook_with_a_secret(
    fake_api, org_a, admin_a, caplog
):
    caplog.set_level(logging.DEBUG)
    with organization_scope(org_a):
        bot = services.connect_bot(
            actor=admin_a, organization=org_a, token=f"  {GOOD_TOKEN}\n", mode=BotMode.WEBHOOK,
            webhook_base=WEBHOOK_BASE,
        )  # fmt: skip
        events = list(AuditEvent.objects.filter(organization=org_a).values("action", "data"))
    assert (bot.username, bot.bot_id, bot.token) == ("lotsin_beratung_bot", 7012345678, GOOD_TOKEN)
    assert bot.token_hint == "…89ab"
    [hook] = fake_api.called("setWebhook")
    assert hook.params["url"] == f"{WEBHOOK_BASE}/bots/telegram/{bot.webhook_secret}/"
    assert hook.params["secret_token"] == bot.webhook_secret and len(bot.webhook_secret) >= 40
    assert "message" in hook.params["allowed_updates"]
    assert {"action": "bots.telegram.connected"} in [{"action": e["action"]} for e in events]
    assert GOOD_TOKEN not in json.dumps(events) and GOOD_TOKEN not in caplog.text


def test_a_bad_token_saves_nothing_and_says_so_without_echoing_it(fake_api, org_a, admin_a):
    with organization_scope(org_a):
        with pytest.raises(services.BotError, match="does not accept this token") as refused:
            services.connect_bot(
                actor=admin_a, organization=org_a, token="123:wrong", mode=BotMode.WEBHOOK,
                webhook_base=WEBHOOK_BASE,
            )  # fmt: skip
        assert not TelegramBot.objects.exists()
    assert refused.value.code == "token" and "123:wrong" not in refused.value.message
    assert fake_api.called("setWebhook") == []


def test_a_webhook_needs_https_and_polling_removes_the_webhook(fake_api, org_a, admin_a):
    with organization_scope(org_a):
        with pytest.raises(services.BotError, match="https"):
            services.connect_bot(
                actor=admin_a, organization=org_a, token=GOOD_TOKEN, mode=BotMode.WEBHOOK,
                webhook_base="http://127.0.0.1:8000/",
            )  # fmt: skip
        assert not TelegramBot.objects.exists()
        bot = services.connect_bot(
            actor=admin_a, organization=org_a, token=GOOD_TOKEN, mode=BotMode.POLLING
        )
    assert bot.mode == BotMode.POLLING
    assert [c.method for c in fake_api.calls][-2:] == ["getMe", "deleteWebhook"]


def test_one_bot_cannot_feed_two_organisations(bot, fake_api, org_b, admin_b):
    with organization_scope(org_b), pytest.raises(services.BotError, match="another organisation"):
        services.connect_bot(
            actor=admin_b, organization=org_b, token=GOOD_TOKEN, mode=BotMode.WEBHOOK,
            webhook_base=WEBHOOK_BASE,
        )  # fmt: skip


def test_disconnecting_deletes_the_webhook_and_keeps_the_posts(
    bound, bot, fake_api, org_a, admin_a
):
    _take(org_a, bot, "group_text")
    with organization_scope(org_a):
        services.disconnect_bot(actor=admin_a, bot=bot)
        assert not TelegramBot.objects.exists() and not TelegramChat.objects.exists()
        assert Post.objects.filter(channel=bound).count() == 1
    assert fake_api.called("deleteWebhook")


# --- receiving ---------------------------------------------------------------------------------


def test_the_same_update_twice_stores_one_post(
    bound, bot, org_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert _take(org_a, bot, "group_text") == 1
    assert _take(org_a, bot, "group_text") == 0
    with organization_scope(org_a):
        post = Post.objects.get()
        bot.refresh_from_db()
    assert post.external_id == "501" and post.channel == bound
    assert post.text.startswith("Дівчата, підкажіть")
    assert post.author_pseudonym == pseudonym(org_a, "Olena Kovalenko")
    assert bot.last_update_id == 734100001
    assert triage_pending_task.get_backend().results  # triage enqueued as after an import


def test_replies_forwards_edits_deleted_accounts_and_service_messages(bound, bot, org_a):
    with organization_scope(org_a):  # the recorded updates must stay within retention
        Channel.objects.filter(pk=bound.pk).update(retention_days=36500)
    added = _take(org_a, bot, *ALL_UPDATES)
    with organization_scope(org_a):
        posts = {p.external_id: p for p in Post.objects.filter(channel=bound)}
    # 506 is a service message (joined), the others are questions, answers and a caption.
    assert added == 7 and sorted(posts) == ["499", "501", "502", "503", "504", "505", "507"]
    assert posts["502"].reply_to_external_id == "501"
    assert posts["503"].forwarded and not posts["501"].forwarded
    assert posts["501"].text.endswith("520 € на місяць.")  # the author's edit replaces the text
    assert posts["501"].edited_at is not None and posts["502"].edited_at is None
    assert posts["499"].text.startswith("Kennt jemand")  # the edit of a missed message is kept
    assert posts["504"].author_pseudonym == ""  # deleted account
    assert posts["505"].text.startswith("مرحبا")
    assert posts["507"].text.startswith("Was bedeutet dieser Brief")


def test_an_edit_replaces_the_text_and_sends_the_post_to_triage_again(
    bound, bot, org_a, django_capture_on_commit_callbacks
):
    _take(org_a, bot, "group_text")
    with organization_scope(org_a):
        Post.objects.filter(external_id="501").update(
            triaged_at="2026-11-01T10:00:00Z", status=PostStatus.ANSWERED
        )
    backend = triage_pending_task.get_backend()
    before = len(backend.results)
    with django_capture_on_commit_callbacks(execute=True):
        assert _take(org_a, bot, "edited") == 0
    with organization_scope(org_a):
        post = Post.objects.get(external_id="501")
    assert post.text.endswith("520 € на місяць.") and post.triaged_at is None
    assert post.edited_at is not None and post.edited_at.timestamp() == 1795161780
    assert post.status == PostStatus.ANSWERED  # the advisors' work on it stays
    assert len(backend.results) == before + 1
    # The same edit again changes nothing.
    with django_capture_on_commit_callbacks(execute=True):
        _take(org_a, bot, "edited")
    assert len(backend.results) == before + 1


def _migration(update_id: int, chat_id: int, **field: int) -> dict:  # type: ignore[type-arg]
    chat = {"id": chat_id, "title": "Українки в Берліні — робота", "type": "group"}
    message = {"message_id": 900 + update_id % 100, "chat": chat, "date": 1795162000, **field}
    return {"update_id": update_id, "message": message}


@pytest.mark.parametrize("first", ["old_chat", "new_chat"])
def test_an_upgraded_group_keeps_its_channel(bound, bot, org_a, first):  # type: ignore[no-untyped-def]
    new_id = -1009999000001
    to_new = _migration(734100050, GROUP_ID, migrate_to_chat_id=new_id)
    from_old = _migration(734100051, new_id, migrate_from_chat_id=GROUP_ID)
    # The supergroup counts message ids anew: its message 501 is not the old group's 501.
    text = update("group_text")
    text["update_id"] = 734100052
    text["message"]["chat"]["id"] = new_id
    text["message"]["text"] = "Хто знає курси німецької з дитячим садком?"
    edit = update("edited")
    edit["update_id"] = 734100053
    edit["edited_message"]["chat"]["id"] = new_id
    with organization_scope(org_a):
        services.handle_update(bot=bot, update=update("group_text"))  # the old group's 501
        order = [to_new, from_old] if first == "old_chat" else [from_old, to_new]
        for item in [*order, text, edit]:
            services.handle_update(bot=bot, update=item)
        chats = list(TelegramChat.objects.filter(bot=bot).values_list("chat_id", "channel"))
        assert chats == [(new_id, bound.pk)]
        posts = dict(Post.objects.filter(channel=bound).values_list("external_id", "text"))
        assert posts["501"].endswith("міні-джобі?")  # the old group's post, untouched
        assert posts[f"{new_id}:501"].endswith("520 € на місяць.")  # the new one, edited
        assert AuditEvent.objects.filter(action="bots.chat.migrated").count() == 1


def test_an_edit_of_a_post_retention_deleted_does_not_bring_it_back(bound, bot, org_a):
    edit = update("edited_unseen")  # message 499, never stored here
    with organization_scope(org_a):
        Channel.objects.filter(pk=bound.pk).update(retention_days=1)
        services.handle_update(bot=bot, update=edit)  # written in 2026-11 (recorded), > 1 day ago
        assert not Post.objects.filter(external_id="499").exists()


def test_an_unbound_group_keeps_no_text_only_that_it_waits(bot, org_a):
    assert _take(org_a, bot, "unbound_chat", "unbound_chat", "my_chat_member_added") == 0
    with organization_scope(org_a):
        chats = {c.chat_id: c for c in TelegramChat.objects.all()}
        assert not Post.objects.exists()
        audit = list(AuditEvent.objects.filter(action="bots.chat.seen").values_list("data"))
    assert chats[-1009876543210].title == "Jobs Köln"
    assert chats[-1009876543210].channel is None and chats[-1009876543210].dropped == 2
    assert chats[-1005555555555].title == "Frauen in Leipzig – Austausch"
    assert "Beratungsstelle" not in str(audit) and len(audit) == 2


def test_a_private_chat_with_the_bot_is_ignored(bot, org_a):
    assert _take(org_a, bot, "private_chat") == 0
    with organization_scope(org_a):
        assert not TelegramChat.objects.exists()


def test_binding_a_waiting_group_to_a_new_channel_then_receiving(bot, org_a, admin_a):
    _take(org_a, bot, "unbound_chat")
    with organization_scope(org_a):
        chat = TelegramChat.objects.get()
        channel = services.bind_chat(actor=admin_a, chat=chat, new_name="Jobs Köln")
        assert channel.source_ref == "telegram:9876543210" and channel.platform == "telegram"
        with pytest.raises(services.BotError, match="bound already"):
            services.bind_chat(actor=admin_a, chat=chat, channel=channel)
    update_again = update("unbound_chat") | {"update_id": 734100099}
    with organization_scope(org_a):
        assert services.handle_update(bot=bot, update=update_again) == 1
        assert Post.objects.get().channel == channel


def test_a_channel_holding_another_chats_export_cannot_be_bound(bot, channel, org_a, admin_a):
    _take(org_a, bot, "unbound_chat")
    with organization_scope(org_a):
        Channel.objects.filter(pk=channel.pk).update(source_ref="telegram:42")
        channel.refresh_from_db()
        with pytest.raises(services.BotError, match="another chat"):
            services.bind_chat(actor=admin_a, chat=TelegramChat.objects.get(), channel=channel)


def test_export_and_bot_feed_one_channel_without_duplicates(bot, channel, org_a, tmp_path):
    """The export's bare chat id is the Bot API's without -100; message ids are the keys."""
    assert export_chat_id(GROUP_ID) == "1234567890" and export_chat_id(-4012345) == "4012345"
    message = update("group_text")["message"]
    export = {
        "name": "Українки в Берліні — робота", "type": "public_supergroup", "id": 1234567890,
        "messages": [{
            "id": 501, "type": "message", "date": "2026-11-20T09:00:00",
            "date_unixtime": str(message["date"]), "from": "Olena Kovalenko",
            "from_id": "user5012345671", "text": message["text"],
        }],
    }  # fmt: skip
    path = tmp_path / "result.json"
    path.write_text(json.dumps(export, ensure_ascii=False))
    with organization_scope(org_a):
        import_file(channel=channel, path=path)
    # The chat's first update finds the channel that holds its exports and binds it.
    assert _take(org_a, bot, "group_text", "reply") == 1
    with organization_scope(org_a):
        posts = list(Post.objects.order_by("external_id"))
        assert TelegramChat.objects.get().channel == channel
    assert [p.external_id for p in posts] == ["501", "502"]
    assert posts[0].author_pseudonym == pseudonym(org_a, "Olena Kovalenko")


def test_raw_author_names_never_reach_the_database(bound, bot, org_a):
    _take(org_a, bot, *ALL_UPDATES)
    with organization_scope(org_a):
        stored = json.dumps(
            [
                list(Post.objects.values()),
                list(TelegramChat.objects.values()),
                list(AuditEvent.objects.values("data", "target_repr")),
            ],
            default=str,
            ensure_ascii=False,
        )
    assert [name for name in NAMES if name in stored] == []


# --- replying ----------------------------------------------------------------------------------


def test_send_reply_posts_into_the_group_as_a_reply_and_records_it(
    bound, bot, fake_api, org_a, advisor_a
):
    _take(org_a, bot, "group_text")
    with organization_scope(org_a):
        post = Post.objects.get()
        reply = services.send_reply(actor=advisor_a, post=post, text="Nein, nicht ganz: …")
        post.refresh_from_db()
        sent = AuditEvent.objects.get(action="bots.reply.sent")
        assert services.bot_for_channel(bound) == bot
    [call] = fake_api.called("sendMessage")
    assert call.token == GOOD_TOKEN and int(call.params["chat_id"]) == GROUP_ID
    assert call.params["reply_parameters"]["message_id"] == 501
    assert call.params["text"] == "Nein, nicht ganz: …"
    assert isinstance(reply, Reply) and reply.author == advisor_a
    assert (reply.status, reply.sent_via) == ("sent", "telegram_bot")
    assert post.status == PostStatus.ANSWERED and post.first_reply_at is not None
    assert sent.data == {"telegram_message_id": fake_api.next_message_id}


def test_nothing_is_recorded_when_telegram_refuses_the_reply(
    bound, bot, fake_api, org_a, advisor_a
):
    _take(org_a, bot, "group_text")
    fake_api.forbidden_chats.add(GROUP_ID)
    with organization_scope(org_a):
        post = Post.objects.get()
        with pytest.raises(services.BotError, match="may not post"):
            services.send_reply(actor=advisor_a, post=post, text="Hallo")
        with pytest.raises(services.BotError, match="Write or choose"):
            services.send_reply(actor=advisor_a, post=post, text="  ")
        assert not Reply.objects.exists()


def test_a_channel_without_a_bot_cannot_reply_through_it(fake_api, org_a, advisor_a):
    with organization_scope(org_a):
        channel = create_channel(actor=None, organization=org_a, name="WA", platform="whatsapp")
        post = Post.objects.create(
            organization=org_a, channel=channel, external_id="1", text="Frage?",
            posted_at="2026-11-20T10:00:00+01:00",
        )  # fmt: skip
        assert services.bot_for_channel(channel) is None
        with pytest.raises(services.BotError, match="No Telegram bot"):
            services.send_reply(actor=advisor_a, post=post, text="Antwort")
    assert fake_api.called("sendMessage") == []


def test_a_free_text_reply_on_a_legal_topic_is_not_posted_before_approval(
    bound, bot, fake_api, org_a, advisor_a, make_member
):
    _take(org_a, bot, "group_text")
    lawyer = make_member("lena", org_a, "legal_reviewer")
    with organization_scope(org_a):
        post = Post.objects.get()
        Post.objects.filter(pk=post.pk).update(topics=["jobcentre"])
        post.refresh_from_db()
        with pytest.raises(services.BotError, match="legal reviewer must approve"):
            services.send_reply(actor=advisor_a, post=post, text="Das wird schon nicht passieren.")
        assert fake_api.called("sendMessage") == [] and not Reply.objects.exists()
        waiting = Reply.objects.create(
            organization=org_a, post=post, text="Geprüfte Antwort", author=advisor_a,
            status="awaiting",
        )  # fmt: skip
        with pytest.raises(services.BotError, match="Only an approved reply"):
            services.send_approved_reply(actor=advisor_a, reply=waiting)
        Reply.objects.filter(pk=waiting.pk).update(status="approved", reviewed_by=lawyer)
        waiting.refresh_from_db()
        sent = services.send_approved_reply(actor=advisor_a, reply=waiting)
        post.refresh_from_db()
    assert (sent.status, sent.sent_via) == ("sent", "telegram_bot")
    assert post.status == PostStatus.ANSWERED
    [call] = fake_api.called("sendMessage")
    assert call.params["text"] == "Geprüfte Antwort"
    assert call.params["reply_parameters"]["message_id"] == 501
