"""Cases API (participants, plans, sessions, outcomes; the partner's consented slice)."""

from ninja import Router

router = Router(tags=["cases"])
