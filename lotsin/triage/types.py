"""Plain data of the triage contract (PRODUCT.md, "Triage contract")."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TOPICS = (
    "work",
    "jobcentre",
    "residence",
    "recognition",
    "language",
    "education",
    "childcare",
    "housing",
    "health",
    "violence",
)
URGENCIES = ("crisis", "high", "normal")


@dataclass(frozen=True)
class Post:
    id: str
    text: str
    channel: str | None = None
    author: str | None = None
    posted_at: str | None = None
    reply_to: str | None = None


@dataclass(frozen=True)
class Claim:
    """One phrasing of a known claim; several share an id."""

    id: str
    language: str
    text: str


@dataclass(frozen=True)
class Answer:
    """One verified translation of an answer; several share an id."""

    id: str
    language: str
    title: str
    body: str
    questions: tuple[str, ...] = ()


@dataclass
class Result:
    id: str
    language: str
    is_question: bool
    topics: list[str]
    urgency: str
    claims: list[dict[str, Any]]
    answers: list[dict[str, Any]]
    duplicate_of: str | None
    evidence: dict[str, Any] = field(default_factory=dict)

    def as_dict(self, explain: bool = False) -> dict[str, Any]:
        out = {
            "id": self.id,
            "language": self.language,
            "is_question": self.is_question,
            "topics": self.topics,
            "urgency": self.urgency,
            "claims": self.claims,
            "answers": self.answers,
            "duplicate_of": self.duplicate_of,
        }
        if explain:
            out["evidence"] = self.evidence
        return out
