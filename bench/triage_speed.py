#!/usr/bin/env python
"""Triage speed and memory: posts per second for 10,000 and 100,000 posts (50 claims, 200
answers), engine start-up with a cold and a warm index cache, and peak memory. Prints
`name: value` lines.

    python bench/triage_speed.py [--sizes 10000,100000]
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lotsin.triage.types import Answer, Claim, Post  # noqa: E402

TEMPLATES = [
    "Дівчата, підкажіть будь ласка, {x}?",
    "Девочки, кто знает {x}?",
    "Danke für die Info zu {x}",
    "هل يعرف أحد {x}؟",
    "کسی میدونه {x}؟",
    "Bilen var mı {x}?",
    "Who knows {x}?",
    "Дякую!",
    "Спасибо",
    "+",
    "👍",
    "Ich suche {x} in Berlin",
    "Jobcenter hat geschrieben wegen {x}",
]
SUBJECTS = [
    "Anmeldung",
    "Kita-Platz",
    "Integrationskurs",
    "Bürgergeld",
    "Termin im Jobcenter",
    "Wohnung mit WBS",
    "Frauenarzt",
    "Anerkennung vom Diplom",
    "Minijob",
    "Ausbildung",
    "Kindergeld",
    "Elterngeld",
    "Blue Card",
    "Deutschkurs B2",
    "Krankenkasse",
]


def synthetic_posts(n: int, seed: int = 7) -> list[Post]:
    rnd = random.Random(seed)
    return [
        Post(
            str(i), rnd.choice(TEMPLATES).format(x=f"{rnd.choice(SUBJECTS)} {rnd.randint(1, 999)}")
        )
        for i in range(n)
    ]


def knowledge(n_claims: int = 50, n_answers: int = 200) -> tuple[list[Claim], list[Answer]]:
    claims = [
        Claim(f"C{i}", lang, f"Gerücht {i}: wer {SUBJECTS[i % 15]} beantragt, verliert alles")
        for i in range(n_claims)
        for lang in ("de", "uk")
    ]
    answers = [
        Answer(
            f"A{i}",
            "de",
            f"Wie funktioniert {SUBJECTS[i % 15]} ({i})?",
            f"Antwort {i} zu {SUBJECTS[i % 15]} mit Rechtsgrundlage § {i % 60}.",
            (f"Wo bekomme ich {SUBJECTS[i % 15]}?",),
        )
        for i in range(n_answers)
    ]
    return claims, answers


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="10000,100000")
    args = parser.parse_args()
    from lotsin.triage.engine import TriageEngine

    claims, answers = knowledge()
    with tempfile.TemporaryDirectory() as cache:
        start = time.perf_counter()
        TriageEngine(claims, answers, cache_dir=Path(cache))
        print(f"startup_cold_seconds: {time.perf_counter() - start:.2f}")
        start = time.perf_counter()
        engine = TriageEngine(claims, answers, cache_dir=Path(cache))
        print(f"startup_warm_seconds: {time.perf_counter() - start:.2f}")
        print(f"index_source_warm: {engine.index_source}")
        print(f"embedder_engine: {getattr(engine.embedder, 'engine', 'other')}")
        print(f"embedder_matmul: {getattr(engine.embedder, 'kernel', 'other')}")
        for size in (int(s) for s in args.sizes.split(",")):
            posts = synthetic_posts(size)
            start = time.perf_counter()
            count = sum(1 for _ in engine.triage(posts))
            seconds = time.perf_counter() - start
            print(f"posts_per_second_{size}: {count / seconds:.1f}")
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak_memory_mb: {peak_mb:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
