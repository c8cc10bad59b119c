#!/usr/bin/env python
"""The coach's case list and a case page with 100 sessions, with 50,000 participants on
PostgreSQL: median and 95th-percentile response time under 20 concurrent clients against
gunicorn on 127.0.0.1 (target: p95 at most 150 ms for both), and the number of SQL queries per
page at small and large data, which must be the same.

Needs DATABASE_URL pointing at a PostgreSQL server; the bench uses its own database on it
(`lotsin_bench_cases`, created when missing) and keeps the data between runs (`--reload`
rebuilds it). The server, the load clients and the percentiles are those of
bench/inbox_queue.py. The pages are found by their URL names (`cases:list`, `cases:participant`).

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres .venv/bin/python bench/cases_pages.py
    ... --participants 50000 --requests 2000 --clients 20
    ... --no-load                # only the load and the query counts
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import inbox_queue as iq  # noqa: E402  the same server, load clients and percentiles

TARGET_P95_MS = 150
BIG_ORG = "bench-cases"
SMALL_ORG = "bench-cases-small"  # 10 participants: the query counts must equal the big ones
HUNDRED = "B-HUNDRED"  # the participant with 100 sessions
CASES_PER_COACH = 40  # active cases of one coach (the bench coach holds her share of all)
FIRST_NAMES = [
    "Olha", "Iryna", "Amina", "Maryam", "Ayşe", "Nataliia", "Rania", "Zahra", "Elif", "Kateryna",
    "Fatima", "Shabnam", "Zeynep", "Oksana", "Lina", "Parisa", "Hatice", "Tetiana", "Huda", "Sara",
]  # fmt: skip
LAST_NAMES = [
    "Marchenko", "Haddad", "Ahmadi", "Yılmaz", "Tkachenko", "Darwish", "Hosseini", "Demir",
    "Bondarenko", "Khoury", "Rahimi", "Kaya", "Moroz", "Suleiman", "Karimi", "Çelik",
]  # fmt: skip
MEASURES = [
    "workshop", "empowerment_lab", "language_course", "recognition", "mentoring", "placement",
]  # fmt: skip
LANGUAGES = ["uk", "ar", "fa", "ru", "tr"]


def _insert(model: Any, values: dict[str, str], source: str, params: dict[str, Any]) -> int:
    """INSERT INTO model's table (the named columns, plus the model's defaults for the other
    non-null columns, so the bench survives new columns) SELECT the expressions FROM source."""
    from django.db import connection

    extra = {}
    for i, f in enumerate(model._meta.concrete_fields):
        if f.primary_key or f.null or f.column in values:
            continue
        if getattr(f, "auto_now", False) or getattr(f, "auto_now_add", False):
            extra[f.column] = "now()"
        elif f.column == "public_id":
            extra[f.column] = "gen_random_uuid()"
        else:
            key = f"default_{i}"
            params[key] = f.get_db_prep_save(f.get_default(), connection)
            extra[f.column] = f"%({key})s"
    columns = {**values, **extra}
    # The bench's own table names and expressions; values go in as parameters.
    names, exprs = ", ".join(columns), ", ".join(columns.values())
    sql = f"INSERT INTO {model._meta.db_table} ({names}) SELECT {exprs} FROM {source}"  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return int(cursor.rowcount)


def _organization(slug: str, n: int):  # type: ignore[no-untyped-def]
    """The organisation, its coaches (the first is the bench coach) and some services."""
    from lotsin.accounts.models import User
    from lotsin.core.models import Membership, Organization, Role
    from lotsin.core.scoping import organization_scope
    from lotsin.core.services import add_membership, create_organization
    from lotsin.directory.models import Service

    org = Organization.objects.filter(slug=slug).first() or create_organization(
        name=slug, slug=slug
    )
    coaches = max(1, round(n * 0.55 / CASES_PER_COACH))  # 55% of the cases are open
    names = [f"{slug}-coach-{i:04d}" for i in range(coaches)]
    have = set(User.objects.filter(username__in=names).values_list("username", flat=True))
    User.objects.bulk_create(
        [User(username=name, password="!") for name in names if name not in have]  # noqa: S106
    )
    users = list(User.objects.filter(username__in=names).order_by("username"))
    with organization_scope(org):
        members = set(
            Membership.objects.filter(organization=org, role=Role.COACH).values_list(
                "user_id", flat=True
            )
        )
        Membership.objects.bulk_create(
            [
                Membership(organization=org, user=u, role=Role.COACH)
                for u in users
                if u.pk not in members
            ]
        )
        for i in range(12 - Service.objects.filter(organization=org).count()):
            Service.objects.create(organization=org, name=f"Beratungsstelle {i + 1}")
        services = list(Service.objects.filter(organization=org).values_list("pk", flat=True))
    coordinator = User.objects.filter(username=f"{slug}-coordinator").first()
    if coordinator is None:
        coordinator = User.objects.create_user(username=f"{slug}-coordinator", password=None)
    add_membership(organization=org, user=coordinator, role=Role.COORDINATOR)
    return {"org": org, "coach": users[0], "coaches": users, "services": services}


def _fill(ctx: dict[str, Any], n: int, reload: bool) -> float:
    """Bulk-load `n` participants with coaches, consents, goals, steps, measures, sessions,
    referrals and outcomes (INSERT ... SELECT generate_series); returns seconds spent."""
    from django.db import connection

    from lotsin.cases import models as m
    from lotsin.core.scoping import organization_scope

    org = ctx["org"]
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM cases_participant WHERE organization_id = %s", [org.pk]
        )
        have = cursor.fetchone()[0]
        if have == n + 1 and not reload:
            print(f"participants: {have:,} already loaded for {org.slug} (--reload to rebuild)")
            return 0.0
        start = time.perf_counter()
        if have:
            print(f"deleting {have:,} participants of {org.slug}")
            for table in (
                "cases_partnermessage", "cases_outcome", "cases_referral",
                "cases_counsellingsession", "cases_planrevision", "cases_measurechoice",
                "cases_planstep", "cases_goal", "cases_consent",
            ):  # fmt: skip
                cursor.execute(f"DELETE FROM {table} WHERE organization_id = %s", [org.pk])  # noqa: S608
            cursor.execute(
                "DELETE FROM cases_participant_coaches WHERE participant_id IN "
                "(SELECT id FROM cases_participant WHERE organization_id = %s)",
                [org.pk],
            )
            cursor.execute("DELETE FROM cases_partneroffice WHERE organization_id = %s", [org.pk])
            cursor.execute("DELETE FROM cases_participant WHERE organization_id = %s", [org.pk])
        cursor.execute("SELECT setseed(0.7)")
    with organization_scope(org):
        office = m.PartnerOffice.objects.create(
            organization=org, name="Jobcenter Bench", kind="jobcenter"
        )
    org_id = org.pk
    common = {"org": org_id}
    chunk = 25_000
    for first in range(0, n, chunk):
        last = min(n, first + chunk) - 1
        _insert(
            m.Participant,
            {
                "organization_id": "%(org)s",
                "public_id": "gen_random_uuid()",
                "case_number": "'B' || lpad(i::text, 6, '0')",
                "name": "(%(first_names)s::text[])[1 + i %% 20] || ' ' || "
                "(%(last_names)s::text[])[1 + (i / 20) %% 16]",
                "phone": "'+49 1520 ' || lpad(i::text, 7, '0')",
                "address_area": "'Neukölln'",
                "preferred_languages": "jsonb_build_array((%(languages)s::text[])[1 + i %% 5])",
                "german_level": "(ARRAY['A0', 'A1', 'A2', 'B1', 'B2', 'C1'])[1 + i %% 6]",
                "education": "'Schule, Berufsausbildung im Herkunftsland'",
                "residence": "(ARRAY['s24', 'asylum', 'protection', 'family', 'settled'])"
                "[1 + i %% 5]",
                "goals": "'Arbeit finden, Anerkennung'",
                "status": "status",
                "opened_on": "opened",
                "closed_on": "CASE WHEN status = 'closed' THEN LEAST(opened + 200, "
                "current_date) END",
                "last_contact_on": "CASE WHEN status = 'intake' THEN NULL "
                "ELSE current_date - (r2 * 90)::int END",
            },
            "(SELECT i, r2, current_date - (30 + (r3 * 1000)::int) AS opened, "
            "CASE WHEN r < 0.05 THEN 'intake' WHEN r < 0.50 THEN 'active' "
            "WHEN r < 0.55 THEN 'paused' ELSE 'closed' END AS status "
            "FROM (SELECT i, random() AS r, random() AS r2, random() AS r3 "
            "FROM generate_series(%(first)s, %(last)s) AS i) AS numbers) AS generated",
            {
                **common, "first": first, "last": last, "first_names": FIRST_NAMES,
                "last_names": LAST_NAMES, "languages": LANGUAGES,
            },
        )  # fmt: skip
    coach_ids = [u.pk for u in ctx["coaches"]]
    with connection.cursor() as cursor:
        # Participant i is held by coach i mod C (open and closed alike).
        cursor.execute(
            "INSERT INTO cases_participant_coaches (participant_id, user_id) "
            "SELECT id, (%(coaches)s::bigint[])[1 + substring(case_number from 2)::int "
            "%% %(n)s] FROM cases_participant WHERE organization_id = %(org)s",
            {"coaches": coach_ids, "n": len(coach_ids), "org": org_id},
        )
    people = "cases_participant AS p WHERE p.organization_id = %(org)s"
    _insert(
        m.Consent,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "purpose": "'counselling'", "given_on": "p.opened_on", "form": "'paper'",
            "language": "p.preferred_languages->>0", "text_version": "'2025-01'",
            "text": "'Ich bin einverstanden, dass meine Daten für die Beratung gespeichert "
            "werden.'",
            # ~10% expire within 40 days (at random: independent of the coach's share).
            "expires_on": "CASE WHEN random() < 0.1 THEN current_date + (p.id %% 40)::int END",
        },
        people,
        dict(common),
    )  # fmt: skip
    _insert(
        m.Consent,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "purpose": "'partner'", "office_id": "%(office)s", "given_on": "p.opened_on",
            "form": "'paper'", "language": "p.preferred_languages->>0",
            "text_version": "'2025-01'", "text": "'Austausch mit dem Jobcenter.'",
            "revoked_at": "CASE WHEN p.id %% 7 = 0 THEN now() END",
        },
        people + " AND p.id %% 3 = 0",
        {**common, "office": office.pk},
    )  # fmt: skip
    _insert(
        m.Goal,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "text": "'Eine Stelle in ihrem Beruf finden'", "status": "'open'", "position": "0",
        },
        people,
        dict(common),
    )  # fmt: skip
    _insert(
        m.PlanStep,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "text": "'Schritt ' || k", "who": "(ARRAY['participant', 'coach', 'jobcenter'])[k]",
            "due_on": "current_date + ((p.id * k) %% 40)::int - 10",
            "status": "CASE WHEN k < 3 THEN 'done' ELSE 'open' END",
            "shared": "k = 3", "agreed_with_jobcenter": "false",
        },
        people.replace("WHERE", "CROSS JOIN generate_series(1, 3) AS k WHERE"),
        dict(common),
    )  # fmt: skip
    _insert(
        m.MeasureChoice,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "measure": "(%(measures)s::text[])[1 + (p.id + k * 3) %% 6]", "chosen": "k = 0",
            "note": "''", "decided_on": "p.opened_on",
        },
        people.replace("WHERE", "CROSS JOIN generate_series(0, 1) AS k WHERE"),
        {**common, "measures": MEASURES},
    )  # fmt: skip
    _insert(
        m.CounsellingSession,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "coach_id": "c.user_id",
            "held_on": "LEAST(p.opened_on + k * 20, current_date)", "duration_minutes": "45",
            "channel": "'in_person'", "language": "p.preferred_languages->>0",
            "topics": "'[\"work\"]'::jsonb", "notes": "'Gespräch über Bewerbungen.'",
            "next_steps": "'Lebenslauf schicken'",
            "follow_up_on": "CASE WHEN k = 5 THEN current_date + (p.id %% 20)::int - 5 END",
        },
        "cases_participant AS p JOIN cases_participant_coaches AS c ON c.participant_id = p.id "
        "CROSS JOIN generate_series(1, 5) AS k WHERE p.organization_id = %(org)s "
        "AND p.status <> 'intake'",
        dict(common),
    )  # fmt: skip
    _insert(
        m.Referral,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "service_id": "(%(services)s::bigint[])[1 + p.id %% %(n_services)s]",
            "status": "(ARRAY['sent', 'accepted', 'attended', 'closed'])[1 + p.id %% 4]",
            "sent_on": "p.opened_on + 10",
            "follow_up_on": "current_date + (p.id %% 30)::int - 10", "note": "''",
        },
        people + " AND p.id %% 2 = 0",
        {**common, "services": ctx["services"], "n_services": len(ctx["services"])},
    )  # fmt: skip
    _insert(
        m.Outcome,
        {
            "organization_id": "p.organization_id", "participant_id": "p.id",
            "kind": "(ARRAY['exit', '6m', '12m'])[k]",
            "status": "CASE WHEN k = 1 OR p.closed_on + (k - 1) * 182 < current_date "
            "THEN (ARRAY['part_time', 'training', 'job_seeking', 'left'])[1 + p.id %% 4] "
            "ELSE '' END",
            "due_on": "p.closed_on + (k - 1) * 182",
            "recorded_on": "CASE WHEN k = 1 THEN p.closed_on END",
        },
        people.replace("WHERE", "CROSS JOIN generate_series(1, 3) AS k WHERE")
        + " AND p.status = 'closed'",
        dict(common),
    )  # fmt: skip
    _hundred(ctx, office)
    return time.perf_counter() - start


def _hundred(ctx: dict[str, Any], office: Any) -> None:
    """The bench coach's participant with 100 sessions and a full plan."""
    import datetime

    from django.utils import timezone

    from lotsin.cases import models as m
    from lotsin.core.scoping import organization_scope

    org, coach = ctx["org"], ctx["coach"]
    today = timezone.localdate()
    with organization_scope(org):
        p = m.Participant.objects.create(
            organization=org, case_number=HUNDRED, name="Nataliia Bench-Hundred",
            phone="+49 1520 9999999", preferred_languages=["uk", "ru"], german_level="B1",
            residence="s24", status="active", opened_on=today - datetime.timedelta(days=800),
            last_contact_on=today - datetime.timedelta(days=3),
        )  # fmt: skip
        p.coaches.add(coach)
        for purpose, kw in (("counselling", {}), ("funder", {}), ("partner", {"office": office})):
            m.Consent.objects.create(
                organization=org, participant=p, purpose=purpose, given_on=p.opened_on,
                form="paper", language="uk", text_version="2025-01", text="Згода.", **kw,
            )  # fmt: skip
        goals = [
            m.Goal.objects.create(organization=org, participant=p, text=f"Ziel {i}", position=i)
            for i in range(4)
        ]
        m.PlanStep.objects.bulk_create(
            m.PlanStep(
                organization=org,
                participant=p,
                goal=goals[i % 4],
                text=f"Schritt {i}",
                who=["participant", "coach", "jobcenter"][i % 3],
                due_on=today + datetime.timedelta(days=i * 7 - 20),
                status="done" if i < 5 else "open",
                shared=i % 3 == 2,
            )  # fmt: skip
            for i in range(12)
        )
        m.MeasureChoice.objects.bulk_create(
            m.MeasureChoice(organization=org, participant=p, measure=code, chosen=i % 3 != 2)
            for i, code in enumerate(MEASURES)
        )
        m.PlanRevision.objects.bulk_create(
            m.PlanRevision(organization=org, participant=p, number=i + 1, snapshot={"goals": []})
            for i in range(10)
        )
        m.CounsellingSession.objects.bulk_create(
            m.CounsellingSession(
                organization=org,
                participant=p,
                coach=coach,
                held_on=today - datetime.timedelta(days=3 + 7 * i),
                duration_minutes=45,
                channel="in_person",
                language="uk",
                topics=["work", "language"],
                notes=f"Notiz {i}: Bewerbungen, Sprachkurs, Kinderbetreuung.",
                next_steps="Zwei Bewerbungen",
                shared_note="Läuft gut." if i % 4 == 0 else "",
                follow_up_on=today + datetime.timedelta(days=4) if i == 0 else None,
            )  # fmt: skip
            for i in range(100)
        )
        for i, service in enumerate(ctx["services"][:5]):
            m.Referral.objects.create(
                organization=org, participant=p, service_id=service, sent_on=p.opened_on,
                status=["sent", "accepted", "attended", "closed", "sent"][i],
                follow_up_on=today + datetime.timedelta(days=i),
            )  # fmt: skip
        m.PartnerMessage.objects.bulk_create(
            m.PartnerMessage(
                organization=org,
                participant=p,
                office=office,
                author=coach,
                text=f"Nachricht {i}",
            )  # fmt: skip
            for i in range(10)
        )


def _vacuum() -> None:
    from django.db import connection

    start = time.perf_counter()
    with connection.cursor() as cursor:
        for table in (
            "cases_participant", "cases_participant_coaches", "cases_consent", "cases_goal",
            "cases_planstep", "cases_measurechoice", "cases_counsellingsession",
            "cases_referral", "cases_outcome",
        ):  # fmt: skip
            cursor.execute(f"VACUUM ANALYZE {table}")
    print(f"vacuum_analyze_seconds: {time.perf_counter() - start:.1f}")


def _detail_url(public_id: Any) -> str:
    from django.urls import NoReverseMatch, reverse

    for name in ("cases:participant", "cases:participant_detail", "cases:detail"):
        try:
            return reverse(name, args=[public_id])
        except NoReverseMatch:
            continue
    sys.exit("cases_pages: no URL name for the participant page (cases:participant)")


def _urls(ctx: dict[str, Any], page_of: str) -> dict[str, tuple[str, bool]]:
    """Kinds of request: the coach's list with its tabs and filters, and the case page."""
    from django.urls import reverse

    from lotsin.cases.models import Participant
    from lotsin.core.scoping import organization_scope

    lst = reverse("cases:list")
    with organization_scope(ctx["org"]):
        target = Participant.objects.get(organization=ctx["org"], case_number=page_of)
    return {
        "list_mine": (lst, False),
        "list_due": (f"{lst}?tab=due", False),
        "list_no_contact": (f"{lst}?tab=no_contact", False),
        "list_consent": (f"{lst}?tab=consent_expiring", False),
        "list_filtered": (f"{lst}?tab=mine&status=active&measure=workshop&language=uk", False),
        "list_search": (f"{lst}?tab=mine&q=B0", False),
        "list_htmx": (f"{lst}?tab=due", True),
        "case_page": (_detail_url(target.public_id), False),
    }


def _query_counts(pairs: list[tuple[dict[str, Any], str, int]]) -> bool:
    """In process, through the test client: SQL queries and SQL time per kind of page."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    print("\nSQL queries per page (in process; the bench coach of each organisation):")
    heads = [f"{ctx['org'].slug} ({n:,})" for ctx, _page, n in pairs]
    print(f"{'kind':<16}" + "".join(f"{head:>36}" for head in heads))
    results: dict[str, list[tuple[int, float, int]]] = {}
    slowest: list[tuple[float, str, str]] = []
    for ctx, page_of, _n in pairs:
        client = Client()
        client.force_login(ctx["coach"])
        for kind, (url, htmx) in _urls(ctx, page_of).items():
            headers = {"HX-Request": "true"} if htmx else {}
            client.get(url, headers=headers)  # warm
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, headers=headers)
            if response.status_code != 200:
                sys.exit(f"cases_pages: {url} answered {response.status_code}")
            ms = sum(float(q["time"]) for q in captured.captured_queries) * 1000
            results.setdefault(kind, []).append((len(captured), ms, len(response.content)))
            if ctx is pairs[0][0]:
                slowest += [(float(q["time"]) * 1000, kind, q["sql"]) for q in captured]
    constant = True
    for kind, per_org in results.items():
        texts = [f"{q} queries, {ms:.0f} ms SQL, {b // 1024} kB" for q, ms, b in per_org]
        cells = "".join(f"{text:>36}" for text in texts)
        print(f"{kind:<16}{cells}")
        constant &= len({q for q, _ms, _b in per_org}) == 1
    print(f"queries_constant: {'yes' if constant else 'NO'}")
    print(f"\nslowest SQL ({pairs[0][0]['org'].slug}, one request each, in process):")
    for ms, kind, sql in sorted(slowest, reverse=True)[:6]:
        sql = re.sub(r"\s+", " ", sql)
        print(f"  {ms:7.1f} ms  {kind:<15} {sql if len(sql) < 400 else sql[:397] + '…'}")
    return constant


def _small_page_of(ctx: dict[str, Any]) -> str:
    """In the small organisation: a participant of the bench coach with a few sessions."""
    from lotsin.cases.models import Participant
    from lotsin.core.scoping import organization_scope

    with organization_scope(ctx["org"]):
        people = Participant.objects.filter(
            organization=ctx["org"], coaches=ctx["coach"], anonymised_at__isnull=True
        ).exclude(case_number=HUNDRED)
        found = people.exclude(status="intake").order_by("case_number").first()
    if found is None:
        sys.exit("cases_pages: the small organisation has no participant of its coach")
    return found.case_number


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--participants", type=int, default=50_000)
    parser.add_argument("--reload", action="store_true", help="delete and reload the data")
    parser.add_argument("--database", default="lotsin_bench_cases", help="lotsin_bench_* name")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=20, help="concurrent clients")
    parser.add_argument(
        "--workers", type=int, default=2 * (os.cpu_count() or 1) + 1, help="gunicorn workers"
    )
    parser.add_argument("--threads", type=int, default=1, help="threads per gunicorn worker")
    parser.add_argument(
        "--conn-max-age", type=int, default=60, help="DB_CONN_MAX_AGE (lotsin.wsgi's default: 60)"
    )
    parser.add_argument("--think-ms", type=int, default=0, help="pause between a client's requests")
    parser.add_argument("--no-load", action="store_true", help="skip the HTTP load test")
    args = parser.parse_args()
    if not re.fullmatch(r"lotsin_bench_[a-z0-9_]+", args.database):
        parser.error("--database must be lotsin_bench_<lowercase letters, digits, _>")
    url = iq._with_database(iq._database_url(), args.database)
    iq._create_database(url, args.database)
    with tempfile.TemporaryDirectory() as var:
        _run(args, url, var)


def _report(name: str, values: list[float], wall: float) -> tuple[float, float]:
    median, p95 = iq._pct(values, 0.5), iq._pct(values, 0.95)
    print(
        f"{name:<16}{len(values):>6}{median:>9.0f}{p95:>9.0f}{iq._pct(values, 0.99):>9.0f}"
        f"{max(values):>9.0f}{len(values) / wall:>8.1f}"
    )
    return median, p95


def _run(args: argparse.Namespace, url: str, var: str) -> None:
    iq._setup(url, var)
    from django.core.management import call_command
    from django.test import Client

    print(f"machine: {os.cpu_count()} cores, shared with PostgreSQL and the load clients")
    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # pages need the manifest
    big = _organization(BIG_ORG, args.participants)
    small = _organization(SMALL_ORG, 10)
    seconds = _fill(big, args.participants, args.reload)
    if seconds:
        rate = args.participants / seconds
        print(f"load_seconds: {seconds:.0f} ({rate:,.0f} participants/s with their rows)")
        _vacuum()
    _fill(small, 10, args.reload)
    _counts(big)
    constant = _query_counts(
        [(big, HUNDRED, args.participants), (small, _small_page_of(small), 10)]
    )
    if args.no_load:
        return
    client = Client()
    client.force_login(big["coach"])
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    print(
        f"\nserver: gunicorn, {args.workers} sync workers x {args.threads} thread(s), "
        f"DEBUG off, DB_CONN_MAX_AGE={args.conn_max_age}"
    )
    server, port = iq._serve(url, var, args.workers, args.threads, args.conn_max_age)
    try:
        urls = _urls(big, HUNDRED)
        for path, htmx in urls.values():
            _ms, status, _size = iq._get(port, path, cookie, htmx)
            if status != 200:
                sys.exit(f"cases_pages: {path} answered {status}")
        iq._load(port, cookie, urls, min(200, args.requests), args.clients, 0)
        print(
            f"load: {args.requests:,} requests, {args.clients} concurrent clients (threads), "
            f"{args.think_ms} ms between a client's requests"
        )
        before = iq.cpu_seconds()
        times, wall, errors = iq._load(
            port, cookie, urls, args.requests, args.clients, args.think_ms / 1000
        )
        after = iq.cpu_seconds()
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(f"\n{'kind':<16}{'n':>6}{'median':>9}{'p95':>9}{'p99':>9}{'max':>9}{'req/s':>8}  (ms)")
    lists: list[float] = []
    for kind, values in times.items():
        _report(kind, values, wall)
        if kind.startswith("list"):
            lists += values
    list_median, list_p95 = _report("all lists", lists, wall)
    page_median, page_p95 = iq._pct(times["case_page"], 0.5), iq._pct(times["case_page"], 0.95)
    print(f"errors: {errors}")
    print(f"list_median_ms: {list_median:.0f}")
    print(f"list_p95_ms: {list_p95:.0f} (target <= {TARGET_P95_MS})")
    print(f"case_page_median_ms: {page_median:.0f}")
    print(f"case_page_p95_ms: {page_p95:.0f} (target <= {TARGET_P95_MS})")
    print(f"requests_per_second: {sum(map(len, times.values())) / wall:.1f}")
    iq.print_cpu(before, after, sum(map(len, times.values())))
    ok = list_p95 <= TARGET_P95_MS and page_p95 <= TARGET_P95_MS and not errors and constant
    print(f"result: {'PASS' if ok else 'FAIL'}")


def _counts(ctx: dict[str, Any]) -> None:
    from django.db import connection

    with connection.cursor() as cursor:
        print(f"data of {ctx['org'].slug}:")
        for table in (
            "cases_participant", "cases_consent", "cases_planstep", "cases_measurechoice",
            "cases_counsellingsession", "cases_referral", "cases_outcome",
        ):  # fmt: skip
            cursor.execute(
                f"SELECT count(*) FROM {table} WHERE organization_id = %s",  # noqa: S608
                [ctx["org"].pk],
            )
            print(f"  {table}: {cursor.fetchone()[0]:,}")
        cursor.execute(
            "SELECT count(*), count(*) FILTER (WHERE p.status IN ('active', 'paused', 'intake')) "
            "FROM cases_participant_coaches c JOIN cases_participant p ON p.id = c.participant_id "
            "WHERE c.user_id = %s",
            [ctx["coach"].pk],
        )
        total, open_ = cursor.fetchone()
        print(f"  bench coach holds {total} cases, {open_} open")


if __name__ == "__main__":
    main()
