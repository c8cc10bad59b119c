"""The WhatsApp "Export chat" parser: shared sample exports with their truth files, plus small
inline exports for the locales, kinds, inputs and errors the samples do not cover."""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest

from lotsin.inbox.parsers.base import ParsedMessage, ParseError
from lotsin.inbox.parsers.whatsapp import looks_like_whatsapp, parse_whatsapp
from lotsin.inbox.tests.shared_data import CHAT_EXPORTS

DATA = CHAT_EXPORTS
SYNTHETIC_DIR = DATA / "synthetic" / "whatsapp"
CHAT_MINER_DIR = DATA / "third-party" / "whatsapp" / "chat-miner"
MISSING = f"chat-export samples not found at {DATA} (shared/data/ beside the repository)"


def _files(folder: Path, pattern: str) -> list[object]:
    found = sorted(folder.glob(pattern)) if folder.is_dir() else []
    if not found:
        return [pytest.param(None, marks=pytest.mark.skip(reason=MISSING))]
    return [pytest.param(path, id=path.name) for path in found]


SYNTHETIC = _files(SYNTHETIC_DIR, "*.txt")
CHAT_MINER = _files(CHAT_MINER_DIR, "*.txt")
# The truth files say "system"/"user"; the parser contract (base.py) says "service"/"message".
TRUTH_KIND = {"system": "service", "user": "message", "media": "media"}
BERLIN = ZoneInfo("Europe/Berlin")


def parse(text: str | bytes, **kwargs: str) -> list[ParsedMessage]:
    data = text.encode() if isinstance(text, str) else text
    return list(parse_whatsapp(io.BytesIO(data), **kwargs))


def wall(message: ParsedMessage) -> str:
    return message.posted_at.replace(tzinfo=None).isoformat()


def header_offsets(data: bytes) -> list[int]:
    """Byte offsets of the lines that start a message (for cutting an export at a message)."""
    starts, offset = [], 0
    lines = data.split(b"\n")
    boundaries = set()
    for line in lines:
        starts.append(offset)
        offset += len(line) + 1
    for message in parse(data):
        assert message.line is not None
        boundaries.add(starts[message.line - 1])
    return sorted(boundaries)


# ----------------------------------------------------------------------------- shared samples


@pytest.mark.parametrize("path", SYNTHETIC)
def test_synthetic_export_parses_to_its_truth(path: Path) -> None:
    truth = json.loads(path.with_name(path.stem + ".truth.json").read_text(encoding="utf-8"))
    messages = list(parse_whatsapp(path))
    got = [(wall(m), m.author, m.text, m.kind) for m in messages]
    expected = [(t["ts"], t["author"], t["text"], TRUTH_KIND[t["kind"]]) for t in truth]
    assert got == expected
    for message in messages:
        assert message.posted_at.tzinfo == BERLIN
        assert message.key.startswith("wa:")
    assert len({m.key for m in messages}) == len(messages)


@pytest.mark.parametrize("path", SYNTHETIC)
def test_synthetic_export_line_numbers(path: Path) -> None:
    # Every sample: two system lines, a message with an empty line inside (3 lines), three
    # single lines, a two-line message, a last line.
    assert [m.line for m in parse_whatsapp(path)] == [1, 2, 3, 6, 7, 8, 10]


@pytest.mark.parametrize("path", SYNTHETIC)
def test_reimport_of_a_longer_export_keeps_the_keys(path: Path) -> None:
    data = path.read_bytes()
    whole = parse(data)
    keys = [m.key for m in whole]
    for cut in header_offsets(data)[1:]:
        prefix = parse(data[:cut])
        assert [m.key for m in prefix] == keys[: len(prefix)]
        assert [wall(m) for m in prefix] == [wall(m) for m in whole[: len(prefix)]]
        suffix = parse(data[cut:])  # a newer export that no longer reaches back to the start
        assert [m.key for m in suffix] == keys[len(whole) - len(suffix) :]


@pytest.mark.parametrize("path", SYNTHETIC)
def test_zip_export_reads_the_chat_and_ignores_media(path: Path, tmp_path: Path) -> None:
    archive = tmp_path / "WhatsApp Chat - Help Berlin.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("00000012-PHOTO-2024-03-15-21-31-00.jpg", b"\xff\xd8\xff\xe0 not text")
        zf.writestr("_chat.txt", path.read_bytes())
        zf.writestr("notes.txt", "05.03.24, 14:07 - Not: the chat")
    expected = list(parse_whatsapp(path))
    assert list(parse_whatsapp(archive)) == expected
    with archive.open("rb") as stream:
        assert list(parse_whatsapp(stream)) == expected


@pytest.mark.parametrize("path", SYNTHETIC)
def test_looks_like_whatsapp_on_samples(path: Path) -> None:
    assert looks_like_whatsapp(path.read_bytes()[:1024].decode("utf-8", errors="ignore"))


@pytest.mark.parametrize("path", CHAT_MINER)
def test_chat_miner_fixtures_match_their_target(path: Path) -> None:
    target = json.loads((CHAT_MINER_DIR / "target.json").read_text(encoding="utf-8"))
    messages = list(parse_whatsapp(path))
    # chat-miner's target keeps user messages only and joins continuation lines with a space.
    got = sorted(
        (wall(m), m.author, m.text.replace("\n", " ")) for m in messages if m.kind == "message"
    )
    assert got == sorted((t["timestamp"], t["author"], t["message"]) for t in target)
    service = [m for m in messages if m.kind == "service"]
    assert [m.text for m in service] == [
        "John Doe:.",  # no ": " after the name: WhatsApp never writes this, so not a message
        '+12 345 578 created group "Groupname"',
        "You were added",
    ]
    assert all(m.author is None for m in service)


def test_chat_miner_variants_agree_with_each_other() -> None:
    if not CHAT_MINER_DIR.is_dir():
        pytest.skip(MISSING)
    parsed = [
        [(wall(m), m.author, m.text, m.kind, m.key) for m in parse_whatsapp(path)]
        for path in sorted(CHAT_MINER_DIR.glob("*.txt"))
    ]
    assert len(parsed) == 5
    assert all(variant == parsed[0] for variant in parsed)


# ----------------------------------------------------------------------------- day/month order


@pytest.mark.parametrize(
    ("export", "expected"),
    [
        pytest.param("05.03.24, 14:07 - A: x", "2024-03-05T14:07:00", id="dots-day-first"),
        pytest.param("05/03/2024, 14:07 - A: x", "2024-03-05T14:07:00", id="slash-24h-day-first"),
        pytest.param("3/5/24, 2:07\u202fPM - A: x", "2024-03-05T14:07:00", id="us-12h-month-first"),
        pytest.param("[3/5/24, 2:07:09 PM] A: x", "2024-03-05T14:07:09", id="ios-us-month-first"),
        pytest.param("05/03/2024, 2:07 PM - A: x", "2024-03-05T14:07:00", id="padded-12h-gb"),
        pytest.param("٥\u200f/٣\u200f/٢٠٢٤، ٢:٠٧ م - A: x", "2024-03-05T14:07:00", id="ar-12h"),
        pytest.param("5/3/24, 2:07 ص - A: x", "2024-03-05T02:07:00", id="ar-marker-latin-digits"),
        pytest.param("2024-03-05, 14:07 - A: x", "2024-03-05T14:07:00", id="year-first"),
        pytest.param("[05-03-24 14:07:12] A: x", "2024-03-05T14:07:12", id="dashes-day-first"),
    ],
)
def test_ambiguous_dates_follow_the_documented_default(export: str, expected: str) -> None:
    assert [wall(m) for m in parse(export)] == [expected]


def test_a_day_over_12_anywhere_decides_for_the_whole_file() -> None:
    export = "03/05/2024, 09:00 - A: first\n" * 3 + "03/13/2024, 09:00 - A: later\n"
    assert [wall(m)[:10] for m in parse(export)] == ["2024-03-05"] * 3 + ["2024-03-13"]
    export = "3/5/24, 9:00 AM - A: first\n13/5/24, 9:00 AM - A: later\n"
    assert [wall(m)[:10] for m in parse(export)] == ["2024-05-03", "2024-05-13"]


def test_dates_that_run_forward_decide_when_no_day_is_over_12() -> None:
    export = "01/02/2024, 10:00 - A: a\n02/01/2024, 10:00 - A: b\n"
    assert [wall(m)[:10] for m in parse(export)] == ["2024-01-02", "2024-02-01"]
    export = "01/02/2024, 10:00 - A: a\n01/03/2024, 10:00 - A: b\n"  # both forward: default
    assert [wall(m)[:10] for m in parse(export)] == ["2024-02-01", "2024-03-01"]


def test_two_and_four_digit_years() -> None:
    export = "31.12.23, 23:59 - A: x\n01.01.2024, 00:00 - A: y\n"
    assert [wall(m) for m in parse(export)] == ["2023-12-31T23:59:00", "2024-01-01T00:00:00"]


def test_persian_digits_markers_and_solar_hijri_years() -> None:
    export = (
        "۲۰۲۳/۱۲/۳۱، ۹:۰۵ ق.ظ - سارا: سلام\n"
        "۱۴۰۲/۱۰/۱۰، ۹:۰۵ ب.ظ - سارا: خوبی؟\n"
        "۱۴۰۳/۱/۱، ۱۲:۰۰ ق.ظ - سارا: نوروز\n"
    )
    assert [wall(m) for m in parse(export)] == [
        "2023-12-31T09:05:00",
        "2023-12-31T21:05:00",
        "2024-03-20T00:00:00",
    ]


def test_twelve_hour_edges_and_spanish_markers() -> None:
    export = (
        "1/2/24, 12:05 AM - A: midnight\n"
        "1/2/24, 12:05 PM - A: noon\n"
        "01/02/2024, 11:25 p.\u00a0m. - A: evening\n"
    )
    assert [wall(m)[11:16] for m in parse(export)] == ["00:05", "12:05", "23:25"]


# ----------------------------------------------------------------------------- headers and text


def test_bidi_marks_in_headers_are_ignored_and_authors_cleaned() -> None:
    export = (
        "\u200e[05.03.24, 14:07:12] \u202a+49 151 2345678\u202c: hallo\r\n"
        "\u2068\u200f05.03.24, 14:08\u2069 - \u2068Anna\u2069: \u200fمرحبا\n"
        "05.03.24\u200e, 14:09 - \u202bعمار\u202c: hi\n"
        "\u200f٥\u200f/٣\u200f/٢٠٢٤\u200f، ٢:١٠\u200f م \u200f- Ali: x\n"
        "[05.03.24, 14:11:00\u200e] \u2066Bo\u2069: y\n"
    )
    messages = parse(export)
    assert [m.author for m in messages] == ["+49 151 2345678", "Anna", "عمار", "Ali", "Bo"]
    assert [m.text for m in messages] == ["hallo", "\u200fمرحبا", "hi", "x", "y"]
    assert [wall(m)[11:] for m in messages] == [
        "14:07:12",
        "14:08:00",
        "14:09:00",
        "14:10:00",
        "14:11:00",
    ]


def test_multiline_messages_and_header_lookalikes_are_continuations() -> None:
    export = (
        "05.03.24, 14:07 - Anna: first line\n"
        "\n"
        "12.07.2024 my appointment\n"
        "31.31.24, 10:00 - not a date\n"
        "05.03.24, 14:0\n"  # a truncated header: WhatsApp shows it as text too
        "05.03.24, 25:00 - Bo: not a time\n"
        "05.03.24, 14:08 - Bo: next\n"
        "\n"
    )
    first, second = parse(export)
    assert first.text == (
        "first line\n\n12.07.2024 my appointment\n31.31.24, 10:00 - not a date\n"
        "05.03.24, 14:0\n05.03.24, 25:00 - Bo: not a time"
    )
    assert (second.author, second.text, second.line) == ("Bo", "next", 7)


def test_body_with_colons_and_authors_with_quotes() -> None:
    export = (
        '05.03.24, 14:07 - Anna changed the subject from "Help" to "Help: Berlin"\n'
        '05.03.24, 14:08 - Anna "Ani" K: Frage: wo ist das Amt?\n'
        "05.03.24, 14:09 - Olena: Termin: 10:30\n"
    )
    messages = parse(export)
    assert [(m.author, m.kind) for m in messages] == [
        (None, "service"),
        ('Anna "Ani" K', "message"),
        ("Olena", "message"),
    ]
    assert messages[1].text == "Frage: wo ist das Amt?"
    assert messages[2].text == "Termin: 10:30"


@pytest.mark.parametrize(
    "line",
    [
        "Messages and calls are end-to-end encrypted. No one outside of this chat can read them.",
        "Olena joined using this group's invite link",
        "Olena added Bo",
        "Olena hat Bo hinzugefügt",
        "Olena a ajouté Bo",
        "Олена добавил(а) Bo",
        "Олена додає Bo",
        "Olena, Bo kişisini ekledi",
        "Olena أضاف Bo",
        "Olena، Bo را اضافه کرد",
        "You were added",
        "\u200eOlena left",
    ],
)
def test_android_lines_without_author_are_service(line: str) -> None:
    (message,) = parse(f"05.03.24, 14:07 - {line}\n")
    assert (message.author, message.kind) == (None, "service")
    assert message.text == line.lstrip("\u200e")


def test_ios_system_lines_lose_the_chat_name_but_calls_keep_the_caller() -> None:
    export = (
        "\u200e[05.03.24, 09:01:00] Help Berlin: \u200eMessages and calls are end-to-end "
        "encrypted.\n"
        "\u200e[05.03.24, 09:01:05] Help Berlin: \u200eOlena added Bo\n"
        "\u200e[05.03.24, 09:02:00] Olena: \u200eMissed voice call\n"
        "\u200e[05.03.24, 09:03:00] Olena: \u200eLocation: https://maps.google.com/?q=52.5,13.4\n"
        "[05.03.24, 09:04:00] Olena: Help Berlin is a nice name\n"
    )
    messages = parse(export)
    assert [(m.author, m.kind, m.text) for m in messages] == [
        (None, "service", "Messages and calls are end-to-end encrypted."),
        (None, "service", "Olena added Bo"),
        ("Olena", "service", "Missed voice call"),
        ("Olena", "message", "\u200eLocation: https://maps.google.com/?q=52.5,13.4"),
        ("Olena", "message", "Help Berlin is a nice name"),
    ]


@pytest.mark.parametrize(
    ("body", "media"),
    [
        ("<Media omitted>", "omitted"),
        ("<Medien ausgeschlossen>", "omitted"),
        ("<Médias omis>", "omitted"),
        ("<Без медиафайлов>", "omitted"),
        ("<Медіафайли пропущено>", "omitted"),
        ("<Medya dahil edilmedi>", "omitted"),
        ("<تم استبعاد الوسائط>", "omitted"),
        ("<رسانه حذف شد>", "omitted"),
        ("\u200eimage omitted", "omitted"),
        ("\u200eBild weggelassen", "omitted"),
        ("\u200eизображение отсутствует", "omitted"),
        ("\u200eGIF omitted", "omitted"),
        (
            "\u200e<attached: 00000012-PHOTO-2023-12-31-21-05-09.jpg>",
            "00000012-PHOTO-2023-12-31-21-05-09.jpg",
        ),
        ("\u200e<Anhang: 00000013-AUDIO-2023-12-31-21-06-00.opus>", None),
        ("IMG-20231231-WA0001.jpg (file attached)", "IMG-20231231-WA0001.jpg"),
        ("PTT-20231231-WA0002.opus (Datei angehängt)", "PTT-20231231-WA0002.opus"),
    ],
)
def test_media_placeholders(body: str, media: str | None) -> None:
    for header in ("05.03.24, 14:07 - Anna: ", "[05.03.24, 14:07:00] Anna: "):
        (message,) = parse(header + body + "\n")
        assert (message.author, message.kind, message.text) == ("Anna", "media", body)
        assert message.extra["media"] == (media or body.split(": ", 1)[1].rstrip(">"))


def test_media_with_a_caption_is_a_message() -> None:
    (message,) = parse("05.03.24, 14:07 - Anna: IMG-1.jpg (file attached)\nmein Bescheid\n")
    assert (message.kind, message.extra) == ("message", {"media": "IMG-1.jpg"})
    assert message.text == "IMG-1.jpg (file attached)\nmein Bescheid"


def test_ordinary_text_is_no_placeholder() -> None:
    export = (
        "05.03.24, 14:07 - Anna: image omitted\n"  # typed by hand: no U+200E
        "05.03.24, 14:08 - Anna: Nothing omitted\n"
        "05.03.24, 14:09 - Anna: <3\n"
    )
    kinds = [(m.text, m.kind) for m in parse(export)]
    assert kinds == [
        ("image omitted", "media"),  # WhatsApp's own text; Android writes it without mark
        ("Nothing omitted", "message"),
        ("<3", "message"),
    ]


@pytest.mark.parametrize(
    "body",
    [
        "This message was deleted",
        "You deleted this message",
        "Diese Nachricht wurde gelöscht.",
        "Ce message a été supprimé",
        "Данное сообщение удалено",
        "Це повідомлення видалено",
        "تم حذف هذه الرسالة",
        "این پیام حذف شد",
        "Bu mesaj silindi",
        "\u200eThis message was deleted.",
    ],
)
def test_deleted_messages_are_kept_and_marked(body: str) -> None:
    for header in ("05.03.24, 14:07 - Anna: ", "[05.03.24, 14:07:00] Anna: "):
        (message,) = parse(header + body + "\n")
        assert (message.author, message.kind, message.text) == ("Anna", "message", body)
        assert message.extra == {"deleted": "1"}


def test_edited_marker_is_cut_off() -> None:
    export = (
        "05.03.24, 14:07 - Anna: Termin ist morgen <This message was edited>\n"
        "[05.03.24, 14:08:00] Anna: Termin ist heute \u200e<Diese Nachricht wurde bearbeitet>\n"
        "05.03.24, 14:09 - Anna: a <b>\n"
    )
    messages = parse(export)
    assert [(m.text, m.extra) for m in messages] == [
        ("Termin ist morgen", {"edited": "1"}),
        ("Termin ist heute", {"edited": "1"}),
        ("a <b>", {}),
    ]


def test_turkish_and_ukrainian_headers() -> None:
    export = (
        "15.03.2024 21:30 - Ayşe: Merhaba\n"
        "[15.03.2024 21:31:02] Ayşe: nasılsın\n"
        "15.03.24, 21:32 - Олена: Привіт\n"
    )
    messages = parse(export)
    assert [(wall(m), m.author) for m in messages] == [
        ("2024-03-15T21:30:00", "Ayşe"),
        ("2024-03-15T21:31:02", "Ayşe"),
        ("2024-03-15T21:32:00", "Олена"),
    ]


# ----------------------------------------------------------------------------- keys and time


def test_identical_messages_in_one_minute_get_distinct_stable_keys() -> None:
    export = (
        "05.03.24, 14:07 - Anna: ok\n"
        "05.03.24, 14:07 - Anna: ok\n"
        "05.03.24, 14:07 - Bo: ok\n"
        "05.03.24, 14:08 - Anna: ok\n"
    )
    keys = [m.key for m in parse(export)]
    assert len(set(keys)) == 4
    assert [m.key for m in parse(export.split("\n", 1)[0] + "\n")] == keys[:1]
    # Bidi marks, extra blanks and the seconds of an iOS export do not change a key.
    assert parse("[05.03.24, 14:07:55] \u2068Anna\u2069: ok \n")[0].key == keys[0]


def test_keys_do_not_depend_on_line_numbers_or_timezone() -> None:
    export = "05.03.24, 14:07 - Anna: hallo\nwelt\n05.03.24, 14:08 - Bo: hi\n"
    shifted = "05.03.24, 14:06 - Cem: vorher\n" + export
    assert [m.key for m in parse(export)] == [m.key for m in parse(shifted)][1:]
    in_kyiv = parse(export, timezone="Europe/Kyiv")
    assert [m.key for m in in_kyiv] == [m.key for m in parse(export)]
    assert in_kyiv[0].posted_at == dt.datetime(2024, 3, 5, 12, 7, tzinfo=dt.UTC)


def test_posted_at_is_aware_across_daylight_saving() -> None:
    export = "30.03.24, 12:00 - A: winter\n31.03.24, 12:00 - A: summer\n"
    winter, summer = parse(export)
    assert winter.posted_at.utcoffset() == dt.timedelta(hours=1)
    assert summer.posted_at.utcoffset() == dt.timedelta(hours=2)
    assert str(summer.posted_at.tzinfo) == "Europe/Berlin"


# ----------------------------------------------------------------------------- inputs


EXPORT = "05.03.24, 14:07 - Anna: hallo\nwelt\n05.03.24, 14:08 - Bo: hi\n"


class _OneWay(io.RawIOBase):
    """A pipe-like stream that cannot seek."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        chunk = self._data.read(min(len(buffer), 7))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def test_path_bytes_text_and_unseekable_inputs_agree(tmp_path: Path) -> None:
    expected = parse(EXPORT)
    assert [m.text for m in expected] == ["hallo\nwelt", "hi"]
    path = tmp_path / "WhatsApp Chat with Anna.txt"
    path.write_bytes(b"\xef\xbb\xbf" + EXPORT.replace("\n", "\r\n").encode())
    assert list(parse_whatsapp(path)) == expected
    assert list(parse_whatsapp(io.StringIO(EXPORT))) == expected
    with path.open(encoding="utf-8-sig") as text:
        assert list(parse_whatsapp(text)) == expected
    assert list(parse_whatsapp(io.BufferedReader(_OneWay(EXPORT.encode())))) == expected
    text_pipe = io.TextIOWrapper(io.BufferedReader(_OneWay(EXPORT.encode())), encoding="utf-8")
    assert list(parse_whatsapp(text_pipe)) == expected


def test_zip_with_a_named_chat_file(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("IMG-20240305-WA0001.jpg", b"\x89PNG not text")
        zf.writestr("WhatsApp Chat with Anna.txt", EXPORT)
    buffer.seek(0)
    assert list(parse_whatsapp(buffer)) == parse(EXPORT)


def test_zip_without_chat_text(tmp_path: Path) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("IMG-20240305-WA0001.jpg", b"\x89PNG")
    with pytest.raises(ParseError, match="no chat text"):
        list(parse_whatsapp(archive))


def test_a_caller_can_stop_early(tmp_path: Path) -> None:
    path = tmp_path / "_chat.txt"
    path.write_text(EXPORT * 1000, encoding="utf-8")
    messages = parse_whatsapp(path)
    assert next(messages).text == "hallo\nwelt"
    messages.close()  # type: ignore[attr-defined]
    assert list(messages) == []


def test_unknown_timezone_fails_before_reading() -> None:
    with pytest.raises(ZoneInfoNotFoundError):
        parse_whatsapp(io.BytesIO(EXPORT.encode()), timezone="Europe/Nowhere")


# ----------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "text",
    [
        "",
        '{"name": "Help Berlin", "type": "private_supergroup", "messages": []}',
        "ts,author,text\n2024-03-05T14:07:00+01:00,Anna,hallo\n",
        "Liebe Grüße\naus Berlin\n" * 30,
    ],
)
def test_not_a_whatsapp_export(text: str) -> None:
    with pytest.raises(ParseError) as raised:
        parse(text)
    assert raised.value.line == 1
    assert str(raised.value).startswith("line 1: not a WhatsApp chat export")
    assert not looks_like_whatsapp(text[:1024])


def test_header_must_come_within_the_first_50_lines() -> None:
    junk = "".join(f"note {n}\n" for n in range(49))
    (message,) = parse(junk + "\n\n" + EXPORT.split("\n", 2)[2])
    assert (message.author, message.line) == ("Bo", 52)  # empty lines do not count
    with pytest.raises(ParseError) as raised:
        parse("one more\n" + junk + EXPORT)
    assert raised.value.line == 1


def test_undecodable_bytes_report_the_offset() -> None:
    good = b"05.03.24, 14:07 - Anna: hallo\n05.03.24, 14:08 - Bo: "
    with pytest.raises(ParseError) as raised:
        parse(good + b"caf\xe9 ok\n05.03.24, 14:09 - Bo: hi\n")
    assert raised.value.offset == len(good) + 3
    assert str(raised.value).startswith(f"byte {len(good) + 3}: not UTF-8")
    assert "line 2" in str(raised.value)
    with pytest.raises(ParseError) as raised:
        parse(b"\xef\xbb\xbf" + good + b"\xff\n")
    assert raised.value.offset == 3 + len(good)


def test_undecodable_bytes_far_into_a_big_file() -> None:
    line = b"05.03.24, 14:07 - Anna: Hallo, ich brauche Hilfe mit dem Jobcenter.\n"
    good = line * 40_000  # more than one read block
    with pytest.raises(ParseError) as raised:
        parse(good + b"\xc3(" + line)
    assert raised.value.offset == len(good)


def test_undecodable_bytes_in_a_zip_member(tmp_path: Path) -> None:
    archive = tmp_path / "chat.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("_chat.txt", b"05.03.24, 14:07 - Anna: \xfe\n")
    with pytest.raises(ParseError) as raised:
        list(parse_whatsapp(archive))
    assert raised.value.offset == len(b"05.03.24, 14:07 - Anna: ")


def test_looks_like_whatsapp() -> None:
    assert looks_like_whatsapp("\ufeff" + EXPORT)
    assert looks_like_whatsapp("\u200e[05.03.24, 14:07:12] Anna: hallo")
    assert looks_like_whatsapp("header of something\n" + EXPORT[:40])
    assert not looks_like_whatsapp("31.31.24, 10:00 - not a date\n")
    assert not looks_like_whatsapp("2024-03-05T14:07:00+01:00,Anna,hallo\n")
