"""Meaning-based search: the triage engine's embeddings match a query to verified answers in
any language (the engine is shared with the inbox, see lotsin/knowledge/engines.py)."""

from __future__ import annotations

from django.conf import settings

from lotsin.core.models import Organization
from lotsin.knowledge.engines import engine_for

SEMANTIC_LIMIT = 5
# Language-centred cosines (lotsin/triage/centering.py): unrelated texts about 0, a post and the
# answer to it mostly 0.25-0.6. Measured with the 930 labelled triage posts as queries against
# the 40 answers: floor 0.25 and margin 0.08 put the right answer among those shown for 0.91 of
# the posts that have one, showing 1.9 answers each; the raw cosines' floor showed 4.3 for 0.89.
CENTRED_FLOOR = 0.25
CENTRED_MARGIN = 0.08
# Raw multilingual-e5 cosines, for an embedder without fitted language means: unrelated question
# and answer about 0.78-0.82, the same question across languages about 0.85-0.89.
SEMANTIC_FLOOR = 0.83
SEMANTIC_MARGIN = 0.03


def semantic_answer_ids(organization: Organization, query: str) -> list[str]:
    """Ids (import id or slug) of the answers the engine judges to answer `query`, best first."""
    if not settings.LOTSIN_SEMANTIC_SEARCH or not query.strip():
        return []
    engine = engine_for(organization)
    # Search ranks by similarity with a floor instead of the engine's strict "is an answer"
    # decision: a person searching wants near misses too, an inbox suggestion does not.
    ranked = engine.similar_answers(query)
    floor, margin = (
        (CENTRED_FLOOR, CENTRED_MARGIN)
        if engine.centering is not None
        else (SEMANTIC_FLOOR, SEMANTIC_MARGIN)
    )
    if not ranked or ranked[0][1] < floor:
        return []
    top = ranked[0][1]
    return [item for item, score in ranked[:SEMANTIC_LIMIT] if score >= top - margin]
