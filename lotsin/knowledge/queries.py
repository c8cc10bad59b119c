"""Reads of the knowledge base that span relations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Q, QuerySet
from django.utils import timezone

from lotsin.core.models import Organization
from lotsin.core.queries import json_list_has
from lotsin.knowledge.models import (
    Answer,
    AnswerText,
    AnswerUse,
    AnswerVersion,
    Claim,
    TextStatus,
    VersionStatus,
)
from lotsin.knowledge.search import search_terms, search_text_ids
from lotsin.knowledge.semantic import semantic_answer_ids

REVIEW_WARNING_DAYS = 30


def get_current_version(answer: Answer) -> AnswerVersion | None:
    """The verified version in use (there is at most one)."""
    return answer.versions.filter(status=VersionStatus.VERIFIED).order_by("-number").first()


def get_open_version(answer: Answer) -> AnswerVersion | None:
    """The draft or in-review version, if someone is working on a change."""
    return (
        answer.versions.filter(status__in=[VersionStatus.DRAFT, VersionStatus.IN_REVIEW])
        .order_by("-number")
        .first()
    )


def get_latest_version(answer: Answer) -> AnswerVersion | None:
    return answer.versions.order_by("-number").first()


def verified_texts(version: AnswerVersion) -> dict[str, AnswerText]:
    """language -> the verified text of that language in `version`."""
    texts = version.texts.filter(status=TextStatus.VERIFIED).select_related("approved_by")
    return {t.language: t for t in texts.order_by("language")}


@dataclass
class LanguageState:
    """What the answer page shows per language: the text to use and the work pending."""

    language: str
    verified: AnswerText | None = None  # verified for the current version
    outdated: AnswerText | None = None  # verified for an older version only
    pending: AnswerText | None = None  # a draft or a text in review
    views: int = 0  # public page views in the last 30 days


def list_language_states(answer: Answer) -> list[LanguageState]:
    current = get_current_version(answer)
    open_version = get_open_version(answer)
    states: dict[str, LanguageState] = {}
    texts = (
        AnswerText.objects.filter(version__answer=answer)
        .select_related("version", "author", "approved_by")
        .order_by("version__number", "revision")
    )
    for text in texts:
        state = states.setdefault(text.language, LanguageState(text.language))
        if text.status == TextStatus.VERIFIED and current and text.version_id == current.pk:
            state.verified = text
        elif text.status == TextStatus.VERIFIED and text.version.status in (
            VersionStatus.SUPERSEDED,
            VersionStatus.VERIFIED,
        ):
            state.outdated = text
        elif text.status in (TextStatus.DRAFT, TextStatus.IN_REVIEW) and text.version_id in {
            v.pk for v in (current, open_version) if v
        }:
            state.pending = text
    for state in states.values():
        if state.verified is not None:
            state.outdated = None
    return sorted(states.values(), key=lambda s: s.language)


def count_views(answer: Answer, days: int = 30) -> dict[str, int]:
    """Public page views per language over the last `days` days."""
    from django.db.models import Sum

    from lotsin.knowledge.models import PageViewCount

    since = timezone.localdate() - dt.timedelta(days=days)
    rows = (
        PageViewCount.objects.filter(answer=answer, day__gte=since)
        .values("language")
        .annotate(total=Sum("count"))
    )
    return {row["language"]: row["total"] for row in rows}


def public_text(answer: Answer, language: str) -> tuple[AnswerText | None, bool]:
    """The text a public page shows, and whether it is outdated (checked for an older version)."""
    current = get_current_version(answer)
    if current is None:
        return None, False
    text = verified_texts(current).get(language)
    if text is not None:
        return text, False
    for state in list_language_states(answer):
        if state.language == language and state.outdated is not None:
            return state.outdated, True
    return None, False


def list_answers(
    organization: Organization,
    *,
    query: str = "",
    topic: str = "",
    language: str = "",
    status: str = "",
) -> list[Answer]:
    answers = Answer.objects.filter(organization=organization)
    ranked_ids: list[int] | None = None
    if search_terms(query):  # punctuation alone is no search
        text_ids = search_text_ids(organization, query)
        rank_of_text = {tid: i for i, tid in enumerate(text_ids)}
        best: dict[int, int] = {}
        for tid, aid in AnswerText.objects.filter(pk__in=text_ids).values_list(
            "pk", "version__answer_id"
        ):
            best[aid] = min(best.get(aid, 10**9), rank_of_text[tid])
        ranked_ids = sorted(best, key=best.__getitem__)
        # Then what the engine finds by meaning, in other languages than the query's words.
        for key in semantic_answer_ids(organization, query):
            match = answers.filter(Q(external_id=key) | Q(slug=key)).values_list("pk", flat=True)
            ranked_ids += [pk for pk in match if pk not in ranked_ids]
        answers = answers.filter(pk__in=ranked_ids)
    if topic:
        answers = answers.filter(json_list_has("topics", topic))
    if language:
        answers = answers.filter(versions__texts__language=language).distinct()
    if status:
        answers = answers.filter(versions__status=status).distinct()
    result = list(answers)
    if ranked_ids is not None:
        position = {aid: i for i, aid in enumerate(ranked_ids)}
        result.sort(key=lambda a: position.get(a.pk, 10**9))
    return result


def summarize_answers(answers: list[Answer]) -> list[dict[str, object]]:
    """Title, current and newest version and verified languages of a page of answers, in two
    queries whatever the page size (the list page would otherwise ask per answer)."""
    by_answer: dict[int, list[AnswerVersion]] = {}
    versions = AnswerVersion.objects.filter(answer__in=answers).order_by("answer_id", "-number")
    for version in versions:
        by_answer.setdefault(version.answer_id, []).append(version)
    texts: dict[int, list[tuple[str, str, str]]] = {}
    rows = AnswerText.objects.filter(version__answer__in=answers).order_by("revision")
    for version_id, language, title, status in rows.values_list(
        "version_id", "language", "title", "status"
    ):
        texts.setdefault(version_id, []).append((language, title, status))
    summaries = []
    for answer in answers:
        own = by_answer.get(answer.pk, [])
        current = next((v for v in own if v.status == VersionStatus.VERIFIED), None)
        latest = own[0] if own else None
        shown = current or latest
        shown_texts = texts.get(shown.pk, []) if shown else []
        title = next(
            (t for lang, t, _s in reversed(shown_texts) if shown and lang == shown.source_language),
            answer.slug,
        )
        languages = sorted(
            {lang for lang, _t, st in texts.get(current.pk, []) if st == TextStatus.VERIFIED}
        ) if current else []  # fmt: skip
        summaries.append(
            {
                "answer": answer,
                "title": title,
                "current": current,
                "latest": latest,
                "languages": languages,
                "expired": bool(current and current.is_expired()),
            }
        )
    return summaries


def review_queue(organization: Organization) -> dict[str, QuerySet]:  # type: ignore[type-arg]
    versions = AnswerVersion.objects.filter(
        organization=organization, status=VersionStatus.IN_REVIEW
    ).select_related("answer", "author")
    texts = AnswerText.objects.filter(
        organization=organization, status=TextStatus.IN_REVIEW
    ).select_related("version__answer", "author")
    soon = timezone.localdate() + dt.timedelta(days=REVIEW_WARNING_DAYS)
    due = (
        AnswerVersion.objects.filter(
            organization=organization, status=VersionStatus.VERIFIED, review_by__lte=soon
        )
        .select_related("answer")
        .order_by("review_by")
    )
    return {"versions": versions, "texts": texts, "due": due}


def list_uses_to_correct(version: AnswerVersion) -> QuerySet[AnswerUse]:
    return AnswerUse.objects.filter(text__version=version).select_related("text", "used_by")


def list_recalls(organization: Organization) -> QuerySet[AnswerUse]:
    """Uses of withdrawn or superseded versions whose correction is not ticked off yet."""
    return (
        AnswerUse.objects.filter(organization=organization, correction_done_at__isnull=True)
        .filter(
            Q(text__version__status=VersionStatus.WITHDRAWN)
            | Q(text__version__status=VersionStatus.SUPERSEDED)
        )
        .select_related("text__version__answer")
    )


def list_claims(
    organization: Organization, *, status: str = "", query: str = ""
) -> QuerySet[Claim]:
    claims = Claim.objects.filter(organization=organization).select_related("answer")
    if status:
        claims = claims.filter(status=status)
    if query.strip():
        claims = claims.filter(
            Q(summary__icontains=query) | Q(phrasings__text__icontains=query)
        ).distinct()
    return claims.prefetch_related("phrasings")
