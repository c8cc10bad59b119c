"""Telegram Desktop "Export chat history" JSON (result.json), streamed with ijson.

Two layouts exist. A single chat: {"name", "type", "id", "messages": [...]}. A full account
export (Settings → Advanced → Export Telegram data): {"about", "personal_information", ...,
"chats": {"list": [{chat}, ...]}, "left_chats": {"list": [...]}}; there `chat` picks one chat by
name or id.

Memory stays constant however long the chat is: messages are built one at a time by ijson (the
yajl2_c backend when it is installed). A full export is read twice: once to list its chats, once to
yield the chosen chat's messages. A stream that cannot seek is first spooled to a temporary file.

The JSON stream helpers at the top (`open_binary`, `JsonReader`, `json_error`, `sniff_html`) are
shared with the Messenger parser.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import ijson as _ijson

from .base import ParsedMessage, ParseError, WrongExport

try:
    ijson: Any = _ijson.get_backend("yajl2_c")
except ImportError:  # pragma: no cover - the C backend ships in ijson's wheels
    ijson = _ijson

JSONError = _ijson.JSONError
IncompleteJSONError = _ijson.IncompleteJSONError

BOM = b"\xef\xbb\xbf"
BUF_SIZE = 64 * 1024

TELEGRAM_HTML = (
    "This is Telegram's HTML export (messages.html), which Lotsin cannot read. Export the chat "
    "again as JSON instead: in Telegram Desktop open the chat, choose ⋮ → Export chat history, set "
    'Format to "Machine-readable JSON", and upload the result.json it writes.'
)


# --- shared JSON stream helpers -----------------------------------------------------------------


@contextmanager
def open_binary(source: Path | str | IO[bytes]) -> Iterator[IO[bytes]]:
    """A seekable binary file for `source`, positioned where the data starts.

    A path is opened (and closed afterwards); a seekable stream is used as it is, from its current
    position; any other stream is spooled to a temporary file first, so that it can be read twice.
    """
    if isinstance(source, str | Path):
        with Path(source).open("rb") as f:
            yield f
        return
    if _seekable(source):
        yield source
        return
    with tempfile.SpooledTemporaryFile(max_size=8 * 1024 * 1024) as spool:
        shutil.copyfileobj(source, spool, BUF_SIZE)
        spool.seek(0)
        yield spool  # type: ignore[misc]


def _seekable(f: IO[bytes]) -> bool:
    try:
        return bool(f.seekable())
    except (AttributeError, ValueError):
        return False


class JsonReader:
    """Wraps a binary file for ijson and counts the bytes it reads, for error offsets.

    Offsets count from where the data started (a UTF-8 byte order mark is skipped but counted).
    """

    def __init__(self, f: IO[bytes]) -> None:
        self.f = f
        self.start = f.tell()
        self.rewind()

    def rewind(self) -> None:
        self.f.seek(self.start)
        self.bom = len(BOM) if self.f.read(len(BOM)) == BOM else 0
        self.f.seek(self.start + self.bom)
        self.consumed = self.bom
        self.chunk = b""
        self.chunk_start = self.consumed
        self.eof = False

    def head(self, size: int = 1024) -> bytes:
        """The first bytes after the byte order mark, without moving."""
        here = self.f.tell()
        data = self.f.read(size)
        self.f.seek(here)
        return data

    def read(self, size: int = -1) -> bytes:
        data = self.f.read(size)
        self.chunk_start = self.consumed
        self.chunk = data
        self.consumed += len(data)
        if size != 0 and not data:
            self.eof = True
        return data


def sniff_html(head: bytes) -> bool:
    start = head.lstrip(b" \t\r\n\x00").lower()
    return start.startswith(b"<") and (b"<html" in start or b"<!doctype html" in start)


def json_error(exc: Exception, reader: JsonReader, what: str) -> ParseError:
    """A ParseError with the byte offset for an ijson error; `what` names the expected format."""
    raw = exc.args[0] if exc.args else b""
    message = raw if isinstance(raw, bytes) else str(raw).encode("utf-8", "surrogateescape")
    lines = message.split(b"\n")
    detail = lines[0].decode("utf-8", "replace").strip().removeprefix("parse error: ")
    truncated = reader.eof and (
        b"premature EOF" in message or b"Incomplete JSON" in message or not detail
    )
    if truncated:
        return ParseError(
            f"the file ends early: it is cut off after {reader.consumed} bytes (an interrupted "
            f"download or copy?). Nothing was imported; export the {what} again and upload the "
            "complete file.",
            offset=reader.consumed,
        )
    return ParseError(
        f"this is not valid JSON ({detail or type(exc).__name__}), "
        f"so it cannot be read as a {what}.",
        offset=_error_offset(lines, reader),
    )


_POSITION = re.compile(rb" at (\d+)$")


def _error_offset(lines: list[bytes], reader: JsonReader) -> int:
    """Where in the file an ijson error happened, as exactly as the backend tells.

    yajl prints up to 30 bytes either side of the point where it failed (just after the bad
    token), with a caret in column 40 under it; find that snippet in the block it was parsing. The
    pure-Python backend names the position itself. Failing both, the end of the block read last.
    """
    caret = next((i for i, line in enumerate(lines) if b"(right here)" in line), None)
    if caret is not None and caret > 0 and lines[caret].find(b"^") == 40:
        snippet = lines[caret - 1]
        chunk = reader.chunk.replace(b"\n", b" ").replace(b"\r", b" ")
        # At least 30 bytes into the block, yajl indents the snippet by 10 and fails 30 bytes
        # into it; nearer the start of the block, it indents by 40 - offset.
        text = snippet[10:]
        found = chunk.find(text) if text else -1
        if found >= 0 and chunk.find(text, found + 1) < 0:
            return reader.chunk_start + found + 30
        for pos in range(min(30, len(chunk)) + 1):
            if snippet[40 - pos :] == chunk[: len(snippet) - 40 + pos]:
                return reader.chunk_start + pos
    match = _POSITION.search(lines[0].strip())
    if match:
        return int(match.group(1)) + reader.bom
    return reader.consumed


# --- Telegram -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TelegramChat:
    """One chat of a full account export, as listed before choosing."""

    name: str | None
    id: str | None
    type: str | None
    messages: int
    section: str  # "chats" or "left_chats"
    index: int  # position in that section's list


class ChatChoiceNeeded(ParseError):
    """A full account export where `chat` is missing, unknown or ambiguous; lists the chats."""

    def __init__(self, message: str, chats: list[TelegramChat]) -> None:
        super().__init__(message)
        self.chats = chats


def parse_telegram(
    source: Path | IO[bytes],
    *,
    chat: str | None = None,
    timezone: str = "Europe/Berlin",
) -> Iterator[ParsedMessage]:
    """Yield the messages of a Telegram Desktop JSON export, oldest first (the file's order).

    `chat` picks one chat of a full account export by name or id (ignored for a single-chat
    export). `timezone` is the exporter's, used only for old exports whose dates lack
    `date_unixtime`. Raises ParseError (with the byte offset) for a broken or foreign file, and
    WrongExport for Telegram's HTML export; a truncated file raises after the messages before the
    cut, so a caller that writes nothing from a failed batch imports nothing.
    """
    zone = _zone(timezone)
    if isinstance(source, str | Path):
        source = _result_json(Path(source))
    with open_binary(source) as f:
        reader = JsonReader(f)
        layout = _layout(reader)
        if layout == "single":
            reader.rewind()
            yield from _messages(reader, "messages.item", zone)
            return
        chats = _list_chats(reader)
        chosen = _choose(chats, chat)
        skip = sum(
            c.messages for c in chats if c.section == chosen.section and c.index < chosen.index
        )
        reader.rewind()
        prefix = f"{chosen.section}.list.item.messages.item"
        yield from _messages(reader, prefix, zone, start=skip, stop=skip + chosen.messages)


def list_telegram_chats(source: Path | IO[bytes]) -> list[TelegramChat]:
    """The chats in a Telegram export: one for a single-chat export, all for a full export."""
    if isinstance(source, str | Path):
        source = _result_json(Path(source))
    with open_binary(source) as f:
        reader = JsonReader(f)
        if _layout(reader) == "full":
            return _list_chats(reader)
        reader.rewind()
        return [_single_chat(reader)]


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"unknown time zone {name!r}; use an IANA name such as Europe/Berlin"
        ) from exc


def _result_json(path: Path) -> Path:
    """A Telegram export folder (ChatExport_…) stands for the result.json inside it."""
    if not path.is_dir():
        return path
    if (path / "result.json").is_file():
        return path / "result.json"
    if (path / "messages.html").is_file():
        raise WrongExport(TELEGRAM_HTML)
    raise ParseError(f"{path.name}/ holds no result.json; upload the result.json of a JSON export.")


def _layout(reader: JsonReader) -> str:
    """ "single" or "full", from the top-level keys; reads only up to the first decisive key."""
    head = reader.head()
    if not head.strip():
        raise ParseError(
            "the file is empty; upload the result.json of a Telegram export.", offset=0
        )
    if sniff_html(head):
        raise WrongExport(TELEGRAM_HTML, offset=0)
    if not head.lstrip(b" \t\r\n").startswith(b"{"):
        raise ParseError(_NOT_TELEGRAM, offset=reader.consumed)
    events = ijson.parse(reader, buf_size=BUF_SIZE)
    try:
        for prefix, event, value in events:
            if prefix == "" and event == "map_key":
                if value == "messages":
                    return "single"
                if value in ("chats", "left_chats"):
                    return "full"
                if value in ("participants", "group_posts_v2", "group_comments_v2"):
                    raise ParseError(
                        "this is a Facebook export, not a Telegram one; "
                        "import it as Facebook Messenger.",
                        offset=reader.consumed,
                    )
    except JSONError as exc:
        raise json_error(exc, reader, "Telegram chat") from exc
    raise ParseError(_NOT_TELEGRAM, offset=reader.consumed)


_NOT_TELEGRAM = (
    'this is not a Telegram Desktop export: it has no "messages" (single chat) or "chats" (full '
    'export). Export the chat in Telegram Desktop with Format "Machine-readable JSON" and upload '
    "result.json."
)


def _list_chats(reader: JsonReader) -> list[TelegramChat]:
    """Every chat of a full export with its message count, in one streaming pass."""
    reader.rewind()
    chats: list[TelegramChat] = []
    current: dict[str, Any] = {}
    sections = {f"{s}.list.item": s for s in ("chats", "left_chats")}
    message_prefixes = {f"{p}.messages.item" for p in sections}
    index = {"chats": 0, "left_chats": 0}
    try:
        for prefix, event, value in ijson.parse(reader, buf_size=BUF_SIZE):
            if prefix in message_prefixes:
                if event == "start_map":
                    current["messages"] += 1
            elif prefix in sections:
                section = sections[prefix]
                if event == "start_map":
                    current = {"name": None, "id": None, "type": None, "messages": 0}
                elif event == "end_map":
                    chats.append(TelegramChat(section=section, index=index[section], **current))
                    index[section] += 1
            elif (
                prefix.endswith((".name", ".id", ".type")) and prefix.rpartition(".")[0] in sections
            ):
                if event in ("string", "number"):
                    current[prefix.rpartition(".")[2]] = str(value)
    except JSONError as exc:
        raise json_error(exc, reader, "Telegram export") from exc
    return chats


def _single_chat(reader: JsonReader) -> TelegramChat:
    found: dict[str, Any] = {"name": None, "id": None, "type": None}
    count = 0
    try:
        for prefix, event, value in ijson.parse(reader, buf_size=BUF_SIZE):
            if prefix in ("name", "id", "type") and event in ("string", "number"):
                found[prefix] = str(value)
            elif prefix == "messages.item" and event == "start_map":
                count += 1
    except JSONError as exc:
        raise json_error(exc, reader, "Telegram chat") from exc
    return TelegramChat(messages=count, section="", index=0, **found)


def _label(c: TelegramChat) -> str:
    return f'"{c.name or "(no name)"}" (id {c.id}, {c.messages} messages)'


def _listing(chats: list[TelegramChat], limit: int = 30) -> str:
    shown = "; ".join(_label(c) for c in chats[:limit])
    return shown + (f"; and {len(chats) - limit} more" if len(chats) > limit else "")


def _choose(chats: list[TelegramChat], chat: str | None) -> TelegramChat:
    if not chats:
        raise ParseError("this full Telegram export holds no chats.")
    if chat is None:
        if len(chats) == 1:
            return chats[0]
        raise ChatChoiceNeeded(
            f"this is a full Telegram export with {len(chats)} chats; say which one to import "
            f"(by name or id): {_listing(chats)}",
            chats,
        )
    wanted = chat.strip()
    ids = {wanted, wanted.removeprefix("-100")} if wanted.startswith("-100") else {wanted}
    matches = [c for c in chats if c.id in ids]
    if not matches:
        matches = [c for c in chats if c.name == wanted]
    if not matches:
        matches = [c for c in chats if (c.name or "").strip().casefold() == wanted.casefold()]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise ChatChoiceNeeded(
            f"there is no chat {chat!r} in this Telegram export; its chats are: {_listing(chats)}",
            chats,
        )
    raise ChatChoiceNeeded(
        f"{len(matches)} chats in this Telegram export are called {chat!r}; choose one by id: "
        f"{_listing(matches)}",
        chats,
    )


# --- one message --------------------------------------------------------------------------------


def _messages(
    reader: JsonReader, prefix: str, zone: ZoneInfo, *, start: int = 0, stop: int | None = None
) -> Iterator[ParsedMessage]:
    """The messages under `prefix`; of a full export's flattened chats only items start..stop.

    The whole file was already read once for a full export, so stopping early misses no error.
    """
    items = ijson.items(reader, prefix, buf_size=BUF_SIZE, use_float=True)
    seen: dict[str, int] = {}
    try:
        for number, raw in enumerate(items):
            if number < start:
                continue
            if stop is not None and number >= stop:
                break
            message = _message(raw, zone, reader, seen)
            if message is not None:
                yield message
    except JSONError as exc:
        raise json_error(exc, reader, "Telegram chat") from exc


def _message(
    raw: Any, zone: ZoneInfo, reader: JsonReader, seen: dict[str, int]
) -> ParsedMessage | None:
    if not isinstance(raw, dict):
        raise ParseError(
            f"a message is {type(raw).__name__}, not an object: {_NOT_TELEGRAM}",
            offset=reader.consumed,
        )
    kind_of = raw.get("type")
    if "date" not in raw and "date_unixtime" not in raw:
        if kind_of == "unsupported":  # Telegram Desktop's stub for what it cannot export
            return None
        if "sender_name" in raw or "timestamp_ms" in raw:
            raise ParseError(
                "this is a Facebook Messenger export, not a Telegram one; import it as Messenger.",
                offset=reader.consumed,
            )
        raise ParseError(
            f"message {raw.get('id', '?')} has no date (near byte {reader.consumed}): "
            + _NOT_TELEGRAM,
            offset=reader.consumed,
        )
    posted_at = _date(raw, zone, reader)
    extra: dict[str, str] = {}
    if kind_of == "service":
        author = _person(raw.get("actor"))
        _put(extra, "author_id", raw.get("actor_id"))
        _put(extra, "action", raw.get("action"))
        text = _service_text(raw, author)
        kind = "service"
        if raw.get("action") == "pin_message":
            _put(extra, "pinned_message", raw.get("message_id"))
    else:
        author = _person(raw.get("from"))
        _put(extra, "author_id", raw.get("from_id"))
        text, links = _text(raw.get("text", raw.get("text_entities", "")))
        if links:
            extra["links"] = " ".join(links)
        media = _media(raw)
        kind = "message"
        if media is not None:
            extra["media"] = media[0]
            if not text.strip():
                text, kind = media[1], "media"
    _put(extra, "signature", raw.get("author"))
    _put(extra, "via_bot", raw.get("via_bot"))
    if raw.get("edited_unixtime") or raw.get("edited"):
        edited = _date(
            {"date": raw.get("edited"), "date_unixtime": raw.get("edited_unixtime")}, zone, reader
        )
        extra["edited"] = edited.isoformat()
    reply_to = None
    if raw.get("reply_to_message_id") is not None:
        if raw.get("reply_to_peer_id") is not None:  # a reply to a message in another chat
            _put(extra, "reply_to_peer_id", raw.get("reply_to_peer_id"))
            _put(extra, "reply_to_message_id", raw.get("reply_to_message_id"))
        else:
            reply_to = _id(raw["reply_to_message_id"])
    forwarded_from = None
    if "forwarded_from" in raw:
        forwarded_from = _person(raw["forwarded_from"])
        if forwarded_from is None:
            extra["forwarded"] = "hidden or deleted sender"
    return ParsedMessage(
        key=_key(raw, posted_at, author, text, seen),
        text=text,
        posted_at=posted_at,
        author=author,
        reply_to=reply_to,
        forwarded_from=forwarded_from,
        kind=kind,
        extra=extra,
    )


def _id(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def _key(
    raw: dict[str, Any], posted_at: dt.datetime, author: str | None, text: str, seen: dict
) -> str:
    if raw.get("id") is not None:
        return _id(raw["id"])
    # Hand-made files without ids (Telegram Desktop always writes them): time, author and text.
    digest = hashlib.sha1(f"{author}\x00{text}".encode(), usedforsecurity=False).hexdigest()[:12]
    base = f"{int(posted_at.timestamp())}-{digest}"
    seen[base] = seen.get(base, 0) + 1
    return f"{base}-{seen[base]}"


def _put(extra: dict[str, str], name: str, value: Any) -> None:
    if value is not None and value != "":
        extra[name] = _id(value)


DELETED = {"", "Deleted Account"}


def _person(value: Any) -> str | None:
    if value is None or not isinstance(value, str) or value.strip() in DELETED:
        return None
    return value


def _date(raw: dict[str, Any], zone: ZoneInfo, reader: JsonReader) -> dt.datetime:
    unix = raw.get("date_unixtime")
    try:
        if unix not in (None, ""):
            return dt.datetime.fromtimestamp(int(unix), tz=dt.UTC)
        local = dt.datetime.fromisoformat(str(raw["date"]))
    except (ValueError, TypeError, OverflowError, KeyError) as exc:
        raise ParseError(
            f"message {raw.get('id', '?')} has an unreadable date "
            f"{raw.get('date_unixtime') or raw.get('date')!r} (near byte {reader.consumed})",
            offset=reader.consumed,
        ) from exc
    if local.tzinfo is None:
        local = local.replace(tzinfo=zone)
    return local.astimezone(dt.UTC)


def _text(value: Any) -> tuple[str, list[str]]:
    """Concatenate a text given as a string or as parts (strings and entity objects)."""
    if isinstance(value, str):
        return value, []
    if not isinstance(value, list):
        return ("" if value is None else str(value)), []
    parts: list[str] = []
    links: list[str] = []
    for part in value:
        if isinstance(part, str):
            parts.append(part)
        elif isinstance(part, dict):
            parts.append(str(part.get("text", "")))
            if part.get("href"):
                links.append(str(part["href"]))
    return "".join(parts), links


MEDIA_TYPES = {
    "sticker": "sticker",
    "voice_message": "voice message",
    "video_message": "video message",
    "animation": "GIF",
    "video_file": "video",
    "audio_file": "audio",
}


def _media(raw: dict[str, Any]) -> tuple[str, str] | None:
    """(media kind, placeholder text) for a message carrying media, else None."""
    media_type = raw.get("media_type")
    if media_type in MEDIA_TYPES:
        label = MEDIA_TYPES[media_type]
        if media_type == "sticker" and raw.get("sticker_emoji"):
            label = f"sticker {raw['sticker_emoji']}"
        elif media_type == "audio_file" and (raw.get("title") or raw.get("performer")):
            label = "audio: " + " – ".join(
                str(raw[k]) for k in ("performer", "title") if raw.get(k)
            )
        return media_type, f"[{label}]"
    if "photo" in raw:
        return "photo", "[photo]"
    if "file" in raw or media_type:
        name = raw.get("file_name")
        return (media_type or "file"), (f"[file: {name}]" if name else "[file]")
    if isinstance(raw.get("poll"), dict):
        return "poll", f"[poll: {raw['poll'].get('question', '')}]"
    if isinstance(raw.get("contact_information"), dict):
        c = raw["contact_information"]
        name = " ".join(str(c[k]) for k in ("first_name", "last_name") if c.get(k))
        return "contact", f"[contact: {name}]" if name else "[contact]"
    if "location_information" in raw:
        place = raw.get("place_name") or raw.get("address")
        return "location", f"[location: {place}]" if place else "[location]"
    if raw.get("game_title"):
        return "game", f"[game: {raw['game_title']}]"
    if "invoice_information" in raw:
        return "invoice", "[invoice]"
    return None


def _quoted(value: Any) -> str:
    return f"“{value}”" if value else ""


def _names(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) if v else "a deleted account" for v in value)
    return str(value or "")


SERVICE = {
    "create_group": lambda r: f"created the group {_quoted(r.get('title'))}",
    "create_channel": lambda r: f"created the channel {_quoted(r.get('title'))}",
    "migrate_to_supergroup": lambda r: "converted the group to a supergroup",
    "migrate_from_group": lambda r: (
        f"converted the group {_quoted(r.get('title'))} to a supergroup"
    ),
    "edit_group_title": lambda r: f"renamed the group to {_quoted(r.get('title'))}",
    "edit_group_photo": lambda r: "changed the group photo",
    "delete_group_photo": lambda r: "removed the group photo",
    "invite_members": lambda r: f"added {_names(r.get('members'))}",
    "remove_members": lambda r: f"removed {_names(r.get('members'))}",
    "join_group_by_link": lambda r: "joined the group via an invite link",
    "join_group_by_request": lambda r: "was accepted into the group",
    "pin_message": lambda r: "pinned a message",
    "clear_history": lambda r: "cleared the history",
    "phone_call": lambda r: "made a call",
    "group_call": lambda r: "started a voice chat",
    "invite_to_group_call": lambda r: f"invited {_names(r.get('members'))} to the voice chat",
    "group_call_scheduled": lambda r: "scheduled a voice chat",
    "set_messages_ttl": lambda r: "changed the auto-delete timer",
    "take_screenshot": lambda r: "took a screenshot",
    "topic_created": lambda r: f"created the topic {_quoted(r.get('title'))}",
    "topic_edit": lambda r: f"edited the topic {_quoted(r.get('new_title') or r.get('title'))}",
    "edit_chat_theme": lambda r: "changed the chat theme",
    "set_chat_wallpaper": lambda r: "changed the chat wallpaper",
    "boost_apply": lambda r: "boosted the group",
}


def _service_text(raw: dict[str, Any], actor: str | None) -> str:
    action = str(raw.get("action") or "service message")
    phrase = SERVICE.get(action, lambda r: action.replace("_", " "))(raw)
    phrase = " ".join(phrase.split())
    return f"{actor} {phrase}" if actor else phrase[:1].upper() + phrase[1:]
