"""Queue, post and reply composer, channels with their imports."""

from __future__ import annotations

import uuid
from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from lotsin.core.access import active_organization, get_for_member, member_required
from lotsin.core.htmx import is_partial_request
from lotsin.core.models import Role
from lotsin.inbox import crisis, queries, services
from lotsin.inbox.forms import ChannelForm, ImportForm
from lotsin.inbox.models import Channel, ImportBatch, Post, PostStatus
from lotsin.knowledge import queries as kb_queries
from lotsin.knowledge.models import Answer, AnswerText

INBOX_ROLES = {Role.ADVISOR, Role.COORDINATOR, Role.LEGAL_REVIEWER, Role.ADMIN}
CHANNEL_ROLES = {Role.COORDINATOR, Role.ADMIN}


@member_required(INBOX_ROLES)
@vary_on_headers("HX-Request")
def queue(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    channel = None
    if request.GET.get("channel"):
        channel = get_for_member(request, Channel, request.GET["channel"])
    status = request.GET.get("status", "open")
    posts = queries.list_queue(
        org, channel=channel, language=request.GET.get("language", ""), status=status
    )
    page = Paginator(posts, 30).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "page": page,
        "channels": Channel.objects.filter(organization=org),
        "channel": channel,
        "status": status,
        "statuses": [("open", _("Open")), *PostStatus.choices],
        "query": params.urlencode(),
        "crisis_count": posts.filter(urgency="crisis").count(),
    }
    if is_partial_request(request):
        return render(request, "inbox/queue.html#rows", context)
    return render(request, "inbox/queue.html", context)


def _suggestions(post: Post) -> list[dict[str, object]]:
    """The suggested answers, each in the asker's language when a verified text exists."""
    keys = [m["id"] for m in post.matched_answers]
    answers = Answer.objects.filter(organization=post.organization).filter(
        Q(external_id__in=keys) | Q(slug__in=keys)
    )
    by_key = {a.external_id or a.slug: a for a in answers}
    suggestions = []
    for match in post.matched_answers:
        answer = by_key.get(match["id"])
        current = kb_queries.get_current_version(answer) if answer else None
        if current is None:
            continue
        texts = kb_queries.verified_texts(current)
        text = texts.get(post.language) or texts.get(current.source_language)
        suggestions.append(
            {
                "answer": answer,
                "text": text,
                "score": match["score"],
                "in_her_language": post.language in texts,
                "expired": current.is_expired(),
            }
        )
    return suggestions


@member_required(INBOX_ROLES)
def post_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    post = get_for_member(request, Post, public_id)
    suggestions = _suggestions(post)
    chosen = None
    if request.GET.get("text"):
        chosen = get_for_member(request, AnswerText, request.GET["text"])
    reply_text = ""
    if chosen is not None:
        link = request.build_absolute_uri(
            f"/s/{chosen.version.answer.short_code}/{chosen.language}/"
        )
        reply_text = f"{chosen.title}\n\n{chosen.body}\n\n{link}"
    return render(
        request,
        "inbox/post_detail.html",
        {
            "post": post,
            "suggestions": suggestions,
            "chosen": chosen,
            "reply_text": reply_text,
            "replies": post.replies.select_related("author", "answer_text"),
            "statuses": PostStatus.choices,
            "hotlines": crisis.hotlines(post) if post.urgency == "crisis" else [],
        },
    )


@member_required(INBOX_ROLES)
@require_POST
def post_act(request: HttpRequest, public_id: str) -> HttpResponse:
    post = get_for_member(request, Post, public_id)
    action = request.POST.get("action", "")
    try:
        if action == "acknowledge":
            from lotsin.inbox.crisis import acknowledge

            acknowledge(actor=request.user, post=post)  # type: ignore[arg-type]
        elif action == "claim":
            services.claim_post(actor=request.user, post=post)  # type: ignore[arg-type]
        elif action == "release":
            services.release_post(actor=request.user, post=post)  # type: ignore[arg-type]
        else:
            services.set_status(
                actor=request.user,  # type: ignore[arg-type]
                post=post,
                status=request.POST.get("status", ""),
                reason=request.POST.get("reason", ""),
            )
    except services.InboxError as error:
        messages.error(request, error.message)
    return redirect("inbox:post", public_id=post.public_id)


@member_required(INBOX_ROLES)
@require_POST
def post_reply(request: HttpRequest, public_id: str) -> HttpResponse:
    post = get_for_member(request, Post, public_id)
    answer_text = None
    if request.POST.get("answer_text"):
        answer_text = get_for_member(request, AnswerText, request.POST["answer_text"])
    try:
        services.record_reply(
            actor=request.user,  # type: ignore[arg-type]
            post=post,
            text=request.POST.get("text", ""),
            answer_text=answer_text,
        )
    except services.InboxError as error:
        messages.error(request, error.message)
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
        except services.InboxError as error:
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
