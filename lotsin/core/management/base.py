"""Shared base for Lotsin's commands: argument mistakes get one line and exit code 2."""

from __future__ import annotations

import sys
from typing import Any, NoReturn

from django.core.management.base import BaseCommand, CommandError, CommandParser


class OneLineParser(CommandParser):
    def error(self, message: str) -> NoReturn:
        if getattr(self, "called_from_command_line", False):
            sys.stderr.write(f"{self.prog}: error: {message}\n")
            sys.exit(2)
        raise CommandError(f"Error: {message}")


class LotsinCommand(BaseCommand):
    def create_parser(self, prog_name: str, subcommand: str, **kwargs: Any) -> CommandParser:
        parser = super().create_parser(prog_name, subcommand, **kwargs)
        parser.__class__ = OneLineParser
        return parser


def usage_error(message: str) -> CommandError:
    """An error about what the caller asked for (a missing organisation, an unknown role)."""
    return CommandError(message, returncode=2)


def get_organization(slug: str):  # type: ignore[no-untyped-def]
    from lotsin.core.models import Organization

    org = Organization.objects.filter(slug=slug).first()
    if org is None:
        known = ", ".join(Organization.objects.values_list("slug", flat=True)[:20]) or "none yet"
        raise usage_error(f"organisation {slug!r} does not exist (known: {known})")
    return org
