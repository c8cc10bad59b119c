from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import CommandError, CommandParser
from tqdm import tqdm

from lotsin.core.management.base import LotsinCommand, get_organization, usage_error
from lotsin.core.scoping import organization_scope
from lotsin.inbox.importing import FORMATS, ImportFailed, import_file
from lotsin.inbox.models import Channel


class Command(LotsinCommand):
    help = (
        "Import a chat export (Telegram JSON, WhatsApp .txt/.zip, Messenger JSON, CSV, JSONL) "
        "into a channel; prints 'imported N, unchanged M, failed K'."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument("--org", required=True)
        parser.add_argument("--channel", required=True, help="the channel's name")
        parser.add_argument("--format", choices=FORMATS, default="auto")
        parser.add_argument("--timezone", default="Europe/Berlin")
        parser.add_argument("--chat", help="which chat of a full Telegram export (name or id)")

    def handle(self, *args: Any, file: Path, org: str, channel: str, **options: Any) -> None:
        organization = get_organization(org)
        if not file.is_file():
            raise usage_error(f"{file}: no such file")
        with organization_scope(organization):
            target = Channel.objects.filter(organization=organization, name=channel).first()
            if target is None:
                names = Channel.objects.filter(organization=organization).values_list(
                    "name", flat=True
                )
                known = ", ".join(names[:20]) or "none yet"
                raise usage_error(f"channel {channel!r} does not exist in {org!r} (known: {known})")
            bar = tqdm(unit=" messages", file=sys.stderr, disable=not sys.stderr.isatty())
            last = [0]

            def progress(done: int) -> None:
                bar.update(done - last[0])
                last[0] = done

            try:
                _batch, counts = import_file(
                    channel=target, path=file, file_format=options["format"],
                    tz=options["timezone"], chat=options.get("chat"), progress=progress,
                )  # fmt: skip
            except ImportFailed as failed:
                bar.close()
                batch = target.imports.first()
                self.stdout.write(
                    f"imported {batch.imported}, unchanged {batch.unchanged}, failed 1"
                )
                raise CommandError(str(failed), returncode=1) from None
            bar.close()
        self.stdout.write(str(counts))
