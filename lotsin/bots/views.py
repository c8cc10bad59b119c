"""The Telegram bot page (coordinators), the reply button's target, and Telegram's webhook."""

from __future__ import annotations

import hmac
import json

from django.conf import settings
from django.contrib import messages
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from lotsin.bots import services
from lotsin.bots.forms import BindForm, ConnectForm
from lotsin.bots.models import TelegramBot, TelegramChat
from lotsin.core.access import active_organization, get_for_member, member_required
from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope, scopes_disabled
from lotsin.inbox.models import Channel, Post, Reply
from lotsin.knowledge.models import AnswerText

BOT_ROLES = {Role.COORDINATOR, Role.ADMIN}
REPLY_ROLES = {Role.ADVISOR, Role.COORDINATOR, Role.LEGAL_REVIEWER, Role.ADMIN}
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def _bind_form(chat: TelegramChat, channels: list[Channel]) -> BindForm:
    choices = [
        (str(c.public_id), c.name) for c in channels if c.source_ref in ("", chat.source_ref)
    ]
    return BindForm(channels=choices, prefix=f"chat-{chat.public_id}")


@member_required(BOT_ROLES)
def telegram_page(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    bot = TelegramBot.objects.filter(organization=org).first()
    form = ConnectForm(request.POST or None)
    if request.method == "POST" and bot is None and form.is_valid():
        try:
            bot = services.connect_bot(
                actor=request.user,  # type: ignore[arg-type]
                organization=org,
                token=form.cleaned_data["token"],
                mode=form.cleaned_data["mode"],
                webhook_base=settings.TELEGRAM_WEBHOOK_BASE or request.build_absolute_uri("/"),
            )
        except services.BotError as error:
            form.add_error("token" if error.code == "token" else None, error.message)
        else:
            messages.success(
                request, _("Bot @%(username)s is connected.") % {"username": bot.username}
            )
            return redirect("bots:telegram")
    chats = list(bot.chats.select_related("channel")) if bot else []
    channels = list(Channel.objects.filter(organization=org))
    waiting = [(chat, _bind_form(chat, channels)) for chat in chats if chat.channel_id is None]
    return render(
        request,
        "bots/telegram_bot.html",
        {
            "bot": bot,
            "form": form,
            "waiting": waiting,
            "bound": [chat for chat in chats if chat.channel_id is not None],
        },
    )


@member_required(BOT_ROLES)
@require_POST
def disconnect(request: HttpRequest, public_id: str) -> HttpResponse:
    bot = get_for_member(request, TelegramBot, public_id, roles=BOT_ROLES)
    services.disconnect_bot(actor=request.user, bot=bot)  # type: ignore[arg-type]
    messages.success(request, _("The bot is disconnected. Channels and their posts stay."))
    return redirect("bots:telegram")


@member_required(BOT_ROLES)
@require_POST
def bind(request: HttpRequest, public_id: str) -> HttpResponse:
    chat = get_for_member(request, TelegramChat, public_id, roles=BOT_ROLES)
    prefix = f"chat-{chat.public_id}"
    chosen = request.POST.get(f"{prefix}-channel", "")
    channel = get_for_member(request, Channel, chosen) if chosen else None
    try:
        channel = services.bind_chat(
            actor=request.user,  # type: ignore[arg-type]
            chat=chat,
            channel=channel,
            new_name=request.POST.get(f"{prefix}-new_name", ""),
        )
    except services.BotError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("Messages of the group “%(chat)s” now arrive in channel “%(channel)s”.")
            % {"chat": chat.title or chat.chat_id, "channel": channel.name},
        )
    return redirect("bots:telegram")


@member_required(REPLY_ROLES)
@require_POST
def post_reply(request: HttpRequest, public_id: str) -> HttpResponse:
    """The "Post through the bot" button of the reply composer (fields as inbox:post_reply)."""
    post = get_for_member(request, Post, public_id)
    answer_text = None
    if request.POST.get("answer_text"):
        answer_text = get_for_member(request, AnswerText, request.POST["answer_text"])
    try:
        services.send_reply(
            actor=request.user,  # type: ignore[arg-type]
            post=post,
            text=request.POST.get("text", ""),
            answer_text=answer_text,
        )
    except services.BotError as error:
        messages.error(request, error.message)
        return redirect("inbox:post", public_id=post.public_id)
    messages.success(request, _("Reply posted in the Telegram group and recorded."))
    return redirect("inbox:queue")


@member_required(REPLY_ROLES)
@require_POST
def post_approved_reply(request: HttpRequest, public_id: str) -> HttpResponse:
    """Post a reply that a legal reviewer approved through the bot, and mark it sent."""
    reply = get_for_member(request, Reply, public_id)
    try:
        services.send_approved_reply(actor=request.user, reply=reply)  # type: ignore[arg-type]
    except services.BotError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, _("Reply posted in the Telegram group and recorded."))
    return redirect("inbox:post", public_id=reply.post.public_id)


@csrf_exempt  # Telegram cannot send a CSRF token; the secret header authenticates it instead
@require_POST
def webhook(request: HttpRequest, secret: str) -> HttpResponse:
    """One update from Telegram: 404 for an unknown path, 403 without the secret header."""
    with scopes_disabled():  # reviewed: the bot is found by its secret, then its scope entered
        bot = TelegramBot.objects.select_related("organization").filter(webhook_secret=secret)
        found = bot.first()
    if found is None:
        return JsonResponse({"detail": "not found"}, status=404)
    header = request.headers.get(SECRET_HEADER, "")
    if not hmac.compare_digest(header.encode(), found.webhook_secret.encode()):
        return JsonResponse({"detail": f"missing or wrong {SECRET_HEADER}"}, status=403)
    try:
        update = json.loads(request.body)
    except (ValueError, UnicodeDecodeError) as error:
        return JsonResponse({"detail": f"malformed JSON: {error}"}, status=400)
    with organization_scope(found.organization):
        try:
            services.handle_update(bot=found, update=update)
        except services.MalformedUpdate as error:
            return JsonResponse({"detail": str(error)}, status=400)
    return JsonResponse({"ok": True})
