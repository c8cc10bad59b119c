"""`lotsin telegram-poll`: getUpdates with the stored offset, updates taken in like webhooks."""

from __future__ import annotations

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from lotsin.bots import services
from lotsin.bots.models import BotMode, TelegramBot, TelegramChat
from lotsin.bots.tests.conftest import update
from lotsin.bots.tests.fake_bot_api import GOOD_TOKEN
from lotsin.core.scoping import organization_scope
from lotsin.inbox.models import Post


@pytest.fixture
def polling_bot(fake_api, org_a, admin_a):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        return services.connect_bot(
            actor=admin_a, organization=org_a, token=GOOD_TOKEN, mode=BotMode.POLLING
        )


def _poll() -> str:
    out = StringIO()
    call_command("telegram-poll", "--org", "org-a", "--once", stdout=out)
    return out.getvalue()


def test_polling_takes_in_updates_and_advances_the_offset(
    polling_bot, channel, fake_api, org_a, admin_a
):
    # The bot was added to the group (update 1), and a coordinator bound it.
    added = update("my_chat_member_added") | {"update_id": 1}
    added["my_chat_member"]["chat"] = update("group_text")["message"]["chat"]
    with organization_scope(org_a):
        services.handle_update(bot=polling_bot, update=added)
        services.bind_chat(actor=admin_a, chat=TelegramChat.objects.get(), channel=channel)
    fake_api.updates.extend(update(name) for name in ("group_text", "reply", "arabic"))
    assert _poll() == "updates 3, new posts 3\n"
    with organization_scope(org_a):
        polling_bot.refresh_from_db()
        assert Post.objects.count() == 3
    assert polling_bot.last_update_id == 734100006
    assert fake_api.called("getUpdates")[-1].params["offset"] == "2"
    assert _poll() == "updates 0, new posts 0\n"
    assert fake_api.called("getUpdates")[-1].params["offset"] == "734100007"
    assert fake_api.updates == []  # the offset confirmed them, so Telegram forgot them


def test_polling_refuses_a_webhook_bot_and_an_organisation_without_bot(bot, org_b):
    with pytest.raises(CommandError, match="webhook"):
        _poll()
    with pytest.raises(CommandError, match="no Telegram bot"):
        call_command("telegram-poll", "--org", "org-b", "--once")


def test_polling_reports_telegrams_refusal_without_the_token(polling_bot, fake_api, org_a):
    with organization_scope(org_a):
        TelegramBot.objects.update(token="999:revoked")
    with pytest.raises(CommandError) as refused:
        _poll()
    assert "999:revoked" not in str(refused.value)
