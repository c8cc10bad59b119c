"""WhatsApp "Export chat" files (.txt, or the .zip that holds `_chat.txt` and the media).

One message starts with a header line, everything up to the next header belongs to it:

    Android  31.12.23, 21:05 - Name: text        12/31/23, 9:05\u202fPM - Name: text
             31.12.23, 21:05 - Name added Name    (a system line: no "Name: ")
    iOS      [31/12/2023, 21:05:09] Name: text    \u200e[...] Group name: \u200eName added Name

Locales change the separators, the digits (Arabic-Indic, Persian), the AM/PM markers (AM, a. m.,
ص/م, ق.ظ/ب.ظ) and sprinkle bidi marks into the header; all of that is accepted. A line that looks
like a header but is not a valid date and time is a continuation line, as WhatsApp itself shows it.

Day/month order is decided once for the whole file, in a first pass over every header:

1. A four-digit first field is a year: year/month/day (Persian exports: years 1300-1499 are
   Solar Hijri and converted to the Gregorian calendar).
2. Otherwise a first field > 12 anywhere means day first; a second field > 12 means month first
   (if both occur, the order with more such lines wins, and headers that are not valid under it
   are continuation lines).
3. If no field is > 12: the order under which the dates run forward (fewer jumps back in time)
   wins.
4. Still undecided: day first, except for the US style, which is month first: "/" separators,
   a Latin 12-hour marker (AM/PM, a. m./p. m.) and no zero-padded day or month anywhere
   (en_US writes "3/5/24", en_GB and en_IN write "05/03/2024"). So, with nothing else in the
   file to go by, "05.03.24, 14:07", "05/03/2024, 14:07", "05/03/2024, 2:07 PM" and
   "٥/٣/٢٠٢٤، ٢:٠٧ م" are 5 March, while "3/5/24, 2:07 PM" is March 5.

Kinds: "service" for system lines (Android: no author; iOS: a single-line body that WhatsApp
marks with a leading U+200E, or the end-to-end notice); "media" for a placeholder without text
("<Media omitted>", "image omitted", "<attached: ...>", "x.jpg (file attached)", in several
languages; extra["media"] names the file or says "omitted"); the rest "message". A deleted
message stays a "message" with extra {"deleted": "1"}; a trailing "<This message was edited>" is
cut off and noted as extra {"edited": "1"}. Service lines have no author when iOS shows the chat's
name there (the author of the end-to-end notice, or one with nothing but notices). Texts are kept
as exported, except that service texts lose their leading bidi marks.

Keys: WhatsApp has no message ids, so the key hashes the wall-clock minute, the author, the
normalised text (bidi marks dropped, whitespace collapsed, NFC) and how often that triple occurred
before in the file. Line numbers and the timezone do not enter it, so a longer export of the same
chat gives its messages the same keys.

Streaming: the file is read twice (a .zip member is opened twice), in 1 MiB blocks; only one
message is held at a time. Bytes are decoded as UTF-8 (a BOM is skipped); anything else is a
ParseError with the byte offset (for an already-decoding text stream only the line is known).
Streams that cannot seek are first spooled to a temporary file. A file without a header among
its first 50 non-empty lines is refused (ParseError at line 1); lines before the first header
are skipped.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import shutil
import tempfile
import unicodedata
import zipfile
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO
from zoneinfo import ZoneInfo

from lotsin.inbox.parsers.base import ParsedMessage, ParseError

__all__ = ["looks_like_whatsapp", "parse_whatsapp"]

_CHUNK = 1 << 20
_PLACEHOLDER_MAX = 80  # longer first lines are never a placeholder or "deleted" notice
_SNIFF_LINES = 50  # non-empty lines in which the first header must appear
_BOM = "\ufeff"

# U+200E/F (LRM/RLM), U+202A-E (embeddings, overrides), U+2066-9 (isolates), U+061C (ALM).
_BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"
_B = "[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]*"
_BIDI_SUB = re.compile(_B[:-1] + "+").sub
_BIDI_SEARCH = re.compile(_B[:-1]).search
_QUOTES = re.compile('["“”„«»]').search
_SP = "[ \t\u00a0\u202f]"
_G = "[ \t\u00a0\u202f\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c]*"  # spaces and bidi marks

_HEADER = re.compile(
    rf"""
    {_B}(?P<br>\[)?{_B}
    (?P<a>\d{{1,4}}){_B}(?P<sep>[./-]){_G}
    (?P<b>\d{{1,2}}){_B}[./-]{_G}
    (?P<c>\d{{1,4}}){_B}\.?
    {_B}(?:[,،]|{_SP}){_G}
    (?:(?:à|a\ las|klo\.?|kl\.?|um|в|saat|alle|às|o){_SP}+{_B})?
    (?P<H>\d{{1,2}})[:.](?P<M>\d{{2}})(?:[:.](?P<S>\d{{2}}))?
    (?:{_G}(?P<ap>[AaPp]\.?{_SP}?[Mm]\.?|ص|م|ق\.?ظ\.?|ب\.?ظ\.?|ÖÖ|ÖS|öö|ös))?
    (?(br){_B}\]{_SP}?|{_G}[-–](?:{_SP}|$))
    {_B}
    """,
    re.VERBOSE,
)
_PM = frozenset({"pm", "م", "بظ", "ös"})
_IS_PM: dict[str, bool] = {}  # marker as written -> afternoon?

_E2E = re.compile(
    r"end-to-end[- ]encrypt|ende-zu-ende-verschlüsselt|de bout en bout|сквозным шифрованием"
    r"|наскрізним шифруванням|بين الطرفين|سرتاسر(?:ی)? رمزگذاری|uçtan uca şifreli"
    r"|de extremo a extremo|de ponta a ponta|crittografia end-to-end|end-to-end versleuteld",
    re.IGNORECASE,
)

_DELETED = frozenset(
    {
        "this message was deleted",
        "you deleted this message",
        "diese nachricht wurde gelöscht",
        "du hast diese nachricht gelöscht",
        "ce message a été supprimé",
        "vous avez supprimé ce message",
        "данное сообщение удалено",
        "это сообщение удалено",
        "сообщение удалено",
        "вы удалили данное сообщение",
        "вы удалили это сообщение",
        "це повідомлення видалено",
        "повідомлення видалено",
        "ви видалили це повідомлення",
        "تم حذف هذه الرسالة",
        "لقد حذفت هذه الرسالة",
        "حذفت هذه الرسالة",
        "این پیام حذف شد",
        "شما این پیام را حذف کردید",
        "این پیام را حذف کردید",
        "bu mesaj silindi",
        "bu mesajı sildiniz",
        "se eliminó este mensaje",
        "eliminaste este mensaje",
        "questo messaggio è stato eliminato",
        "hai eliminato questo messaggio",
        "mensagem apagada",
        "essa mensagem foi apagada",
        "você apagou esta mensagem",
        "dit bericht is verwijderd",
        "je hebt dit bericht verwijderd",
    }
)
_DELETED_BY = ("this message was deleted by", "diese nachricht wurde von")

_EDITED_TAIL = re.compile(r"[ \u200e]*<(?P<e>[^<>\n]{5,60})>\Z")
_EDITED = frozenset(
    {
        "this message was edited",
        "diese nachricht wurde bearbeitet",
        "ce message a été modifié",
        "сообщение изменено",
        "это сообщение было изменено",
        "повідомлення змінено",
        "повідомлення відредаговано",
        "تم تعديل هذه الرسالة",
        "این پیام ویرایش شد",
        "bu mesaj düzenlendi",
        "se editó este mensaje",
        "questo messaggio è stato modificato",
        "mensagem editada",
        "dit bericht is bewerkt",
    }
)

# Placeholders, compared casefolded, without bidi marks, surrounding <> and a trailing dot.
_MEDIA = frozenset(
    {
        # en
        "media omitted",
        "image omitted",
        "video omitted",
        "audio omitted",
        "sticker omitted",
        "gif omitted",
        "document omitted",
        "contact card omitted",
        "video note omitted",
        # de
        "medien ausgeschlossen",
        "medien weggelassen",
        "bild weggelassen",
        "video weggelassen",
        "audio weggelassen",
        "sticker weggelassen",
        "gif weggelassen",
        "dokument weggelassen",
        "kontaktkarte weggelassen",
        # fr
        "médias omis",
        "fichier omis",
        "image absente",
        "vidéo absente",
        "audio omis",
        "autocollant omis",
        "gif retiré",
        "document omis",
        "image omise",
        "vidéo omise",
        # ru
        "без медиафайлов",
        "медиафайл отсутствует",
        "медиафайлы отсутствуют",
        "изображение отсутствует",
        "видео отсутствует",
        "аудиофайл отсутствует",
        "аудио отсутствует",
        "стикер отсутствует",
        "gif отсутствует",
        "документ отсутствует",
        # uk
        "без медіафайлів",
        "медіафайли пропущено",
        "медіа пропущено",
        "медіафайл відсутній",
        "зображення пропущено",
        "зображення відсутнє",
        "відео пропущено",
        "аудіо пропущено",
        "стікер пропущено",
        "gif пропущено",
        "документ пропущено",
        # ar
        "تم استبعاد الوسائط",
        "الوسائط محذوفة",
        "تم استبعاد الصورة",
        "تم استبعاد الفيديو",
        "تم استبعاد الصوت",
        "تم استبعاد الملصق",
        "تم استبعاد المستند",
        # fa
        "رسانه حذف شد",
        "رسانه\u200cها حذف شدند",
        "رسانه ها حذف شدند",
        "تصویر حذف شد",
        "ویدیو حذف شد",
        "صدا حذف شد",
        "استیکر حذف شد",
        "سند حذف شد",
        # tr
        "medya dahil edilmedi",
        "medya atlandı",
        "medya eklenmedi",
        "görüntü dahil edilmedi",
        "görsel dahil edilmedi",
        "video dahil edilmedi",
        "ses dahil edilmedi",
        "çıkartma dahil edilmedi",
        "gif dahil edilmedi",
        "belge dahil edilmedi",
        # es, it, pt, nl, pl
        "multimedia omitido",
        "imagen omitida",
        "video omitido",
        "audio omitido",
        "sticker omitido",
        "documento omitido",
        "media omessi",
        "immagine omessa",
        "video omesso",
        "audio omesso",
        "mídia oculta",
        "arquivo de mídia oculto",
        "imagem ocultada",
        "media weggelaten",
        "afbeelding weggelaten",
        "pominięto multimedia",
    }
)
# iOS placeholders carry a leading U+200E: for those a looser "<type> <omitted>" shape suffices.
_IOS_OMITTED = re.compile(
    r"^[^\W\d_][\w ]{0,30} (?:omitted|weggelassen|ausgeschlossen|omise?|omis|absente?"
    r"|отсутствует|пропущено|відсутнє|omitid[oa]|omess[oa]|weggelaten|dahil edilmedi"
    r"|حذف شد|محذوفة)$|^تم استبعاد \S+$"
)
_ATTACHED = re.compile(r"^<[^<>:\n]{1,30}:\s*(?P<file>[^<>\n]+\.\w{1,5})>$")
_FILE_ATTACHED = re.compile(
    r"^(?P<file>\S[^\n]*?\.\w{1,5}) \((?:file attached|datei angehängt|fichier joint"
    r"|файл добавлен|файл прикреплен|файл додано|файл прикріплено|archivo adjunto|dosya ekli"
    r"|dosya eklendi|file allegato|arquivo anexado|bestand bijgevoegd|ملف مرفق|فایل پیوست شد"
    r"|فایل پیوست)\)$",
    re.IGNORECASE,
)


def _no_bidi(text: str) -> str:
    return text if text.isascii() or _BIDI_SEARCH(text) is None else _BIDI_SUB("", text)


def _norm(text: str) -> str:
    return _no_bidi(text).strip().casefold().rstrip(".").rstrip()


def _unbalanced_quotes(name: str) -> bool:
    """'X changed the subject to "a: b"' is a system line, not author 'X changed...to "a'."""
    return _QUOTES(name) is not None and bool(
        name.count('"') % 2
        or (name.count("“") + name.count("”") + name.count("„")) % 2
        or name.count("«") != name.count("»")
    )


def _jalali_to_gregorian(jy: int, jm: int, jd: int) -> dt.date:
    """Solar Hijri to Gregorian by the 33-year arithmetic rule (exact for 1300-1499)."""
    if not (1 <= jm <= 12 and 1 <= jd <= (31 if jm <= 6 else 30)):
        raise ValueError("not a Solar Hijri date")
    y = jy + 1595
    days = -355668 + 365 * y + (y // 33) * 8 + ((y % 33) + 3) // 4 + jd
    days += (jm - 1) * 31 if jm < 7 else (jm - 7) * 30 + 186
    return dt.date.fromordinal(days - 365)


# ----------------------------------------------------------------------------- reading lines


def _decode_error(
    exc: UnicodeDecodeError, base: int, block: bytes, lines_before: int
) -> ParseError:
    line = lines_before + block.count(b"\n", 0, exc.start) + 1
    bad = block[exc.start : exc.start + 1].hex()
    return ParseError(
        f"not UTF-8 text (byte 0x{bad} on line {line}); export the chat again",
        offset=base + exc.start,
    )


def _binary_blocks(stream: IO[bytes]) -> Iterator[list[str]]:
    """Decoded lines in blocks; offsets for errors count from the start of the stream."""
    tail = stream.read(3)
    offset = 0
    if tail == b"\xef\xbb\xbf":
        tail, offset = b"", 3
    lines = 0
    while True:
        chunk = stream.read(_CHUNK)
        data = tail + chunk if tail else chunk
        if chunk:
            cut = data.rfind(b"\n") + 1
            if cut == 0:
                tail = data
                continue
            block, tail = data[:cut], data[cut:]
        else:
            block, tail = data, b""
        if block:
            try:
                text = block.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise _decode_error(exc, offset, block, lines) from None
            offset += len(block)
            if "\r" in text:
                text = text.replace("\r\n", "\n")
            parts = text.split("\n")
            if parts[-1] == "":
                parts.pop()
            lines += len(parts)
            yield parts
        if not chunk:
            return


def _text_blocks(stream: IO[str]) -> Iterator[list[str]]:
    tail = ""
    first = True
    lines = 0
    while True:
        try:
            chunk = stream.read(_CHUNK)
        except UnicodeDecodeError as exc:
            raise ParseError(f"not UTF-8 text ({exc.reason})", line=lines + 1) from None
        data = tail + chunk if tail else chunk
        if first and data:
            first = False
            if data.startswith(_BOM):
                data = data[1:]
        if chunk:
            cut = data.rfind("\n") + 1
            if cut == 0:
                tail = data
                continue
            block, tail = data[:cut], data[cut:]
        else:
            block, tail = data, ""
        if block:
            if "\r" in block:
                block = block.replace("\r\n", "\n")
            parts = block.split("\n")
            if parts[-1] == "":
                parts.pop()
            lines += len(parts)
            yield parts
        if not chunk:
            return


def _chat_member(archive: zipfile.ZipFile) -> zipfile.ZipInfo:
    texts = [
        info
        for info in archive.infolist()
        if not info.is_dir()
        and info.filename.lower().endswith(".txt")
        and not info.filename.startswith("__MACOSX/")
    ]
    for info in texts:
        if info.filename.rsplit("/", 1)[-1] == "_chat.txt":
            return info
    named = [info for info in texts if "whatsapp" in info.filename.casefold()]
    candidates = named or texts
    if not candidates:
        raise ParseError("the .zip holds no chat text (_chat.txt or 'WhatsApp Chat with ....txt')")
    return max(candidates, key=lambda info: info.file_size)


def _openers(
    source: Path | IO[bytes] | IO[str], stack: ExitStack
) -> Callable[[], Iterable[list[str]]]:
    """A function that starts a fresh pass over the source's lines, as often as needed."""
    if isinstance(source, str | os.PathLike):
        binary: IO[bytes] = stack.enter_context(open(source, "rb"))
    else:
        stream = source
        if isinstance(stream.read(0), str):
            text: IO[str] = stream  # type: ignore[assignment]
            if not text.seekable():
                spool = stack.enter_context(
                    tempfile.SpooledTemporaryFile(_CHUNK * 8, mode="w+", encoding="utf-8")
                )
                shutil.copyfileobj(text, spool, _CHUNK)
                text = spool  # type: ignore[assignment]
                text.seek(0)
            start = text.tell()

            def text_pass() -> Iterable[list[str]]:
                text.seek(start)
                return _text_blocks(text)

            return text_pass
        binary = stream  # type: ignore[assignment]
        if not binary.seekable():
            spooled = stack.enter_context(tempfile.SpooledTemporaryFile(_CHUNK * 8))
            shutil.copyfileobj(binary, spooled, _CHUNK)
            spooled.seek(0)
            binary = spooled  # type: ignore[assignment]

    start = binary.tell()
    magic = binary.read(4)
    binary.seek(start)
    if magic == b"PK\x03\x04":
        try:
            archive = stack.enter_context(zipfile.ZipFile(binary))
        except zipfile.BadZipFile as exc:
            raise ParseError(f"broken .zip file: {exc}", offset=0) from None
        member = _chat_member(archive)

        def zip_pass() -> Iterable[list[str]]:
            def blocks() -> Iterator[list[str]]:
                with archive.open(member) as inner:
                    yield from _binary_blocks(inner)

            return blocks()

        return zip_pass

    def binary_pass() -> Iterable[list[str]]:
        binary.seek(start)
        return _binary_blocks(binary)

    return binary_pass


# ----------------------------------------------------------------------------- the two passes

_DMY, _MDY = "dmy", "mdy"


def _sniff_failed() -> ParseError:
    return ParseError(
        "not a WhatsApp chat export: no line in the first 50 starts with a date and time "
        "like '31.12.23, 21:05 - Name: text' or '[31/12/2023, 21:05:09] Name: text'",
        line=1,
    )


def _valid_fields(m: re.Match[str]) -> bool:
    """Could this header be a date and time under some day/month order?"""
    a_s, b_s, c_s, minute, hour, ap = m.group("a", "b", "c", "M", "H", "ap")
    if int(minute) > 59 or int(hour) > (12 if ap else 23):
        return False
    a, b, c = int(a_s), int(b_s), int(c_s)
    if len(a_s) == 4:
        return 1 <= b <= 12 and 1 <= c <= 31
    return len(c_s) in (2, 4) and 1 <= a <= 31 and 1 <= b <= 31 and min(a, b) <= 12


def _scan(passes: Iterable[list[str]]) -> tuple[str, frozenset[str]]:
    """First pass: the day/month order for the file and, for iOS, the names that stand for the
    chat itself: the author of the end-to-end notice at the top, and any author whose every
    line is a system notice (a body that starts with U+200E)."""
    day_first = month_first = 0
    back_dm = back_md = 0
    prev_dm = prev_md = (0, 0, 0)
    dots = slashes = latin_12h = padded = 0
    headers = 0
    non_empty = 0
    chat_name: str | None = None
    notices_only: dict[str, bool] = {}
    match = _HEADER.match
    for block in passes:
        for line in block:
            m = match(line)
            if m is None or not _valid_fields(m):
                if not headers and line.strip():
                    non_empty += 1
                    if non_empty >= _SNIFF_LINES:
                        raise _sniff_failed()
                continue
            headers += 1
            if m["br"]:
                rest = line[m.end() :]
                cut = rest.find(": ")
                if cut > 0:
                    name = rest[:cut]
                    notice = rest.startswith("\u200e", cut + 2)
                    notices_only[name] = notices_only.get(name, True) and notice
                    if chat_name is None and headers <= 3 and _E2E.search(rest, cut + 2, cut + 300):
                        chat_name = _no_bidi(name).strip()
            a_s, b_s, c_s, sep, ap = m.group("a", "b", "c", "sep", "ap")
            if len(a_s) == 4:
                continue
            a, b, c = int(a_s), int(b_s), int(c_s)
            if a > 12:
                day_first += 1
            elif b > 12:
                month_first += 1
            if b <= 12:
                key = (c, b, a)
                back_dm += key < prev_dm
                prev_dm = key
            if a <= 12:
                key = (c, a, b)
                back_md += key < prev_md
                prev_md = key
            if sep == ".":
                dots += 1
            elif sep == "/":
                slashes += 1
                if ap and ap[0] in "AaPp":
                    latin_12h += 1
                if (len(a_s) == 2 and a < 10) or (len(b_s) == 2 and b < 10):
                    padded += 1
    if not headers:
        raise _sniff_failed()
    if day_first != month_first:
        order = _DMY if day_first > month_first else _MDY
    elif back_dm != back_md:
        order = _DMY if back_dm < back_md else _MDY
    elif slashes > dots and latin_12h and not padded:
        order = _MDY
    else:
        order = _DMY
    chat = {_no_bidi(name).strip() for name, only in notices_only.items() if only}
    if chat_name is not None:
        chat.add(chat_name)
    return order, frozenset(chat)


class _Keys:
    """Occurrence counters for (minute, author, text), kept for the last few minutes only."""

    def __init__(self) -> None:
        self._minutes: OrderedDict[str, dict[tuple[str, str], int]] = OrderedDict()

    def key(self, minute: str, author: str | None, text: str) -> str:
        norm = " ".join(unicodedata.normalize("NFC", _no_bidi(text)).split())
        who = _no_bidi(author).strip() if author else ""
        seen = self._minutes.get(minute)
        if seen is None:
            seen = self._minutes[minute] = {}
            if len(self._minutes) > 16:
                self._minutes.popitem(last=False)
        n = seen.get((who, norm), 0)
        seen[(who, norm)] = n + 1
        raw = f"{minute}\x1f{who}\x1f{norm}\x1f{n}".encode()
        return "wa:" + hashlib.blake2b(raw, digest_size=12).hexdigest()


def _classify(
    author: str | None, text: str, ios: bool, chat: frozenset[str]
) -> tuple[str | None, str, str, dict[str, str]]:
    extra: dict[str, str] = {}
    if text.endswith(">"):
        tail = _EDITED_TAIL.search(text)
        if tail is not None and _norm(tail["e"]) in _EDITED:
            text = text[: tail.start()]
            extra["edited"] = "1"
    if author is None:
        return None, text.lstrip(_BIDI), "service", extra
    first, newline, more = text.partition("\n")
    media: str | None = None
    if len(first) <= _PLACEHOLDER_MAX:
        norm = _norm(first)
        if not newline and (norm in _DELETED or norm.startswith(_DELETED_BY)):
            extra["deleted"] = "1"
            return author, text, "message", extra
        core = norm[1:-1] if norm.startswith("<") and norm.endswith(">") else norm
        if core in _MEDIA or (first.startswith("\u200e") and _IOS_OMITTED.match(core)):
            media = "omitted"
    if media is None and first.endswith((">", ")")):
        plain = _no_bidi(first).strip()
        found = _ATTACHED.match(plain) or _FILE_ATTACHED.match(plain)
        if found is not None:
            media = found["file"].strip()
    if media is not None:
        extra["media"] = media
        return author, text, "media" if not more.strip() else "message", extra
    if ios and (
        (text.startswith("\u200e") and not newline and "://" not in text)
        or (author in chat and not newline and _E2E.search(text) is not None)
    ):
        return (None if author in chat else author), text.lstrip(_BIDI), "service", extra
    return author, text, "message", extra


def _messages(
    passes: Iterable[list[str]], order: str, chat: frozenset[str], tz: ZoneInfo
) -> Iterator[ParsedMessage]:
    keys = _Keys()
    match = _HEADER.match
    lineno = 0
    # The message being collected: start line, wall-clock time, author, body lines, iOS?
    start = 0
    stamp: dt.datetime | None = None
    author: str | None = None
    body: list[str] = []
    ios = False

    def finish() -> ParsedMessage:
        assert stamp is not None
        text = "\n".join(body) if len(body) > 1 else body[0]
        text = text.rstrip("\n")
        who, text, kind, extra = _classify(author, text, ios, chat)
        minute = stamp.isoformat(timespec="minutes")
        return ParsedMessage(
            key=keys.key(minute, who, text),
            text=text,
            posted_at=stamp.replace(tzinfo=tz),
            author=who,
            kind=kind,
            line=start,
            extra=extra,
        )

    for block in passes:
        for line in block:
            lineno += 1
            m = match(line)
            if m is not None:
                when = _stamp(m, order)
                if when is not None:
                    if stamp is not None:
                        yield finish()
                    start, stamp = lineno, when
                    rest = line[m.end() :]
                    ios = m["br"] is not None
                    cut = rest.find(": ")
                    if cut > 0 and (ios or not _unbalanced_quotes(rest[:cut])):
                        author = _no_bidi(rest[:cut]).strip()
                        body = [rest[cut + 2 :]]
                    else:
                        author = None
                        body = [rest]
                    continue
            if stamp is not None:
                body.append(line)
    if stamp is not None:
        yield finish()


def _stamp(m: re.Match[str], order: str) -> dt.datetime | None:
    """The header's wall-clock time, or None if it is no valid date and time."""
    a_s, b_s, c_s, hour_s, minute_s, second_s, ap = m.group("a", "b", "c", "H", "M", "S", "ap")
    hour = int(hour_s)
    if ap is not None:
        if hour > 12:
            return None
        pm = _IS_PM.get(ap)
        if pm is None:
            marker = _BIDI_SUB("", ap).casefold()
            for char in ". \u00a0\u202f":
                marker = marker.replace(char, "")
            pm = _IS_PM[ap] = marker in _PM
        if pm:
            if hour < 12:
                hour += 12
        elif hour == 12:
            hour = 0
    try:
        if len(a_s) == 4:
            year, month, day = int(a_s), int(b_s), int(c_s)
            if 1300 <= year < 1500:
                date = _jalali_to_gregorian(year, month, day)
                year, month, day = date.year, date.month, date.day
        else:
            if len(c_s) == 3 or len(c_s) == 1:
                return None
            year = int(c_s)
            if year < 100:
                year += 2000
            if order == _DMY:
                day, month = int(a_s), int(b_s)
            else:
                month, day = int(a_s), int(b_s)
        return dt.datetime(  # noqa: DTZ001 - wall-clock time; the zone is attached later
            year, month, day, hour, int(minute_s), int(second_s) if second_s else 0
        )
    except ValueError:
        return None


# ----------------------------------------------------------------------------- public API


def parse_whatsapp(
    source: Path | IO[bytes] | IO[str], *, timezone: str = "Europe/Berlin"
) -> Iterator[ParsedMessage]:
    """Messages of a WhatsApp export (.txt or .zip, a path or an open file) in file order.

    Raises ParseError (when iterated) if the file is no WhatsApp export or not UTF-8.
    """
    tz = ZoneInfo(timezone)  # an unknown zone fails here, before any reading
    return _parse(source, tz)


def _parse(source: Path | IO[bytes] | IO[str], tz: ZoneInfo) -> Iterator[ParsedMessage]:
    with ExitStack() as stack:
        new_pass = _openers(source, stack)
        order, chat = _scan(new_pass())
        yield from _messages(new_pass(), order, chat, tz)


def looks_like_whatsapp(first_kb: str) -> bool:
    """True if one of the first 50 non-empty lines is a WhatsApp header."""
    seen = 0
    for line in io.StringIO(first_kb.lstrip(_BOM)):
        line = line.rstrip("\r\n")
        if not line.strip():
            continue
        m = _HEADER.match(line)
        if m is not None and (_stamp(m, _DMY) is not None or _stamp(m, _MDY) is not None):
            return True
        seen += 1
        if seen >= _SNIFF_LINES:
            break
    return False
