from __future__ import annotations

from datetime import datetime
from uuid import UUID

from ninja import Field, Schema
from ninja.pagination import PageNumberPagination


class OrganizationOut(Schema):
    id: UUID
    slug: str
    name: str
    active: bool
    roles: list[str]


class MeOut(Schema):
    id: UUID
    username: str
    first_name: str
    last_name: str
    email: str
    language: str
    organization: OrganizationOut


class MemberOut(Schema):
    id: UUID
    username: str
    first_name: str
    last_name: str
    role: str
    since: datetime


class ErrorOut(Schema):
    detail: str


class BoundedPageNumberPagination(PageNumberPagination):
    """Page numbers stop at 100,000: a larger offset overflows the database's integers (a 500)."""

    class Input(Schema):
        page: int = Field(1, ge=1, le=100_000)
        page_size: int | None = Field(None, ge=1)
