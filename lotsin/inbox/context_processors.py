from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from lotsin.core.access import has_role


def crisis_alert(request: HttpRequest) -> dict[str, Any]:
    """Inbox members see unacknowledged crisis posts on every page (the queue shows its own)."""
    from lotsin.inbox.crisis import open_crises
    from lotsin.inbox.views import INBOX_ROLES

    org = getattr(request, "organization", None)
    match = getattr(request, "resolver_match", None)
    if org is None or not has_role(request, INBOX_ROLES):
        return {}
    if match is not None and match.view_name == "inbox:queue":
        return {}
    return {"open_crisis_count": open_crises(org).count()}
