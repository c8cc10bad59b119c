#!/usr/bin/env python
"""The queue page with 1,000,000 posts on PostgreSQL: median and 95th-percentile response time
under 20 concurrent clients against gunicorn on 127.0.0.1 (target: at most 150 ms / 300 ms), and
the number of SQL queries per page, which must not grow with the number of rows.

Needs DATABASE_URL pointing at a PostgreSQL server; the bench uses its own database on it
(`lotsin_bench_queue`, created when missing) and keeps the posts between runs (`--reload`
rebuilds them). Prints `name: value` lines and a table per kind of queue URL.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres python bench/inbox_queue.py
    ... --explain              # EXPLAIN ANALYZE of every queue query, key lines of the plans
    ... --try-indexes          # create the proposed indexes in the bench database first
    ... --drop-indexes         # remove them again (back to the indexes of the migrations)
    ... --writes-per-second 2  # posts changed while the clients read (default 2)

The web processes reuse rendered queue rows until a change is committed (lotsin.inbox.
queue_cache); the writer makes the load pay for rendering anew as a busy organisation would.
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BIN = Path(sys.executable).parent
TARGET_MEDIAN_MS = 150
TARGET_P95_MS = 300
BIG_ORG = "bench-queue"
SMALL_ORG = "bench-queue-small"  # 10 posts: the query count must be the same as with 1,000,000
CHANNELS = [("Telegram uk", "telegram"), ("WhatsApp ar", "whatsapp"), ("Telegram fa", "telegram")]
TOPICS = [
    "work", "jobcentre", "residence", "recognition", "language",
    "education", "childcare", "housing", "health", "violence",
]  # fmt: skip

# Indexes tried with --try-indexes (the queue's ORDER BY is urgency_rank, -is_question,
# posted_at, pk; the migrations' post_queue index stops at urgency_rank, posted_at).
PROPOSED_INDEXES = {
    # Open posts are ~5% of the table: a partial index in queue order that also carries the
    # filtered columns, so the page is an ordered index scan and the counts are index-only.
    # PostgreSQL uses it only when the query also says `status IN (new, claimed, snoozed)`:
    # it cannot prove the predicate from the queue's OR (snoozed only when due).
    "bench_post_open_queue": (
        "CREATE INDEX IF NOT EXISTS bench_post_open_queue ON inbox_post "
        "(organization_id, urgency_rank, is_question DESC, posted_at, id) "
        "INCLUDE (status, snoozed_until, channel_id, language, urgency, crisis_acknowledged_at) "
        "WHERE status IN ('new', 'claimed', 'snoozed')"
    ),
    # Any one status (answered, referred, ...) in queue order, urgency carried for the count.
    "bench_post_status_queue": (
        "CREATE INDEX IF NOT EXISTS bench_post_status_queue ON inbox_post "
        "(organization_id, status, urgency_rank, is_question DESC, posted_at, id) "
        "INCLUDE (urgency)"
    ),
}

# The post columns filled by the generator. Statuses: ~5% open (new, claimed, snoozed), the rest
# answered, referred or "no action"; urgency ~0.1% crisis, ~3% high; ~35% questions.
INSERT_SQL = """
INSERT INTO inbox_post (
    organization_id, public_id, channel_id, external_id, text, posted_at, author_pseudonym,
    reply_to_external_id, forwarded, kind, imported_at, language, is_question, topics, urgency,
    urgency_rank, matched_claims, matched_answers, triaged_at, triage_version, status,
    claimed_by_id, claimed_at, status_reason, snoozed_until, first_reply_at, crisis_alerted_at
    {extra_columns}
)
SELECT
    %(org)s, gen_random_uuid(), (%(channels)s::bigint[])[1 + i %% 3], 'bench-' || i,
    (%(texts)s::text[])[1 + i %% %(n_texts)s] || ' #' || i, posted_at, 'p' || (i %% 5000),
    '', false, 'message', now(), (ARRAY['uk', 'ar', 'fa', 'ru', 'de'])[1 + floor(l * 5)::int],
    q < 0.35,
    CASE WHEN tp < 0.35 THEN '[]'::jsonb
         WHEN tp < 0.8 THEN jsonb_build_array((%(topics)s::text[])[1 + i %% 10])
         ELSE jsonb_build_array((%(topics)s::text[])[1 + i %% 10],
                                (%(topics)s::text[])[1 + (i / 10 + 3) %% 10]) END,
    CASE WHEN u < 0.001 THEN 'crisis' WHEN u < 0.031 THEN 'high' ELSE 'normal' END,
    CASE WHEN u < 0.001 THEN 0 WHEN u < 0.031 THEN 1 ELSE 2 END,
    '[]'::jsonb, '[]'::jsonb, posted_at + interval '1 minute', 'bench', status,
    CASE WHEN status = 'claimed' THEN %(user)s END,
    CASE WHEN status IN ('claimed', 'answered') THEN posted_at + interval '10 minutes' END,
    '', CASE WHEN status = 'snoozed' THEN posted_at + interval '1 day' END,
    CASE WHEN status = 'answered' THEN posted_at + interval '2 hours' END,
    CASE WHEN u < 0.001 THEN posted_at + interval '1 minute' END
    {extra_values}
FROM (
    SELECT i, random() AS u, random() AS q, random() AS l, random() AS tp,
        now() - random() * interval '365 days' AS posted_at,
        CASE WHEN s < %(open)s * 0.6 THEN 'new'
             WHEN s < %(open)s * 0.8 THEN 'claimed'
             WHEN s < %(open)s THEN 'snoozed'
             WHEN s < %(open)s + (1 - %(open)s) * 0.58 THEN 'answered'
             WHEN s < %(open)s + (1 - %(open)s) * 0.63 THEN 'referred'
             ELSE 'no_action' END AS status
    FROM (SELECT i, random() AS s FROM generate_series(%(first)s, %(last)s) AS i) AS numbers
) AS generated
"""


def _database_url() -> str:
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        sys.exit(
            "inbox_queue: this bench needs PostgreSQL. Set DATABASE_URL to a server it may create "
            "a database on, e.g.\n  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres "
            ".venv/bin/python bench/inbox_queue.py\n(the bench uses its own database, "
            "lotsin_bench_queue by default; see --database)"
        )
    return url


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))


def _create_database(url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(_with_database(url, "postgres"), autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            return
        conn.execute(f'CREATE DATABASE "{name}"')  # name checked by the argument parser
        print(f"created database {name}")


def _setup(url: str, var: str, redis_url: str) -> None:
    os.environ.update(
        {
            "DATABASE_URL": url,
            "LOTSIN_VAR_DIR": var,
            "DJANGO_SETTINGS_MODULE": "lotsin.settings",
            "DEBUG": "false",
            "LOTSIN_HTTPS": "false",
            "LOTSIN_TASK_BACKEND": "dummy",
        }
    )
    if redis_url:  # rendered queue pages shared by the web processes (lotsin.inbox.queue_cache)
        os.environ["REDIS_URL"] = redis_url
    else:
        os.environ.pop("REDIS_URL", None)
    import django

    django.setup()


def _texts() -> list[str]:
    path = ROOT / "tests" / "data" / "triage" / "posts.jsonl"
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def _organization(slug: str, username: str):  # type: ignore[no-untyped-def]
    """The bench organisation with its advisor and three channels (created once)."""
    from lotsin.accounts.models import User
    from lotsin.core.models import Organization, Role
    from lotsin.core.scoping import organization_scope
    from lotsin.core.services import add_membership, create_organization
    from lotsin.inbox.models import Channel
    from lotsin.inbox.services import create_channel

    org = Organization.objects.filter(slug=slug).first() or create_organization(
        name=slug, slug=slug
    )
    user = User.objects.filter(username=username).first() or User.objects.create_user(
        username=username, password=None
    )
    add_membership(organization=org, user=user, role=Role.ADVISOR)
    with organization_scope(org):
        channels = []
        for name, platform in CHANNELS:
            channel = Channel.objects.filter(organization=org, name=name).first()
            channels.append(
                channel
                or create_channel(actor=None, organization=org, name=name, platform=platform)
            )
    return org, user, channels


def _fill(org, user, channels, n: int, open_share: float, reload: bool) -> float:  # type: ignore[no-untyped-def]
    """Bulk-load `n` posts with INSERT ... SELECT generate_series; returns seconds spent."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM inbox_post WHERE organization_id = %s", [org.pk])
        have = cursor.fetchone()[0]
        if have == n and not reload:
            print(f"posts: {have:,} already loaded for {org.slug} (--reload to rebuild)")
            return 0.0
        start = time.perf_counter()
        if have:
            print(f"deleting {have:,} posts of {org.slug}")
            cursor.execute(
                "DELETE FROM inbox_reply WHERE organization_id = %s; "
                "DELETE FROM inbox_post WHERE organization_id = %s",
                [org.pk, org.pk],
            )
        cursor.execute("SELECT setseed(0.42)")
        params = {
            "org": org.pk, "channels": [c.pk for c in channels], "texts": _texts(),
            "topics": TOPICS, "user": user.pk, "open": open_share,
        }  # fmt: skip
        params["n_texts"] = len(params["texts"])
        sql, extra = _insert_sql()
        params |= extra
        chunk = 100_000
        for first in range(0, n, chunk):
            last = min(n, first + chunk) - 1
            cursor.execute(sql, {**params, "first": first, "last": last})
            if n > chunk:
                print(f"  loaded {last + 1:,} / {n:,} posts ({time.perf_counter() - start:.0f} s)")
    return time.perf_counter() - start


def _insert_sql() -> tuple[str, dict[str, object]]:
    """INSERT_SQL, plus the model's defaults for non-null post columns it does not name (the
    model grows while this bench stays the same)."""
    from django.db import connection

    from lotsin.inbox.models import Post

    named = set(re.findall(r"\w+", INSERT_SQL.split("SELECT")[0]))
    fields = [
        f for f in Post._meta.concrete_fields if not f.null and f.column not in named | {"id"}
    ]
    columns = "".join(f", {f.column}" for f in fields)
    values = "".join(f", %(extra_{i})s" for i in range(len(fields)))
    params = {
        f"extra_{i}": f.get_db_prep_save(f.get_default(), connection) for i, f in enumerate(fields)
    }
    sql = INSERT_SQL.replace("{extra_columns}", columns).replace("{extra_values}", values)
    return sql, params


def _vacuum() -> None:
    from django.db import connection

    start = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE inbox_post")
    print(f"vacuum_analyze_seconds: {time.perf_counter() - start:.1f}")


def _indexes(create: bool) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        for name, ddl in PROPOSED_INDEXES.items():
            start = time.perf_counter()
            cursor.execute(ddl if create else f"DROP INDEX IF EXISTS {name}")
            verb = "created" if create else "dropped"
            print(f"index {name} {verb} ({time.perf_counter() - start:.1f} s)")
        cursor.execute("ANALYZE inbox_post")


def _present_indexes() -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'inbox_post'")
        return sorted(row[0] for row in cursor.fetchall())


def _urls(channels, language: str = "uk") -> dict[str, tuple[str, bool]]:  # type: ignore[no-untyped-def]
    """Kinds of queue request: (path and query, sent by htmx)."""
    return {
        "open": ("/inbox/", False),
        "open_page2": ("/inbox/?page=2", False),
        "open_page5": ("/inbox/?page=5", False),
        "open_channel": (f"/inbox/?channel={channels[1].public_id}", False),
        "open_language": (f"/inbox/?language={language}", False),
        "answered": ("/inbox/?status=answered", False),
        "answered_page100": ("/inbox/?status=answered&page=100", False),
        "htmx_open": ("/inbox/", True),
    }


def _query_counts(orgs, explain: bool) -> None:  # type: ignore[no-untyped-def]
    """In process, through the test client: SQL queries and SQL time per kind of queue page."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    print("\nSQL queries per queue page rendered anew (in process; rows = posts on the page):")
    print(f"{'kind':<18}" + "".join(f"{f'{o.slug} ({n:,} posts)':>40}" for o, _u, _c, n in orgs))
    results: dict[str, list[tuple[int, int, float]]] = {}
    captured: dict[str, list[dict[str, str]]] = {}
    from lotsin.inbox.queue_cache import changed

    reused: dict[str, int] = {}
    for org, user, channels, _n in orgs:
        client = Client()
        client.force_login(user)
        for kind, (url, htmx) in _urls(channels).items():
            headers = {"HX-Request": "true"} if htmx else {}
            client.get(url, headers=headers)  # warm
            with CaptureQueriesContext(connection) as ctx:
                client.get(url, headers=headers)
            reused[kind] = len(ctx)
            changed()  # raises the stamp: rows and filters rendered anew, as after a change
            with CaptureQueriesContext(connection) as ctx:
                response = client.get(url, headers=headers)
            assert response.status_code == 200, (kind, response.status_code)
            rows = response.content.decode().count('<li class="card post')
            sql_ms = sum(float(q["time"]) for q in ctx.captured_queries) * 1000
            results.setdefault(kind, []).append((len(ctx), rows, sql_ms))
            if org is orgs[0][0]:
                captured[kind] = list(ctx.captured_queries)
    constant = True
    for kind, per_org in results.items():
        cells = "".join(f"{f'{q} queries, {r} rows, {ms:.0f} ms SQL':>40}" for q, r, ms in per_org)
        print(f"{kind:<18}{cells}")
        # An empty page skips the page query: compare only pages that show posts.
        constant &= len({q for q, r, _ms in per_org if r}) <= 1
    print(f"queries_constant_in_rows: {'yes' if constant else 'NO'}")
    print(
        "queries when the rendered rows are reused (nothing changed since): "
        + ", ".join(f"{kind} {n}" for kind, n in reused.items())
    )
    slowest = []
    for kind, queries in captured.items():
        for q in queries:
            slowest.append((float(q["time"]) * 1000, kind, q["sql"]))
    slowest.sort(reverse=True)
    print("\nslowest SQL (1,000,000-post organisation, one request each, in process):")
    for ms, kind, sql in slowest[:8]:
        print(f"  {ms:7.1f} ms  {kind:<17} {_shorten(sql)}")
    if explain:
        _explain(captured)


def _shorten(sql: str) -> str:
    sql = re.sub(r'SELECT .*? FROM "inbox_post"', 'SELECT … FROM "inbox_post"', sql)
    sql = re.sub(r"\s+", " ", sql)
    return sql if len(sql) < 220 else sql[:217] + "…"


def _explain(captured: dict[str, list[dict[str, str]]]) -> None:
    from django.db import connection

    keep = re.compile(r"Scan|Sort|Limit|Aggregate|Removed|Execution Time|Heap Fetches|Gather")
    print("\nEXPLAIN (ANALYZE, BUFFERS) of the queries on inbox_post, key lines:")
    for kind, queries in captured.items():
        for q in queries:
            if '"inbox_post"' not in q["sql"] or not q["sql"].startswith("SELECT"):
                continue
            with connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + q["sql"])
                plan = [row[0] for row in cursor.fetchall()]
            print(f"\n[{kind}] {_shorten(q['sql'])}")
            for line in plan:
                if keep.search(line):
                    print(f"    {line.rstrip()}")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(port: int, path: str, cookie: str, htmx: bool) -> tuple[float, int, int]:
    headers = {"Cookie": cookie, "Host": "127.0.0.1"}
    if htmx:
        headers["HX-Request"] = "true"
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
    finally:
        conn.close()
    return (time.perf_counter() - start) * 1000, response.status, len(body)


def _load(
    port: int, cookie: str, urls: dict[str, tuple[str, bool]], n: int, clients: int, think: float
) -> tuple[dict[str, list[float]], float, int]:
    """`clients` threads, each sending one request at a time (then waiting `think` seconds);
    round-robin over the URL kinds."""
    kinds = list(urls)
    counter = itertools.count()
    times: dict[str, list[float]] = {kind: [] for kind in kinds}
    errors = [0]
    lock = threading.Lock()

    def client() -> None:
        while (i := next(counter)) < n:
            kind = kinds[i % len(kinds)]
            path, htmx = urls[kind]
            ms, status, _size = _get(port, path, cookie, htmx)
            with lock:
                if status == 200:
                    times[kind].append(ms)
                else:
                    errors[0] += 1
            if i and i % 500 == 0:
                print(f"  {i:,} / {n:,} requests")
            if think:
                time.sleep(think)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return times, time.perf_counter() - start, errors[0]


class _Writer(threading.Thread):
    """Changes one post through the ORM every 1/rate seconds while the clients read, as the
    advisors' claims and the Telegram bot's new posts do: each change raises the queue stamp,
    so every web process renders its pages anew (lotsin.inbox.queue_cache)."""

    def __init__(self, org, rate: float) -> None:  # type: ignore[no-untyped-def]
        super().__init__(daemon=True)
        self.org, self.rate, self.done = org, rate, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        from django.db import connection

        from lotsin.core.scoping import organization_scope
        from lotsin.inbox.models import Post

        if self.rate <= 0:
            return
        with organization_scope(self.org):
            posts = Post.objects.filter(organization=self.org)
            ids = list(posts.values_list("pk", flat=True)[:500])
            while not self._stop_event.wait(1 / self.rate):
                Post.objects.filter(pk=ids[self.done % len(ids)]).update(
                    status_reason=f"bench write {self.done}"
                )
                self.done += 1
        connection.close()

    def stop(self) -> None:
        self._stop_event.set()
        self.join(timeout=10)


def cpu_seconds() -> dict[str, float]:
    """CPU seconds used so far by the web server's processes, PostgreSQL's (when local) and
    this process (the load clients), read from /proc: where a request's time goes."""
    tick = os.sysconf("SC_CLK_TCK")
    used = {"gunicorn": 0.0, "postgres": 0.0, "load clients": 0.0}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{pid}/cmdline", "rb") as f:
                command = f.read()
        except OSError:
            continue
        kind = (
            "load clients" if int(pid) == os.getpid()
            else "gunicorn" if b"gunicorn" in command
            else "postgres" if b"postgres" in command[:60]
            else None
        )  # fmt: skip
        if kind:
            used[kind] += (int(fields[11]) + int(fields[12])) / tick
    return used


def print_cpu(before: dict[str, float], after: dict[str, float], requests: int) -> None:
    per = {k: (after[k] - before[k]) * 1000 / max(1, requests) for k in after}
    parts = ", ".join(f"{k} {v:.1f}" for k, v in per.items())
    print(f"cpu_ms_per_request: {parts} (total {sum(per.values()):.1f})")


def _pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(len(values) * p) - 1))]


def _serve(url: str, var: str, workers: int, threads: int, conn_max_age: int):  # type: ignore[no-untyped-def]
    env = {
        **os.environ,
        "DATABASE_URL": url,
        "LOTSIN_VAR_DIR": var,
        "DEBUG": "false",
        "LOTSIN_HTTPS": "false",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DB_CONN_MAX_AGE": str(conn_max_age),
        "LOG_LEVEL": "WARNING",
    }
    port = _free_port()
    command = [str(BIN / "gunicorn"), "lotsin.wsgi", "-b", f"127.0.0.1:{port}"]
    command += ["-w", str(workers), "--threads", str(threads), "--log-level", "warning"]
    server = subprocess.Popen(command, env=env, cwd=ROOT)  # noqa: S603 - our own gunicorn
    for _ in range(300):
        try:
            _get(port, "/healthz", "", False)
            break
        except OSError:
            time.sleep(0.2)
    return server, port


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=1_000_000)
    parser.add_argument("--reload", action="store_true", help="delete and reload the posts")
    parser.add_argument("--database", default="lotsin_bench_queue", help="lotsin_bench_* name")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument(
        "--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers"
    )
    parser.add_argument(
        "--think-ms", type=int, default=0, help="pause of each client between its requests"
    )
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker")
    parser.add_argument(
        "--writes-per-second",
        type=float,
        default=2.0,
        help="posts changed during the load (each makes the web processes render anew)",
    )
    parser.add_argument(
        "--conn-max-age", type=int, default=60, help="DB_CONN_MAX_AGE (lotsin.wsgi's default: 60)"
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"),
        help="Redis for the shared page cache ('' keeps rendered pages per web process)",
    )
    parser.add_argument("--explain", action="store_true", help="EXPLAIN ANALYZE the queries")
    parser.add_argument("--try-indexes", action="store_true", help="create proposed indexes")
    parser.add_argument("--drop-indexes", action="store_true", help="drop proposed indexes")
    parser.add_argument("--no-load", action="store_true", help="skip the HTTP load test")
    args = parser.parse_args()
    if not re.fullmatch(r"lotsin_bench_[a-z0-9_]+", args.database):
        parser.error("--database must be lotsin_bench_<lowercase letters, digits, _>")
    url = _with_database(_database_url(), args.database)
    _create_database(url, args.database)
    with tempfile.TemporaryDirectory() as var:
        _run(args, url, var)


def _run(args: argparse.Namespace, url: str, var: str) -> None:
    _setup(url, var, args.redis_url)
    from django.core.management import call_command
    from django.test import Client

    print(f"machine: {os.cpu_count()} cores, shared with PostgreSQL and the load clients")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # pages need the manifest
    big = _organization(BIG_ORG, "bench-queue-advisor")
    small = _organization(SMALL_ORG, "bench-queue-small-advisor")
    seconds = _fill(*big, n=args.posts, open_share=0.05, reload=args.reload)
    if seconds:
        print(f"load_seconds: {seconds:.0f} ({args.posts / seconds:,.0f} posts/s)")
    _fill(*small, n=10, open_share=0.5, reload=args.reload)
    if seconds:
        _vacuum()
    if args.try_indexes:
        _indexes(create=True)
    if args.drop_indexes:
        _indexes(create=False)
    print(f"indexes on inbox_post: {', '.join(_present_indexes())}")
    _query_counts([(*big, args.posts), (*small, 10)], explain=args.explain)
    if args.no_load:
        return
    client = Client()
    client.force_login(big[1])
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    print(
        f"\nserver: gunicorn, {args.workers} sync workers x {args.threads} thread(s) "
        f"(2 x cores + 1), DEBUG off, DB_CONN_MAX_AGE={args.conn_max_age}, rendered pages "
        + (f"shared in Redis ({args.redis_url})" if args.redis_url else "kept per process")
    )
    server, port = _serve(url, var, args.workers, args.threads, args.conn_max_age)
    try:
        urls = _urls(big[2])
        for path, htmx in urls.values():  # every kind once, then a concurrent warm-up
            ms, status, _size = _get(port, path, cookie, htmx)
            if status != 200:
                sys.exit(f"inbox_queue: {path} answered {status}")
        _load(port, cookie, urls, min(200, args.requests), args.clients, 0)
        print(
            f"load: {args.requests:,} requests, {args.clients} concurrent clients (threads), "
            f"{args.think_ms} ms between a client's requests"
        )
        think = args.think_ms / 1000
        writer = _Writer(big[0], args.writes_per_second)
        before = cpu_seconds()
        writer.start()
        try:
            times, wall, errors = _load(port, cookie, urls, args.requests, args.clients, think)
        finally:
            writer.stop()
        after = cpu_seconds()
        print(f"writes during the load: {writer.done} ({args.writes_per_second}/s)")
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(f"\n{'kind':<18}{'n':>6}{'median':>9}{'p95':>9}{'p99':>9}{'max':>9}{'req/s':>8}  (ms)")
    everything = []
    for kind, values in times.items():
        everything += values
        print(
            f"{kind:<18}{len(values):>6}{_pct(values, 0.5):>9.0f}{_pct(values, 0.95):>9.0f}"
            f"{_pct(values, 0.99):>9.0f}{max(values):>9.0f}{len(values) / wall:>8.1f}"
        )
    median, p95 = _pct(everything, 0.5), _pct(everything, 0.95)
    print(
        f"{'all':<18}{len(everything):>6}{median:>9.0f}{p95:>9.0f}"
        f"{_pct(everything, 0.99):>9.0f}{max(everything):>9.0f}{len(everything) / wall:>8.1f}"
    )
    print(f"errors: {errors}")
    print(f"queue_median_ms: {median:.0f} (target <= {TARGET_MEDIAN_MS})")
    print(f"queue_p95_ms: {p95:.0f} (target <= {TARGET_P95_MS})")
    print(f"requests_per_second: {len(everything) / wall:.1f}")
    print_cpu(before, after, len(everything))
    ok = median <= TARGET_MEDIAN_MS and p95 <= TARGET_P95_MS and not errors
    print(f"result: {'PASS' if ok else 'FAIL'}")


if __name__ == "__main__":
    main()
