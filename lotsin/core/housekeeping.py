"""Daily housekeeping: each app registers what must run once a day per organisation (retention,
reminders, review dates). `lotsin housekeeping` runs it from cron or a systemd timer, and a
long-running `lotsin worker` enqueues it once a day by itself."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from django_tasks import task

from lotsin.core.models import Organization
from lotsin.core.scoping import organization_scope
from lotsin.core.tasks import in_organization

log = logging.getLogger(__name__)
DailyJob = Callable[[Organization], int | tuple[int, ...] | list[int]]
DAILY_JOBS: dict[str, DailyJob] = {}
DAY_SECONDS = 24 * 60 * 60


def register_daily(name: str, job: DailyJob) -> None:
    DAILY_JOBS[name] = job


def run_daily(organization: Organization) -> dict[str, object]:
    """Every registered job for one organisation, each in its own try: one failing stops none."""
    results: dict[str, object] = {}
    with organization_scope(organization):
        for name, job in DAILY_JOBS.items():
            try:
                results[name] = job(organization)
            except Exception:  # noqa: BLE001  logged with its name; the others still run
                log.exception("daily job %s failed for organisation %s", name, organization.pk)
                results[name] = "failed"
    return results


@task()
@in_organization
def housekeeping_task(organization: Organization) -> dict[str, object]:
    return run_daily(organization)


def enqueue_for_all() -> int:
    ids = list(Organization.objects.values_list("pk", flat=True))
    for pk in ids:
        housekeeping_task.enqueue(pk)
    return len(ids)


def start_daily_timer() -> threading.Thread:
    """Inside a long-running worker: enqueue the housekeeping now and then every 24 hours."""
    stop = threading.Event()

    def loop() -> None:
        while True:
            try:
                enqueue_for_all()
            except Exception:  # noqa: BLE001  the timer must outlive a database hiccup
                log.exception("could not enqueue the daily housekeeping")
            if stop.wait(DAY_SECONDS):
                return

    thread = threading.Thread(target=loop, name="lotsin-daily", daemon=True)
    thread.start()
    return thread
