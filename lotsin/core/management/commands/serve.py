from __future__ import annotations

from typing import Any

from django.core.management import call_command
from django.core.management.base import CommandParser

from lotsin.core.management.base import LotsinCommand


class Command(LotsinCommand):
    help = "Serve Lotsin for development or a demo (production: gunicorn, see README)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("addrport", nargs="?", default="127.0.0.1:8000")

    def handle(self, *args: Any, addrport: str, **options: Any) -> None:
        call_command("runserver", addrport, use_reloader=False)
