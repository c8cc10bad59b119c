"""`lotsin telegram-poll --org ORG [--once]`: long polling for development (docs/telegram.md).

Asks Telegram for new updates (getUpdates with the stored offset), takes them in like the
webhook does, and remembers the last update id, so a restart neither loses nor repeats one.
"""

from __future__ import annotations

import time
from typing import Any

from django.core.management.base import CommandError, CommandParser

from lotsin.bots import client, services
from lotsin.bots.models import BotMode, TelegramBot
from lotsin.core.management.base import LotsinCommand, get_organization, usage_error
from lotsin.core.scoping import organization_scope


class Command(LotsinCommand):
    help = (
        "Receive the organisation's Telegram bot updates by long polling (development, or a "
        "server Telegram cannot reach). --once fetches what is waiting and stops."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True)
        parser.add_argument("--once", action="store_true", help="one getUpdates call, then stop")
        parser.add_argument(
            "--timeout", type=int, default=None, help="seconds to wait for updates (default 30)"
        )

    def handle(self, *args: Any, org: str, once: bool, timeout: int | None, **opts: Any) -> None:
        organization = get_organization(org)
        wait = timeout if timeout is not None else (0 if once else 30)
        with organization_scope(organization):
            bot = TelegramBot.objects.filter(organization=organization).first()
            if bot is None:
                raise usage_error(f"organisation {org!r} has no Telegram bot; connect one first")
            if bot.mode != BotMode.POLLING:
                raise usage_error(
                    "this bot receives updates by webhook; reconnect it with long polling"
                )
            try:
                while True:
                    received, added = self._poll(bot, wait)
                    if received or once:
                        self.stdout.write(f"updates {received}, new posts {added}")
                    if once:
                        return
                    if not received and wait == 0:
                        time.sleep(1)
            except KeyboardInterrupt:
                return

    def _poll(self, bot: TelegramBot, wait: int) -> tuple[int, int]:
        try:
            updates = client.get_updates(bot.token, offset=bot.last_update_id + 1, timeout=wait)
        except client.BotApiError as error:
            raise CommandError(f"Telegram refused getUpdates: {error}") from None
        added = 0
        for update in updates:
            added += services.handle_update(bot=bot, update=update)
        return len(updates), added
