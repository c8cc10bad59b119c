"""Full-text search over answer texts: FTS5 on SQLite, tsvector with a trigram fallback on
PostgreSQL. Both return text ids ranked best first, limited to one organisation.

The `simple` configuration (no stemming) is deliberate: texts are in twenty languages and no
single stemmer fits them; prefix matching ("Kita*") covers most inflection.
"""

from __future__ import annotations

import re

from django.db import connection

from lotsin.core.models import Organization

MAX_HITS = 200
TRIGRAM_MIN_SIMILARITY = 0.6
_WORD = re.compile(r"\w+", re.UNICODE)


def search_terms(query: str) -> list[str]:
    return [w for w in _WORD.findall(query.lower()) if len(w) > 1][:12]


def search_text_ids(organization: Organization, query: str) -> list[int]:
    words = search_terms(query)
    if not words:
        return []
    if connection.vendor == "postgresql":
        return _postgres(organization, words, query)
    if connection.vendor == "sqlite":
        return _sqlite(organization, words)
    raise NotImplementedError(connection.vendor)


def _sqlite(organization: Organization, words: list[str]) -> list[int]:
    sql = (
        "SELECT t.id FROM knowledge_text_fts f JOIN knowledge_answertext t ON t.id = f.rowid "
        "WHERE knowledge_text_fts MATCH %s AND t.organization_id = %s "
        "ORDER BY bm25(knowledge_text_fts, 5.0, 1.0, 2.0) LIMIT %s"
    )
    terms = [f'"{w}"*' for w in words]
    with connection.cursor() as cursor:
        # All words first; when that finds nothing, any word (ranked by how many match).
        for match in (" AND ".join(terms), " OR ".join(terms)):
            cursor.execute(sql, [match, organization.pk, MAX_HITS])
            ids = [row[0] for row in cursor.fetchall()]
            if ids:
                return ids
    return []


_TSV = "search_vector"  # a stored generated column (migration 0003)


def _postgres(organization: Organization, words: list[str], query: str) -> list[int]:
    prefix = [f"{w}:*" for w in words]
    with connection.cursor() as cursor:
        for joiner in (" & ", " | "):
            cursor.execute(
                f"SELECT id FROM knowledge_answertext WHERE organization_id = %s "  # noqa: S608
                f"AND {_TSV} @@ to_tsquery('simple', %s) "
                f"ORDER BY ts_rank({_TSV}, to_tsquery('simple', %s)) DESC LIMIT %s",
                [organization.pk, joiner.join(prefix), joiner.join(prefix), MAX_HITS],
            )
            ids = [row[0] for row in cursor.fetchall()]
            if ids:
                return ids
        # Typos: a word of the title that is similar to the query (trigram word similarity).
        # Nearest titles first (GiST distance order), then keep those similar enough.
        cursor.execute(
            "SELECT id FROM (SELECT id, lower(%s) <<-> lower(title) AS distance "
            "FROM knowledge_answertext WHERE organization_id = %s "
            "ORDER BY lower(%s) <<-> lower(title) LIMIT %s) nearest "
            "WHERE distance < %s ORDER BY distance",
            [query, organization.pk, query, MAX_HITS, 1 - TRIGRAM_MIN_SIMILARITY],
        )
        return [row[0] for row in cursor.fetchall()]
