"""Reading the contract's JSONL files: bad lines are reported with their number and skipped."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from lotsin.triage.types import Answer, Claim, Post


@dataclass
class LineErrors:
    source: str
    errors: list[str] = field(default_factory=list)

    def add(self, line_number: int, reason: str) -> None:
        self.errors.append(f"{self.source}:{line_number}: {reason}")


def _records(stream: IO[str], errors: LineErrors) -> Iterator[tuple[int, dict[str, Any]]]:
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.add(number, f"not JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(record, dict):
            errors.add(number, "not a JSON object")
            continue
        yield number, record


def _need_str(record: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
    value = record.get(key)
    if value is None and optional:
        return None
    if value is None:
        raise ValueError(f"missing {key!r}")
    if not isinstance(value, str):
        raise ValueError(f"{key!r} must be a string, got {type(value).__name__}")
    return value


def _parse(
    stream: IO[str], errors: LineErrors, build: Callable[[dict[str, Any]], Any]
) -> Iterator[Any]:
    for number, record in _records(stream, errors):
        try:
            yield build(record)
        except ValueError as exc:
            errors.add(number, str(exc))


def _post(r: dict[str, Any]) -> Post:
    post_id = _need_str(r, "id")
    if not post_id:
        raise ValueError("'id' is empty")
    return Post(
        id=post_id,
        text=_need_str(r, "text") or "",
        channel=_need_str(r, "channel", optional=True),
        author=_need_str(r, "author", optional=True),
        posted_at=_need_str(r, "posted_at", optional=True),
        reply_to=_need_str(r, "reply_to", optional=True),
    )


def _claim(r: dict[str, Any]) -> Claim:
    return Claim(
        id=_need_str(r, "id") or "",
        language=_need_str(r, "language") or "",
        text=_need_str(r, "text") or "",
    )


def _answer(r: dict[str, Any]) -> Answer:
    questions = r.get("questions") or []
    if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
        raise ValueError("'questions' must be a list of strings")
    return Answer(
        id=_need_str(r, "id") or "",
        language=_need_str(r, "language") or "",
        title=_need_str(r, "title") or "",
        body=_need_str(r, "body") or "",
        questions=tuple(questions),
    )


def read_posts(stream: IO[str], errors: LineErrors) -> Iterator[Post]:
    return _parse(stream, errors, _post)


def read_claims(path: Path, errors: LineErrors) -> list[Claim]:
    with path.open(encoding="utf-8") as f:
        return list(_parse(f, errors, _claim))


def read_answers(path: Path, errors: LineErrors) -> list[Answer]:
    with path.open(encoding="utf-8") as f:
        return list(_parse(f, errors, _answer))


@dataclass
class LabelledSet:
    """A directory in the contract's format with gold results (for benches and calibration)."""

    claims: list[Claim]
    answers: list[Answer]
    posts: list[Post]
    gold: list[dict[str, Any]]
    errors: LineErrors


def read_labelled_dir(directory: Path) -> LabelledSet:
    errors = LineErrors(str(directory))
    claims = read_claims(directory / "claims.jsonl", errors)
    answers = read_answers(directory / "answers.jsonl", errors)
    with (directory / "posts.jsonl").open(encoding="utf-8") as f:
        posts = list(read_posts(f, errors))
    with (directory / "gold.jsonl").open(encoding="utf-8") as f:
        gold = [json.loads(line) for line in f if line.strip()]
    return LabelledSet(claims, answers, posts, gold, errors)
