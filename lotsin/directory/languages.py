"""Which languages get a translated text, and how a language is named for its speakers."""

from __future__ import annotations

from django.conf import settings
from django.utils import translation

UI_LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Community languages Django does not know, named in themselves.
EXTRA_NAMES = {
    "ps": "پښتو",
    "prs": "دری",
    "ku": "Kurdî",
    "kmr": "Kurmancî",
    "ti": "ትግርኛ",
    "am": "አማርኛ",
    "so": "Soomaali",
    "ha": "Hausa",
    "yo": "Yorùbá",
    "ff": "Fulfulde",
    "wo": "Wolof",
    "zh": "中文",
}


def text_language(language: str) -> str:
    """The language a text is written in: one of the UI languages, else English."""
    return language if language in UI_LANGUAGES else "en"


def is_rtl(language: str) -> bool:
    return language in settings.LANGUAGES_BIDI


def language_name(code: str) -> str:
    """A language named in itself (what its speakers look for), else its code."""
    try:
        return str(translation.get_language_info(code)["name_local"])
    except KeyError:
        return EXTRA_NAMES.get(code, code)
