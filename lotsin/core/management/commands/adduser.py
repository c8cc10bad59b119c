from __future__ import annotations

import sys
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import CommandParser
from django.db import transaction

from lotsin.core.management.base import LotsinCommand, get_organization, usage_error
from lotsin.core.models import Role
from lotsin.core.services import add_membership


class Command(LotsinCommand):
    help = "Create a user (or reuse an existing one) and give her a role in an organisation."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("username")
        parser.add_argument("--org", required=True, help="organisation short name")
        parser.add_argument(
            "--role",
            required=True,
            action="append",
            help=f"one of {', '.join(Role.values)}; repeat for several",
        )
        parser.add_argument("--email", default="")
        parser.add_argument(
            "--password-stdin", action="store_true", help="read the password from standard input"
        )

    def handle(
        self,
        *args: Any,
        username: str,
        org: str,
        role: list[str],
        email: str,
        password_stdin: bool,
        **options: Any,
    ) -> None:
        unknown = [r for r in role if r not in Role.values]
        if unknown:
            raise usage_error(f"unknown role {unknown[0]!r}; roles are {', '.join(Role.values)}")
        organization = get_organization(org)
        password = sys.stdin.readline().rstrip("\n") if password_stdin else None
        User = get_user_model()
        with transaction.atomic():
            user, created = User.objects.get_or_create(username=username, defaults={"email": email})
            if password is not None:
                try:
                    validate_password(password, user)
                except ValidationError as exc:
                    raise usage_error("password refused: " + " ".join(exc.messages)) from exc
                user.set_password(password)
                user.save(update_fields=["password"])
            elif created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
            for r in role:
                add_membership(organization=organization, user=user, role=r)
        verb = "created" if created else "updated"
        self.stdout.write(f"{verb} user {username} in {organization.slug} as {', '.join(role)}")
