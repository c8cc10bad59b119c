from __future__ import annotations

from typing import Any

from django.core.management.base import CommandParser
from django.db import IntegrityError

from lotsin.core.management.base import LotsinCommand, usage_error
from lotsin.core.services import create_organization


class Command(LotsinCommand):
    help = "Create an organisation."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("name", help="the organisation's name")
        parser.add_argument("--slug", default="", help="short name used by other commands")

    def handle(self, *args: Any, name: str, slug: str, **options: Any) -> None:
        try:
            org = create_organization(name=name, slug=slug)
        except IntegrityError as exc:
            raise usage_error(
                f"an organisation with the short name {slug or name!r} exists"
            ) from exc
        except ValueError as exc:
            raise usage_error(str(exc)) from exc
        self.stdout.write(f"created organisation {org.slug}")
