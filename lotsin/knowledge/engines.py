"""One triage engine per organisation and process, shared by the inbox (triage) and the
knowledge-base search (meaning match). It is rebuilt only when the organisation's verified
answers or open claims change; a cheap fingerprint of those rows is checked on each use, so a
search or a triage batch does not read every text again."""

from __future__ import annotations

import hashlib
import threading

from django.db.models import Count, Sum

from lotsin.core.models import Organization
from lotsin.knowledge.triage_source import answer_rows, answers_for, claim_rows, claims_for

_LOCK = threading.Lock()
_ENGINES: dict[int, tuple[str, object]] = {}


def fingerprint(organization: Organization) -> str:
    """Verified texts never change in place, and claim wordings are replaced on save: the
    number and the ids of the rows the engine reads say whether it is still current."""
    parts = []
    for rows in (answer_rows(organization), claim_rows(organization)):
        agg = rows.order_by().aggregate(n=Count("pk"), ids=Sum("pk"))
        parts.append(f"{agg['n']}:{agg['ids'] or 0}")
    return hashlib.sha256("/".join(parts).encode()).hexdigest()[:16]


def engine_for(organization: Organization):  # type: ignore[no-untyped-def]
    from lotsin.triage.engine import INDEX_VERSION, TriageEngine

    key = fingerprint(organization)
    with _LOCK:
        cached = _ENGINES.get(organization.pk)
        if cached is None or cached[0] != key:
            engine = TriageEngine(claims_for(organization), answers_for(organization))
            engine.version = f"triage-{INDEX_VERSION}-{key}"  # type: ignore[attr-defined]
            _ENGINES[organization.pk] = (key, engine)
        return _ENGINES[organization.pk][1]
