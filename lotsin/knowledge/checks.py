"""Checks that a translation kept what must not change: legal references, phone numbers, links.

A translation that drops "§ 24 AufenthG" or the hotline's number is flagged for the translator and
the reviewer; it is not refused, because the reviewer may know better (a number can move).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from django.utils.translation import gettext as _

# "§ 24 AufenthG", "§§ 31, 31a SGB II", "§ 11b Abs. 3 SGB II", "Art. 6 GG"
LEGAL_REF = re.compile(
    r"(?:§§?|Art\.)\s*\d+[a-z]?(?:\s*(?:Abs\.|Satz|Nr\.)\s*\d+[a-z]?)*\s+(?:[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*(?:\s+[IVX]+)?)"
)
PHONE = re.compile(r"(?<![\w/])(?:\+?\d[\d  \-/]{4,}\d)(?![\w/])")
URL = re.compile(r"https?://[^\s)\]>]+")
PLACEHOLDER = re.compile(r"\{\{?\s*\w+\s*\}?\}|%\(\w+\)s|%s")


@dataclass(frozen=True)
class Flag:
    kind: str
    detail: str

    def __str__(self) -> str:
        return self.detail


# Arabic-Indic and Persian digits count as the same number.
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _normalise_ref(ref: str) -> str:
    return re.sub(r"\s+", " ", ref).strip()


def legal_references(text: str) -> list[str]:
    return sorted({_normalise_ref(m) for m in LEGAL_REF.findall((text or "").translate(_DIGITS))})


def phone_numbers(text: str) -> list[str]:
    # Compared by digits only: "030 611 03 00" and "030-6110300" are the same number.
    found = {re.sub(r"\D", "", m) for m in PHONE.findall((text or "").translate(_DIGITS))}
    return sorted(n for n in found if len(n) >= 3)


def links(text: str) -> list[str]:
    return sorted({m.rstrip(".,;") for m in URL.findall(text or "")})


def _paragraphs(text: str) -> int:
    return len([p for p in re.split(r"\n\s*\n", (text or "").strip()) if p.strip()])


def check_translation(source: str, translation: str) -> list[Flag]:
    """What the translation lost compared with its source text."""
    flags: list[Flag] = []
    # Digits inside legal references are not phone numbers.
    trans_refs = set(legal_references(translation))
    for ref in legal_references(source):
        if ref not in trans_refs:
            flags.append(
                Flag("legal_reference", _("Legal reference missing: %(ref)s") % {"ref": ref})
            )
    trans_phones = set(phone_numbers(translation))
    for number in phone_numbers(source):
        if number not in trans_phones:
            flags.append(Flag("phone", _("Phone number missing: %(number)s") % {"number": number}))
    trans_links = set(links(translation))
    for url in links(source):
        if url not in trans_links:
            flags.append(Flag("link", _("Link missing: %(url)s") % {"url": url}))
    trans_placeholders = set(PLACEHOLDER.findall(translation or ""))
    for placeholder in sorted(set(PLACEHOLDER.findall(source or ""))):
        if placeholder not in trans_placeholders:
            flags.append(Flag("placeholder", _("Placeholder missing: %(p)s") % {"p": placeholder}))
    src_count, trans_count = _paragraphs(source), _paragraphs(translation)
    if src_count != trans_count:
        flags.append(
            Flag(
                "paragraphs",
                _("The source has %(source)d paragraphs, the translation %(translation)d")
                % {"source": src_count, "translation": trans_count},
            )
        )
    return flags
