from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.importing import ImportRefused
from lotsin.core.management.base import LotsinCommand, get_organization, usage_error
from lotsin.core.models import Role
from lotsin.core.queries import get_user_roles
from lotsin.core.scoping import organization_scope
from lotsin.knowledge import transfer
from lotsin.knowledge.services.review_dates import check_review_dates


class Command(LotsinCommand):
    help = (
        "Knowledge base: 'import FILE --org ORG' (answers, claims, services; all or nothing), "
        "'export --org ORG [--kind K] [--format jsonl|csv|xlsx] [-o FILE]', "
        "'review-dates [--org ORG]' (the daily reminder and expiry check)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="import a JSONL, CSV or XLSX file")
        imp.add_argument("file", type=Path)
        imp.add_argument("--org", required=True)
        imp.add_argument(
            "--verified-by",
            help="username of the legal reviewer who already checked these answers "
            "(without it, imported answers wait in the review queue)",
        )
        exp = sub.add_parser("export", help="write answers, claims and services")
        exp.add_argument("--org", required=True)
        exp.add_argument("--kind", choices=[*transfer.KINDS, "all"], default="all")
        exp.add_argument("--format", choices=transfer.FORMATS, default="jsonl")
        exp.add_argument("-o", "--output", type=Path, help="file to write (default: stdout)")
        dates = sub.add_parser("review-dates", help="warn before review-by dates, mark expired")
        dates.add_argument("--org", help="one organisation (default: all)")

    def handle(self, *args: Any, action: str, **options: Any) -> None:
        if action == "review-dates":
            self._review_dates(options.get("org"))
            return
        org = get_organization(options["org"])
        with organization_scope(org):
            if action == "import":
                self._import(org, options["file"], options.get("verified_by"))
            else:
                self._export(org, options["kind"], options["format"], options.get("output"))

    def _import(self, org: Any, path: Path, verified_by: str | None) -> None:
        if not path.is_file():
            raise usage_error(f"{path}: no such file")
        reviewer = None
        if verified_by:
            reviewer = User.objects.filter(username=verified_by).first()
            if reviewer is None or Role.LEGAL_REVIEWER not in get_user_roles(reviewer, org):
                raise usage_error(f"{verified_by!r} is not a legal reviewer of {org.slug!r}")
        try:
            counts = transfer.import_file(path, organization=org, verified_by=reviewer)
        except ImportRefused as refused:
            for error in refused.errors:
                sys.stderr.write(f"{path.name}: {error}\n")
            raise CommandError(
                f"{path.name}: {len(refused.errors)} error(s); nothing was imported", returncode=1
            ) from None
        summary = "; ".join(f"{kind}: {c}" for kind, c in counts.items())
        self.stdout.write(f"{path.name}: {summary}")

    def _export(self, org: Any, kind: str, fmt: str, output: Path | None) -> None:
        kinds = transfer.KINDS if kind == "all" else (kind,)
        if fmt == "csv" and len(kinds) != 1:
            raise usage_error("CSV holds one kind per file: add --kind answer, claim or service")
        data = transfer.write_export(transfer.export_rows(org, kinds), fmt)
        audit.record(
            action="knowledge.exported", organization=org, data={"kind": kind, "format": fmt}
        )
        if output is None:
            if fmt == "xlsx":
                raise usage_error("XLSX is binary: give -o FILE")
            sys.stdout.write(data.decode("utf-8"))
        else:
            output.write_bytes(data)
            self.stderr.write(f"wrote {output}")

    def _review_dates(self, slug: str | None) -> None:
        from lotsin.core.models import Organization

        orgs = [get_organization(slug)] if slug else list(Organization.objects.all())
        for org in orgs:
            with organization_scope(org):
                warned, expired = check_review_dates(org)
            self.stdout.write(f"{org.slug}: warned {warned}, marked expired {expired}")
