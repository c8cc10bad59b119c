"""Long multilingual phrase lists, searched only where their script occurs.

Python's `re` tries every branch of a large alternation at every position of the text, and a
pattern that starts with a look-behind gets no literal-prefix speed-up: 400 phrases in one
alternation cost about 7 ms a post. Most phrases cannot match a post that lacks their script (an
Arabic phrase in a Ukrainian post), so each phrase is compiled alone, filed under the scripts of
its letters, and only the files of the scripts present in the post are searched.
"""

from __future__ import annotations

import re

SCRIPTS = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "arabic": re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "ethiopic": re.compile(r"[\u1200-\u139f]"),
    "han": re.compile(r"[\u3400-\u9fff]"),
}
# Syntax, not letters of a script: escapes (\w, \d) and negated classes (sentence ends: [^.!?።]).
_SYNTAX = re.compile(r"\\.|\[\^[^\]]*\]")


def scripts_in(text: str) -> tuple[str | None, ...]:
    """The scripts whose letters occur in `text`, after None (phrases of no script)."""
    return (None, *(name for name, found in SCRIPTS.items() if found.search(text)))


class CueList:
    def __init__(self, patterns: list[str]) -> None:
        self._by_script: dict[str | None, list[re.Pattern[str]]] = {}
        for pattern in patterns:
            letters = _SYNTAX.sub("", pattern)
            scripts = [name for name, found in SCRIPTS.items() if found.search(letters)] or [None]
            compiled = re.compile(pattern, re.I)  # alone: alternations measured slower
            for script in scripts:
                self._by_script.setdefault(script, []).append(compiled)

    @property
    def scripts(self) -> set[str | None]:
        """The scripts the phrases were filed under."""
        return set(self._by_script)

    def search(self, text: str, scripts: tuple[str | None, ...] | None = None) -> str | None:
        """The first phrase found in `text`, or None. `scripts`: scripts_in(text), when the
        caller searches several lists in the same text."""
        for script in scripts if scripts is not None else scripts_in(text):
            for pattern in self._by_script.get(script, ()):
                match = pattern.search(text)
                if match:
                    return match.group(0)
        return None
