from __future__ import annotations

import datetime as dt
from uuid import UUID

from ninja import Field, Schema


class TextOut(Schema):
    id: UUID
    language: str
    revision: int
    title: str
    body: str
    questions: list[str]
    status: str
    version: int
    outdated: bool = False


class VersionOut(Schema):
    id: UUID
    answer: UUID
    number: int
    status: str
    source_language: str
    legal_basis: list[str]
    sources: list[dict[str, str]]
    valid_from: dt.date | None
    review_by: dt.date | None
    expired: bool
    decided_at: dt.datetime | None
    withdrawn_reason: str
    texts: list[TextOut]


class AnswerOut(Schema):
    id: UUID
    slug: str
    topics: list[str]
    title: str
    current_version: int | None
    expired: bool
    languages: list[str]
    public_url: str | None
    demo: bool


class AnswerDetailOut(AnswerOut):
    versions: list[VersionOut]


class AnswerIn(Schema):
    language: str
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1)
    questions: list[str] = []
    topics: list[str] = []
    legal_basis: list[str] = []
    sources: list[dict[str, str]] = []
    valid_from: dt.date | None = None
    review_by: dt.date | None = None


class TranslationIn(Schema):
    language: str
    title: str = Field(min_length=1, max_length=300)
    body: str = Field(min_length=1)
    questions: list[str] = []


class DecisionIn(Schema):
    message: str = ""


class UseIn(Schema):
    context: str = "reply"
    channel: str = Field(min_length=1, max_length=200)
    reference: str = Field(default="", max_length=500)


class UseOut(Schema):
    id: UUID
    text: UUID
    context: str
    channel: str
    used_at: dt.datetime
    correction_done_at: dt.datetime | None


class PhrasingIO(Schema):
    language: str
    text: str


class ClaimOut(Schema):
    id: UUID
    summary: str
    verdict: str
    status: str
    first_seen: dt.date | None
    topics: list[str]
    answer: UUID | None
    phrasings: list[PhrasingIO]


class ClaimIn(Schema):
    summary: str = Field(min_length=1, max_length=300)
    verdict: str
    status: str = "circulating"
    first_seen: dt.date | None = None
    topics: list[str] = []
    answer: UUID | None = None
    phrasings: list[PhrasingIO]


class PublicAnswerOut(Schema):
    slug: str
    language: str
    title: str
    body: str
    legal_basis: list[str]
    valid_from: dt.date | None
    checked_on: dt.date | None
    outdated: bool
    expired: bool
    other_languages: list[str]
    url: str
