from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import ActionType, register_actions

# No action carries the bot's token (and `record` masks token-like keys besides).
register_actions(
    {
        "bots.telegram.connected": ActionType(_("Telegram bot connected")),
        "bots.telegram.disconnected": ActionType(_("Telegram bot disconnected")),
        "bots.chat.seen": ActionType(_("Telegram group waiting to be bound")),
        "bots.chat.bound": ActionType(_("Telegram group bound to a channel")),
        "bots.chat.migrated": ActionType(_("Telegram group upgraded (new chat id)")),
        "bots.reply.sent": ActionType(_("Reply posted through the Telegram bot")),
    }
)
