"""Text clean-up shared by every step: invisible characters, links, emoji, quotes."""

from __future__ import annotations

import re
import unicodedata

# Zero-width and bidi control characters that chat apps insert (WhatsApp, RTL headers).
INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff\u00ad]")
URL = re.compile(r"(?:https?://|www\.|t\.me/)\S+", re.I)
MENTION = re.compile(r"[@#]\w+")
FORWARD_HEADER = re.compile(
    r"^\s*(?:forwarded from|forwarded message|forwarded|weitergeleitet(?: von)?|"
    r"weitergeleitete nachricht|переслано(?: от| від)?|пересланное сообщение|نقل شده از|"
    r"نقل شده|تمت إعادة التوجيه|منقول|iletildi|iletilen|transféré de|inoltrato da|"
    r"reenviado de|przekazane od|przekazano|redirecționat de|proslijeđeno|prosleđeno|"
    r"прослеђено|đã chuyển tiếp|转发自)[^\n:]*(?::|\n|$)",
    re.I | re.M,
)
QUOTE_LINE = re.compile(r"^\s*>.*$", re.M)
QUOTED_SPAN = re.compile(r"[«“„\"][^«»“”„\"]{3,}[»”\"“]")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.U)


def clean(text: str) -> str:
    """NFC, no invisible characters, links or mentions; whitespace collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = INVISIBLE.sub("", text)
    text = URL.sub(" ", text)
    text = MENTION.sub(" ", text)
    return re.sub(r"\s+", " ", text).strip()


def letters(text: str) -> str:
    return "".join(ch for ch in text if ch.isalpha())


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def without_quotes(text: str) -> str:
    """The author's own words: quoted lines and quoted spans removed."""
    text = QUOTE_LINE.sub(" ", text)
    return QUOTED_SPAN.sub(" ", text)


def dedup_key(text: str) -> str:
    """What stays of a post when it is forwarded: no header, emoji, punctuation or case."""
    text = FORWARD_HEADER.sub("", unicodedata.normalize("NFKC", text))
    text = INVISIBLE.sub("", text)
    text = URL.sub(" ", text)
    kept = [ch.lower() if ch.isalnum() else " " for ch in text]
    return re.sub(r"\s+", " ", "".join(kept)).strip()
