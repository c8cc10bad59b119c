"""Claims and answers of an organisation's database (the knowledge-base issue provides them)."""

from __future__ import annotations

import sys

from lotsin.triage.types import Answer, Claim


def load_from_database(org: str) -> tuple[list[Claim], list[Answer]]:
    # The knowledge base (verified answers, claims registry) is not built yet; until it is,
    # say so plainly instead of triaging against an empty knowledge base.
    sys.stderr.write(
        f"lotsin triage: error: organisation {org!r}: the knowledge base is not available yet; "
        "give --claims and --answers files\n"
    )
    raise SystemExit(2)
