from __future__ import annotations

from datetime import datetime
from uuid import UUID

from ninja import Schema


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
