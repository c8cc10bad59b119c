"""JSONL and CSV in the triage contract's post format: {"id", "text", "channel"?, "author"?,
"posted_at"?, "reply_to"?}. A bad line stops the import with its line number."""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

from lotsin.inbox.parsers.base import ParsedMessage, ParseError


def _when(value: object, line: int, tz: ZoneInfo) -> dt.datetime:
    if not value:
        return dt.datetime.now(tz)
    try:
        when = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError as exc:
        raise ParseError(f"posted_at is not ISO-8601: {value!r}", line=line) from exc
    return when if when.tzinfo else when.replace(tzinfo=tz)


def _message(row: dict[str, object], line: int, tz: ZoneInfo) -> ParsedMessage:
    for name in ("id", "text"):
        if not isinstance(row.get(name), str | int) or not str(row.get(name)).strip():
            raise ParseError(f"missing field {name!r}", line=line)
    return ParsedMessage(
        key=str(row["id"]),
        text=str(row["text"]),
        posted_at=_when(row.get("posted_at"), line, tz),
        author=str(row["author"]) if row.get("author") else None,
        reply_to=str(row["reply_to"]) if row.get("reply_to") else None,
        line=line,
    )


def parse_contract(
    path: Path, file_format: str, *, timezone: str = "Europe/Berlin"
) -> Iterator[ParsedMessage]:
    tz = ZoneInfo(timezone)
    with path.open(encoding="utf-8", newline="") as fh:
        if file_format == "csv":
            for line, row in enumerate(csv.DictReader(fh), start=2):
                yield _message(row, line, tz)
            return
        for line, text in enumerate(fh, start=1):
            if not text.strip():
                continue
            try:
                row = json.loads(text)
            except ValueError as exc:
                raise ParseError(f"not JSON ({exc.msg})", line=line) from exc
            if not isinstance(row, dict):
                raise ParseError("not a JSON object", line=line)
            yield _message(row, line, tz)
