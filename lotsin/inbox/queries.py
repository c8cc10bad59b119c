"""The queue: crisis first, then high urgency, then unanswered questions, oldest first."""

from __future__ import annotations

from django.db.models import Q, QuerySet
from django.utils import timezone

from lotsin.core.models import Organization
from lotsin.core.queries import json_list_has
from lotsin.inbox.models import Post, PostStatus


def list_queue(
    organization: Organization,
    *,
    channel: object = None,
    language: str = "",
    topic: str = "",
    status: str = "open",
) -> QuerySet[Post]:
    posts = Post.objects.filter(organization=organization).select_related("channel", "claimed_by")
    if status == "open":
        posts = posts.filter(
            Q(status__in=[PostStatus.NEW, PostStatus.CLAIMED])
            | Q(status=PostStatus.SNOOZED, snoozed_until__lte=timezone.now())
        )
    elif status:
        posts = posts.filter(status=status)
    if channel is not None:
        posts = posts.filter(channel=channel)
    if language:
        posts = posts.filter(language=language)
    if topic:
        posts = posts.filter(json_list_has("topics", topic))
    return posts.order_by("urgency_rank", "-is_question", "posted_at", "pk")
