"""Claims and answers of an organisation's database, for `lotsin triage --org ORG`.

The triage library stays free of Django: the loader is found by name at run time
(`LOTSIN_TRIAGE_SOURCE`, default the knowledge base's `lotsin.knowledge.triage_source:load`).
"""

from __future__ import annotations

import importlib
import os

from lotsin.triage.types import Answer, Claim

DEFAULT_SOURCE = "lotsin.knowledge.triage_source:load"


def load_from_database(org: str) -> tuple[list[Claim], list[Answer]]:
    spec = os.environ.get("LOTSIN_TRIAGE_SOURCE", DEFAULT_SOURCE)
    module, _, name = spec.partition(":")
    loader = getattr(importlib.import_module(module), name)
    return loader(org)  # type: ignore[no-any-return]
