"""Telegram Desktop JSON: the shared fixtures, and small inline files for each case."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from lotsin.inbox.parsers.base import ParseError, WrongExport
from lotsin.inbox.parsers.telegram import ChatChoiceNeeded, list_telegram_chats, parse_telegram
from lotsin.inbox.tests.shared_data import CHAT_EXPORTS

EXPORTS = CHAT_EXPORTS
UTC = dt.UTC


def fixture(relative: str) -> Path:
    path = EXPORTS / relative
    if not path.is_file():
        pytest.skip(f"shared test data missing: {path}")
    return path


def as_file(data: object) -> io.BytesIO:
    return io.BytesIO(json.dumps(data, ensure_ascii=False).encode("utf-8"))


def message(id_: int, text: object = "hi", **fields: object) -> dict[str, object]:
    return {
        "id": id_,
        "type": "message",
        "date": "2024-03-05T10:00:00",
        "date_unixtime": str(1709629200 + id_),
        "from": "Mariam",
        "from_id": "user222",
        "text": text,
        **fields,
    }


def chat(name: str, id_: int, *messages: dict[str, object]) -> dict[str, object]:
    return {"name": name, "type": "private_supergroup", "id": id_, "messages": list(messages)}


# --- shared fixtures ---------------------------------------------------------------------------


def test_synthetic_supergroup_export() -> None:
    messages = list(parse_telegram(fixture("synthetic/telegram/result.json")))
    by_key = {m.key: m for m in messages}
    # message 8 is Telegram Desktop's {"type": "unsupported"} stub without a date: skipped
    assert [m.key for m in messages] == ["1", "2", "3", "4", "5", "6", "7"]

    created, joined = by_key["1"], by_key["2"]
    assert created.kind == joined.kind == "service"
    assert created.text == "Olena K created the group “Допомога мамам Берлін”"
    assert created.extra == {"author_id": "user111", "action": "create_group"}
    assert joined.author == "Mariam" and "invite link" in joined.text

    assert by_key["3"].posted_at == dt.datetime(2024, 3, 5, 9, 7, tzinfo=UTC)
    assert by_key["3"].extra["author_id"] == "user222"

    reply = by_key["4"]
    assert reply.reply_to == "3"
    assert reply.text == (
        "Дивіться тут: https://service.berlin.de/dienstleistung/324873/ "
        "і напишіть @berater_bot до п'ятниці"
    )
    assert reply.extra["edited"] == "2024-03-05T09:13:30+00:00"

    photo = by_key["5"]  # a photo with a caption stays a message
    assert photo.forwarded_from == "Berlin Info Channel"
    assert photo.kind == "message" and photo.extra["media"] == "photo"
    assert photo.text.startswith("مرحبا")

    voice = by_key["6"]  # "from": null is a deleted account
    assert voice.author is None and voice.kind == "media" and voice.text == "[voice message]"
    assert voice.extra["author_id"] == "user444"

    signed = by_key["7"]
    assert signed.author == "Admin Channel" and signed.extra["signature"] == "Olena"
    assert signed.text == "Line one\nLine two"


def test_chatstyle_fixture() -> None:
    messages = list(parse_telegram(fixture("third-party/telegram/chatstyle/result.json")))
    by_key = {m.key: m for m in messages}
    assert len(messages) == 12
    assert by_key["3"].text == "смотри https://example.com/a круто"
    assert by_key["4"].text == "ну реально норм, @boris_k глянь"
    assert by_key["6"].kind == "service" and by_key["6"].extra["pinned_message"] == "3"
    assert by_key["7"].forwarded_from == "Какой-то канал"
    assert by_key["8"].kind == "media" and by_key["8"].text == "[sticker 😀]"
    assert by_key["9"].kind == "message" and by_key["9"].text == "короче вот фотка"
    assert by_key["10"].text == "" and by_key["10"].kind == "message"
    assert by_key["12"].text == "ладно))\nщас дойду"
    assert all(m.posted_at.tzinfo is not None for m in messages)


@pytest.mark.parametrize("name", ["test_single_export.json", "test_batch_export.json"])
def test_chat_miner_fixtures_match_their_target(name: str) -> None:
    source = fixture(f"third-party/telegram/chat-miner/{name}")
    target = json.loads(fixture("third-party/telegram/chat-miner/target.json").read_text())
    messages = list(parse_telegram(source))
    assert len(messages) == len(target)
    for got, want in zip(messages, target, strict=True):
        assert got.posted_at.replace(tzinfo=None).isoformat() == want["timestamp"]
        assert got.author == want["author"]
        # chat-miner joins text parts with a space ("Link: https://…"); Telegram's parts are
        # meant to be concatenated as they are ("Link:" + "https://…"). Only whitespace differs.
        assert got.text.split() == want["message"].replace(": ", ":").split()
    assert len({m.key for m in messages}) == len(messages)  # no ids: derived, still unique


# --- inline cases ------------------------------------------------------------------------------


def test_text_as_parts_array() -> None:
    parts = [
        "Termin: ",
        {"type": "bold", "text": "Montag"},
        " bei ",
        {"type": "text_link", "text": "Jobcenter", "href": "https://example.org/jc"},
        ", fragt ",
        {"type": "mention", "text": "@olena"},
        {"type": "plain", "text": "!"},
    ]
    [got] = parse_telegram(as_file(chat("G", 1, message(1, parts))))
    assert got.text == "Termin: Montag bei Jobcenter, fragt @olena!"
    assert got.extra["links"] == "https://example.org/jc"


def test_full_export_selects_a_chat_by_name_or_id() -> None:
    export = {
        "about": "Here is the data you requested.",
        "personal_information": {"user_id": 1, "first_name": "Olena"},
        "chats": {
            "about": "This page lists all chats from this export.",
            "list": [
                chat("Mamas Berlin", 111, message(1, "erste"), message(2, "zweite")),
                chat("Jobs Köln", 222, message(1, "dritte"), {"id": 2, "type": "unsupported"}),
            ],
        },
        "left_chats": {"about": "", "list": [chat("Alt", 333, message(7, "alt"))]},
    }
    data = json.dumps(export, ensure_ascii=False).encode()
    assert [m.text for m in parse_telegram(io.BytesIO(data), chat="Mamas Berlin")] == [
        "erste",
        "zweite",
    ]
    assert [m.text for m in parse_telegram(io.BytesIO(data), chat="222")] == ["dritte"]
    assert [m.text for m in parse_telegram(io.BytesIO(data), chat="jobs köln")] == ["dritte"]
    assert [m.text for m in parse_telegram(io.BytesIO(data), chat="-100333")] == ["alt"]
    chats = list_telegram_chats(io.BytesIO(data))
    assert [(c.name, c.id, c.messages) for c in chats] == [
        ("Mamas Berlin", "111", 2),
        ("Jobs Köln", "222", 2),
        ("Alt", "333", 1),
    ]

    with pytest.raises(ChatChoiceNeeded, match="3 chats.*Mamas Berlin.*Jobs Köln") as no_choice:
        list(parse_telegram(io.BytesIO(data)))
    assert len(no_choice.value.chats) == 3
    with pytest.raises(ParseError, match="no chat 'Hamburg'.*Mamas Berlin"):
        list(parse_telegram(io.BytesIO(data), chat="Hamburg"))


def test_full_export_with_ambiguous_or_single_chat() -> None:
    twins = {"chats": {"list": [chat("Eltern", 1, message(1)), chat("Eltern", 2, message(1))]}}
    with pytest.raises(ChatChoiceNeeded, match="2 chats .* called 'Eltern'; choose one by id"):
        list(parse_telegram(as_file(twins), chat="Eltern"))
    assert len(list(parse_telegram(as_file(twins), chat="2"))) == 1

    only = {"chats": {"list": [chat("Eltern", 1, message(1, "eins"))]}}
    assert [m.text for m in parse_telegram(as_file(only))] == ["eins"]


def test_date_without_unixtime_is_local_time_of_the_exporter() -> None:
    winter = message(1, date="2024-01-12T21:05:09")
    summer = message(2, date="2024-07-12T21:05:09")
    del winter["date_unixtime"], summer["date_unixtime"]
    export = chat("G", 1, winter, summer)
    berlin = list(parse_telegram(as_file(export)))
    assert [m.posted_at for m in berlin] == [
        dt.datetime(2024, 1, 12, 20, 5, 9, tzinfo=UTC),
        dt.datetime(2024, 7, 12, 19, 5, 9, tzinfo=UTC),
    ]
    kyiv = list(parse_telegram(as_file(export), timezone="Europe/Kyiv"))
    assert kyiv[0].posted_at == dt.datetime(2024, 1, 12, 19, 5, 9, tzinfo=UTC)
    with pytest.raises(ValueError, match="unknown time zone"):
        list(parse_telegram(as_file(export), timezone="Mars/Olympus"))


def test_unixtime_wins_over_local_date() -> None:
    [got] = parse_telegram(
        as_file(chat("G", 1, message(1, date="2024-03-05T10:00:00", date_unixtime="1709629200")))
    )
    assert got.posted_at == dt.datetime(2024, 3, 5, 9, 0, tzinfo=UTC)


def test_deleted_accounts_have_no_author() -> None:
    export = chat(
        "G",
        1,
        message(1, **{"from": None, "from_id": "user9"}),
        message(2, **{"from": "Deleted Account", "from_id": "user8"}),
        message(3, forwarded_from=None),
    )
    first, second, forwarded = parse_telegram(as_file(export))
    assert first.author is None and first.extra["author_id"] == "user9"
    assert second.author is None and second.extra["author_id"] == "user8"
    assert forwarded.forwarded_from is None and forwarded.extra["forwarded"]


def test_service_messages() -> None:
    export = chat(
        "G",
        1,
        {
            "id": 10,
            "type": "service",
            "date": "2024-03-05T10:00:00",
            "date_unixtime": "1709629200",
            "actor": "Olena K",
            "actor_id": "user111",
            "action": "invite_members",
            "members": ["Mariam", None],
            "text": "",
        },
        {
            "id": 11,
            "type": "service",
            "date": "2024-03-05T10:01:00",
            "date_unixtime": "1709629260",
            "actor": None,
            "action": "some_future_action",
            "text": "",
        },
    )
    invite, future = parse_telegram(as_file(export))
    assert invite.kind == "service" and invite.author == "Olena K"
    assert invite.text == "Olena K added Mariam, a deleted account"
    assert invite.extra == {"author_id": "user111", "action": "invite_members"}
    assert future.kind == "service" and future.author is None
    assert future.text == "Some future action"


def test_media_without_text() -> None:
    export = chat(
        "G",
        1,
        message(1, "", photo="(File not included.)"),
        message(2, "", file="x", file_name="Bescheid.pdf", mime_type="application/pdf"),
        message(3, "", file="x", media_type="sticker", sticker_emoji="🙏"),
        message(4, "", file="x", media_type="voice_message"),
        message(5, "", poll={"question": "Wann?", "answers": []}),
    )
    got = list(parse_telegram(as_file(export)))
    assert [m.kind for m in got] == ["media"] * 5
    assert [m.text for m in got] == [
        "[photo]",
        "[file: Bescheid.pdf]",
        "[sticker 🙏]",
        "[voice message]",
        "[poll: Wann?]",
    ]


def test_truncated_file_raises_with_the_offset() -> None:
    data = json.dumps(chat("G", 1, *(message(i, f"Nachricht {i}") for i in range(1, 6)))).encode()
    cut = data[: len(data) * 2 // 3]
    seen = []
    with pytest.raises(ParseError, match="ends early") as error:
        for m in parse_telegram(io.BytesIO(cut)):
            seen.append(m.key)
    assert error.value.offset == len(cut)
    assert f"byte {len(cut)}" in str(error.value)
    assert len(seen) < 5  # what came before the cut was yielded, then the error

    full_export = json.dumps({"chats": {"list": [chat("G", 1, message(1))]}}).encode()
    with pytest.raises(ParseError, match="ends early") as error:
        list(parse_telegram(io.BytesIO(full_export[:-3])))
    assert error.value.offset == len(full_export) - 3


def test_invalid_json_names_the_byte() -> None:
    data = json.dumps(chat("G", 1, message(1), message(2)), indent=1).encode()
    broken = data.replace(b'"id": 2,', b'"id": 2,,')
    with pytest.raises(ParseError, match="not valid JSON") as error:
        list(parse_telegram(io.BytesIO(broken)))
    assert error.value.offset == broken.index(b",,") + 2


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b'{"participants": [{"name": "A"}], "messages": []}', "Facebook"),
        (b'{"messages": [{"sender_name": "A", "timestamp_ms": 1}]}', "Messenger"),
        (b'{"hello": "world"}', "not a Telegram Desktop export"),
        (b"[1, 2, 3]", "not a Telegram Desktop export"),
        (b'{"messages": [{"id": 1, "text": "no date"}]}', "has no date"),
        (b"", "empty"),
    ],
)
def test_foreign_json_is_refused(content: bytes, match: str) -> None:
    with pytest.raises(ParseError, match=match) as error:
        list(parse_telegram(io.BytesIO(content)))
    assert error.value.offset is not None


def test_html_export_is_the_wrong_export(tmp_path: Path) -> None:
    html = (
        b'<!DOCTYPE html>\n<html>\n <head>\n  <meta charset="utf-8"/>\n'
        b"<title>Exported Data</title>\n </head>\n</html>\n"
    )
    with pytest.raises(WrongExport, match="Machine-readable JSON"):
        list(parse_telegram(io.BytesIO(html)))
    folder = tmp_path / "ChatExport_2024-03-12"
    folder.mkdir()
    (folder / "messages.html").write_bytes(html)
    with pytest.raises(WrongExport, match="Export chat history"):
        list(parse_telegram(folder))


def test_paths_folders_bom_and_unseekable_streams(tmp_path: Path) -> None:
    data = json.dumps(chat("G", 1, message(1, "eins"), message(2, "zwei"))).encode()
    folder = tmp_path / "ChatExport"
    folder.mkdir()
    (folder / "result.json").write_bytes(b"\xef\xbb\xbf" + data)
    assert [m.text for m in parse_telegram(folder)] == ["eins", "zwei"]
    assert [m.text for m in parse_telegram(folder / "result.json")] == ["eins", "zwei"]

    class Pipe(io.RawIOBase):
        def __init__(self, payload: bytes) -> None:
            self.inner = io.BytesIO(payload)

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
            chunk = self.inner.read(len(buffer))
            buffer[: len(chunk)] = chunk
            return len(chunk)

    full = json.dumps({"chats": {"list": [chat("A", 1, message(1, "a")), chat("B", 2)]}})
    assert [m.text for m in parse_telegram(Pipe(full.encode()), chat="A")] == ["a"]


def test_streams_instead_of_reading_everything() -> None:
    many = chat("G", 1, *(message(i, "x" * 100) for i in range(1, 20_001)))
    source = as_file(many)
    size = len(source.getvalue())
    messages = parse_telegram(source)
    assert next(messages).key == "1"
    assert source.tell() < size // 4  # only the first blocks were read
    assert sum(1 for _ in messages) == 19_999
