from __future__ import annotations

from datetime import datetime
from uuid import UUID

from ninja import Schema


class TokenOut(Schema):
    id: UUID
    name: str
    prefix: str
    created_at: datetime
    expires_at: datetime
    revoked: bool
    last_used_at: datetime | None
