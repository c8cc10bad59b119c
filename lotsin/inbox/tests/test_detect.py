"""Format detection from file names and the first few KB."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lotsin.inbox.parsers.base import ParseError, WrongExport
from lotsin.inbox.parsers.detect import detect_format
from lotsin.inbox.tests.shared_data import CHAT_EXPORTS

EXPORTS = CHAT_EXPORTS


def write(tmp_path: Path, name: str, content: bytes | str | object) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    elif not isinstance(content, bytes):
        content = json.dumps(content).encode("utf-8")
    path.write_bytes(content)
    return path


@pytest.mark.parametrize(
    ("relative", "expected"),
    [
        ("synthetic/telegram/result.json", "telegram"),
        ("third-party/telegram/chatstyle/result.json", "telegram"),
        ("third-party/telegram/chat-miner/test_single_export.json", "telegram"),
        ("third-party/telegram/chat-miner/test_batch_export.json", "telegram"),
        ("synthetic/facebook/message_1.json", "messenger"),
        ("synthetic/whatsapp/android_de_24h.txt", "whatsapp"),
    ],
)
def test_shared_fixtures(relative: str, expected: str) -> None:
    path = EXPORTS / relative
    if not path.is_file():
        pytest.skip(f"shared test data missing: {path}")
    assert detect_format(path) == expected


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("WhatsApp Chat - Mamas.zip", b"PK\x03\x04rest", "whatsapp"),
        ("_chat.txt", "[05/03/2024, 14:07:12] Olena: Hallo", "whatsapp"),
        ("posts.csv", "author,text\nOlena,Hallo\n", "csv"),
        ("posts.jsonl", '{"text": "Hallo"}\n', "jsonl"),
        ("posts.NDJSON", '{"text": "Hallo"}\n', "jsonl"),
        (
            "result.json",
            {"name": "G", "type": "private_group", "id": 1, "messages": []},
            "telegram",
        ),
        (
            "result.json",
            {"messages": [{"id": 1, "type": "message", "date": "2024-03-05T10:00:00"}]},
            "telegram",
        ),
        (
            "result.json",
            {"about": "x", "personal_information": {}, "chats": {"list": []}},
            "telegram",
        ),
        ("message_1.json", {"participants": [{"name": "A"}], "messages": []}, "messenger"),
        ("message_1.json", {"messages": [{"sender_name": "A", "timestamp_ms": 1}]}, "messenger"),
        ("download", b'{"participants": [], "messages": []}', "messenger"),
        ("download", b"PK\x03\x04rest", "whatsapp"),
    ],
)
def test_formats(tmp_path: Path, name: str, content: object, expected: str) -> None:
    assert detect_format(write(tmp_path, name, content)) == expected


def test_a_large_json_is_judged_by_its_start(tmp_path: Path) -> None:
    messages = [
        {"id": i, "type": "message", "date_unixtime": "1", "text": "x" * 50} for i in range(5000)
    ]
    path = write(tmp_path, "result.json", {"name": "G", "id": 1, "messages": messages})
    assert path.stat().st_size > 200_000
    assert detect_format(path) == "telegram"


def test_telegram_html_export_is_the_wrong_export(tmp_path: Path) -> None:
    html = "<!DOCTYPE html>\n<html>\n <head>\n<title>Exported Data</title>\n</head></html>"
    with pytest.raises(WrongExport, match="Machine-readable JSON"):
        detect_format(write(tmp_path, "messages.html", html))
    folder = tmp_path / "ChatExport_2024-03-12"
    write(folder, "messages.html", html)
    with pytest.raises(WrongExport, match="Machine-readable JSON"):
        detect_format(folder)


def test_facebook_group_export_is_the_wrong_export(tmp_path: Path) -> None:
    posts = {"group_posts_v2": [{"timestamp": 1, "data": [{"post": "Hallo"}]}]}
    with pytest.raises(WrongExport, match="only your own posts"):
        detect_format(write(tmp_path, "groups/your_posts_and_comments_in_groups.json", posts))


def test_unknown_files_name_the_accepted_formats(tmp_path: Path) -> None:
    with pytest.raises(ParseError, match="Telegram Desktop export in JSON.*WhatsApp.*CSV"):
        detect_format(write(tmp_path, "notes.docx", b"\x00\x01binary"))
    with pytest.raises(ParseError, match="not a chat export Lotsin knows.*Messenger"):
        detect_format(write(tmp_path, "data.json", {"hello": "world"}))
    with pytest.raises(ParseError):
        detect_format(tmp_path / "missing.json")
    with pytest.raises(WrongExport):
        detect_format(write(tmp_path, "page.html", "<html><body>hi</body></html>"))
