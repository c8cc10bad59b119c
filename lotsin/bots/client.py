"""The few Bot API calls Lotsin makes, as plain functions for synchronous code.

python-telegram-bot is asynchronous; each call here opens its own HTTP client, runs in
`asyncio.run` and closes it again (a request or a management command has no event loop of its
own). `settings.TELEGRAM_API_BASE` (LOTSIN_TELEGRAM_API_BASE) chooses the server, which is how
the tests talk to a fake Bot API on 127.0.0.1.

PTB's own error messages can contain the token (`InvalidToken` does), so callers only ever see
`BotApiError` with the token cut out.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

import telegram
from django.conf import settings
from telegram.error import Forbidden, InvalidToken, TelegramError
from telegram.request import HTTPXRequest

T = TypeVar("T")

# Everything the connector understands; Telegram sends nothing else.
ALLOWED_UPDATES = [
    "message",
    "edited_message",
    "channel_post",
    "edited_channel_post",
    "my_chat_member",
]


class BotApiError(Exception):
    """A Bot API call failed. `code` is "token", "forbidden" or "failed"."""

    def __init__(self, message: str, code: str = "failed") -> None:
        super().__init__(message)
        self.code = code


def _bot(token: str, *, poll_timeout: int = 0) -> tuple[telegram.Bot, list[HTTPXRequest]]:
    requests = [
        HTTPXRequest(connect_timeout=10, read_timeout=20),
        HTTPXRequest(connect_timeout=10, read_timeout=poll_timeout + 10),
    ]
    bot = telegram.Bot(
        token,
        base_url=settings.TELEGRAM_API_BASE + "/bot",
        base_file_url=settings.TELEGRAM_API_BASE + "/file/bot",
        request=requests[0],
        get_updates_request=requests[1],
    )
    return bot, requests


def _run(token: str, call: Callable[[telegram.Bot], Awaitable[T]], poll_timeout: int = 0) -> T:
    async def main() -> T:
        bot, requests = _bot(token, poll_timeout=poll_timeout)
        # The requests are opened and closed here rather than with `async with bot`, which
        # would call getMe before every call.
        async with requests[0], requests[1]:
            return await call(bot)

    try:
        return asyncio.run(main())
    except InvalidToken:
        raise BotApiError("Telegram does not accept this token.", code="token") from None
    except Forbidden as exc:
        raise BotApiError(_scrub(str(exc), token), code="forbidden") from None
    except TelegramError as exc:
        raise BotApiError(_scrub(str(exc), token)) from None


def _scrub(message: str, token: str) -> str:
    return message.replace(token, "…") if token else message


def get_me(token: str) -> telegram.User:
    return _run(token, lambda bot: bot.get_me())


def set_webhook(token: str, *, url: str, secret: str) -> bool:
    return _run(
        token,
        lambda bot: bot.set_webhook(
            url=url, secret_token=secret, allowed_updates=ALLOWED_UPDATES, max_connections=10
        ),
    )


def delete_webhook(token: str) -> bool:
    return _run(token, lambda bot: bot.delete_webhook())


def get_updates(token: str, *, offset: int, timeout: int) -> list[dict[str, Any]]:
    """Raw update JSON (as a webhook would receive it), oldest first."""

    async def call(bot: telegram.Bot) -> list[dict[str, Any]]:
        updates = await bot.get_updates(
            offset=offset, timeout=timeout, allowed_updates=ALLOWED_UPDATES
        )
        return [update.to_dict() for update in updates]

    return _run(token, call, poll_timeout=timeout)


def send_message(token: str, *, chat_id: int, text: str, reply_to: int | None) -> int:
    """Post `text` into the chat as a reply to message `reply_to`; returns the new message id."""
    reply = (
        telegram.ReplyParameters(message_id=reply_to, allow_sending_without_reply=True)
        if reply_to is not None
        else None
    )

    async def call(bot: telegram.Bot) -> int:
        message = await bot.send_message(chat_id=chat_id, text=text, reply_parameters=reply)
        return message.message_id

    return _run(token, call)
