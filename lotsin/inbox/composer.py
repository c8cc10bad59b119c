"""What the reply composer offers: the suggested verified answers, or those a search finds, each
in the asker's language when a verified translation exists, else in the nearest language she
likely reads (said plainly), with the public link to the answer page."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Q

from lotsin.core.languages import nearest_languages
from lotsin.inbox.models import Post
from lotsin.knowledge import queries as kb_queries
from lotsin.knowledge.models import Answer, AnswerText


@dataclass
class Offer:
    answer: Answer
    text: AnswerText
    score: float | None
    in_her_language: bool
    expired: bool


def best_text(texts: dict[str, AnswerText], language: str, source: str) -> AnswerText | None:
    for code in nearest_languages(language):
        if code in texts:
            return texts[code]
    return texts.get(source) or next(iter(texts.values()), None)


def _offer(answer: Answer, language: str, score: float | None) -> Offer | None:
    current = kb_queries.get_current_version(answer)
    if current is None:
        return None
    texts = kb_queries.verified_texts(current)
    text = best_text(texts, language, current.source_language)
    if text is None:
        return None
    return Offer(answer, text, score, language in texts, current.is_expired())


def suggestions(post: Post) -> list[Offer]:
    keys = [m["id"] for m in post.matched_answers]
    answers = Answer.objects.filter(organization=post.organization).filter(
        Q(external_id__in=keys) | Q(slug__in=keys)
    )
    by_key = {a.external_id or a.slug: a for a in answers}
    offers = []
    for match in post.matched_answers:
        answer = by_key.get(match["id"])
        offer = _offer(answer, post.language, match["score"]) if answer else None
        if offer is not None:
            offers.append(offer)
    return offers


def search(post: Post, query: str, limit: int = 8) -> list[Offer]:
    """The knowledge base's own search (full text, then semantic where enabled)."""
    from lotsin.knowledge.search import search_text_ids

    ids = search_text_ids(post.organization, query)[:50]  # best first
    answer_of = dict(
        AnswerText.objects.filter(organization=post.organization, pk__in=ids).values_list(
            "pk", "version__answer_id"
        )
    )
    answer_ids = list(dict.fromkeys(answer_of[pk] for pk in ids if pk in answer_of))
    answers = Answer.objects.filter(organization=post.organization, pk__in=answer_ids)
    by_pk = {a.pk: a for a in answers}
    offers = []
    for pk in answer_ids:
        offer = _offer(by_pk[pk], post.language, None) if pk in by_pk else None
        if offer is not None:
            offers.append(offer)
        if len(offers) >= limit:
            break
    return offers


def draft(text: AnswerText, link: str) -> str:
    return f"{text.title}\n\n{text.body}\n\n{link}"
