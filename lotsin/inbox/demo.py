"""Demo inbox for the Berlin demo organisation: three channels (Ukrainian, Arabic, Farsi) with the
posts of the triage test corpus in those languages, triaged against the demo knowledge base."""

from __future__ import annotations

from pathlib import Path

from lotsin.core.models import Organization
from lotsin.core.scoping import organization_scope
from lotsin.inbox.importing import import_file
from lotsin.inbox.models import Channel
from lotsin.inbox.services import create_channel
from lotsin.inbox.triage import triage_pending

DEMO_DIR = Path(__file__).parent / "demo"
CHANNELS = [
    ("telegram-ukrainky-berlin", "Українки в Берліні (Telegram)", "telegram", ["uk", "ru"]),
    ("whatsapp-nisa-berlin", "نساء في برلين (WhatsApp)", "whatsapp", ["ar"]),
    ("telegram-zanan-berlin", "زنان در برلین (Telegram)", "telegram", ["fa"]),
]


def load_demo(*, organization: Organization) -> str:
    lines = []
    with organization_scope(organization):
        for file_name, name, platform, languages in CHANNELS:
            channel = Channel.objects.filter(organization=organization, name=name).first()
            if channel is None:
                channel = create_channel(
                    actor=None, organization=organization, name=name, platform=platform,
                    languages=languages, is_demo=True,
                )  # fmt: skip
            _batch, counts = import_file(
                channel=channel, path=DEMO_DIR / f"{file_name}.jsonl", file_format="jsonl"
            )
            lines.append(f"{name}: {counts}")
        triaged = triage_pending(organization)
    lines.append(f"triaged {triaged} posts")
    return "\n".join(lines)
