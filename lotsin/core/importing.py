"""Shared shapes for imports: counts of what changed, and a batch refused with its line errors.

Importers validate a whole file first and write nothing when any line is bad, so a file is
imported entirely or not at all; running the same file twice changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# (line number in the file, the parsed object of that line)
Row = tuple[int, dict[str, Any]]


@dataclass
class ImportCounts:
    created: int = 0
    updated: int = 0
    unchanged: int = 0

    def add(self, other: ImportCounts) -> None:
        self.created += other.created
        self.updated += other.updated
        self.unchanged += other.unchanged

    def __str__(self) -> str:
        return f"created {self.created}, updated {self.updated}, unchanged {self.unchanged}"


class ImportRefused(Exception):
    """The batch has errors; nothing was written. `errors` are 'line N: what is wrong' texts."""

    def __init__(self, errors: list[str]) -> None:
        super().__init__("; ".join(errors[:5]))
        self.errors = errors


def line_error(line: int, message: str) -> str:
    return f"line {line}: {message}"
