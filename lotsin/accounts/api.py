from __future__ import annotations

from django.http import HttpRequest
from ninja import Router

from lotsin.accounts.models import ApiToken
from lotsin.accounts.schemas import TokenOut
from lotsin.core.schemas import ErrorOut

router = Router(tags=["tokens"])


@router.get(
    "/tokens",
    response={200: list[TokenOut], 401: ErrorOut},
    summary="Your tokens in this organisation",
)
def tokens(request: HttpRequest) -> list[TokenOut]:
    return [
        TokenOut(
            id=t.public_id,
            name=t.name,
            prefix=t.prefix,
            created_at=t.created_at,
            expires_at=t.expires_at,
            revoked=t.revoked_at is not None,
            last_used_at=t.last_used_at,
        )
        for t in ApiToken.objects.filter(user=request.user)
    ]
