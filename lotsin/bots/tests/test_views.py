"""The webhook over HTTP, the coordinators' bot page, and the reply button's endpoint."""

from __future__ import annotations

import json

import pytest
from django.test import Client
from django.urls import reverse

from lotsin.bots.models import TelegramBot, TelegramChat
from lotsin.bots.tests.conftest import GROUP_ID, update
from lotsin.bots.tests.fake_bot_api import GOOD_TOKEN
from lotsin.core.scoping import organization_scope
from lotsin.inbox.models import Channel, Post, Reply

HEADER = "HTTP_X_TELEGRAM_BOT_API_SECRET_TOKEN"


def _hook(bot, body, secret=None, header=None):
    url = reverse("bots:webhook", kwargs={"secret": secret or bot.webhook_secret})
    data = body if isinstance(body, str | bytes) else json.dumps(body, ensure_ascii=False)
    extra = {HEADER: header if header is not None else bot.webhook_secret}
    return Client().post(url, data, content_type="application/json", **extra)


# --- webhook -----------------------------------------------------------------------------------


def test_webhook_stores_the_update_once(bound, bot, org_a):
    assert _hook(bot, update("group_text")).json() == {"ok": True}
    assert _hook(bot, update("group_text")).status_code == 200
    with organization_scope(org_a):
        assert Post.objects.filter(channel=bound).count() == 1


def test_webhook_refuses_unknown_secrets_wrong_headers_and_broken_json(bound, bot, org_a):
    assert _hook(bot, update("group_text"), secret="not-a-secret").status_code == 404
    assert _hook(bot, update("group_text"), header="").status_code == 403
    assert _hook(bot, update("group_text"), header=bot.webhook_secret[:-1] + "x").status_code == 403
    broken = _hook(bot, '{"update_id": 1, "message": ')
    assert broken.status_code == 400 and broken.json()["detail"].startswith("malformed JSON")
    assert _hook(bot, [1, 2]).status_code == 400
    assert _hook(bot, {"update_id": 5, "message": {"text": "no chat"}}).status_code == 400
    url = reverse("bots:webhook", kwargs={"secret": bot.webhook_secret})
    assert Client().get(url).status_code == 405
    with organization_scope(org_a):
        assert not Post.objects.exists()


def test_webhook_of_an_unbound_group_keeps_no_text(bot, org_a):
    assert _hook(bot, update("unbound_chat")).status_code == 200
    with organization_scope(org_a):
        assert not Post.objects.exists()
        assert TelegramChat.objects.get().title == "Jobs Köln"


# --- bot page ----------------------------------------------------------------------------------


def test_connecting_on_the_page_shows_only_the_tokens_end(fake_api, client_admin_a, settings):
    settings.TELEGRAM_WEBHOOK_BASE = "https://lotsin.example.org"
    url = reverse("bots:telegram")
    page = client_admin_a.get(url)
    assert page.status_code == 200 and 'type="password"' in page.text
    response = client_admin_a.post(url, {"token": GOOD_TOKEN, "mode": "webhook"})
    assert response.status_code == 302
    page = client_admin_a.get(url)
    assert "@lotsin_beratung_bot" in page.text and "…89ab" in page.text
    assert GOOD_TOKEN not in page.text and GOOD_TOKEN.split(":")[1] not in page.text


def test_a_refused_token_keeps_the_typed_input_and_explains(fake_api, client_admin_a):
    response = client_admin_a.post(
        reverse("bots:telegram"), {"token": "123:typo", "mode": "polling"}
    )
    assert response.status_code == 200
    assert "does not accept this token" in response.text
    assert 'value="123:typo"' in response.text
    assert 'value="polling" checked' in response.text or "checked" in response.text


def test_webhook_mode_on_plain_http_asks_for_https(fake_api, client_admin_a):
    response = client_admin_a.post(
        reverse("bots:telegram"), {"token": GOOD_TOKEN, "mode": "webhook"}
    )
    assert response.status_code == 200 and "https" in response.text


def test_advisors_do_not_manage_the_bot(client_advisor_a):
    assert client_advisor_a.get(reverse("bots:telegram")).status_code == 403


def test_binding_a_waiting_group_on_the_page(bot, channel, client_admin_a, org_a):
    assert _hook(bot, update("unbound_chat")).status_code == 200
    with organization_scope(org_a):
        chat = TelegramChat.objects.get()
    page = client_admin_a.get(reverse("bots:telegram"))
    assert "Jobs Köln" in page.text and str(channel.public_id) in page.text
    prefix = f"chat-{chat.public_id}"
    response = client_admin_a.post(
        reverse("bots:bind", kwargs={"public_id": chat.public_id}),
        {f"{prefix}-channel": "", f"{prefix}-new_name": "Jobs Köln"},
    )
    assert response.status_code == 302
    with organization_scope(org_a):
        assert Channel.objects.get(name="Jobs Köln").source_ref == "telegram:9876543210"


def test_disconnecting_on_the_page(bot, client_admin_a, org_a, fake_api):
    url = reverse("bots:disconnect", kwargs={"public_id": bot.public_id})
    assert client_admin_a.post(url).status_code == 302
    with organization_scope(org_a):
        assert not TelegramBot.objects.exists()


# --- replying ----------------------------------------------------------------------------------


def test_reply_button_posts_through_the_bot(bound, bot, fake_api, client_advisor_a, org_a):
    _hook(bot, update("group_text"))
    with organization_scope(org_a):
        post = Post.objects.get()
    url = reverse("bots:post_reply", kwargs={"public_id": post.public_id})
    response = client_advisor_a.post(url, {"text": "Bis 556 € bleibt Bürgergeld teilweise."})
    assert response.status_code == 302 and response.url == reverse("inbox:queue")
    [call] = fake_api.called("sendMessage")
    assert int(call.params["chat_id"]) == GROUP_ID
    with organization_scope(org_a):
        assert Reply.objects.get().text.startswith("Bis 556 €")


# --- other organisation ------------------------------------------------------------------------


@pytest.fixture
def client_admin_b(admin_b):  # type: ignore[no-untyped-def]
    client = Client()
    client.force_login(admin_b)
    return client


def test_another_organisation_cannot_see_bind_disconnect_or_reply(
    bound, bot, fake_api, client_admin_b, org_a
):
    _hook(bot, update("group_text"))
    _hook(bot, update("unbound_chat"))
    with organization_scope(org_a):
        post = Post.objects.get()
        waiting = TelegramChat.objects.get(channel__isnull=True)
    page = client_admin_b.get(reverse("bots:telegram"))
    assert page.status_code == 200 and "lotsin_beratung_bot" not in page.text
    assert "Jobs Köln" not in page.text
    with organization_scope(org_a):
        approved = Reply.objects.create(
            organization=org_a, post=post, text="Antwort", status="approved"
        )
    for url, data in [
        (reverse("bots:post_approved_reply", kwargs={"public_id": approved.public_id}), {}),
        (reverse("bots:bind", kwargs={"public_id": waiting.public_id}), {}),
        (reverse("bots:disconnect", kwargs={"public_id": bot.public_id}), {}),
        (reverse("bots:post_reply", kwargs={"public_id": post.public_id}), {"text": "Hallo"}),
    ]:
        assert client_admin_b.post(url, data).status_code == 404, url
    assert fake_api.called("sendMessage") == []
    with organization_scope(org_a):
        assert TelegramBot.objects.exists()
        assert list(Reply.objects.values_list("status", flat=True)) == ["approved"]
