"""Forwards and reposts within one input, in near-linear time.

Exact copies (after removing forward headers, emoji, punctuation and case) are found by hashing.
Near copies (an emoji added, a line trimmed) are looked up only among earlier posts that share a
rare-ish word "anchor", then confirmed with rapidfuzz; so each post is compared with a handful of
candidates, not with every earlier post.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from rapidfuzz import fuzz

from lotsin.triage.text import dedup_key

MIN_CHARS = 20  # "Дякую" twice is two people thanking, not a forward
SIMILARITY = 90.0
MAX_CANDIDATES = 50
# A forward trimmed to its first sentences: the shorter text must be found almost verbatim in
# the longer one, and be long enough that a shared greeting or opening phrase does not count.
TRIMMED_SIMILARITY = 95.0
TRIMMED_MIN_CHARS = 50
TRIMMED_MIN_SHARE = 0.4


class DuplicateFinder:
    def __init__(self) -> None:
        self._exact: dict[str, str] = {}
        self._anchors: dict[str, list[tuple[str, str]]] = defaultdict(list)

    @staticmethod
    def _anchors_of(key: str) -> list[str]:
        tokens = [t for t in key.split() if len(t) > 3]
        longest = sorted(set(tokens), key=lambda t: (-len(t), t))[:3]
        return longest + tokens[:1] + tokens[-1:]

    def check(self, post_id: str, text: str) -> tuple[str | None, dict[str, Any]]:
        """The id of an earlier post with the same content, else None; then remember this one."""
        key = dedup_key(text)
        if len(key) < MIN_CHARS:
            return None, {"rule": "too short to be a forward"}
        if key in self._exact:
            return self._exact[key], {"rule": "same text", "score": 100.0}
        best: tuple[float, str | None, float] = (0.0, None, SIMILARITY)
        seen: set[str] = set()
        for anchor in self._anchors_of(key):
            for other_id, other_key in self._anchors[anchor][-MAX_CANDIDATES:]:
                if other_id in seen:
                    continue
                seen.add(other_id)
                score, threshold = _similarity(key, other_key)
                if score > best[0]:
                    best = (score, other_id, threshold)
        self._exact[key] = post_id
        for anchor in self._anchors_of(key):
            self._anchors[anchor].append((post_id, key))
        if best[1] is not None:
            return best[1], {
                "rule": "near copy",
                "score": round(best[0], 1),
                "threshold": best[2],
                "candidates": len(seen),
            }
        return None, {"rule": "no earlier copy", "candidates": len(seen)}


def _similarity(key: str, other: str) -> tuple[float, float]:
    """(score, the threshold it had to reach): 0 unless one is a near copy of the other, or a
    trimmed copy found inside it."""
    shorter, longer = sorted((key, other), key=len)
    if len(shorter) >= 0.7 * len(longer):
        return fuzz.ratio(key, other, score_cutoff=SIMILARITY), SIMILARITY
    if len(shorter) >= max(TRIMMED_MIN_CHARS, TRIMMED_MIN_SHARE * len(longer)):
        partial = fuzz.partial_ratio(shorter, longer, score_cutoff=TRIMMED_SIMILARITY)
        return partial, TRIMMED_SIMILARITY
    return 0.0, SIMILARITY
