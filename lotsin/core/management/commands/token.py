from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandParser

from lotsin.accounts.services import create_token
from lotsin.core.management.base import LotsinCommand, get_organization, usage_error
from lotsin.core.queries import list_user_organizations


class Command(LotsinCommand):
    help = "Create a personal API token for a user and print it once."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--org", help="organisation short name (needed if she has several)")
        parser.add_argument("--name", default="command line")
        parser.add_argument("--days", type=int, default=None)

    def handle(
        self,
        *args: Any,
        username: str,
        org: str | None,
        name: str,
        days: int | None,
        **options: Any,
    ) -> None:
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise usage_error(f"user {username!r} does not exist")
        orgs = list(list_user_organizations(user))
        if org:
            organization = get_organization(org)
            if organization not in orgs:
                raise usage_error(f"user {username!r} has no role in {org!r}")
        elif len(orgs) == 1:
            organization = orgs[0]
        else:
            names = ", ".join(o.slug for o in orgs) or "none"
            raise usage_error(f"choose the organisation with --org (hers: {names})")
        try:
            new = create_token(user=user, organization=organization, name=name, days=days)
        except ValueError as exc:
            raise usage_error(str(exc)) from exc
        self.stdout.write(new.plaintext)
