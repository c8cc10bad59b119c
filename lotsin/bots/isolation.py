"""Bot objects in the cross-organisation isolation suite (lotsin.core.isolation)."""

from __future__ import annotations

import secrets
from typing import Any

from django.utils import timezone

from lotsin.core.isolation import IsolationCase, register


def _bot(org: Any) -> Any:
    from lotsin.bots.models import TelegramBot

    return TelegramBot.objects.create(
        organization=org, token=f"{secrets.randbelow(10**9)}:isolation", username="iso_bot",
        bot_id=secrets.randbelow(10**12), webhook_secret=secrets.token_urlsafe(32),
        connected_at=timezone.now(),
    )  # fmt: skip


def _chat(org: Any) -> Any:
    from lotsin.bots.models import TelegramChat

    return TelegramChat.objects.create(
        organization=org, bot=_bot(org), chat_id=-1001234567890, chat_type="supergroup",
        title="Jobs Berlin",
    )  # fmt: skip


def _register() -> None:
    from lotsin.bots import models as m

    register(IsolationCase(m.TelegramBot, _bot, ui=[("bots:disconnect", "post")]))
    register(IsolationCase(m.TelegramChat, _chat, ui=[("bots:bind", "post")]))


_register()
