from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser

from lotsin.core.housekeeping import DAILY_JOBS, run_daily
from lotsin.core.management.base import LotsinCommand, usage_error
from lotsin.core.models import Organization


class Command(LotsinCommand):
    help = (
        "Run the daily jobs (retention, follow-up reminders, review dates) for every "
        "organisation, or one (--org). Run it once a day from cron or a systemd timer."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", help="the organisation's short name (default: all)")

    def handle(self, *args: Any, org: str | None, **options: Any) -> None:
        organizations = Organization.objects.all()
        if org:
            organizations = organizations.filter(slug=org)
            if not organizations.exists():
                raise usage_error(f"no organisation with the short name {org!r}")
        for organization in organizations:
            results = run_daily(organization)
            summary = ", ".join(f"{name} {value}" for name, value in results.items())
            self.stdout.write(f"{organization.slug}: {summary or 'no daily jobs'}")
        if not DAILY_JOBS:
            self.stdout.write("no daily jobs are registered")
