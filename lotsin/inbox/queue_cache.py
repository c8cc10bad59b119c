"""Rendered queue rows, reused while nothing they show has changed.

Twenty advisors polling the queue every 15 seconds ask for the same few pages again and again;
rendering thirty rows with their matches is most of a queue request's cost. Each web process
keeps the rows it rendered, keyed by organisation, page and filters, language and time zone,
and by the queue stamp: one number in the database that every change of posts, channels or the
knowledge base raises after its transaction commits. A stamp read before the rows are fetched
can only be older than what was rendered, never newer, so a cached page is never staler than
the stamp it is filed under. A short lifetime bounds what no write announces (a snoozed post
whose time has come).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from django.db import transaction
from django.db.models import F
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from lotsin.inbox.models import QueueStamp

STAMP_ID = 1
LIFETIME_SECONDS = 20
MAX_PAGES = 256  # about 30 KB each: under 8 MB per web process


_local = {"changes": 0}
_local_lock = threading.Lock()


def changed() -> None:
    """Raise the stamp once the current transaction commits (at once outside one). This
    process's own count moves at once, so the writer's next page is fresh even before then."""
    with _local_lock:
        _local["changes"] += 1
    transaction.on_commit(_raise_stamp)


def _raise_stamp() -> None:
    if not QueueStamp.objects.filter(pk=STAMP_ID).update(version=F("version") + 1):
        QueueStamp.objects.get_or_create(pk=STAMP_ID)


def current_stamp() -> int:
    version = QueueStamp.objects.filter(pk=STAMP_ID).values_list("version", flat=True).first()
    return version or 0


class RenderedPages:
    """A small least-recently-used store of rendered pages with a lifetime, per process."""

    def __init__(self, size: int = MAX_PAGES, lifetime: float = LIFETIME_SECONDS) -> None:
        self.size, self.lifetime = size, lifetime
        self._pages: OrderedDict[tuple[object, ...], tuple[float, str]] = OrderedDict()
        self._lock = threading.Lock()

    def get_or_render(self, key: tuple[object, ...], render: Callable[[], str]) -> str:
        now = time.monotonic()
        with self._lock:
            found = self._pages.get(key)
            if found is not None and found[0] > now:
                self._pages.move_to_end(key)
                return found[1]
        html = render()
        with self._lock:
            self._pages[key] = (now + self.lifetime, html)
            self._pages.move_to_end(key)
            while len(self._pages) > self.size:
                self._pages.popitem(last=False)
        return html

    def clear(self) -> None:
        with self._lock:
            self._pages.clear()


PAGES = RenderedPages()


def page_key(request: HttpRequest, organization_id: int) -> tuple[object, ...]:
    """Everything the rows depend on besides the data: whose, which page and filters, and in
    which language and time zone they are written. Read the stamp before fetching the rows."""
    query = tuple(sorted((name, tuple(values)) for name, values in request.GET.lists()))
    return (
        organization_id,
        current_stamp(),
        _local["changes"],
        get_language(),
        timezone.get_current_timezone_name(),
        query,
    )
