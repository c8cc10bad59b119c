"""Which languages get a translated text, and how a language is named for its speakers."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

from lotsin.core.languages import CONTENT_LANGUAGES, local_name

UI_LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Spoken in services but not content languages of the knowledge base (lotsin.core.languages).
EXTRA_NAMES = {
    "prs": "دری",
    "kmr": "Kurmancî",
    "am": "አማርኛ",
    "ha": "Hausa",
    "yo": "Yorùbá",
    "ff": "Fulfulde",
    "wo": "Wolof",
}


def text_language(language: str) -> str:
    """The language a text is written in: one of the UI languages, else English."""
    return language if language in UI_LANGUAGES else "en"


def language_name(code: str) -> str:
    """A language named in itself (what its speakers look for), else its code."""
    try:
        return str(translation.get_language_info(code)["name_local"])
    except KeyError:
        if code in CONTENT_LANGUAGES:
            return local_name(code)
        return EXTRA_NAMES.get(code, code)
