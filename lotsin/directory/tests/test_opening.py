from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from lotsin.directory.opening import OpeningHoursError, check, is_open_at, parse_day

BERLIN = ZoneInfo("Europe/Berlin")
SPLIT = {"mon": [["09:00", "13:00"], ["14:00", "17:00"]]}
LATE = {"fri": [["22:00", "02:00"]]}


def at(day: int, hhmm: str) -> datetime:
    """A moment in Berlin in the week of Monday 2 June 2025 (day 0 = Monday)."""
    hours, minutes = map(int, hhmm.split(":"))
    return datetime(2025, 6, 2 + day, hours, minutes, tzinfo=BERLIN)


def test_always_open_is_open_at_any_time():
    assert is_open_at({"always": True}, at(6, "03:00"))


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("08:59", False),
        ("09:00", True),
        ("12:59", True),
        ("13:30", False),
        ("16:59", True),
        ("17:00", False),
    ],
)
def test_split_day_is_closed_over_lunch(moment, expected):
    assert is_open_at(SPLIT, at(0, moment)) is expected


def test_split_day_hours_do_not_apply_on_other_days():
    assert not is_open_at(SPLIT, at(1, "10:00"))


@pytest.mark.parametrize(
    ("day", "moment", "expected"),
    [
        (4, "21:59", False),
        (4, "23:30", True),
        (5, "01:59", True),
        (5, "02:00", False),
        (3, "01:00", False),
    ],
)
def test_hours_past_midnight_run_into_the_next_day(day, moment, expected):
    assert is_open_at(LATE, at(day, moment)) is expected


def test_times_are_read_in_berlin_time():
    # 07:30 UTC on a summer Monday is 09:30 in Berlin.
    assert is_open_at(SPLIT, datetime(2025, 6, 2, 7, 30, tzinfo=UTC))
    assert not is_open_at(SPLIT, datetime(2025, 6, 2, 6, 30, tzinfo=UTC))


def test_no_hours_means_not_open():
    assert not is_open_at({}, at(0, "10:00"))


def test_parse_day_reads_ranges_and_short_forms():
    assert parse_day("09:00-13:00, 14:00–17:00") == [["09:00", "13:00"], ["14:00", "17:00"]]
    assert parse_day("9-13") == [["09:00", "13:00"]]
    assert parse_day("22:00-02:00") == [["22:00", "02:00"]]
    assert parse_day("  ") == []


@pytest.mark.parametrize("text", ["9:00-", "25:00-26:00", "10:00-10:00", "morning"])
def test_parse_day_names_the_bad_part(text):
    with pytest.raises(ValueError, match=text.strip()[:3]):
        parse_day(f"08:00-09:00, {text}")


@pytest.mark.parametrize(
    "hours",
    [
        {"always": True, "mon": []},
        {"always": 1},
        {"monday": [["09:00", "10:00"]]},
        {"mon": [["9:00", "10:00"]]},
        {"mon": [["09:00"]]},
        {"mon": "09:00-10:00"},
        [],
    ],
)
def test_check_refuses_bad_shapes(hours):
    with pytest.raises(OpeningHoursError):
        check(hours)
