"""An organisation's Telegram bot and the groups it has been added to.

The token is a credential: it is stored because every Bot API call needs it, encrypted
(`lotsin.core.encryption`), never shown again after saving (only its last four characters), never
logged and never audited.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from lotsin.core.encryption import EncryptedTextField
from lotsin.core.scoping import ScopedModel, scoped_manager


class BotMode(models.TextChoices):
    WEBHOOK = "webhook", _("Webhook (production: Telegram calls this server)")
    POLLING = "polling", _("Long polling (development: lotsin telegram-poll asks Telegram)")


class TelegramBot(ScopedModel):
    token = EncryptedTextField()
    bot_id = models.BigIntegerField(unique=True)  # one bot cannot feed two organisations
    username = models.CharField(max_length=64)
    # In the webhook's path and in the X-Telegram-Bot-Api-Secret-Token header Telegram sends.
    webhook_secret = models.CharField(max_length=64, unique=True)
    mode = models.CharField(max_length=8, choices=BotMode.choices, default=BotMode.WEBHOOK)
    last_update_id = models.BigIntegerField(default=0)
    connected_at = models.DateTimeField()
    connected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = scoped_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization"], name="telegrambot_one_per_org")
        ]

    def __str__(self) -> str:
        return f"@{self.username}"

    @property
    def token_hint(self) -> str:
        return f"…{self.token[-4:]}"


class TelegramChat(ScopedModel):
    """A group or channel the bot is in: waiting (no channel yet) or bound to an inbox channel.

    Nothing a member wrote is kept for a waiting chat, only that it exists and its title.
    """

    bot = models.ForeignKey(TelegramBot, on_delete=models.CASCADE, related_name="chats")
    chat_id = models.BigIntegerField()  # as the Bot API gives it: -100… for supergroups
    chat_type = models.CharField(max_length=12)
    title = models.CharField(max_length=255, blank=True)
    channel = models.ForeignKey(
        "inbox.Channel", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    first_seen = models.DateTimeField(auto_now_add=True)
    # Messages that arrived while the chat was waiting: counted, never stored.
    dropped = models.PositiveIntegerField(default=0)
    # Set when a group was upgraded to a supergroup and kept its channel: the supergroup counts
    # its message ids from 1 again, so its posts are keyed "<prefix><id>" beside the old ones.
    key_prefix = models.CharField(max_length=32, blank=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["-first_seen"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "bot", "chat_id"], name="telegramchat_unique_chat"
            )
        ]

    def __str__(self) -> str:
        return self.title or str(self.chat_id)

    @property
    def source_ref(self) -> str:
        return source_ref(self.chat_id)


def export_chat_id(chat_id: int) -> str:
    """The id Telegram Desktop's export gives the same chat (lotsin.inbox.parsers.telegram).

    The Bot API marks supergroups and channels with -100 and basic groups with a minus; the
    export writes the bare number, and `Channel.source_ref` holds that, so that a chat's export
    and its bot feed the same channel.
    """
    text = str(chat_id)
    if text.startswith("-100"):
        return text.removeprefix("-100")
    return text.removeprefix("-")


def source_ref(chat_id: int) -> str:
    return f"telegram:{export_chat_id(chat_id)}"
