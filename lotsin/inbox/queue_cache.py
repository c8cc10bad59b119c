"""Rendered queue rows and filters, reused while nothing they show has changed.

Twenty advisors polling the queue every 15 seconds ask for the same few pages again and again;
rendering thirty rows with their matches is most of a queue request's cost. Rendered pages are
kept in the `queue_pages` cache (Redis when REDIS_URL is set, so that all web processes share
them; else each process's memory), keyed by organisation, page and filters, language and time
zone, and by the queue stamp: one number in the database that every change of posts, channels
or the knowledge base raises after its transaction commits. The stamp is read before the rows
are fetched, so a page is never staler than the stamp it is filed under. A short lifetime
bounds what no write announces (a snoozed post whose time has come).
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable

from django.core.cache import caches
from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from lotsin.inbox.models import QueueStamp

logger = logging.getLogger(__name__)
STAMP_ID = 1
CACHE = "queue_pages"


def changed() -> None:
    """Raise the stamp once the current transaction commits (at once outside one). Robust: a
    failure here is logged and never stops the callbacks after it (crisis e-mails, triage)."""
    transaction.on_commit(_raise_stamp, robust=True)


def _raise_stamp() -> None:
    if not QueueStamp.objects.filter(pk=STAMP_ID).update(version=F("version") + 1):
        QueueStamp.objects.get_or_create(pk=STAMP_ID)


def current_stamp() -> int:
    version = QueueStamp.objects.filter(pk=STAMP_ID).values_list("version", flat=True).first()
    return version or 0


def get_or_render(key: tuple[object, ...], parts: dict[str, Callable[[], str]]) -> dict[str, str]:
    """The rendered parts of one page, each from the cache or rendered now (one round trip to
    the cache for all of them, one more to keep what was rendered)."""
    cache = caches[CACHE]
    names = {
        part: "queue:" + hashlib.sha256(repr((*key, part)).encode()).hexdigest() for part in parts
    }
    try:
        found = cache.get_many(list(names.values()))
    except Exception:  # noqa: BLE001 - a lost Redis must cost speed, never the queue
        logger.warning("queue page cache unavailable; rendering without it")
        return {part: render() for part, render in parts.items()}
    pages = {part: found.get(names[part]) for part in parts}
    fresh = {part: render() for part, render in parts.items() if pages[part] is None}
    if fresh:
        try:  # the cache's TIMEOUT is the page's lifetime (settings.CACHES)
            cache.set_many({names[part]: html for part, html in fresh.items()})
        except Exception:  # noqa: BLE001
            logger.warning("queue page cache unavailable; page not kept")
    return pages | fresh  # type: ignore[return-value]


# The query parameters the queue reads; others (cache busters, typos) must not make new pages.
QUERY_PARAMETERS = ("channel", "status", "language", "topic", "claim", "page")


def page_key(request: HttpRequest, organization_id: int, stamp: int) -> tuple[object, ...]:
    """Everything the rows depend on besides the data: whose, which page and filters, and in
    which language and time zone they are written. The stamp must be read before the rows are
    fetched (current_stamp, or with the page's header in queries.queue_counts)."""
    query = tuple(request.GET.get(name, "") for name in QUERY_PARAMETERS)
    return (
        organization_id,
        stamp,
        get_language(),
        timezone.get_current_timezone_name(),
        query,
    )
