"""Which parser an uploaded chat export needs, from its name and its first few KB.

Returns "telegram", "whatsapp", "messenger", "csv" or "jsonl". Raises WrongExport for exports we
know but cannot use (Telegram's HTML, Facebook's HTML or group export) and ParseError for anything
else, naming the formats that are accepted.
"""

from __future__ import annotations

import io
from pathlib import Path

from ijson.common import JSONError

from .base import ParseError, WrongExport
from .messenger import FACEBOOK_GROUP, FACEBOOK_HTML, is_group_export
from .telegram import BOM, TELEGRAM_HTML, ijson, sniff_html

SNIFF_BYTES = 64 * 1024

ACCEPTED = (
    "Lotsin reads: a Telegram Desktop export in JSON (result.json), a WhatsApp chat export "
    '(the .zip or _chat.txt from "Export chat"), a Facebook Messenger JSON download '
    "(message_1.json), a CSV file (.csv) or JSON Lines (.jsonl, .ndjson)."
)

EXTENSIONS = {
    ".zip": "whatsapp",
    ".txt": "whatsapp",
    ".csv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


def detect_format(path: Path) -> str:
    """The format of the export at `path`; see the module docstring."""
    path = Path(path)
    if path.is_dir():
        return _detect_folder(path)
    suffix = path.suffix.lower()
    if suffix in EXTENSIONS:
        return EXTENSIONS[suffix]
    try:
        with path.open("rb") as f:
            head = f.read(SNIFF_BYTES)
    except OSError as exc:
        raise ParseError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    head = head.removeprefix(BOM)
    if suffix in (".html", ".htm") or sniff_html(head):
        raise _html(path, head)
    if suffix == ".json" or head.lstrip(b" \t\r\n").startswith((b"{", b"[")):
        return _detect_json(path, head)
    if head.startswith(b"PK\x03\x04"):
        return "whatsapp"
    raise ParseError(f"{path.name} is not a chat export Lotsin knows. {ACCEPTED}")


def _detect_folder(path: Path) -> str:
    if (path / "result.json").is_file():
        return "telegram"
    if (path / "messages.html").is_file():
        raise WrongExport(TELEGRAM_HTML)
    if (path / "message_1.json").is_file():
        return "messenger"
    raise ParseError(f"{path.name}/ is a folder without a chat export in it. {ACCEPTED}")


def _html(path: Path, head: bytes) -> WrongExport:
    lower = head.lower()
    if b"facebook" in lower or b"messenger" in lower or b"_a6-g" in lower:
        return WrongExport(FACEBOOK_HTML, offset=0)
    if b"exported data" in lower or b"telegram" in lower or path.name.startswith("messages"):
        return WrongExport(TELEGRAM_HTML, offset=0)
    return WrongExport(f"{path.name} is a web page (HTML), not a chat export. {ACCEPTED}", offset=0)


def _detect_json(path: Path, head: bytes) -> str:
    """Telegram or Messenger from the JSON keys in the first few KB (a cut-off prefix is fine)."""
    top: list[str] = []
    first_message: set[str] = set()
    try:
        for prefix, event, value in ijson.parse(io.BytesIO(head)):
            if prefix == "" and event == "map_key":
                top.append(value)
                if is_group_export(top):
                    raise WrongExport(FACEBOOK_GROUP, offset=0)
                if value in ("chats", "left_chats"):
                    return "telegram"
            elif prefix == "messages.item" and event == "map_key":
                first_message.add(value)
            elif prefix == "messages.item" and event == "end_map":
                break
    except JSONError:
        pass  # the sniffed prefix ends mid-file; judge by what was seen
    if first_message & {"sender_name", "timestamp_ms", "senderName"} or "participants" in top:
        return "messenger"
    if first_message & {"date", "date_unixtime"} or first_message >= {"id", "type"}:
        return "telegram"
    if "messages" in top and {"name", "type", "id"} & set(top):
        return "telegram"
    if "personal_information" in top or "about" in top and "contacts" in top:
        return "telegram"  # a full Telegram export whose "chats" come after the first KB
    if path.parent.name == "groups" or "group" in path.name and not top:
        raise WrongExport(FACEBOOK_GROUP, offset=0)
    raise ParseError(f"{path.name} is JSON, but not a chat export Lotsin knows. {ACCEPTED}")
