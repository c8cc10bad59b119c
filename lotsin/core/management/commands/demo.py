"""Demo data: two organisations with a user per role. Running it twice changes nothing."""

from __future__ import annotations

from typing import Any

from django.contrib.auth import get_user_model
from django.core.management.base import CommandParser
from django.db import transaction

from lotsin.core.management.base import LotsinCommand
from lotsin.core.models import Organization, Role
from lotsin.core.services import add_membership, create_organization

DEMO_PASSWORD = "lotsin-demo-2026"
DEMO_ORGS = [
    (
        "bruecke",
        "Brücke Berlin (demo)",
        ["Olena", "Marta", "Leyla", "Sabine", "Farida", "Jana", "Aylin"],
    ),
    (
        "wegweiserin",
        "Wegweiserin Köln (demo)",
        ["Iryna", "Nadia", "Shirin", "Petra", "Amal", "Karin", "Elif"],
    ),
]


def demo_user(username: str, first_name: str) -> Any:
    """A demo sign-in (made once, with the demo password; left as it is afterwards)."""
    user, created = get_user_model().objects.get_or_create(
        username=username,
        defaults={
            "first_name": first_name, "last_name": "Demo", "email": f"{username}@example.org",
        },
    )  # fmt: skip
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    return user


class Command(LotsinCommand):
    help = "Load demo organisations and users (idempotent) and print the demo sign-ins."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--quiet", action="store_true", help="do not print the sign-ins")

    def handle(self, *args: Any, quiet: bool, **options: Any) -> None:
        User = get_user_model()
        lines = []
        with transaction.atomic():
            for slug, name, first_names in DEMO_ORGS:
                org = Organization.objects.filter(slug=slug).first() or create_organization(
                    name=name, slug=slug
                )
                for role, first_name in zip(Role.values, first_names, strict=True):
                    username = f"{slug}-{role.replace('_', '-')}"
                    user = demo_user(username, first_name)
                    add_membership(organization=org, user=user, role=role)
                    lines.append(f"  {username:32} {org.name}: {Role(role).label}")
            # One person in both organisations, to show switching between them.
            both = demo_user("demo-both", "Dana")
            for slug, _name, _people in DEMO_ORGS:
                org = Organization.objects.get(slug=slug)
                add_membership(organization=org, user=both, role=Role.COORDINATOR)
                add_membership(organization=org, user=both, role=Role.ADMIN)
            lines.append(f"  {'demo-both':32} both: coordinator and administrator")
            kb_summary = _load_knowledge_base(User)
            cases_summary = _load_cases(lines)
        if not quiet:
            self.stdout.write(f"Demo knowledge base (bruecke):\n{kb_summary}")
            self.stdout.write(f"Demo cases:\n{cases_summary}")
            self.stdout.write(f"Demo sign-ins (password for all: {DEMO_PASSWORD}):")
            self.stdout.write("\n".join(lines))


def _load_knowledge_base(User: Any) -> str:  # noqa: N803 - the user model class
    from lotsin.inbox.demo import load_demo as load_inbox
    from lotsin.knowledge.demo import load_demo

    organization = Organization.objects.get(slug="bruecke")
    knowledge = load_demo(
        organization=organization,
        reviewer=User.objects.get(username="bruecke-legal-reviewer"),
        author=User.objects.get(username="bruecke-coordinator"),
        advisor=User.objects.get(username="bruecke-advisor"),
    )
    # After the answers: the posts are triaged against them.
    return knowledge + "\n" + load_inbox(organization=organization)


def _load_cases(sign_ins: list[str]) -> str:
    """Participants in both organisations and each one's Jobcenter partner (added to sign-ins)."""
    from lotsin.cases.demo import load_demo

    summaries = []
    for slug, _name, _people in DEMO_ORGS:
        summary, lines = load_demo(organization=Organization.objects.get(slug=slug))
        summaries.append(summary)
        sign_ins.extend(lines)
    return "\n".join(summaries)
