"""The fake Bot API for every bots test, a connected bot, and a channel bound to its group."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lotsin.bots import services
from lotsin.bots.models import BotMode, TelegramChat
from lotsin.bots.tests.fake_bot_api import GOOD_TOKEN, FakeBotApi
from lotsin.core.scoping import organization_scope
from lotsin.inbox.services import create_channel

DATA = Path(__file__).parent / "data"
GROUP_ID = -1001234567890
WEBHOOK_BASE = "https://lotsin.example.org"


def update(name: str) -> dict[str, Any]:
    return json.loads((DATA / f"{name}.json").read_text())


@pytest.fixture(scope="session")
def _fake_server():  # type: ignore[no-untyped-def]
    api = FakeBotApi()
    server = api.start()
    yield api
    server.shutdown()
    server.server_close()


@pytest.fixture
def fake_api(_fake_server, settings):  # type: ignore[no-untyped-def]
    _fake_server.reset()
    settings.TELEGRAM_API_BASE = _fake_server.base
    settings.TELEGRAM_WEBHOOK_BASE = ""
    return _fake_server


@pytest.fixture
def bot(fake_api, org_a, admin_a):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        connected = services.connect_bot(
            actor=admin_a, organization=org_a, token=GOOD_TOKEN, mode=BotMode.WEBHOOK,
            webhook_base=WEBHOOK_BASE,
        )  # fmt: skip
    fake_api.calls.clear()
    return connected


@pytest.fixture
def channel(org_a):  # type: ignore[no-untyped-def]
    with organization_scope(org_a):
        return create_channel(
            actor=None, organization=org_a, name="Українки в Берліні", platform="telegram"
        )


@pytest.fixture
def bound(bot, channel, org_a, admin_a):  # type: ignore[no-untyped-def]
    """The group of the recorded updates, bound to `channel` (the bot saw it join first)."""
    with organization_scope(org_a):
        chat = TelegramChat.objects.create(
            organization=org_a, bot=bot, chat_id=GROUP_ID, chat_type="supergroup",
            title="Українки в Берліні — робота",
        )  # fmt: skip
        services.bind_chat(actor=admin_a, chat=chat, channel=channel)
        channel.refresh_from_db()
    return channel
