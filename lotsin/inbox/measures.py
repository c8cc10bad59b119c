"""Figures for coordinators and funders: posts in, questions, answered share and median response
times, per week and broken down by channel and by language.

Every number is aggregated in the database, in a fixed number of queries whatever the number of
posts (SQLite and PostgreSQL alike). Nothing here returns a post's text or an author's pseudonym.

Definitions (also in docs/inbox.md, "Measures"):
- A post belongs to the week (Monday to Sunday, in the installation's time zone) in which it was
  posted in the group (`posted_at`), not when it was imported.
- posts in: every post of the period; questions: those that triage marked as a question.
- answered: a question with a recorded reply (`first_reply_at`) or with the status "answered" or
  "referred" (a referral or an answer given outside Lotsin counts). Questions closed as "no action
  needed" count as not answered. Answered share = answered / questions.
- time to first reply: `first_reply_at - posted_at` for every post (question or not) with a
  recorded reply. Measured from the moment she posted, because that is how long she waited, even
  when the export reached Lotsin later. A reply recorded before the post's time (clock skew in an
  export) counts as 0, never negative.
- time to crisis acknowledgement: `crisis_acknowledged_at - crisis_alerted_at` for crisis posts
  that were acknowledged (clipped at 0 too).

Medians: a window function numbers each group's durations in order and counts them; the database
returns only the one or two middle rows per group (ROW_NUMBER between (n+1)/2 and (n+2)/2, integer
division) and Python averages those. No database-specific percentile function is needed, and at
most two rows per week, channel or language leave the database.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from django.db.models import (
    Count,
    DurationField,
    Expression,
    ExpressionWrapper,
    F,
    Q,
    QuerySet,
    Window,
)
from django.db.models.functions import Greatest, RowNumber, TruncWeek
from django.utils import timezone

from lotsin.core.models import Organization
from lotsin.inbox.models import Channel, Post, PostStatus

DEFAULT_WEEKS = 12
MAX_WEEKS = 104  # two years: longer ranges make unreadable charts and slow medians

ANSWERED = Q(is_question=True) & (
    Q(first_reply_at__isnull=False) | Q(status__in=[PostStatus.ANSWERED, PostStatus.REFERRED])
)
ACKNOWLEDGED = Q(crisis_alerted_at__isnull=False, crisis_acknowledged_at__isnull=False)


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


@dataclass(frozen=True)
class Period:
    """Whole weeks, Monday `first` to the week starting on `last` (inclusive)."""

    first: dt.date
    last: dt.date

    @classmethod
    def around(cls, first_day: dt.date, last_day: dt.date) -> Period:
        return cls(week_start(first_day), week_start(last_day))

    @classmethod
    def default(cls, today: dt.date | None = None) -> Period:
        today = today or timezone.localdate()
        last = week_start(today)
        return cls(last - dt.timedelta(weeks=DEFAULT_WEEKS - 1), last)

    @property
    def weeks(self) -> list[dt.date]:
        count = (self.last - self.first).days // 7 + 1
        return [self.first + dt.timedelta(weeks=i) for i in range(count)]

    @property
    def last_day(self) -> dt.date:
        return self.last + dt.timedelta(days=6)

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        """Start and exclusive end as aware datetimes in the current time zone."""
        zone = timezone.get_current_timezone()
        start = dt.datetime.combine(self.first, dt.time.min, tzinfo=zone)
        end = dt.datetime.combine(self.last + dt.timedelta(weeks=1), dt.time.min, tzinfo=zone)
        return start, end


@dataclass
class Figures:
    posts_in: int = 0
    questions: int = 0
    answered: int = 0
    replied: int = 0  # posts with a first reply: how many durations the median is taken over
    median_reply_minutes: float | None = None
    acknowledged: int = 0  # crisis alerts acknowledged: the crisis median's count
    median_ack_minutes: float | None = None

    @property
    def answered_share(self) -> float | None:
        """Percent of questions answered, one decimal; None without questions."""
        if not self.questions:
            return None
        return round(100 * self.answered / self.questions, 1)


@dataclass
class Row:
    key: Hashable  # the week's Monday, the channel's public id or the language code
    label: str
    figures: Figures = field(default_factory=Figures)


@dataclass
class Measures:
    period: Period
    weekly: list[Row]
    by_channel: list[Row]
    by_language: list[Row]
    total: Figures

    @property
    def is_empty(self) -> bool:
        return self.total.posts_in == 0


def get_measures(
    organization: Organization,
    *,
    period: Period,
    channel: Channel | None = None,
    language: str = "",
) -> Measures:
    """All figures of one organisation's posts in `period`, optionally for one channel and/or
    one language. Twelve queries, whatever the number of posts."""
    posts = _posts(organization, period=period, channel=channel, language=language)

    weekly = {week: Row(key=week, label=week.isoformat()) for week in period.weeks}
    for key, figures in _figures_by(posts, TruncWeek("posted_at")).items():
        week = _as_date(key)
        if week in weekly:  # always, unless the database's week disagrees with ours
            weekly[week].figures = figures

    channels = {
        pk: (public_id, name)
        for pk, public_id, name in Channel.objects.filter(organization=organization)
        .values_list("pk", "public_id", "name")
        .order_by()
    }
    by_channel = [
        Row(key=channels[pk][0], label=channels[pk][1], figures=figures)
        for pk, figures in _figures_by(posts, F("channel_id")).items()
        if pk in channels
    ]
    by_channel.sort(key=lambda row: (-row.figures.posts_in, row.label))

    by_language = [
        Row(key=code, label=code, figures=figures)
        for code, figures in _figures_by(posts, F("language")).items()
    ]
    by_language.sort(key=lambda row: (-row.figures.posts_in, str(row.key)))

    total = _sum(row.figures for row in weekly.values())
    medians = _medians(posts, None)
    total.median_reply_minutes, total.median_ack_minutes = medians.get(None, (None, None))
    return Measures(
        period=period,
        weekly=list(weekly.values()),
        by_channel=by_channel,
        by_language=by_language,
        total=total,
    )


def _posts(
    organization: Organization, *, period: Period, channel: Channel | None, language: str
) -> QuerySet[Post]:
    start, end = period.bounds()
    posts = Post.objects.filter(organization=organization, posted_at__gte=start, posted_at__lt=end)
    if channel is not None:
        posts = posts.filter(channel=channel)
    if language:
        posts = posts.filter(language=language)
    return posts.order_by()  # no default ordering in GROUP BY and window queries


def list_languages(organization: Organization, *, period: Period) -> list[str]:
    """The languages of the organisation's posts in the period (for the filter)."""
    start, end = period.bounds()
    return list(
        Post.objects.filter(organization=organization, posted_at__gte=start, posted_at__lt=end)
        .exclude(language="")
        .values_list("language", flat=True)
        .distinct()
        .order_by("language")
    )


def _figures_by(posts: QuerySet[Post], key: Expression | F) -> dict[Hashable, Figures]:
    """Counts per group (one query) and both medians per group (two queries)."""
    counts = (
        posts.annotate(group=key)
        .values("group")
        .annotate(
            posts_in=Count("pk"),
            questions=Count("pk", filter=Q(is_question=True)),
            answered=Count("pk", filter=ANSWERED),
            replied=Count("pk", filter=Q(first_reply_at__isnull=False)),
            acknowledged=Count("pk", filter=ACKNOWLEDGED),
        )
        .order_by()
    )
    result: dict[Hashable, Figures] = {}
    for row in counts:
        group = row.pop("group")
        result[group] = Figures(**row)
    for group, (reply, ack) in _medians(posts, key).items():
        if group in result:
            result[group].median_reply_minutes = reply
            result[group].median_ack_minutes = ack
    return result


def _medians(
    posts: QuerySet[Post], key: Expression | F | None
) -> dict[Hashable, tuple[float | None, float | None]]:
    reply = _median_minutes(posts, key, start="posted_at", end="first_reply_at")
    ack = _median_minutes(posts, key, start="crisis_alerted_at", end="crisis_acknowledged_at")
    return {group: (reply.get(group), ack.get(group)) for group in reply.keys() | ack.keys()}


def _median_minutes(
    posts: QuerySet[Post], key: Expression | F | None, *, start: str, end: str
) -> dict[Hashable, float]:
    """Median of `end - start` (clipped at 0) per group, in minutes with one decimal.

    The database keeps only the middle row (odd count) or the two middle rows (even count) of
    each group; see the module docstring."""
    duration = ExpressionWrapper(
        Greatest(F(end), F(start)) - F(start), output_field=DurationField()
    )
    partition = [key] if key is not None else None
    middle = (
        posts.filter(**{f"{start}__isnull": False, f"{end}__isnull": False})
        .annotate(
            duration=duration,
            position=Window(RowNumber(), partition_by=partition, order_by=[duration.asc()]),
            size=Window(Count("pk"), partition_by=partition),
        )
        .filter(position__gte=(F("size") + 1) / 2, position__lte=(F("size") + 2) / 2)
    )
    if key is not None:
        rows: Iterable[tuple[Hashable, dt.timedelta]] = middle.annotate(group=key).values_list(
            "group", "duration"
        )
    else:
        rows = ((None, value) for value in middle.values_list("duration", flat=True))
    found: dict[Hashable, list[dt.timedelta]] = defaultdict(list)
    for group, value in rows:
        found[group].append(value)
    return {
        group: round(sum(values, dt.timedelta()).total_seconds() / len(values) / 60, 1)
        for group, values in found.items()
    }


def _sum(all_figures: Iterable[Figures]) -> Figures:
    total = Figures()
    for figures in all_figures:
        total.posts_in += figures.posts_in
        total.questions += figures.questions
        total.answered += figures.answered
        total.replied += figures.replied
        total.acknowledged += figures.acknowledged
    return total


def _as_date(value: object) -> dt.date:
    if isinstance(value, dt.datetime):
        return timezone.localtime(value).date() if timezone.is_aware(value) else value.date()
    assert isinstance(value, dt.date)  # noqa: S101  TruncWeek returns a datetime or a date
    return value
