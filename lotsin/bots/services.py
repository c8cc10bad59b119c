"""Connect an organisation's Telegram bot, take in what its groups post, reply through it.

A group's messages are stored only once a coordinator has bound the group to an inbox channel
(or when the channel already holds that chat's exports, `Channel.source_ref`): until then the
bot keeps only that the group exists. Authors become the same keyed pseudonym as in imports,
and a message's key is its Telegram id, as in exports, so an export and the bot never
duplicate a post.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import secrets
from typing import Any

import telegram
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.bots import client
from lotsin.bots.models import BotMode, TelegramBot, TelegramChat, source_ref
from lotsin.core import audit
from lotsin.core.models import ActorKind, Organization
from lotsin.inbox.models import Channel, Post, Reply
from lotsin.inbox.parsers.base import ParsedMessage
from lotsin.knowledge.models import AnswerText

logger = logging.getLogger(__name__)

GROUP_TYPES = ("group", "supergroup", "channel")
MAX_TEXT = 4096  # Telegram's limit for one message
DELETED = {"", "Deleted Account"}


class BotError(Exception):
    def __init__(self, message: object, code: str = "refused") -> None:
        super().__init__(str(message))
        self.message, self.code = str(message), code


class MalformedUpdate(Exception):
    """The body is JSON but not a Telegram update (for the webhook's 400)."""


def _api_error(error: client.BotApiError) -> BotError:
    if error.code == "token":
        return BotError(
            _("Telegram does not accept this token. Copy it again from @BotFather."), "token"
        )
    return BotError(_("Telegram refused: %(reason)s") % {"reason": error}, error.code)


def webhook_url(bot: TelegramBot, base: str) -> str:
    from django.urls import reverse

    return base.rstrip("/") + reverse("bots:webhook", kwargs={"secret": bot.webhook_secret})


def connect_bot(
    *, actor: User, organization: Organization, token: str, mode: str, webhook_base: str = ""
) -> TelegramBot:
    """Check the token with getMe, then register the webhook (or remove it, for polling).

    A bad token or a refused webhook saves nothing. The organisation has one bot.
    """
    token = token.strip()
    if mode not in BotMode.values:
        raise BotError(_("Choose webhook or long polling."))
    if not token:
        raise BotError(_("Paste the token that @BotFather gave you."), "token")
    if TelegramBot.objects.filter(organization=organization).exists():
        raise BotError(_("A Telegram bot is connected already; disconnect it first."))
    try:
        me = client.get_me(token)
    except client.BotApiError as error:
        raise _api_error(error) from None
    bot = TelegramBot(
        organization=organization, token=token, bot_id=me.id, username=me.username or "",
        webhook_secret=secrets.token_urlsafe(32), mode=mode, connected_at=timezone.now(),
        connected_by=actor,
    )  # fmt: skip
    base = webhook_base or settings.TELEGRAM_WEBHOOK_BASE
    try:
        if mode == BotMode.WEBHOOK:
            if not base.startswith("https://"):
                raise BotError(
                    _(
                        "Telegram sends webhooks only to an https address. Set "
                        "LOTSIN_TELEGRAM_WEBHOOK_BASE, or choose long polling."
                    )
                )
            client.set_webhook(token, url=webhook_url(bot, base), secret=bot.webhook_secret)
        else:  # getUpdates refuses to work while a webhook is set
            client.delete_webhook(token)
    except client.BotApiError as error:
        raise _api_error(error) from None
    try:
        with transaction.atomic():
            bot.save()
            audit.record(
                action="bots.telegram.connected", organization=organization, actor=actor,
                target=bot, data={"username": bot.username, "mode": mode},
            )  # fmt: skip
    except IntegrityError:
        raise BotError(
            _("This bot is connected to another organisation on this server already.")
        ) from None
    return bot


def disconnect_bot(*, actor: User, bot: TelegramBot) -> None:
    """Forget the bot and its waiting groups; channels and their posts stay."""
    if bot.mode == BotMode.WEBHOOK:
        try:
            client.delete_webhook(bot.token)
        except client.BotApiError:
            # A revoked token must not keep the bot connected here; Telegram drops webhooks
            # that keep failing anyway.
            logger.warning("deleteWebhook failed while disconnecting a Telegram bot")
    with transaction.atomic():
        audit.record(
            action="bots.telegram.disconnected", organization=bot.organization, actor=actor,
            target=bot, data={"username": bot.username},
        )  # fmt: skip
        bot.delete()


def bot_for_channel(channel: Channel) -> TelegramBot | None:
    """The bot that can post into this channel's group, if one is bound to it."""
    chat = (
        TelegramChat.objects.filter(organization=channel.organization, channel=channel)
        .select_related("bot")
        .first()
    )
    return chat.bot if chat is not None else None


@transaction.atomic
def bind_chat(
    *, actor: User, chat: TelegramChat, channel: Channel | None = None, new_name: str = ""
) -> Channel:
    """Bind a waiting group to an existing channel, or to a new one called `new_name`.

    From then on the group's messages land in that channel's queue.
    """
    from lotsin.inbox.services import InboxError, create_channel

    if chat.channel_id is not None:
        raise BotError(_("This group is bound already."))
    ref = chat.source_ref
    if channel is None:
        if not new_name.strip():
            raise BotError(_("Choose a channel or name a new one."))
        try:
            channel = create_channel(
                actor=actor, organization=chat.organization, name=new_name.strip(),
                platform="telegram",
            )  # fmt: skip
        except InboxError as error:
            raise BotError(error.message) from None
    if channel.organization_id != chat.organization_id:
        raise BotError(_("Choose a channel or name a new one."))
    if channel.source_ref and channel.source_ref != ref:
        raise BotError(
            _("Channel %(name)s holds another chat's messages; choose or create another.")
            % {"name": channel.name}
        )
    if TelegramChat.objects.filter(organization=chat.organization, channel=channel).exists():
        raise BotError(_("Another group is bound to this channel already."))
    if not channel.source_ref:
        Channel.objects.filter(pk=channel.pk).update(source_ref=ref)
        channel.source_ref = ref
    chat.channel = channel
    chat.save(update_fields=["channel"])
    audit.record(
        action="bots.chat.bound", organization=chat.organization, actor=actor, target=channel,
        data={"chat": chat.title, "chat_id": chat.chat_id},
    )  # fmt: skip
    return channel


# --- receiving ---------------------------------------------------------------------------------


def handle_update(*, bot: TelegramBot, update: dict[str, Any]) -> int:
    """Take in one update (webhook body or getUpdates item); returns how many posts it added.

    Idempotent: an update seen twice, or a message that an export brought already, adds
    nothing. Call it inside the bot's organisation scope.
    """
    if not isinstance(update, dict) or not isinstance(update.get("update_id"), int):
        raise MalformedUpdate("not a Telegram update: an object with an update_id is expected")
    try:
        parsed = telegram.Update.de_json(update, None)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise MalformedUpdate(f"not a Telegram update ({type(error).__name__})") from None
    added = 0
    with transaction.atomic():
        if parsed.my_chat_member is not None:
            member = parsed.my_chat_member
            if member.new_chat_member.status in ("member", "administrator"):
                _chat_for(bot, member.chat)
        message = (
            parsed.message
            or parsed.edited_message
            or parsed.channel_post
            or parsed.edited_channel_post
        )
        if message is not None and message.chat.type in GROUP_TYPES:
            _follow_migration(bot, message)
            edited = parsed.edited_message is not None or parsed.edited_channel_post is not None
            # The old id's last word ("upgraded to ...") must not make that id a chat again.
            if not message.migrate_to_chat_id:
                added = _take_message(bot, message, edited=edited)
        if parsed.update_id > bot.last_update_id:
            TelegramBot.objects.filter(pk=bot.pk, last_update_id__lt=parsed.update_id).update(
                last_update_id=parsed.update_id
            )
            bot.last_update_id = parsed.update_id
    return added


def _chat_for(bot: TelegramBot, chat: telegram.Chat) -> TelegramChat:
    """The chat's row, made on first sight: bound at once when a channel holds its exports."""
    if chat.type not in GROUP_TYPES:  # private chats with the bot are not watched
        raise ValueError(chat.type)
    found = TelegramChat.objects.filter(
        organization=bot.organization, bot=bot, chat_id=chat.id
    ).first()
    if found is not None:
        if chat.title and found.title != chat.title:
            found.title = chat.title[:255]
            found.save(update_fields=["title"])
        return found
    ref = source_ref(chat.id)
    channel = (
        Channel.objects.filter(organization=bot.organization, source_ref=ref)
        .exclude(pk__in=_bound_channels(bot.organization))
        .first()
    )
    found = TelegramChat.objects.create(
        organization=bot.organization, bot=bot, chat_id=chat.id, chat_type=chat.type,
        title=(chat.title or "")[:255], channel=channel,
    )  # fmt: skip
    audit.record(
        action="bots.chat.bound" if channel else "bots.chat.seen", organization=bot.organization,
        actor_kind=ActorKind.SYSTEM, target=channel or found,
        data={"chat": found.title, "chat_id": chat.id},
    )  # fmt: skip
    return found


def _bound_channels(organization: Organization) -> Any:
    return TelegramChat.objects.filter(organization=organization, channel__isnull=False).values(
        "channel"
    )


def _follow_migration(bot: TelegramBot, message: telegram.Message) -> None:
    """A group upgraded to a supergroup gets a new chat id: its binding moves with it, so that
    the messages of the new id keep reaching the same channel."""
    if message.migrate_to_chat_id:
        old_id, new_id = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old_id, new_id = message.migrate_from_chat_id, message.chat.id
    else:
        return
    chats = TelegramChat.objects.filter(organization=bot.organization, bot=bot)
    # Locked: updates of both ids may be handled at the same moment (webhook connections).
    old = chats.select_for_update().filter(chat_id=old_id).first()
    if old is None or old.chat_id == new_id:
        return
    newer = chats.filter(chat_id=new_id).first()
    if newer is not None:
        if newer.channel_id is not None:
            return  # both ids are bound already: nothing to move
        old.dropped += newer.dropped
        newer.delete()
    old.chat_id, old.chat_type, old.key_prefix = new_id, "supergroup", f"{new_id}:"
    old.save(update_fields=["chat_id", "chat_type", "dropped", "key_prefix"])
    audit.record(
        action="bots.chat.migrated", organization=bot.organization,
        actor_kind=ActorKind.SYSTEM, target=old, data={"from": old_id, "to": new_id},
    )  # fmt: skip


def _apply_edit(channel: Channel, parsed: ParsedMessage, message: telegram.Message) -> bool:
    """An edited message replaces the text of the post it was and is triaged again. False when
    the post is not here: it then comes in as a new post, unless it is older than the channel
    keeps posts (retention deleted it; an edit must not bring it back)."""
    post = Post.objects.filter(channel=channel, external_id=parsed.key[:200]).first()
    if post is None:
        cutoff = timezone.now() - dt.timedelta(days=channel.retention_days)
        return parsed.posted_at < cutoff
    if parsed.kind == "message" and parsed.text != post.text:
        edited_at = _aware(message.edit_date) if message.edit_date else timezone.now()
        Post.objects.filter(pk=post.pk).update(
            text=parsed.text, edited_at=edited_at, triaged_at=None
        )
        transaction.on_commit(lambda: _enqueue_triage(channel.organization_id))
    return True


def _take_message(bot: TelegramBot, message: telegram.Message, *, edited: bool = False) -> int:
    from lotsin.inbox.importing import Counts, write_messages

    chat = _chat_for(bot, message.chat)
    if chat.channel_id is None:
        TelegramChat.objects.filter(pk=chat.pk).update(dropped=F("dropped") + 1)
        return 0
    channel = Channel.objects.get(pk=chat.channel_id, organization=bot.organization)
    parsed = parsed_message(message)
    parsed = dataclasses.replace(parsed, key=chat.key_prefix + parsed.key, reply_to=(
        chat.key_prefix + parsed.reply_to if parsed.reply_to else None
    ))  # fmt: skip
    if edited and _apply_edit(channel, parsed, message):
        return 0
    counts = Counts()
    write_messages(channel, [parsed], counts, {})
    if counts.imported:
        transaction.on_commit(lambda: _enqueue_triage(bot.organization_id))
    return counts.imported


def _enqueue_triage(organization_id: int) -> None:
    from lotsin.inbox.tasks import triage_pending_task

    triage_pending_task.enqueue(organization_id)


def parsed_message(message: telegram.Message) -> ParsedMessage:
    """The Bot API message in the shape the export parser gives (same key, author, reply)."""
    text = message.text or message.caption or ""
    kind = "message"
    if _is_service(message):
        kind = "service"
    elif not text.strip():
        kind, text = "media", "[media]"
    reply_to = None
    replied = message.reply_to_message
    if replied is not None and replied.chat.id == message.chat.id:
        reply_to = str(replied.message_id)
    origin = message.forward_origin
    return ParsedMessage(
        key=str(message.message_id),
        text=text,
        posted_at=_aware(message.date),
        author=_author(message),
        reply_to=reply_to,
        # Only that it was forwarded is kept; the origin's name is never needed.
        forwarded_from=origin.type if origin is not None else None,
        kind=kind,
    )


def _author(message: telegram.Message) -> str | None:
    """The display name the export shows for the sender (hashed by write_messages)."""
    if message.from_user is not None and not message.sender_chat:
        name = message.from_user.full_name
    elif message.sender_chat is not None:  # an anonymous admin or a channel posting
        name = message.author_signature or message.sender_chat.title or ""
    else:
        name = message.author_signature or ""
    return None if name.strip() in DELETED else name


SERVICE_FIELDS = (
    "new_chat_members", "left_chat_member", "new_chat_title", "new_chat_photo",
    "delete_chat_photo", "group_chat_created", "supergroup_chat_created", "pinned_message",
    "migrate_to_chat_id", "migrate_from_chat_id", "message_auto_delete_timer_changed",
    "forum_topic_created", "forum_topic_edited", "video_chat_started", "video_chat_ended",
)  # fmt: skip


def _is_service(message: telegram.Message) -> bool:
    return any(getattr(message, name, None) for name in SERVICE_FIELDS)


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)


# --- replying ----------------------------------------------------------------------------------


def send_reply(
    *, actor: User, post: Post, text: str, answer_text: AnswerText | None = None
) -> Reply:
    """Post `text` into the group as a reply to `post`, then record it like a copied reply.

    A reply that needs a legal reviewer's approval first is refused before anything is posted
    (the advisor records it for approval as usual and posts it once approved, with
    `send_approved_reply`). Nothing is recorded when Telegram refuses.
    """
    from lotsin.inbox import replies
    from lotsin.inbox.errors import InboxError
    from lotsin.inbox.models import SentVia

    chat = _check_and_find_chat(post, text)
    if replies.needs_approval(post, text, answer_text):
        raise BotError(_("A legal reviewer must approve this reply before it is posted."))
    message_id = _post(chat, post, text)
    try:
        with transaction.atomic():
            reply = replies.record_reply(
                actor=actor, post=post, text=text, answer_text=answer_text,
                sent_via=SentVia.TELEGRAM_BOT,
            )  # fmt: skip
            _record_sent(actor, post, message_id)
    except InboxError as error:
        logger.warning("a reply was posted by the Telegram bot but could not be recorded")
        raise BotError(error.message) from None
    return reply


def send_approved_reply(*, actor: User, reply: Reply) -> Reply:
    """Post a reply a legal reviewer approved, then mark it sent by the bot."""
    from lotsin.inbox import replies
    from lotsin.inbox.errors import InboxError
    from lotsin.inbox.models import ReplyStatus, SentVia

    if reply.status != ReplyStatus.APPROVED:
        raise BotError(_("Only an approved reply can be marked as posted."))
    chat = _check_and_find_chat(reply.post, reply.text)
    message_id = _post(chat, reply.post, reply.text)
    try:
        with transaction.atomic():
            reply = replies.mark_sent(actor=actor, reply=reply, sent_via=SentVia.TELEGRAM_BOT)
            _record_sent(actor, reply.post, message_id)
    except InboxError as error:
        logger.warning("a reply was posted by the Telegram bot but could not be recorded")
        raise BotError(error.message) from None
    return reply


def _check_and_find_chat(post: Post, text: str) -> TelegramChat:
    if not text.strip():
        raise BotError(_("Write or choose a reply first."))
    if len(text) > MAX_TEXT:
        raise BotError(
            _("Telegram takes at most %(limit)s characters in one message; shorten the reply.")
            % {"limit": MAX_TEXT}
        )
    chat = (
        TelegramChat.objects.filter(organization=post.organization, channel=post.channel_id)
        .select_related("bot")
        .first()
    )
    if chat is None:
        raise BotError(_("No Telegram bot is connected to this channel's group."))
    return chat


def _post(chat: TelegramChat, post: Post, text: str) -> int:
    reply_to = int(post.external_id) if post.external_id.isdigit() else None
    try:
        return client.send_message(
            chat.bot.token, chat_id=chat.chat_id, text=text, reply_to=reply_to
        )
    except client.BotApiError as error:
        if error.code == "forbidden":
            raise BotError(
                _("The bot may not post in this group any more (removed, or muted by its admins).")
            ) from None
        raise _api_error(error) from None


def _record_sent(actor: User, post: Post, message_id: int) -> None:
    audit.record(
        action="bots.reply.sent", organization=post.organization, actor=actor, target=post,
        data={"telegram_message_id": message_id},
    )  # fmt: skip
