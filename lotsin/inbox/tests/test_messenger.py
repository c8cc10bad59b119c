"""Facebook Messenger JSON: the shared fixture with its expected decoding, and inline cases."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from lotsin.inbox.parsers.base import ParseError, WrongExport
from lotsin.inbox.parsers.messenger import fix_mojibake, parse_messenger
from lotsin.inbox.tests.shared_data import CHAT_EXPORTS

EXPORTS = CHAT_EXPORTS


def fixture(relative: str) -> Path:
    path = EXPORTS / relative
    if not path.is_file():
        pytest.skip(f"shared test data missing: {path}")
    return path


def mojibake(text: str) -> str:
    """What Facebook writes: the UTF-8 bytes, each as a Latin-1 character."""
    return text.encode("utf-8").decode("latin-1")


def as_file(data: object) -> io.BytesIO:
    # ensure_ascii, as Facebook writes it: the mojibake appears as \u00XX escapes
    return io.BytesIO(json.dumps(data).encode("ascii"))


def test_synthetic_export_matches_expected() -> None:
    expected = json.loads(fixture("synthetic/facebook/message_1.expected.json").read_text("utf-8"))
    messages = list(parse_messenger(fixture("synthetic/facebook/message_1.json")))
    assert [(m.author, m.text) for m in messages] == [
        (e["sender_name"], e["content"]) for e in expected["messages"]
    ]
    assert [m.posted_at for m in messages] == [
        dt.datetime.fromtimestamp(e["timestamp_ms"] / 1000, tz=dt.UTC) for e in expected["messages"]
    ]
    assert messages[0].key == "1709629620000:Олена:1"
    assert len({m.key for m in messages}) == len(messages)
    # the trap: a user who typed "Ã©" is decoded once, not repeatedly into "é"
    assert messages[-1].text == "Ã© literally typed by user"


def test_newest_first_is_yielded_oldest_first_with_stable_keys() -> None:
    thread = {
        "participants": [{"name": mojibake("Олена")}, {"name": "Mariam"}],
        "messages": [
            {"sender_name": "Mariam", "timestamp_ms": 1709629800000, "content": "danke"},
            {"sender_name": "Mariam", "timestamp_ms": 1709629700000, "content": "zweite"},
            {"sender_name": "Mariam", "timestamp_ms": 1709629700000, "content": "erste"},
            {
                "sender_name": mojibake("Олена"),
                "timestamp_ms": 1709629600000,
                "content": mojibake("Привіт 🙏"),
            },
        ],
        "title": mojibake("Допомога"),
    }
    messages = list(parse_messenger(as_file(thread)))
    assert [m.text for m in messages] == ["Привіт 🙏", "erste", "zweite", "danke"]
    assert [m.key for m in messages] == [
        "1709629600000:Олена:1",
        "1709629700000:Mariam:1",
        "1709629700000:Mariam:2",
        "1709629800000:Mariam:1",
    ]
    assert messages[0].author == "Олена"
    assert messages[0].posted_at == dt.datetime(2024, 3, 5, 9, 6, 40, tzinfo=dt.UTC)


def test_fix_mojibake_only_where_it_round_trips() -> None:
    assert fix_mojibake(mojibake("Ausländerbehörde")) == "Ausländerbehörde"
    assert fix_mojibake("Ausländerbehörde") == "Ausländerbehörde"  # already right: Latin-1 é
    assert fix_mojibake("Олена") == "Олена"  # not Latin-1 at all
    assert fix_mojibake("plain") == "plain"


def test_media_shares_unsent_and_calls() -> None:
    thread = {
        "participants": [{"name": "A"}],
        "messages": [
            {
                "sender_name": "A",
                "timestamp_ms": 6,
                "type": "Call",
                "call_duration": 42,
                "content": "A started a call.",
            },
            {"sender_name": "A", "timestamp_ms": 5, "is_unsent": True},
            {
                "sender_name": "A",
                "timestamp_ms": 4,
                "type": "Share",
                "share": {"link": "https://example.org/termin"},
            },
            {"sender_name": "A", "timestamp_ms": 3, "photos": [{"uri": "a.jpg"}, {"uri": "b.jpg"}]},
            {"sender_name": "A", "timestamp_ms": 2, "content": "Foto:", "photos": [{"uri": "c"}]},
            {"sender_name": "Facebook user", "timestamp_ms": 1, "sticker": {"uri": "s.png"}},
        ],
    }
    sticker, captioned, photos, share, unsent, call = parse_messenger(as_file(thread))
    assert (sticker.kind, sticker.text, sticker.author) == ("media", "[sticker]", None)
    assert (captioned.kind, captioned.text, captioned.extra["media"]) == (
        "message",
        "Foto:",
        "photos",
    )
    assert (photos.kind, photos.text) == ("media", "[2 photos]")
    assert (share.kind, share.text) == ("message", "https://example.org/termin")
    assert (unsent.kind, unsent.extra["unsent"]) == ("service", "true")
    assert (call.kind, call.text, call.extra["call_duration"]) == (
        "service",
        "A started a call.",
        "42",
    )


def test_end_to_end_encrypted_download_format() -> None:
    thread = {
        "participants": ["Олена", "Mariam"],
        "threadName": "Olena",
        "messages": [
            {
                "isUnsent": False,
                "media": [],
                "reactions": [],
                "senderName": "Олена",
                "text": "Добрий день",
                "timestamp": 1709629620000,
                "type": "text",
            },
        ],
    }
    data = io.BytesIO(json.dumps(thread, ensure_ascii=False).encode("utf-8"))
    [got] = parse_messenger(data)
    assert (got.author, got.text, got.key) == ("Олена", "Добрий день", "1709629620000:Олена:1")


@pytest.mark.parametrize(
    "export",
    [
        {"group_posts_v2": [{"timestamp": 1, "data": [{"post": "Hallo"}], "title": "Olena"}]},
        {"group_comments_v2": [{"timestamp": 1, "data": [{"comment": {"comment": "x"}}]}]},
    ],
)
def test_facebook_group_export_is_the_wrong_export(export: dict[str, object]) -> None:
    with pytest.raises(WrongExport, match="only your own posts.*share sheet.*paste.*CSV"):
        list(parse_messenger(as_file(export)))


def test_broken_and_foreign_files() -> None:
    data = json.dumps(
        {"participants": [], "messages": [{"sender_name": "A", "timestamp_ms": 1, "content": "x"}]}
    ).encode()
    with pytest.raises(ParseError, match="ends early") as error:
        list(parse_messenger(io.BytesIO(data[:-10])))
    assert error.value.offset == len(data) - 10

    telegram = {
        "name": "G",
        "type": "private_group",
        "id": 1,
        "messages": [{"id": 1, "type": "message", "date": "2024-03-05T10:00:00", "text": "x"}],
    }
    with pytest.raises(ParseError, match="Telegram"):
        list(parse_messenger(as_file(telegram)))
    with pytest.raises(ParseError, match="not a Facebook Messenger export"):
        list(parse_messenger(as_file({"hello": "world"})))
    with pytest.raises(WrongExport, match="Format: JSON"):
        list(parse_messenger(io.BytesIO(b"<!DOCTYPE html><html><title>Facebook</title></html>")))


def test_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "message_1.json"
    body = {
        "participants": [],
        "messages": [{"sender_name": "A", "timestamp_ms": 1, "content": "x"}],
    }
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(body).encode())
    assert [m.text for m in parse_messenger(path)] == ["x"]
