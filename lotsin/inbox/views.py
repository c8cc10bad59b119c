"""Queue, post and reply composer, channels with their imports."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from lotsin.core import audit
from lotsin.core.access import active_organization, get_for_member, has_role, member_required
from lotsin.core.htmx import is_partial_request
from lotsin.core.languages import language_choices
from lotsin.core.models import Organization, Role
from lotsin.core.topics import Topic
from lotsin.inbox import composer, crisis, forms, queries, queue_cache, services
from lotsin.inbox import replies as replies_service
from lotsin.inbox.errors import InboxError
from lotsin.inbox.forms import ChannelForm, ImportForm
from lotsin.inbox.models import (
    Channel,
    ContactStatus,
    ImportBatch,
    Post,
    PostStatus,
    ReplyStatus,
)  # fmt: skip
from lotsin.knowledge.models import AnswerText, Claim

INBOX_ROLES = {Role.ADVISOR, Role.COORDINATOR, Role.LEGAL_REVIEWER, Role.ADMIN}
CHANNEL_ROLES = {Role.COORDINATOR, Role.ADMIN}


@dataclass(frozen=True)
class QueueView:
    """Which part of the queue a request asks for: its filters and page, read once."""

    channel: Channel | None
    status: str
    filters: dict[str, str]
    page: str | None

    def link_query(self) -> str:
        """The filters for the page's links (only those the page is keyed by; open is the
        default status)."""
        status = "" if self.status == "open" else self.status
        values = {"channel": str(self.channel.public_id) if self.channel else "", "status": status}
        values |= self.filters
        return urlencode({name: value for name, value in values.items() if value})


@member_required(INBOX_ROLES)
@vary_on_headers("HX-Request")
def queue(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    channel = None
    if request.GET.get("channel"):
        channel = get_for_member(request, Channel, request.GET["channel"])
    view = QueueView(
        channel=channel,
        status=request.GET.get("status", "open"),
        filters={key: request.GET.get(key, "") for key in ("language", "topic", "claim")},
        page=request.GET.get("page"),
    )
    partial = is_partial_request(request)
    # The header's counts and the queue stamp in one query; the rows alone need the stamp.
    header = {} if partial else queries.queue_counts(org, request.user)
    stamp = queue_cache.current_stamp() if partial else header.pop("stamp")
    parts = {"rows": lambda: _queue_rows(org, view)}
    if not partial:
        parts["filters"] = lambda: _queue_filters(org, view)
    pages = queue_cache.get_or_render(queue_cache.page_key(request, org.pk, stamp), parts)
    if partial:
        return HttpResponse(pages["rows"])
    context = {
        "rows": pages["rows"],
        "filter_form": pages["filters"],
        "channel": channel,
        **header,
    }
    return render(request, "inbox/queue.html", context)


# Both parts are rendered without the request: the page's context processors (navigation,
# crisis banner count) ran for the page already, and the parts are shared by everyone who may
# see them (lotsin.inbox.queue_cache).


def _queue_rows(org: Organization, view: QueueView) -> str:
    posts = queries.list_queue(org, channel=view.channel, status=view.status, **view.filters)
    # Open posts with a filter are counted on the table itself: a smaller cap keeps it cheap.
    cap = 1_000 if view.status == "open" else 10_000
    page = queries.CappedPaginator(posts, 30, cap).get_page(view.page)
    queries.attach_matches(page.object_list)
    queries.attach_display(page.object_list)
    context = {
        "page": page,
        "query": view.link_query(),
        "crisis_count": crisis.open_crises(org).count(),
    }
    return render_to_string("inbox/queue.html#rows", context)


def _queue_filters(org: Organization, view: QueueView) -> str:
    context = {
        "channel": view.channel,
        "status": view.status,
        "filters": view.filters,
        "channels": Channel.objects.filter(organization=org),
        "statuses": [("open", _("Open")), *PostStatus.choices],
        "languages": language_choices(),
        "topics": Topic.choices,
        "claims": Claim.objects.filter(organization=org).exclude(external_id="")[:200],
    }
    return render_to_string("inbox/queue.html#filters", context)


@member_required(INBOX_ROLES)
def post_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    post = get_for_member(request, Post, public_id)
    audit.record(
        action="inbox.post.viewed", organization=post.organization, actor=request.user,  # type: ignore[arg-type]
        target=post,
    )  # fmt: skip
    query = request.GET.get("q", "").strip()
    chosen = None
    if request.GET.get("text"):
        chosen = get_for_member(request, AnswerText, request.GET["text"])
    reply_text = ""
    if chosen is not None:
        link = request.build_absolute_uri(
            f"/s/{chosen.version.answer.short_code}/{chosen.language}/"
        )
        reply_text = composer.draft(chosen, link)
    replies = list(post.replies.select_related("author", "answer_text__version__answer"))
    return render(
        request,
        "inbox/post_detail.html",
        {
            "post": post,
            "suggestions": composer.suggestions(post),
            "query": query,
            "found": composer.search(post, query) if query else None,
            "chosen": chosen,
            "reply_text": reply_text,
            "needs_approval": replies_service.needs_approval(post, reply_text, chosen)
            if chosen
            else bool(set(post.topics) & set(replies_service.legal_topics(post.organization))),
            "replies": replies,
            "is_reviewer": has_role(request, {Role.LEGAL_REVIEWER}),
            "statuses": [c for c in PostStatus.choices if c[0] != PostStatus.SNOOZED],
            "contacts": post.contacts.filter(status=ContactStatus.OPEN),
            "hotlines": crisis.hotlines(post) if post.urgency == "crisis" else [],
            "bot": bot_for(post),
        },
    )


def bot_for(post: Post) -> object:
    """The organisation's Telegram bot when it is in this post's chat (it can post the reply)."""
    from lotsin.bots.services import bot_for_channel

    return bot_for_channel(post.channel)


@member_required(INBOX_ROLES)
@require_POST
def post_act(request: HttpRequest, public_id: str) -> HttpResponse:
    post = get_for_member(request, Post, public_id)
    action = request.POST.get("action", "")
    actor = request.user
    try:
        if action == "acknowledge":
            crisis.acknowledge(actor=actor, post=post)  # type: ignore[arg-type]
        elif action == "claim":
            services.claim_post(actor=actor, post=post)  # type: ignore[arg-type]
        elif action == "release":
            services.release_post(actor=actor, post=post)  # type: ignore[arg-type]
        elif action == "snooze":
            until = forms.snooze_until(request.POST.get("snooze", ""), request.POST.get("until"))
            services.snooze_post(actor=actor, post=post, until=until)  # type: ignore[arg-type]
        else:
            services.set_status(
                actor=actor,  # type: ignore[arg-type]
                post=post,
                status=request.POST.get("status", ""),
                reason=request.POST.get("reason", ""),
            )
    except (InboxError, ValidationError) as error:
        messages.error(request, getattr(error, "message", str(error)))
    return redirect("inbox:post", public_id=post.public_id)


@member_required(INBOX_ROLES)
@require_POST
def post_reply(request: HttpRequest, public_id: str) -> HttpResponse:
    post = get_for_member(request, Post, public_id)
    answer_text = None
    if request.POST.get("answer_text"):
        answer_text = get_for_member(request, AnswerText, request.POST["answer_text"])
    try:
        reply = replies_service.record_reply(
            actor=request.user,  # type: ignore[arg-type]
            post=post,
            text=request.POST.get("text", ""),
            answer_text=answer_text,
        )
    except InboxError as error:
        messages.error(request, error.message)
        return redirect("inbox:post", public_id=post.public_id)
    if reply.status == ReplyStatus.AWAITING_APPROVAL:
        messages.info(
            request,
            _("A legal reviewer checks this reply first; post it in the group once approved."),
        )
        return redirect("inbox:post", public_id=post.public_id)
    messages.success(request, _("Reply recorded."))
    return redirect("inbox:queue")


@member_required(INBOX_ROLES)
def channels(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    form = ChannelForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            channel = services.create_channel(
                actor=request.user,  # type: ignore[arg-type]
                organization=org,
                name=form.cleaned_data["name"],
                platform=form.cleaned_data["platform"],
                languages=[
                    code.strip()
                    for code in form.cleaned_data["languages"].split(",")
                    if code.strip()
                ],
            )
        except InboxError as error:
            form.add_error("name", error.message)
        else:
            return redirect("inbox:channel", public_id=channel.public_id)
    return render(
        request,
        "inbox/channel_list.html",
        {"channels": Channel.objects.filter(organization=org), "form": form},
    )


@member_required(INBOX_ROLES)
def channel_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    channel = get_for_member(request, Channel, public_id)
    form = ImportForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        folder = Path(settings.VAR_DIR) / "uploads"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{uuid.uuid4().hex}-{Path(upload.name).name}"
        with path.open("wb") as fh:
            for piece in upload.chunks():
                fh.write(piece)
        batch = ImportBatch.objects.create(
            organization=channel.organization,
            channel=channel,
            file_name=Path(upload.name).name[:255],
            file_format=form.cleaned_data["file_format"],
            created_by=request.user,
        )
        from lotsin.inbox.tasks import run_import_task

        run_import_task.enqueue(
            channel.organization_id, batch.pk, str(path), form.cleaned_data["timezone"]
        )
        messages.success(request, _("Import started. The progress shows below."))
        return redirect("inbox:channel", public_id=channel.public_id)
    context = {"channel": channel, "form": form, "batches": channel.imports.all()[:10]}
    if is_partial_request(request):
        return render(request, "inbox/channel_detail.html#batches", context)
    return render(request, "inbox/channel_detail.html", context)
