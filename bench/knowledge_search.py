#!/usr/bin/env python
"""Knowledge-base search over 5,000 answers x 7 languages (35,000 texts): full-text search
time and the whole answer-list page (search, ranking, first page rendered), 50th and 95th
percentile. SQLite by default; PostgreSQL when DATABASE_URL is set (a database named
`lotsin_bench` is created and dropped). Prints `name: value` lines.

    python bench/knowledge_search.py [--answers 5000] [--queries 200]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
LANGUAGES = ["de", "en", "uk", "ru", "ar", "fa", "tr"]


def _setup(var: str) -> None:
    os.environ["LOTSIN_VAR_DIR"] = var
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lotsin.settings")
    os.environ["LOTSIN_SEMANTIC_SEARCH"] = "false"  # full text only: the target is for it
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("LOTSIN_HTTPS", "false")
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        base = os.environ["DATABASE_URL"].rsplit("/", 1)[0]
        os.environ["DATABASE_URL"] = f"{base}/lotsin_bench"
        import psycopg

        with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS lotsin_bench")
            conn.execute("CREATE DATABASE lotsin_bench")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def _corpus() -> dict[str, list[tuple[str, str]]]:
    """Titles and bodies per language from the demo answers, to vary into 5,000 answers."""
    texts: dict[str, list[tuple[str, str]]] = {lang: [] for lang in LANGUAGES}
    for path in sorted((ROOT / "lotsin/knowledge/demo").glob("answers_*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            texts[row["language"]].append((row["title"], row["body"]))
    # ru and tr have no demo texts: reuse uk and en so that every language has rows.
    texts["ru"] = texts["ru"] or texts["uk"]
    texts["tr"] = texts["tr"] or texts["en"]
    return texts


def _fill(n_answers: int) -> tuple[object, object]:
    from django.db import transaction

    from lotsin.accounts.models import User
    from lotsin.core.models import Role
    from lotsin.core.scoping import organization_scope
    from lotsin.core.services import add_membership, create_organization
    from lotsin.knowledge.models import Answer, AnswerText, AnswerVersion

    org = create_organization(name="Bench", slug="bench")
    user = User.objects.create_user(username="bench", password="x")  # noqa: S106
    add_membership(organization=org, user=user, role=Role.ADVISOR)
    corpus = _corpus()
    rng = random.Random(7)
    with organization_scope(org), transaction.atomic():
        answers = Answer.objects.bulk_create(
            Answer(organization=org, slug=f"bench-{i}", short_code=f"b{i:07d}", topics=["work"])
            for i in range(n_answers)
        )
        versions = AnswerVersion.objects.bulk_create(
            AnswerVersion(organization=org, answer=a, number=1, status="verified") for a in answers
        )
        texts = []
        for i, version in enumerate(versions):
            for lang in LANGUAGES:
                title, body = rng.choice(corpus[lang])
                words = body.split()
                rng.shuffle(words)  # same vocabulary, different texts
                texts.append(
                    AnswerText(
                        organization=org, version=version, language=lang, status="verified",
                        title=f"{title} ({i})", body=" ".join(words),
                    )
                )  # fmt: skip
        AnswerText.objects.bulk_create(texts, batch_size=2000)
    from django.db import connection

    with connection.cursor() as cursor:  # fresh statistics, as autovacuum keeps them in service
        cursor.execute("ANALYZE")
    return org, user


QUERIES = [
    "Minijob Bürgergeld", "Kita-Gutschein", "міні-робота", "Jobcenter Termin", "الوظيفة",
    "Anerkennung Abschluss", "Integrationskurs", "житло", "قانون", "Wohnberechtigungsschein",
    "Elterngeld", "temporary protection", "Krankenversicherung", "садок", "Anmeldung Bürgeramt",
]  # fmt: skip


def _percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return values[len(values) // 2], values[max(0, int(len(values) * 0.95) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--answers", type=int, default=5000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as var:
        _setup(var)
        from django.db import connection
        from django.test import Client

        from lotsin.core.scoping import organization_scope
        from lotsin.knowledge.search import search_text_ids

        start = time.perf_counter()
        org, user = _fill(args.answers)
        print(f"database: {connection.vendor}")
        n_langs = len(LANGUAGES)
        print(f"texts: {args.answers * n_langs} ({args.answers} answers x {n_langs} languages)")
        print(f"fill_seconds: {time.perf_counter() - start:.1f}")
        search_ms, page_ms = [], []
        client = Client()
        client.force_login(user)
        with organization_scope(org):
            for i in range(args.queries):
                query = QUERIES[i % len(QUERIES)]
                t0 = time.perf_counter()
                search_text_ids(org, query)
                search_ms.append((time.perf_counter() - t0) * 1000)
        for i in range(args.queries):
            query = QUERIES[i % len(QUERIES)]
            t0 = time.perf_counter()
            response = client.get("/knowledge/", {"q": query}, HTTP_HX_REQUEST="true")
            page_ms.append((time.perf_counter() - t0) * 1000)
            assert response.status_code == 200, response.status_code
        p50, p95 = _percentiles(search_ms)
        print(f"full_text_search_p50_ms: {p50:.1f}")
        print(f"full_text_search_p95_ms: {p95:.1f}")
        p50, p95 = _percentiles(page_ms)
        print(f"answer_list_page_p50_ms: {p50:.1f}")
        print(f"answer_list_page_p95_ms: {p95:.1f}")


if __name__ == "__main__":
    main()
