"""Answers in given states, made through the services (so the tests walk the real workflow)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from lotsin.knowledge.models import AnswerText, AnswerVersion
from lotsin.knowledge.services import translations, versions

GERMAN_BODY = (
    "Mit einem Minijob behalten Sie einen Teil des Geldes: die ersten 100 Euro sind frei "
    "(§ 11b SGB II).\n\nFragen Sie beim Hilfetelefon 116 016 oder auf "
    "https://www.arbeitsagentur.de/ nach."
)
UKRAINIAN_BODY = (
    "З міні-роботою ви зберігаєте частину грошей: перші 100 євро вільні (§ 11b SGB II).\n\n"
    "Запитайте на гарячій лінії 116 016 або на https://www.arbeitsagentur.de/."
)
ARABIC_BODY = (
    "مع الوظيفة الصغيرة تحتفظين بجزء من المال: أول 100 يورو معفاة (§ 11b SGB II).\n\n"
    "اسألي على الخط الساخن 116 016 أو على https://www.arbeitsagentur.de/."
)


def draft(org: Any, author: Any = None, **fields: Any) -> AnswerVersion:
    values: dict[str, Any] = {
        "language": "de",
        "title": "Was ändert ein Minijob am Bürgergeld?",
        "body": GERMAN_BODY,
        "questions": ["Verliere ich Bürgergeld mit Minijob?"],
        "topics": ["jobcentre", "work"],
        "legal_basis": ["§ 11b SGB II"],
        "valid_from": dt.date(2026, 1, 1),
        "review_by": dt.date(2027, 6, 30),
    }
    values.update(fields)
    return versions.create_answer(actor=author, organization=org, **values)


def verified(org: Any, author: Any = None, reviewer: Any = None, **fields: Any) -> AnswerVersion:
    version = draft(org, author, **fields)
    versions.submit_version(actor=author, version=version)
    versions.approve_version(actor=reviewer, version=version)
    version.refresh_from_db()
    return version


def verified_translation(
    version: AnswerVersion, language: str = "uk", author: Any = None, reviewer: Any = None
) -> AnswerText:
    title, body = {
        "uk": ("Що змінює міні-робота для Bürgergeld?", UKRAINIAN_BODY),
        "ar": ("ماذا تغير الوظيفة الصغيرة في Bürgergeld؟", ARABIC_BODY),
    }[language]
    text = translations.save_translation(
        actor=author, version=version, language=language, title=title, body=body
    )
    translations.submit_text(actor=author, text=text)
    return translations.approve_text(actor=reviewer, text=text)
