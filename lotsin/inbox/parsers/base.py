"""What every chat-export parser yields, and how it reports a broken file.

Parsers are pure Python (standard library and ijson), Django-free, and stream: they yield one
message at a time so that a 300,000-message export runs in constant memory. The importer writes
them in batches and decides what is new by `key`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class ParsedMessage:
    # Stable within the chat: the export's message id, or for WhatsApp (which has none) a key
    # derived from time, author and text, so that re-importing a longer export adds only the new.
    key: str
    text: str
    posted_at: dt.datetime  # timezone-aware
    author: str | None = None  # display name or handle as exported; None for deleted accounts
    reply_to: str | None = None  # key of the message replied to
    forwarded_from: str | None = None
    # "message", "service" (joined, pinned...), "media" (a placeholder without text)
    kind: str = "message"
    # Where it came from in the file, for error messages and tests: line number or byte offset.
    line: int | None = None
    extra: dict[str, str] = field(default_factory=dict)


class ParseError(Exception):
    """The file cannot be read as this format; says where (line or byte offset) and why."""

    def __init__(self, message: str, *, line: int | None = None, offset: int | None = None) -> None:
        where = (
            f"line {line}: "
            if line is not None
            else f"byte {offset}: "
            if offset is not None
            else ""
        )
        super().__init__(f"{where}{message}")
        self.line = line
        self.offset = offset


class WrongExport(ParseError):
    """A known export we cannot use (Facebook group, Telegram HTML): says what to do instead."""
