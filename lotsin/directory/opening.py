"""Opening hours: checking the stored shape, reading them from text, and "is it open now?".

Stored shape: {"always": true} for 24/7, else weekday keys with [start, end] pairs:
{"mon": [["09:00", "13:00"], ["14:00", "17:00"]], "fri": [["22:00", "02:00"]]}.
An end at or before its start runs past midnight into the next day. Times are local time
in settings.TIME_ZONE (Europe/Berlin), because that is what a service's door sign says.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from django.conf import settings
from django.utils import timezone

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$|^24:00$")
_RANGE = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*[-–—]\s*(\d{1,2})(?:[:.](\d{2}))?\s*$")


class OpeningHoursError(ValueError):
    pass


def check(hours: Any) -> None:
    """Raise OpeningHoursError (in English, for logs and the API) unless `hours` is valid."""
    if not isinstance(hours, dict):
        raise OpeningHoursError("opening hours must be an object")
    if "always" in hours:
        if hours.get("always") is not True or len(hours) != 1:
            raise OpeningHoursError(
                'use {"always": true} alone for a service open around the clock'
            )
        return
    for day, ranges in hours.items():
        if day not in DAYS:
            raise OpeningHoursError(f"unknown day {day!r}; days are {', '.join(DAYS)}")
        if not isinstance(ranges, list):
            raise OpeningHoursError(f"{day}: a list of [start, end] pairs is expected")
        for pair in ranges:
            if not (isinstance(pair, list | tuple) and len(pair) == 2):
                raise OpeningHoursError(f"{day}: each range is a [start, end] pair")
            start, end = pair
            if not all(isinstance(t, str) and _TIME.match(t) for t in (start, end)):
                raise OpeningHoursError(f"{day}: times are written HH:MM, got {start!r}-{end!r}")
            if start == end or start == "24:00":
                raise OpeningHoursError(f"{day}: {start}-{end} is not a time range")


def parse_day(text: str) -> list[list[str]]:
    """Read "09:00-13:00, 14:00-17:00" (or "9-13") into pairs; ValueError names the bad part."""
    ranges = []
    for part in filter(None, (p.strip() for p in re.split(r"[,;]", text))):
        match = _RANGE.match(part)
        if not match:
            raise ValueError(part)
        h1, m1, h2, m2 = match.groups()
        start, end = f"{int(h1):02}:{m1 or '00'}", f"{int(h2):02}:{m2 or '00'}"
        if not (_TIME.match(start) and _TIME.match(end)) or start in (end, "24:00"):
            raise ValueError(part)
        ranges.append([start, end])
    return ranges


def format_day(ranges: list[list[str]]) -> str:
    return ", ".join(f"{start}-{end}" for start, end in ranges)


def is_always_open(hours: dict[str, Any]) -> bool:
    return hours.get("always") is True


def _minutes(hhmm: str) -> int:
    hours, minutes = hhmm.split(":")
    return int(hours) * 60 + int(minutes)


def hours_open_at(hours: dict[str, Any], when: datetime) -> bool:
    if is_always_open(hours):
        return True
    tz = ZoneInfo(settings.TIME_ZONE)
    local = when.astimezone(tz) if timezone.is_aware(when) else when.replace(tzinfo=tz)
    now = local.hour * 60 + local.minute
    today = DAYS[local.weekday()]
    yesterday = DAYS[(local.weekday() - 1) % 7]
    for start, end in hours.get(today, []):
        s, e = _minutes(start), _minutes(end)
        if (s < e and s <= now < e) or (e <= s and now >= s):
            return True
    # A range that started yesterday and runs past midnight.
    return any(
        _minutes(end) <= _minutes(start) and now < _minutes(end)
        for start, end in hours.get(yesterday, [])
    )


def is_open_at(service: Any, when: datetime) -> bool:
    """Is the service (or a bare opening-hours dict) open at `when`, in local Berlin time?"""
    hours = service if isinstance(service, dict) else service.opening_hours
    return hours_open_at(hours or {}, when)
