#!/usr/bin/env python
"""Import speed and memory: a 100,000-message Telegram export and a 100,000-line WhatsApp export
into a fresh SQLite database (PostgreSQL when DATABASE_URL is set), without triage. Prints
`name: value` lines.

    python bench/inbox_import.py [--messages 100000]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TEXTS = [
    "Дівчата, підкажіть будь ласка, як записатися на інтеграційний курс?",
    "Хтось знає, чи Jobcenter оплачує переклад диплома?",
    "هل يعرف أحد أين أجد طبيبة نسائية تتكلم العربية؟",
    "کسی میدونه برای Kita-Gutschein کجا باید درخواست بدم؟",
    "Danke euch allen für die Hilfe!",
    "Bugün Jobcenter randevum var, tercüman lazım mı?",
]


def _telegram(path: Path, n: int) -> None:
    rng = random.Random(1)
    with path.open("w", encoding="utf-8") as fh:
        fh.write('{"name": "Bench", "type": "public_supergroup", "id": 42, "messages": [\n')
        for i in range(n):
            message = {
                "id": i + 1, "type": "message", "date": "2026-03-01T10:00:00",
                "date_unixtime": str(1772355600 + i * 30), "from": f"User {i % 500}",
                "from_id": f"user{i % 500}", "text": f"{rng.choice(TEXTS)} #{i}",
            }  # fmt: skip
            fh.write(("," if i else "") + json.dumps(message, ensure_ascii=False) + "\n")
        fh.write("]}\n")


def _whatsapp(path: Path, n: int) -> None:
    rng = random.Random(2)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            minute = i // 4
            day, rest = divmod(minute, 24 * 60)
            hour, mins = divmod(rest, 60)
            fh.write(
                f"{1 + day % 28:02d}.{1 + (day // 28) % 12:02d}.25, {hour:02d}:{mins:02d} - "
                f"User {i % 300}: {rng.choice(TEXTS)} #{i}\n"
            )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as var:
        os.environ["LOTSIN_VAR_DIR"] = var
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotsin.settings")
        os.environ.setdefault("DEBUG", "false")
        os.environ.setdefault("LOTSIN_HTTPS", "false")
        os.environ["LOTSIN_TASK_BACKEND"] = "dummy"  # import only: triage is measured elsewhere
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection

        from lotsin.core.scoping import organization_scope
        from lotsin.core.services import create_organization
        from lotsin.inbox.importing import import_file
        from lotsin.inbox.services import create_channel

        if connection.vendor == "postgresql":
            print("database: postgresql (run against a throwaway database)")
        call_command("migrate", verbosity=0)
        org = create_organization(name="Bench", slug="bench-inbox")
        print(f"database: {connection.vendor}")
        for fmt, writer in (("telegram", _telegram), ("whatsapp", _whatsapp)):
            path = Path(var) / f"export-{fmt}.{'json' if fmt == 'telegram' else 'txt'}"
            writer(path, args.messages)
            with organization_scope(org):
                channel = create_channel(actor=None, organization=org, name=fmt, platform=fmt)
                start = time.perf_counter()
                _batch, counts = import_file(channel=channel, path=path, file_format=fmt)
                elapsed = time.perf_counter() - start
            print(f"{fmt}_messages: {counts.imported} imported, {counts.unchanged} unchanged")
            print(f"{fmt}_messages_per_second: {counts.imported / elapsed:,.0f}")
            print(f"{fmt}_file_mb: {path.stat().st_size / 1e6:.1f}")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak_memory_mb: {peak:.0f} (whole process, both imports)")


if __name__ == "__main__":
    main()
