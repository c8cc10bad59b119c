"""Facebook Messenger "Download your information" JSON (messages/inbox/<thread>/message_1.json).

Layout: {"participants": [{"name"}], "messages": [{"sender_name", "timestamp_ms", "content",
"photos", ...}], "title", "is_still_participant", "thread_path"}. Facebook writes the messages
newest first and splits long threads into message_1.json, message_2.json, ... (about 10,000
messages each); this parser yields each file oldest first.

Facebook writes every non-ASCII character as `\\u00XX` escapes of its UTF-8 bytes ("mojibake":
"ÐžÐ»ÐµÐ½Ð°" for "Олена"); `fix_mojibake` undoes that where it round-trips.

The newer export of end-to-end encrypted chats (Messenger's "Download secure storage data") uses
camelCase fields ({"senderName", "timestamp", "text"}) in plain UTF-8; it is read too.

A Facebook *group* export (groups/your_posts_and_comments_in_groups.json and friends) is refused
with WrongExport: it holds only the exporter's own posts, not the group's conversation.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from ijson.common import ObjectBuilder

from .base import ParsedMessage, ParseError, WrongExport
from .telegram import BUF_SIZE, JSONError, JsonReader, ijson, json_error, open_binary, sniff_html

FACEBOOK_GROUP = (
    'This is a Facebook group export (from "Download your information", e.g. '
    "groups/your_posts_and_comments_in_groups.json). It holds only your own posts and comments, "
    "not the questions other members asked, so there is nothing to import from it. To bring "
    "group posts into Lotsin, share a post to Lotsin from your phone's share sheet, paste posts "
    "into the paste form, or upload a CSV file with one post per row."
)

FACEBOOK_HTML = (
    "This is Facebook's HTML download, which Lotsin cannot read. Request it again under "
    'Settings → "Download your information" with Format: JSON, and upload '
    "messages/inbox/<chat>/message_1.json."
)

NOT_MESSENGER = (
    'this is not a Facebook Messenger export: it has no "messages" with "sender_name" and '
    '"timestamp_ms". Upload messages/inbox/<chat>/message_1.json from a "Download your '
    'information" export in JSON format.'
)

# How Facebook names a person whose account is gone.
DELETED = {"", "Facebook user", "Facebook User"}

MEDIA = {
    "photos": "photo",
    "videos": "video",
    "audio_files": "audio",
    "gifs": "GIF",
    "files": "file",
    "sticker": "sticker",
}

SERVICE_TYPES = {"Subscribe", "Unsubscribe", "Call"}

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def fix_mojibake(text: str) -> str:
    """Undo Facebook's UTF-8-as-Latin-1 escapes; leave text alone where that does not round-trip."""
    if text.isascii():
        return text
    try:
        return text.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def is_group_export(keys: list[str]) -> bool:
    """Top-level keys of a Facebook group export: group_posts_v2, group_comments_v2, ..."""
    return any(k.startswith(("group_posts", "group_comments", "groups_")) for k in keys)


def parse_messenger(source: Path | IO[bytes]) -> Iterator[ParsedMessage]:
    """Yield the messages of one Messenger JSON file, oldest first.

    key = timestamp_ms, sender and the occurrence of that pair (1, 2, ...), so re-importing an
    overlapping export finds the same keys. Raises WrongExport for a Facebook group export or an
    HTML download, ParseError (with the byte offset) for a broken or foreign file.
    """
    with open_binary(source) as f:
        reader = JsonReader(f)
        collected = _collect(reader)
    if collected and collected[0][0] > collected[-1][0]:
        collected.reverse()  # newest first, as Facebook writes it
    collected.sort(key=lambda item: item[0])  # stable: equal timestamps keep their order
    seen: dict[tuple[int, str | None], int] = {}
    for timestamp_ms, author, raw, legacy in collected:
        seen[(timestamp_ms, author)] = seen.get((timestamp_ms, author), 0) + 1
        yield _message(timestamp_ms, author, raw, legacy, seen[(timestamp_ms, author)])


def _collect(reader: JsonReader) -> list[tuple[int, str | None, dict[str, Any], bool]]:
    """(timestamp_ms, author, slim message, legacy format) for every message, in file order."""
    head = reader.head()
    if not head.strip():
        raise ParseError(
            "the file is empty; upload message_1.json of a Messenger export.", offset=0
        )
    if sniff_html(head):
        raise WrongExport(FACEBOOK_HTML, offset=0)
    if not head.lstrip(b" \t\r\n").startswith(b"{"):
        raise ParseError(NOT_MESSENGER, offset=reader.consumed)
    keys: list[str] = []
    collected: list[tuple[int, str | None, dict[str, Any], bool]] = []
    builder: Any = None
    try:
        for prefix, event, value in ijson.parse(reader, buf_size=BUF_SIZE, use_float=True):
            if builder is not None:
                builder.event(event, value)
                if prefix == "messages.item" and event == "end_map":
                    collected.append(_slim(builder.value, reader))
                    builder = None
            elif prefix == "messages.item" and event == "start_map":
                builder = ObjectBuilder()
                builder.event(event, value)
            elif prefix == "" and event == "map_key":
                keys.append(value)
                if is_group_export(keys):
                    raise WrongExport(FACEBOOK_GROUP, offset=reader.consumed)
            elif prefix == "messages.item" and event not in ("start_map", "end_map"):
                raise ParseError(
                    f"a message is a {event}, not an object. {NOT_MESSENGER}",
                    offset=reader.consumed,
                )
    except JSONError as exc:
        raise json_error(exc, reader, "Messenger chat") from exc
    if "messages" not in keys:
        if "chats" in keys or "name" in keys and "id" in keys:
            raise ParseError("this is a Telegram export; import it as Telegram.", offset=0)
        raise ParseError(NOT_MESSENGER, offset=reader.consumed)
    return collected


def _slim(raw: dict[str, Any], reader: JsonReader) -> tuple[int, str | None, dict[str, Any], bool]:
    legacy = "timestamp_ms" in raw or "sender_name" in raw
    stamp = raw.get("timestamp_ms") if legacy else raw.get("timestamp")
    if stamp is None or isinstance(stamp, bool):
        if "date" in raw or "date_unixtime" in raw:
            raise ParseError(
                "this is a Telegram export, not a Messenger one; import it as Telegram.",
                offset=reader.consumed,
            )
        raise ParseError(
            f"a message has no timestamp_ms (near byte {reader.consumed}). " + NOT_MESSENGER,
            offset=reader.consumed,
        )
    try:
        timestamp_ms = int(stamp)
    except (TypeError, ValueError) as exc:
        raise ParseError(
            f"a message has an unreadable timestamp_ms {stamp!r}", offset=reader.consumed
        ) from exc
    sender = raw.get("sender_name") if legacy else raw.get("senderName")
    author = None
    if isinstance(sender, str):
        author = fix_mojibake(sender) if legacy else sender
        if author.strip() in DELETED:
            author = None
    # Keep only what _message reads, so that 10,000 messages stay small until sorted.
    keep = ("content", "text", "type", "is_unsent", "isUnsent", "share", "call_duration", "media")
    slim = {k: raw[k] for k in keep if k in raw}
    for name in MEDIA:
        if raw.get(name):
            slim[name] = len(raw[name]) if isinstance(raw[name], list) else 1
    return timestamp_ms, author, slim, legacy


def _message(
    timestamp_ms: int, author: str | None, raw: dict[str, Any], legacy: bool, occurrence: int
) -> ParsedMessage:
    fix = fix_mojibake if legacy else (lambda s: s)
    text = raw.get("content") if legacy else raw.get("text")
    text = fix(text) if isinstance(text, str) else ""
    extra: dict[str, str] = {}
    kind = "message"
    share = raw.get("share")
    if isinstance(share, dict) and share.get("link"):
        extra["link"] = fix(str(share["link"]))
        if not text:
            text = extra["link"]
    media = [(name, raw[name]) for name in MEDIA if raw.get(name)]
    if not legacy and isinstance(raw.get("media"), list) and raw["media"]:
        media.append(("media", len(raw["media"])))
    if media:
        extra["media"] = " ".join(name for name, _ in media)
    if raw.get("is_unsent") or raw.get("isUnsent"):
        extra["unsent"] = "true"
        if not text:
            text, kind = "[message unsent]", "service"
    elif raw.get("type") in SERVICE_TYPES:
        kind = "service"
        if raw.get("call_duration") is not None:
            extra["call_duration"] = str(raw["call_duration"])
        if not text:
            text = "[call]" if raw.get("type") == "Call" else f"[{str(raw['type']).lower()}]"
    elif media and not text.strip():
        kind = "media"
        text = " ".join(_placeholder(name, count) for name, count in media)
    if raw.get("type"):
        extra["type"] = str(raw["type"])
    return ParsedMessage(
        key=f"{timestamp_ms}:{author or ''}:{occurrence}",
        text=text,
        posted_at=EPOCH + dt.timedelta(milliseconds=timestamp_ms),
        author=author,
        kind=kind,
        extra=extra,
    )


def _placeholder(name: str, count: int) -> str:
    label = MEDIA.get(name, "attachment")
    return f"[{label}]" if count == 1 else f"[{count} {label}s]"
