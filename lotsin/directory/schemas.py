from __future__ import annotations

from datetime import datetime
from typing import Any, Literal
from uuid import UUID

from ninja import Field, Schema

LanguageCode = Field(pattern=r"^[a-z]{2,3}$")


class ServiceFilterIn(Schema):
    topic: str = ""
    language: str = ""
    district: str = ""
    kind: Literal["", "service", "hotline"] = ""
    q: str = Field("", max_length=100)
    open_now: bool = False


class ServiceOut(Schema):
    id: UUID
    kind: str
    external_id: str
    name: str
    provider: str
    description: str
    descriptions: dict[str, str]
    topics: list[str]
    languages: list[str]
    district: str
    address: str
    latitude: float | None
    longitude: float | None
    opening_hours: dict[str, Any]
    open_now: bool
    phone: str
    web: str
    email: str
    women_only: bool
    childcare_on_site: bool
    free_of_charge: bool
    accessible: bool
    online_option: bool
    scope: str
    public: bool
    demo: bool
    created_at: datetime
    updated_at: datetime


class ServicePatch(Schema):
    """Every field optional: only the fields sent are changed."""

    kind: Literal["service", "hotline"] | None = None
    external_id: str | None = Field(None, max_length=100)
    name: str | None = Field(None, min_length=1, max_length=200)
    provider: str | None = Field(None, max_length=200)
    description: str | None = None
    descriptions: dict[str, str] | None = None
    topics: list[str] | None = None
    languages: list[str] | None = None
    district: str | None = Field(None, max_length=100)
    address: str | None = Field(None, max_length=300)
    latitude: float | None = Field(None, ge=-90, le=90)
    longitude: float | None = Field(None, ge=-180, le=180)
    opening_hours: dict[str, Any] | None = None
    phone: str | None = Field(None, max_length=60)
    web: str | None = Field(None, max_length=200)
    email: str | None = Field(None, max_length=254)
    women_only: bool | None = None
    childcare_on_site: bool | None = None
    free_of_charge: bool | None = None
    accessible: bool | None = None
    online_option: bool | None = None
    scope: Literal["local", "nationwide"] | None = None
    public: bool | None = None
    demo: bool | None = None


class ServiceIn(ServicePatch):
    name: str = Field(..., min_length=1, max_length=200)  # type: ignore[assignment]


class ReferralOut(Schema):
    language: str
    text_language: str
    text: str
