"""Geometry for the small server-side SVG charts of the measures page (no JavaScript).

Only numbers and positions: the template `inbox/_chart.html` draws them, translates the words and
formats the dates, and the site CSS colours them. The time axis always runs left to right (the
SVG is `direction: ltr`), also on Arabic and Farsi pages.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

WIDTH, HEIGHT = 480, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 30
PLOT_W, PLOT_H = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
MAX_X_LABELS = 6


@dataclass(frozen=True)
class Tick:
    pos: float
    label: str


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    week: dt.date
    value: float


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    week: dt.date
    value: float


@dataclass
class Chart:
    y_ticks: list[Tick]
    x_ticks: list[tuple[float, dt.date]]
    bars: dict[str, list[Bar]] = field(default_factory=dict)
    dots: list[Dot] = field(default_factory=list)
    path: str = ""
    unit: str = ""  # for duration charts: "minutes", "hours" or "days"
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    top: int = TOP
    right_edge: int = WIDTH - RIGHT
    baseline: int = TOP + PLOT_H
    x_label_y: int = HEIGHT - 10


def nice_scale(value: float, *, whole: bool = False, ticks: int = 4) -> tuple[float, float]:
    """The axis top and the step between grid lines: a step of 1, 2 or 5 times a power of ten,
    about `ticks` steps up to the first multiple at or above `value`. `whole` keeps steps at
    1 or more (no half posts)."""
    if value <= 0:
        return float(ticks), 1.0
    raw = value / ticks
    power = 10.0 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    if whole:
        step = max(step, 1.0)
    step = round(step, 10)
    return round(step * math.ceil(round(value / step, 10)), 10), step


def _number(value: float) -> str:
    return f"{round(value, 6):g}"


def _y(value: float, top: float) -> float:
    return round(TOP + PLOT_H - value / top * PLOT_H, 1)


def _frame(weeks: Sequence[dt.date], top: float, step: float, suffix: str = "") -> Chart:
    count = round(top / step)
    y_ticks = [Tick(_y(step * i, top), _number(step * i) + suffix) for i in range(count + 1)]
    band = PLOT_W / max(len(weeks), 1)
    every = max(1, math.ceil(len(weeks) / MAX_X_LABELS))
    x_ticks = [
        (round(LEFT + band * (i + 0.5), 1), week) for i, week in enumerate(weeks) if i % every == 0
    ]
    return Chart(y_ticks=y_ticks, x_ticks=x_ticks)


def _bars(
    weeks: Sequence[dt.date], values: Sequence[float | None], top: float, share: float
) -> list[Bar]:
    band = PLOT_W / max(len(weeks), 1)
    width = max(band * share, 1)
    bars = []
    for i, (week, value) in enumerate(zip(weeks, values, strict=True)):
        if not value:
            continue
        y = _y(value, top)
        x = LEFT + band * (i + 0.5) - width / 2
        bars.append(Bar(round(x, 1), y, round(width, 1), round(TOP + PLOT_H - y, 1), week, value))
    return bars


def posts_chart(weeks: Sequence[dt.date], posts: Sequence[int], questions: Sequence[int]) -> Chart:
    """Posts in (wide bars) with the questions among them (narrow bars inside)."""
    top, step = nice_scale(max(posts, default=0), whole=True)
    chart = _frame(weeks, top, step)
    chart.bars = {
        "posts": _bars(weeks, posts, top, 0.8),
        "questions": _bars(weeks, questions, top, 0.4),
    }
    return chart


def share_chart(weeks: Sequence[dt.date], shares: Sequence[float | None]) -> Chart:
    """A line over 0-100 %, broken where a week had no questions."""
    chart = _frame(weeks, 100, 25, "%")
    band = PLOT_W / max(len(weeks), 1)
    parts: list[str] = []
    pen_down = False
    for i, (week, share) in enumerate(zip(weeks, shares, strict=True)):
        if share is None:
            pen_down = False
            continue
        x, y = round(LEFT + band * (i + 0.5), 1), _y(share, 100)
        parts.append(f"{'L' if pen_down else 'M'}{x} {y}")
        pen_down = True
        chart.dots.append(Dot(x, y, week, share))
    chart.path = " ".join(parts)
    return chart


def duration_chart(weeks: Sequence[dt.date], minutes: Sequence[float | None]) -> Chart:
    """Bars of medians, in minutes, hours or days, whichever keeps the numbers readable."""
    longest = max((m for m in minutes if m is not None), default=0)
    unit, divisor = "minutes", 1
    if longest > 72 * 60:
        unit, divisor = "days", 24 * 60
    elif longest > 120:
        unit, divisor = "hours", 60
    values = [None if m is None else m / divisor for m in minutes]
    top, step = nice_scale(max((v for v in values if v is not None), default=0))
    chart = _frame(weeks, top, step)
    chart.bars = {"median": _bars(weeks, values, top, 0.6)}
    chart.unit = unit
    return chart
