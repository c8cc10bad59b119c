"""Word-level side-by-side differences, for reviewers comparing two versions of a text."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


@dataclass(frozen=True)
class Segment:
    text: str
    changed: bool


def side_by_side(old: str, new: str) -> tuple[list[Segment], list[Segment]]:
    """Segments of the old and the new text; `changed` marks deleted or inserted words."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    left: list[Segment] = []
    right: list[Segment] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if op == "equal":
            left.append(Segment("".join(a[i1:i2]), False))
            right.append(Segment("".join(b[j1:j2]), False))
            continue
        if i2 > i1:
            left.append(Segment("".join(a[i1:i2]), True))
        if j2 > j1:
            right.append(Segment("".join(b[j1:j2]), True))
    return left, right


def list_diff(old: list[str], new: list[str]) -> tuple[list[str], list[str]]:
    """Items only in the old list, items only in the new list (legal basis, sources)."""
    return [x for x in old if x not in new], [x for x in new if x not in old]
