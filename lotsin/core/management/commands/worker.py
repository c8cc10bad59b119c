from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import CommandParser

from lotsin.core.management.base import LotsinCommand, usage_error


class Command(LotsinCommand):
    help = "Run a background-task worker for the configured backend (database or RQ)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--burst", action="store_true", help="finish the queued tasks, then exit"
        )

    def handle(self, *args: Any, burst: bool, **options: Any) -> None:
        backend = settings.TASK_BACKEND
        if not burst:  # a long-running worker also enqueues the daily housekeeping
            from lotsin.core.housekeeping import start_daily_timer

            start_daily_timer()
        if backend == "rq":
            call_command(
                "rqworker",
                "default",
                burst=burst,
                with_scheduler=not burst,
                job_class="django_tasks_rq.backend.Job",
                # Jobs run in the worker process itself instead of a fresh fork each: the
                # triage engine (an embedding model) is loaded once, not once per job.
                worker_class="rq.worker.SimpleWorker",
            )
        elif backend == "database":
            call_command("db_worker", batch=burst, interval=1, reload=False, startup_delay=False)
        else:
            raise usage_error(f"the {backend!r} task backend runs tasks without a worker")
