"""`lotsin person export|erase CASE --org ORG`: the rights of one participant (portability and
erasure) from the command line; both are audited like the same actions in the browser."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser
from django.utils.translation import gettext as _

from lotsin.cases import rights
from lotsin.core.management.base import LotsinCommand, OneLineParser, get_organization, usage_error
from lotsin.core.scoping import organization_scope


class Command(LotsinCommand):
    help = (
        "Rights of one participant: 'export CASE --org ORG [-o DIR]' writes CASE.json and a "
        "readable CASE.pdf; 'erase CASE --org ORG [--yes]' erases her personal data in every "
        "table and keeps the anonymous statistics."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True, parser_class=OneLineParser)
        exp = sub.add_parser("export", help="write everything held about her (JSON and PDF)")
        exp.add_argument("case", help="her case number")
        exp.add_argument("--org", required=True, help="the organisation's short name")
        exp.add_argument(
            "-o", "--output", type=Path, default=Path("."), help="directory (default: here)"
        )
        exp.add_argument(
            "--language", help="language of the readable file (default: her first language)"
        )
        erase = sub.add_parser("erase", help="erase her personal data, keep the statistics")
        erase.add_argument("case", help="her case number")
        erase.add_argument("--org", required=True, help="the organisation's short name")
        erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    def handle(self, *args: Any, action: str, case: str, org: str, **options: Any) -> None:
        organization = get_organization(org)
        with organization_scope(organization):
            try:
                participant = rights.find_case(organization=organization, case_number=case)
            except rights.RightsError as refused:
                raise usage_error(refused.message) from None
            if action == "export":
                self._export(participant, options["output"], options.get("language"))
            else:
                self._erase(participant, assume_yes=options["yes"])

    def _export(self, participant: Any, directory: Path, language: str | None) -> None:
        if directory.exists() and not directory.is_dir():
            raise usage_error(_("%(path)s is not a directory") % {"path": directory})
        data = rights.export_person(actor=None, participant=participant)
        paths = rights.write_export(
            data, directory, language or rights.export_language(participant)
        )
        for path in paths:
            self.stdout.write(str(path))
        if not rights.pdf_available():
            self.stderr.write(
                _("WeasyPrint is not installed: wrote a readable HTML file instead of a PDF.")
            )

    def _erase(self, participant: Any, *, assume_yes: bool) -> None:
        if participant.anonymised_at is not None:
            self.stdout.write(
                _("Case %(case)s was already erased on %(date)s; erasing again.")
                % {"case": participant.case_number, "date": participant.anonymised_at.date()}
            )
        if not assume_yes:
            if not sys.stdin.isatty():
                raise usage_error(_("Not erased: confirm with --yes when not at a terminal."))
            self.stdout.write(
                _(
                    "This erases the personal data of case %(case)s in every table; the "
                    "anonymous statistics stay. It cannot be undone."
                )
                % {"case": participant.case_number}
            )
            answer = input(_("Type the case number to confirm: "))
            if answer.strip() != participant.case_number:
                raise CommandError(_("Not erased: the case number did not match."), returncode=1)
        counts = rights.erase_person(actor=None, participant=participant)
        self.stdout.write(
            _(
                "Erased case %(case)s: %(blanked)d rows blanked, %(deleted)d rows deleted, "
                "%(events)d audit events redacted."
            )
            % {
                "case": participant.case_number,
                "blanked": counts["rows_blanked"],
                "deleted": counts["rows_deleted"],
                "events": counts["audit_events"],
            }
        )
