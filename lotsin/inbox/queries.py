"""The queue: crisis first, then high urgency, then unanswered questions, oldest first."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, number_format
from django.utils.functional import cached_property
from django.utils.html import format_html_join
from django.utils.translation import gettext as _

from lotsin.core.models import Organization
from lotsin.core.queries import json_list_has
from lotsin.core.topics import topic_labels
from lotsin.inbox.models import (
    OPEN_STATUSES,
    ContactStatus,
    Duty,
    FirstContact,
    Post,
    PostStatus,
    QueueStamp,
    Reply,
    ReplyStatus,
)


def list_queue(
    organization: Organization,
    *,
    channel: object = None,
    language: str = "",
    topic: str = "",
    claim: str = "",
    status: str = "open",
) -> QuerySet[Post]:
    posts = Post.objects.filter(organization=organization).select_related("channel", "claimed_by")
    if status == "open":
        # The plain IN lets PostgreSQL use the partial index on open posts; the snoozed ones still
        # asleep are excluded rather than the rest OR-ed in, which kept its row estimate right
        # (an OR on status again made it guess 2,000 of 50,000 and bitmap-scan them all).
        posts = posts.filter(status__in=OPEN_STATUSES)
        posts = posts.exclude(status=PostStatus.SNOOZED, snoozed_until__gt=timezone.now())
    elif status:
        posts = posts.filter(status=status)
    if channel is not None:
        posts = posts.filter(channel=channel)
    if language:
        posts = posts.filter(language=language)
    if topic:
        posts = posts.filter(json_list_has("topics", topic))
    if claim:
        # matched_claims is a list of {"id": ..., "score": ...}; both backends print it alike.
        posts = posts.filter(matched_claims__icontains=f'"id": "{claim}"')
    return posts.order_by("urgency_rank", "-is_question", "posted_at", "pk")


def attach_matches(posts: Sequence[Post]) -> None:
    """Give each post of a page `claim_rows` and `answer_rows` (summary or title with score and
    threshold), in two queries for the whole page whatever its length."""
    from lotsin.knowledge.models import AnswerText, Claim, TextStatus, VersionStatus

    if not posts:
        return
    org = posts[0].organization_id
    claim_ids = {m["id"] for p in posts for m in p.matched_claims}
    answer_ids = {m["id"] for p in posts for m in p.matched_answers}
    claims: dict[str, str] = {}
    if claim_ids:
        for c in Claim.objects.filter(organization_id=org, external_id__in=claim_ids):
            claims[c.external_id] = c.summary
    titles: dict[tuple[str, str], str] = {}
    if answer_ids:
        texts = AnswerText.objects.filter(
            organization_id=org,
            status=TextStatus.VERIFIED,
            version__status=VersionStatus.VERIFIED,
        ).filter(
            Q(version__answer__external_id__in=answer_ids) | Q(version__answer__slug__in=answer_ids)
        )
        for t in texts.values(
            "language", "title", "version__answer__external_id", "version__answer__slug",
            "version__source_language",
        ):  # fmt: skip
            key = t["version__answer__external_id"] or t["version__answer__slug"]
            titles[(key, t["language"])] = t["title"]
            if t["language"] == t["version__source_language"]:
                titles.setdefault((key, ""), t["title"])
    for post in posts:
        why = post.triage_why or {}
        post.claim_rows = [  # type: ignore[attr-defined]
            _match_row(m, claims.get(m["id"], m["id"]), why.get("claims_threshold"))
            for m in post.matched_claims
        ]
        post.answer_rows = [  # type: ignore[attr-defined]
            _match_row(
                m,
                titles.get((m["id"], post.language)) or titles.get((m["id"], ""), m["id"]),
                why.get("answers_threshold")
                if rank == 0
                else why.get("answers_alternatives_threshold", why.get("answers_threshold")),
            )
            for rank, m in enumerate(post.matched_answers)
        ]


def _number(value: object) -> str:
    return number_format(value, 2) if isinstance(value, int | float) else "—"


def _match_row(match: dict[str, Any], label: str, threshold: object) -> dict[str, Any]:
    """What a queue row shows of one match, formatted here once: the template's floatformat and
    blocktranslate per match were a third of the queue page's rendering time."""
    score = _number(match.get("score"))
    return {
        **match,
        "label": label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…",
        "score_text": score,
        "title": _("confidence %(score)s, threshold %(threshold)s")
        % {"score": score, "threshold": _number(threshold)},
    }


LABEL_CHARS = 80
PREVIEW_CHARS = 220


def attach_display(posts: Sequence[Post]) -> None:
    """What each row shows, prepared once in Python: link, preview, labels, local time, topics
    and matches. Template filters and nested loops per row were most of a queue page's cost."""
    if not posts:
        return
    sample = str(posts[0].public_id)
    prefix = reverse("inbox:post", args=[sample]).removesuffix(f"{sample}/")
    for post in posts:
        post.url = f"{prefix}{post.public_id}/"  # type: ignore[attr-defined]
        text = post.text
        post.preview = (  # type: ignore[attr-defined]
            text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1] + "…"
        )
        local = timezone.localtime(post.posted_at)
        post.posted_iso = local.isoformat()  # type: ignore[attr-defined]
        post.posted_text = date_format(local, "SHORT_DATETIME_FORMAT")  # type: ignore[attr-defined]
        status = str(post.get_status_display())  # type: ignore[attr-defined]
        if post.claimed_by_id:
            status += f" ({post.claimed_by.username})"  # type: ignore[union-attr]
        post.status_text = status  # type: ignore[attr-defined]
        post.topic_text = topic_labels(post.topics)  # type: ignore[attr-defined]
        for kind in ("claim", "answer"):
            rows = getattr(post, f"{kind}_rows", [])
            spans = format_html_join(
                "; ", '<span title="{}">{} ({})</span>',
                ((r["title"], r["label"], r["score_text"]) for r in rows),
            )  # fmt: skip
            setattr(post, f"{kind}_spans", spans)


class CappedPaginator(Paginator):  # type: ignore[type-arg]
    """Closed posts grow without end: counting a million of them costs more than the page.
    Count at most `cap` rows (an index-only scan); the pages beyond are reached by filtering."""

    def __init__(self, object_list: QuerySet[Post], per_page: int, cap: int) -> None:
        super().__init__(object_list, per_page)
        self.cap = cap

    @cached_property
    def count(self) -> int:
        return self.object_list.order_by()[: self.cap].count()  # type: ignore[union-attr]


def queue_counts(organization: Organization, user: object) -> dict[str, Any]:
    """Is she on duty, how many replies await approval, how many first contacts are due, and
    the queue stamp (lotsin.inbox.queue_cache): the queue page's header in one query."""
    from lotsin.inbox.queue_cache import STAMP_ID

    def count(rows: QuerySet[Any]) -> Coalesce:
        per_org = rows.filter(organization=OuterRef("pk")).order_by().values("organization")
        return Coalesce(Subquery(per_org.annotate(n=Count("pk")).values("n")), 0)

    return (
        Organization.objects.filter(pk=organization.pk)
        .values(
            on_duty=Exists(
                Duty.objects.filter(organization=OuterRef("pk"), user=user, on_duty=True)
            ),
            awaiting_replies=count(Reply.objects.filter(status=ReplyStatus.AWAITING_APPROVAL)),
            due_contacts=count(
                FirstContact.objects.filter(
                    status=ContactStatus.OPEN, follow_up_on__lte=timezone.localdate()
                )
            ),
            stamp=Coalesce(Subquery(QueueStamp.objects.filter(pk=STAMP_ID).values("version")), 0),
        )
        .get()
    )
