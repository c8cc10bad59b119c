"""Measures: weekly counts, answered share and medians, filters, CSV, outsiders, query count."""

from __future__ import annotations

import csv
import datetime as dt
import io
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from lotsin.core.models import Role
from lotsin.core.scoping import organization_scope
from lotsin.inbox import charts, services
from lotsin.inbox.measures import Period, get_measures
from lotsin.inbox.measures_views import CSV_HEADER
from lotsin.inbox.models import Post, PostStatus, Urgency

BERLIN = ZoneInfo("Europe/Berlin")
URL = reverse("inbox:measures")
WEEK_A, WEEK_B, WEEK_C = dt.date(2026, 11, 9), dt.date(2026, 11, 16), dt.date(2026, 11, 23)
PERIOD = Period(WEEK_A, WEEK_C)
RANGE = {"start": "2026-11-09", "end": "2026-11-23"}
SECRET = "Mein Mann hat meinen Pass versteckt"


def at(day: dt.date, hour: int = 9, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=BERLIN)


def minutes(n: float) -> dt.timedelta:
    return dt.timedelta(minutes=n)


@pytest.fixture
def channel(org_a):
    with organization_scope(org_a):
        return services.create_channel(
            actor=None, organization=org_a, name="Українки в Берліні", platform="telegram"
        )


@pytest.fixture
def make_post(org_a, channel):
    counter = iter(range(1, 10_000))

    def make(posted_at: dt.datetime, *, org=org_a, channel=channel, **fields) -> Post:
        fields.setdefault("language", "uk")
        with organization_scope(org):
            return Post.objects.create(
                organization=org,
                channel=channel,
                external_id=str(next(counter)),
                text=SECRET,
                author_pseudonym="pseudo-olena-42",
                posted_at=posted_at,
                **fields,
            )

    return make


@pytest.fixture
def known_weeks(make_post):
    """Ten posts in three weeks (and one before them) with known answers and times."""
    a = at(WEEK_A)
    make_post(a, is_question=True, status=PostStatus.ANSWERED, first_reply_at=a + minutes(10))
    make_post(a, is_question=True, status=PostStatus.ANSWERED, first_reply_at=a + minutes(30))
    make_post(a, is_question=True, status=PostStatus.REFERRED)  # referred: answered, no reply
    make_post(a, is_question=True, status=PostStatus.NO_ACTION)  # not answered
    make_post(a, first_reply_at=a + minutes(60))  # not a question, but it got a reply
    make_post(a)

    b = at(WEEK_B + dt.timedelta(days=2), 22)
    make_post(
        b, urgency=Urgency.CRISIS, first_reply_at=b + minutes(20),
        crisis_alerted_at=b + minutes(1), crisis_acknowledged_at=b + minutes(6),
    )  # fmt: skip
    make_post(
        b, is_question=True, urgency=Urgency.CRISIS, first_reply_at=b - minutes(5),  # clock skew
        crisis_alerted_at=b + minutes(1), crisis_acknowledged_at=b + minutes(16),
    )  # fmt: skip
    make_post(at(WEEK_C - dt.timedelta(days=1), 23, 30))  # Sunday night in Berlin: week B
    make_post(at(WEEK_C, 0, 30))  # Monday 00:30 in Berlin (Sunday in UTC): week C
    make_post(at(WEEK_A - dt.timedelta(days=1)), is_question=True)  # before the period


def _measures(org, **filters):
    with organization_scope(org):
        return get_measures(org, period=PERIOD, **filters)


def test_weekly_counts_answered_share_and_medians_are_exact(org_a, known_weeks):
    found = _measures(org_a)
    weeks = {row.key: row.figures for row in found.weekly}
    assert list(weeks) == [WEEK_A, WEEK_B, WEEK_C]

    a, b, c = weeks[WEEK_A], weeks[WEEK_B], weeks[WEEK_C]
    assert (a.posts_in, a.questions, a.answered, a.answered_share) == (6, 4, 3, 75.0)
    assert (a.replied, a.median_reply_minutes) == (3, 30.0)  # 10, 30, 60
    assert (a.acknowledged, a.median_ack_minutes) == (0, None)

    assert (b.posts_in, b.questions, b.answered, b.answered_share) == (3, 1, 1, 100.0)
    assert (b.replied, b.median_reply_minutes) == (2, 10.0)  # 20 and a negative clipped to 0
    assert (b.acknowledged, b.median_ack_minutes) == (2, 10.0)  # 5 and 15

    assert (c.posts_in, c.questions, c.answered_share, c.median_reply_minutes) == (1, 0, None, None)

    t = found.total
    assert (t.posts_in, t.questions, t.answered, t.answered_share) == (10, 5, 4, 80.0)
    assert (t.replied, t.median_reply_minutes) == (5, 20.0)  # 0, 10, 20, 30, 60
    assert (t.acknowledged, t.median_ack_minutes) == (2, 10.0)


def test_breakdowns_and_filters_by_channel_and_language(org_a, known_weeks, make_post):
    with organization_scope(org_a):
        other = services.create_channel(
            actor=None, organization=org_a, name="نساء في برلين", platform="whatsapp"
        )
    make_post(at(WEEK_B), channel=other, language="ar", is_question=True)
    make_post(
        at(WEEK_B), channel=other, language="ar", is_question=True,
        first_reply_at=at(WEEK_B) + minutes(45),
    )  # fmt: skip
    make_post(at(WEEK_B), channel=other, language="", first_reply_at=at(WEEK_B) + minutes(90))

    found = _measures(org_a)
    by_channel = {row.label: row.figures for row in found.by_channel}
    assert by_channel["Українки в Берліні"].posts_in == 10
    ar = by_channel["نساء في برلين"]
    assert (ar.posts_in, ar.questions, ar.answered, ar.answered_share) == (3, 2, 1, 50.0)
    assert (ar.replied, ar.median_reply_minutes) == (2, 67.5)  # 45 and 90
    assert found.by_channel[0].label == "Українки в Берліні"  # most posts first

    by_language = {row.key: row.figures for row in found.by_language}
    assert set(by_language) == {"uk", "ar", ""}
    assert (by_language["ar"].posts_in, by_language["ar"].median_reply_minutes) == (2, 45.0)
    assert by_language[""].posts_in == 1

    only_other = _measures(org_a, channel=other)
    assert only_other.total.posts_in == 3
    assert [row.label for row in only_other.by_channel] == ["نساء في برلين"]

    arabic = _measures(org_a, language="ar")
    assert (arabic.total.posts_in, arabic.total.questions, arabic.total.answered) == (2, 2, 1)
    assert {row.key for row in arabic.by_language} == {"ar"}


def test_another_organisations_posts_never_count_and_its_channel_is_404(
    org_a, org_b, known_weeks, make_post, client_advisor_a
):
    with organization_scope(org_b):
        theirs = services.create_channel(
            actor=None, organization=org_b, name="B channel", platform="telegram"
        )
    for _ in range(5):
        make_post(at(WEEK_A), org=org_b, channel=theirs, is_question=True)

    assert _measures(org_a).total.posts_in == 10
    assert _measures(org_b).total.posts_in == 5

    page = client_advisor_a.get(URL, {**RANGE, "channel": str(theirs.public_id)})
    assert page.status_code == 404
    assert client_advisor_a.get(URL, {**RANGE, "channel": "not-a-uuid"}).status_code == 404
    page = client_advisor_a.get(URL, RANGE)
    assert "B channel" not in page.text


def test_page_shows_charts_tables_and_no_post_text(known_weeks, client_advisor_a, channel):
    page = client_advisor_a.get(URL, RANGE)
    assert page.status_code == 200
    html = page.text
    assert html.count("<svg") == 3
    assert 'role="img"' in html and "<title" in html
    assert "Posts in and questions per week" in html
    assert "Українки в Берліні" in html  # the by-channel table
    assert "Українська (uk)" in html  # the by-language table
    assert 'value="2026-11-09"' in html and 'value="2026-11-23"' in html  # the form keeps them
    assert SECRET not in html and "pseudo-olena-42" not in html
    assert reverse("inbox:measures") in client_advisor_a.get(reverse("inbox:queue")).text  # nav


def test_filters_in_the_page_keep_their_values(known_weeks, client_advisor_a, channel):
    page = client_advisor_a.get(URL, {**RANGE, "channel": str(channel.public_id), "language": "uk"})
    assert page.status_code == 200
    assert f'value="{channel.public_id}" selected' in page.text
    assert 'value="uk" selected' in page.text


def test_a_day_in_the_week_snaps_to_its_monday(known_weeks, client_advisor_a):
    page = client_advisor_a.get(URL, {"start": "2026-11-12", "end": "2026-2026-W48"})
    assert page.status_code == 200 and "Enter a date such as 2026-11-23." in page.text
    page = client_advisor_a.get(URL, {"start": "2026-11-12", "end": "2026-W48"})
    assert 'value="2026-11-09"' in page.text and 'value="2026-11-23"' in page.text


def test_csv_has_the_header_and_one_row_per_week(known_weeks, client_advisor_a):
    response = client_advisor_a.get(URL, {**RANGE, "format": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "lotsin-measures-2026-11-09-2026-11-29.csv" in response["Content-Disposition"]
    body = response.content.decode()
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == CSV_HEADER
    assert rows[1:] == [
        ["2026-W46", "2026-11-09", "6", "4", "3", "75", "3", "30", "0", ""],
        ["2026-W47", "2026-11-16", "3", "1", "1", "100", "2", "10", "2", "10"],
        ["2026-W48", "2026-11-23", "1", "0", "0", "", "0", "", "0", ""],
    ]
    assert SECRET not in body and "pseudo" not in body


def test_an_empty_range_shows_the_empty_state(known_weeks, client_advisor_a):
    page = client_advisor_a.get(URL, {"start": "2025-01-06", "end": "2025-02-03"})
    assert page.status_code == 200
    assert "No posts in these weeks." in page.text
    assert "<svg" not in page.text


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"start": "31.02.2026"}, "Enter a date such as 2026-09-07."),
        ({"start": "2026-11-30", "end": "2026-11-02"}, "The first week must not come after"),
        ({"start": "2020-01-06", "end": "2026-11-23"}, "Choose at most 104 weeks at a time."),
        ({"language": "<script>"}, "Choose a language from the list."),
    ],
)
def test_bad_input_shows_a_message_with_the_form(client_advisor_a, params, message):
    page = client_advisor_a.get(URL, params)
    assert page.status_code == 200
    assert message in page.text
    assert "<form" in page.text and "<svg" not in page.text
    csv_attempt = client_advisor_a.get(URL, {**params, "format": "csv"})
    assert csv_attempt["Content-Type"].startswith("text/html")


def test_default_is_the_last_twelve_weeks(advisor_a):
    with time_machine.travel(dt.datetime(2026, 11, 25, 12, tzinfo=BERLIN)):
        client = Client()
        client.force_login(advisor_a)
        page = client.get(URL)
    assert 'value="2026-09-07"' in page.text and 'value="2026-11-23"' in page.text
    assert "12 weeks" in page.text


def test_who_may_see_the_measures(org_a, make_member, outsider, client_admin_a):
    assert client_admin_a.get(URL).status_code == 200
    for role, status in [(Role.COORDINATOR, 200), (Role.LEGAL_REVIEWER, 403), (Role.COACH, 403)]:
        client = Client()
        client.force_login(make_member(f"user-{role}", org_a, role))
        assert client.get(URL).status_code == status, role
    client = Client()
    client.force_login(outsider)
    assert client.get(URL).status_code == 302  # no organisation yet
    assert Client().get(URL).status_code == 302  # sign in first


def test_the_number_of_queries_does_not_grow_with_the_posts(
    known_weeks, make_post, client_advisor_a, django_assert_max_num_queries
):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client_advisor_a.get(URL, RANGE).status_code == 200
        return len(queries)

    count()  # the first request also stores things in the session
    few = count()
    for i in range(40):
        day = WEEK_A + dt.timedelta(days=i % 20)
        make_post(
            at(day), is_question=bool(i % 2), language=["uk", "ar", "fa"][i % 3],
            first_reply_at=at(day) + minutes(i), crisis_alerted_at=at(day),
            crisis_acknowledged_at=at(day) + minutes(i),
        )  # fmt: skip
    assert count() == few
    with django_assert_max_num_queries(25):
        client_advisor_a.get(URL, {**RANGE, "format": "csv"})


def test_arabic_page_keeps_the_time_axis_left_to_right(known_weeks, client_advisor_a):
    client_advisor_a.cookies["django_language"] = "ar"
    page = client_advisor_a.get(URL, RANGE, HTTP_ACCEPT_LANGUAGE="ar")
    assert 'dir="rtl"' in page.text
    assert page.text.count("<svg") == 3
    assert ",5" not in page.text.split("<svg", 1)[1].split("</svg>", 1)[0]  # unlocalised coords


def test_chart_geometry():
    scales = [charts.nice_scale(v, whole=True) for v in (0, 1, 3, 7, 26, 193)]
    assert scales == [(4, 1), (1, 1), (3, 1), (8, 2), (30, 10), (200, 50)]
    assert charts.nice_scale(0.7) == (0.8, 0.2)
    weeks = [WEEK_A, WEEK_B, WEEK_C]
    assert charts.duration_chart(weeks, [30, None, 120]).unit == "minutes"
    assert charts.duration_chart(weeks, [30, None, 600]).unit == "hours"
    assert charts.duration_chart(weeks, [30, None, 6000]).unit == "days"
    share = charts.share_chart(weeks, [50.0, None, 100.0])
    assert share.path.count("M") == 2 and "L" not in share.path  # broken where no questions
    posts = charts.posts_chart(weeks, [10, 0, 5], [4, 0, 5])
    assert [tick.label for tick in posts.y_ticks] == ["0", "5", "10"]
    assert [bar.value for bar in posts.bars["posts"]] == [10, 5]
    tallest = posts.bars["posts"][0]
    assert tallest.y == charts.TOP and tallest.height == charts.PLOT_H
