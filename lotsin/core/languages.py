"""Languages that content (answers, claims, services) can be written in.

Wider than the seven UI languages: women write in Pashto, Somali, Tigrinya, Kurdish and more.
"""

from __future__ import annotations

from django.conf import settings

# code: (English name, name in the language itself)
CONTENT_LANGUAGES: dict[str, tuple[str, str]] = {
    "de": ("German", "Deutsch"),
    "en": ("English", "English"),
    "uk": ("Ukrainian", "Українська"),
    "ru": ("Russian", "Русский"),
    "ar": ("Arabic", "العربية"),
    "fa": ("Persian", "فارسی"),
    "tr": ("Turkish", "Türkçe"),
    "ps": ("Pashto", "پښتو"),
    "ku": ("Kurdish (Kurmanji)", "Kurmancî"),
    "ckb": ("Kurdish (Sorani)", "کوردی"),
    "so": ("Somali", "Soomaali"),
    "ti": ("Tigrinya", "ትግርኛ"),
    "ro": ("Romanian", "Română"),
    "pl": ("Polish", "Polski"),
    "es": ("Spanish", "Español"),
    "fr": ("French", "Français"),
    "it": ("Italian", "Italiano"),
    "sq": ("Albanian", "Shqip"),
    "sr": ("Serbian", "Српски"),
    "hr": ("Croatian", "Hrvatski"),
    "bs": ("Bosnian", "Bosanski"),
    "vi": ("Vietnamese", "Tiếng Việt"),
    "zh": ("Chinese", "中文"),
}

# One list for the UI and for content: Django's LANGUAGES_BIDI in settings.
RTL_LANGUAGES = frozenset(settings.LANGUAGES_BIDI)


def is_rtl(code: str) -> bool:
    return code in RTL_LANGUAGES


def local_name(code: str) -> str:
    return CONTENT_LANGUAGES.get(code, (code, code))[1]


def language_choices() -> list[tuple[str, str]]:
    return [(code, f"{names[1]} ({code})") for code, names in CONTENT_LANGUAGES.items()]


# Which other languages a reader of one language most likely reads, best first, when no text
# exists in her own (Dari readers read Persian; many Pashto readers read it too; a Ukrainian
# woman usually reads Russian and the other way round). English and German come after these.
LIKELY_READ: dict[str, tuple[str, ...]] = {
    "uk": ("ru",),
    "ru": ("uk",),
    "ps": ("fa",),
    "ckb": ("ar", "fa"),
    "ku": ("tr", "ar"),
    "so": ("ar",),
    "ti": ("ar",),
    "sr": ("hr", "bs"),
    "hr": ("bs", "sr"),
    "bs": ("hr", "sr"),
    "sq": ("it",),
    "ro": ("it", "fr", "es"),
}


def nearest_languages(code: str) -> list[str]:
    """Her language first, then what she likely reads, then English and German."""
    order = [code, *LIKELY_READ.get(code, ()), "en", "de"]
    return list(dict.fromkeys(c for c in order if c))
