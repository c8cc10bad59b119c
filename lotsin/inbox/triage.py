"""Posts through the triage engine (lotsin/knowledge/engines.py): results stored on the post
with the engine version."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from lotsin.core.models import Organization
from lotsin.inbox.models import OPEN_STATUSES, Post, PostStatus
from lotsin.knowledge.engines import engine_for
from lotsin.triage.types import Post as TriagePost

URGENCY_RANK = {"crisis": 0, "high": 1, "normal": 2}


def triage_posts(organization: Organization, posts: list[Post]) -> int:
    """Triage `posts` (one channel's order kept) and store the results; returns how many."""
    if not posts:
        return 0
    engine = engine_for(organization)
    by_key = {p.external_id: p for p in posts}
    inputs = [TriagePost(id=p.external_id, text=p.text, channel=str(p.channel_id)) for p in posts]
    now = timezone.now()
    reopened: list[Post] = []
    with transaction.atomic():
        for result in engine.triage(inputs):  # type: ignore[attr-defined]
            post = by_key[result.id]
            if result.urgency == "crisis" and post.urgency != "crisis" and not _is_open(post):
                reopened.append(post)  # an edit (or a new engine) found a crisis: not lost
            post.language = result.language
            post.is_question = result.is_question
            post.topics = result.topics
            post.urgency = result.urgency
            post.urgency_rank = URGENCY_RANK[result.urgency]
            post.matched_claims = result.claims
            post.matched_answers = result.answers
            post.duplicate_of = by_key.get(result.duplicate_of) if result.duplicate_of else None
            post.triage_why = why(result.evidence, result.urgency)
            post.triaged_at = now
            post.triage_version = engine.version  # type: ignore[attr-defined]
        newly_triaged = [p for p in posts if p.crisis_alerted_at is None]
        Post.objects.bulk_update(
            posts,
            [
                "language", "is_question", "topics", "urgency", "urgency_rank", "matched_claims",
                "matched_answers", "duplicate_of", "triage_why", "triaged_at", "triage_version",
            ],
        )  # fmt: skip
        for post in reopened:
            post.status, post.snoozed_until = PostStatus.NEW, None
            post.claimed_by, post.claimed_at = None, None
        Post.objects.bulk_update(reopened, ["status", "snoozed_until", "claimed_by", "claimed_at"])
        from lotsin.inbox.crisis import alert

        alert(newly_triaged)
    return len(posts)


def _is_open(post: Post) -> bool:
    """In the queue now: new or claimed, or snoozed with its time come."""
    if post.status != PostStatus.SNOOZED:
        return post.status in OPEN_STATUSES
    return post.snoozed_until is None or post.snoozed_until <= timezone.now()


def why(evidence: dict[str, Any], urgency: str = "normal") -> dict[str, Any]:
    """The few cues and scores an advisor needs to see why (the full evidence is `--explain`)."""
    question = evidence.get("question", {})
    topics = evidence.get("topics", {})
    out: dict[str, Any] = {
        "language": evidence.get("language", {}).get("rule", ""),
        "question": question.get("cue") or question.get("rule", ""),
        "topic_words": topics.get("matched", {}),  # named words are stems too
    }
    reason = urgency_reason(evidence.get("urgency", {}), urgency)
    if reason:
        out["urgency"] = reason
    cues = evidence.get("claims", {}).get("rumour_frame") or {}
    if cues:
        out["rumour_frame"] = ", ".join(cues.values())
    for kind in ("answers", "claims"):
        found = evidence.get(kind, {})
        if found.get("threshold") is not None:
            out[f"{kind}_threshold"] = found["threshold"]
        if found.get("alternatives_threshold") is not None:  # what the runner-ups had to reach
            out[f"{kind}_alternatives_threshold"] = found["alternatives_threshold"]
        if found.get("post_probe") is not None:  # the post alone: sounds like a rumour / covered
            out[f"{kind}_post_probe"] = found["post_probe"]
    return out


def urgency_reason(evidence: dict[str, Any], urgency: str) -> str:
    """What made the post crisis or high: the phrase, else the probe's probability or the
    prototype similarity against its threshold. Nothing for a normal post: a crisis phrase in
    a post that only talks about violence did not decide anything."""
    if urgency not in ("crisis", "high"):
        return ""
    if evidence.get(f"{urgency}_cue"):
        return str(evidence[f"{urgency}_cue"])
    probability, threshold = (
        evidence.get(f"{urgency}_probability", 0.0),
        evidence.get(f"{urgency}_probability_threshold", 1.0),
    )
    if probability >= threshold:
        return f"p={probability:.2f} ≥ {threshold:.2f}"
    similarity = evidence.get("crisis_similarity", 0.0)
    if urgency == "crisis" and similarity >= evidence.get("crisis_threshold", 1.0):
        return f"Δcos={similarity:.2f} ≥ {evidence['crisis_threshold']:.2f}"
    return ""


def triage_pending(organization: Organization, batch_size: int = 200) -> int:
    """Every post of the organisation that has no triage result yet, in batches."""
    done = 0
    while True:
        posts = list(
            Post.objects.filter(organization=organization, triaged_at__isnull=True).order_by(
                "channel_id", "posted_at"
            )[:batch_size]
        )
        if not posts:
            return done
        done += triage_posts(organization, posts)


def retriage_open(organization: Organization, batch_size: int = 200) -> int:
    """Open posts triaged with older answers or claims get the current engine's results."""
    version = engine_for(organization).version  # type: ignore[attr-defined]
    stale = (
        Post.objects.filter(organization=organization, status__in=OPEN_STATUSES)
        .exclude(triage_version=version)
        .exclude(triaged_at__isnull=True)
        .order_by("channel_id", "posted_at")
    )
    done = 0
    while posts := list(stale[:batch_size]):
        done += triage_posts(organization, posts)
    return done
