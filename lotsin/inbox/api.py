"""Inbox API: send posts in the triage contract's format, get their triage back; read the queue."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Router, Schema
from ninja.errors import HttpError

from lotsin.core.access import active_organization, get_for_member, has_role
from lotsin.core.schemas import ErrorOut
from lotsin.inbox import queries
from lotsin.inbox.importing import Counts, write_messages
from lotsin.inbox.models import Channel, Post
from lotsin.inbox.parsers.base import ParsedMessage
from lotsin.inbox.triage import triage_posts
from lotsin.inbox.views import INBOX_ROLES

router = Router(tags=["inbox"])
PAGE_SIZE = 50
MAX_PAGE = 100_000
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut}


class PostIn(Schema):
    id: str = Field(min_length=1, max_length=200)
    text: str = Field(min_length=1, max_length=20_000)
    author: str | None = Field(default=None, max_length=200)
    posted_at: dt.datetime | None = None
    reply_to: str | None = Field(default=None, max_length=200)


class PostsIn(Schema):
    channel: str = Field(description="the channel's id or name")
    posts: list[PostIn] = Field(min_length=1, max_length=1000)


class PostOut(Schema):
    id: str
    post: UUID
    status: str
    created: bool
    language: str
    is_question: bool
    topics: list[str]
    urgency: str
    claims: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    duplicate_of: str | None


def _out(post: Post, created: bool = False) -> PostOut:
    return PostOut(
        id=post.external_id,
        post=post.public_id,
        status=post.status,
        created=created,
        language=post.language,
        is_question=post.is_question,
        topics=list(post.topics),
        urgency=post.urgency,
        claims=list(post.matched_claims),
        answers=list(post.matched_answers),
        duplicate_of=post.duplicate_of.external_id if post.duplicate_of else None,
    )


def _aware(when: dt.datetime | None) -> dt.datetime | None:
    if when is not None and timezone.is_naive(when):
        return timezone.make_aware(when)
    return when


def _inbox_role(request: HttpRequest) -> None:
    if not has_role(request, INBOX_ROLES):
        raise HttpError(403, "your role does not give access to the inbox")


def _channel(request: HttpRequest, ref: str) -> Channel:
    org = active_organization(request)
    try:
        return get_for_member(request, Channel, UUID(ref))
    except ValueError:
        channel = Channel.objects.filter(organization=org, name=ref).first()
    if channel is None:
        raise HttpError(404, f"no channel {ref!r} in this organisation")
    return channel


@router.post(
    "/posts",
    response={200: list[PostOut], **ERRORS},
    summary="Add posts to a channel and triage them (idempotent by channel and id)",
)
def add_posts(request: HttpRequest, payload: PostsIn) -> list[PostOut]:
    _inbox_role(request)
    channel = _channel(request, payload.channel)
    now = timezone.now()
    messages = [
        ParsedMessage(
            key=p.id, text=p.text, posted_at=_aware(p.posted_at) or now, author=p.author,
            reply_to=p.reply_to,
        )
        for p in payload.posts
    ]  # fmt: skip
    counts = Counts()
    existing = set(
        Post.objects.filter(channel=channel, external_id__in=[m.key for m in messages])
        .values_list("external_id", flat=True)
    )  # fmt: skip
    with transaction.atomic():
        write_messages(channel, messages, counts, {})
    stored = Post.objects.filter(channel=channel, external_id__in=[m.key for m in messages])
    posts = {p.external_id: p for p in stored.select_related("duplicate_of")}
    untriaged = [p for p in posts.values() if p.triaged_at is None]
    triage_posts(channel.organization, untriaged)
    return [_out(posts[m.key], m.key not in existing) for m in messages if m.key in posts]


class PostPage(Schema):
    items: list[PostOut]
    count: int


@router.get("/posts", response={200: PostPage, **ERRORS}, summary="The queue, in its order")
def list_posts(
    request: HttpRequest, status: str = "open", channel: str = "", language: str = "", page: int = 1
) -> dict[str, Any]:
    _inbox_role(request)
    posts = queries.list_queue(
        active_organization(request),
        channel=_channel(request, channel) if channel else None,
        language=language,
        status=status,
    ).select_related("duplicate_of")
    if not 1 <= page <= MAX_PAGE:  # a larger offset overflows the database's integers
        raise HttpError(400, f"page must be from 1 to {MAX_PAGE}")
    return {
        "items": [_out(p) for p in posts[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]],
        "count": posts.count(),
    }


@router.get("/posts/{post_id}", response={200: PostOut, **ERRORS})
def get_post(request: HttpRequest, post_id: str) -> PostOut:
    _inbox_role(request)
    return _out(get_for_member(request, Post, post_id))
