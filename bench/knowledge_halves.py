"""Half of a knowledge base, for measuring how the triage engine does with another
organisation's (smaller) claims and answers: used by triage_calibrate.py and triage_quality.py."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any


def knowledge_half(claims: Iterable[Any], answers: Iterable[Any], half: int) -> set[str]:
    """The ids of every other claim and every other answer, in id order: `half` 0 or 1."""
    ids: set[str] = set()
    for items in (claims, answers):
        ordered = sorted({item.id for item in items})
        ids |= set(ordered[half::2])
    return ids


def gold_within(gold: dict[str, Any], kept: set[str]) -> dict[str, Any]:
    """A gold line with only the claims and answers that the half keeps."""
    kept_only = {
        kind: [x for x in gold.get(kind) or [] if x["id"] in kept] for kind in ("claims", "answers")
    }
    return {**gold, **kept_only}
