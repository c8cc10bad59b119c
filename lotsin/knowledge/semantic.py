"""Meaning-based search: the triage engine's embeddings match a query to verified answers in
any language (the engine is shared with the inbox, see lotsin/knowledge/engines.py)."""

from __future__ import annotations

from django.conf import settings

from lotsin.core.models import Organization
from lotsin.knowledge.engines import engine_for

SEMANTIC_LIMIT = 5
# multilingual-e5 cosines: unrelated question and answer about 0.78-0.82, the same question
# across languages about 0.85-0.89 (measured on test answers, see docs/knowledge.md). Keep the
# best match when it clears the floor, and those close behind it.
SEMANTIC_FLOOR = 0.83
SEMANTIC_MARGIN = 0.03


def semantic_answer_ids(organization: Organization, query: str) -> list[str]:
    """Ids (import id or slug) of the answers the engine judges to answer `query`, best first."""
    if not settings.LOTSIN_SEMANTIC_SEARCH or not query.strip():
        return []
    engine = engine_for(organization)
    # Search ranks by similarity with a floor instead of the engine's strict "is an answer"
    # decision: a person searching wants near misses too, an inbox suggestion does not.
    units = engine.answer_units  # type: ignore[attr-defined]
    vector = engine.embedder.queries([query])[0]  # type: ignore[attr-defined]
    best: dict[str, float] = {}
    for score, item in zip((units.vectors @ vector).tolist(), units.ids, strict=True):
        best[item] = max(score, best.get(item, -1.0))
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < SEMANTIC_FLOOR:
        return []
    top = ranked[0][1]
    return [item for item, score in ranked[:SEMANTIC_LIMIT] if score >= top - SEMANTIC_MARGIN]
