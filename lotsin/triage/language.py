"""Language identification: script rules and word cues first, statistical detectors after.

Script rules settle what detectors confuse (Ethiopic, Pashto-only and Sorani-only letters, the
Ukrainian and Russian alphabets); short cue words settle two-word posts ("Дякую", "Спасибо");
langidentify, restricted to the languages that share a script, decides the rest, and py3langid
adds Kurmanji, which langidentify lacks. Transliterated Russian/Ukrainian, Arabizi and Finglish are
caught only by their commonest words: the known weak spot.
"""

from __future__ import annotations

import pickle
import re
import threading
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

from lotsin.triage.text import clean, letters, words

UND = "und"
MAX_CHARS = 2000  # the language of a post shows in its first lines; detectors are not linear

ETHIOPIC = re.compile("[\u1200-\u137f]")
ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
CYRILLIC = re.compile("[\u0400-\u04ff]")
CJK = re.compile("[\u3400-\u4dbf\u4e00-\u9fff]")
KANA_HANGUL = re.compile("[\u3040-\u30ff\uac00-\ud7af]")
PLACEHOLDER = re.compile(
    r"^\s*(?:\[[\w ]{2,20}\]|<[\w ]{2,30}>|(?:image|video|audio|sticker|gif|media|document)"
    r" omitted|medien ausgeschlossen|bild weggelassen)\s*$",
    re.I,
)
VIETNAMESE = re.compile("[\u1ea0-\u1ef9ươƯƠ]")

SORANI_LETTERS = set("ڕڵۆێە")
PASHTO_LETTERS = set("ټډړږښګڼځڅۍې")
PERSIAN_LETTERS = set("پچژگیک")
ARABIC_LETTERS = set("يكةى")
UK_LETTERS = set("іїєґ")
RU_LETTERS = set("ыэъё")
SR_LETTERS = set("ђјљњћџ")

CUES: dict[str, set[str]] = {
    "uk": set(
        """і й що як де це та але дякую будь ласка підкажіть підкажи хто знає мені можна чи
        дуже вже ще немає є треба потрібно дівчата привіт доброго добрий день всім вітаю дякуємо
        допоможіть будь-ласка якщо коли тому також мій моя наш своє їх його яка який які""".split()
    ),
    "ru": set(
        """что как где это но спасибо пожалуйста подскажите кто знает мне можно ли очень уже
        ещё еще нет есть надо нужно девочки привет доброе добрый всем здравствуйте помогите если
        когда потому тоже мой моя наш его которые какой какая""".split()
    ),
    "fa": set(
        """است هست می را این که برای از من شما ما چی چه چطور کجا کسی دارم داره میشه ممنون
        مرسی لطفا خیلی هم بچه خانم یک نیست بود شد کنم کنید بگید بگه میخوام نمیدونم سپاس دوستان
        عزیز کمک چطوری آیا""".split()
    ),
    "ar": set(
        """في على هل ما ماذا كيف وين شو شكرا الله عن إلى الى هذا هذه التي الذي أن ان لا يا
        عندي أنا انا حدا احد بدي ابني زوجي مساعدة المساعدة السلام مرحبا اريد أريد يعطيكم
        جزاكم خير لو سمحتم ممكن""".split()
    ),
    "ps": set("""مننه زه دي څنګه ستاسو زما موږ کې په چې لپاره شه مو خویندو ښه""".split()),
    "ku": set(
        """ez hûn çawa spas kerema xwe heye nîne dikarim dixwazim zarok alîkarî hevalno
        silav başe yê jî pîroz cejna malbat xweş zimanê kurdî dikin dikim bikim nizanim
        سوپاس زۆر چۆن بۆ ئەم ئێوە""".split()
    ),
}

# Words that settle a short Latin-script post on their own (thanks, greetings, requests).
SHORT_LATIN = {
    "danke": "de",
    "dankeschön": "de",
    "hallo": "de",
    "bitte": "de",
    "hilfe": "de",
    "guten": "de",
    "moin": "de",
    "buna": "ro",
    "dimineata": "ro",
    "dimineața": "ro",
    "thanks": "en",
    "thank": "en",
    "thx": "en",
    "hello": "en",
    "please": "en",
    "help": "en",
    "teşekkürler": "tr",
    "tesekkurler": "tr",
    "teşekkür": "tr",
    "sağol": "tr",
    "sağolun": "tr",
    "merhaba": "tr",
    "lütfen": "tr",
    "yardım": "tr",
    "mulțumesc": "ro",
    "multumesc": "ro",
    "mersi": "ro",
    "bună": "ro",
    "dziękuję": "pl",
    "dzięki": "pl",
    "dzien": "pl",
    "dzień": "pl",
    "proszę": "pl",
    "gracias": "es",
    "hola": "es",
    "ayuda": "es",
    "merci": "fr",
    "bonjour": "fr",
    "aide": "fr",
    "grazie": "it",
    "ciao": "it",
    "aiuto": "it",
    "faleminderit": "sq",
    "përshëndetje": "sq",
    "ju": "sq",
    "hvala": "hr",
    "pozdrav": "hr",
    "molim": "hr",
    "mahadsanid": "so",
    "mahadsanidiin": "so",
    "salaan": "so",
    "fadlan": "so",
    "spas": "ku",
    "supas": "ku",
    "silav": "ku",
}

# Transliterated chat: only the commonest words give it away.
TRANSLIT = {
    "ru": set(
        """privet spasibo pozhaluysta pozhalujsta podskazhite kto znaet pomogite nuzhno
        mozhno chto kak gde devochki vsem zdravstvuyte""".split()
    ),
    "uk": set(
        """pryvit dyakuyu djakuju diakuiu bud laska pidkazhit pidkazhitʹ pidkazhite khto
        znaye yak shcho scho mozhna treba potribno dopomozhit divchata vsim""".split()
    ),
    "ar": set(
        """shukran inshallah habibi yalla kifak kifik shu wen ana baddi marhaba salamu
        alaikum mashallah allah yahfazak alhamdulillah habibti""".split()
    ),
    "fa": set(
        """mamnoon mamnun lotfan chetori khoobi kheili kheyli mikham mishe kasi midoone
        midonid baraye salam merci""".split()
    ),
}
ARABIZI_DIGITS = re.compile(r"[a-z]+[2379][a-z]+|\b[3795][a-z]{2,}", re.I)

LATIN_LANGS = ("de", "en", "tr", "ro", "pl", "es", "fr", "it", "sq", "hr", "so")
CYRILLIC_LANGS = ("uk", "ru", "sr")
ARABIC_LANGS = ("ar", "fa", "ps")


def _score(tokens: list[str], lang: str) -> int:
    return sum(1 for t in tokens if t in CUES[lang])


def _arabic_script(text: str, tokens: list[str], zwnj: int = 0) -> tuple[str, dict[str, Any]]:
    chars = Counter(ch for ch in text if ARABIC.match(ch))
    sorani = sum(chars[c] for c in SORANI_LETTERS) + 2 * _score(tokens, "ku")
    pashto = sum(chars[c] for c in PASHTO_LETTERS) + 2 * _score(tokens, "ps")
    persian = sum(chars[c] for c in PERSIAN_LETTERS) + 2 * _score(tokens, "fa") + 2 * zwnj
    arabic = sum(chars[c] for c in ARABIC_LETTERS) + 2 * _score(tokens, "ar")
    arabic += 2 * sum(1 for t in tokens if t.startswith("ال") and len(t) > 3)
    cues = {"ku": sorani, "ps": pashto, "fa": persian, "ar": arabic}
    if sorani >= 2 and sorani >= pashto:
        return "ku", {"rule": "sorani letters or words", "cues": cues}
    if pashto >= 2 and pashto >= sorani:
        return "ps", {"rule": "pashto letters or words", "cues": cues}
    if persian != arabic and max(persian, arabic) >= 2:
        return ("fa" if persian > arabic else "ar"), {"rule": "persian/arabic cues", "cues": cues}
    return _detect(text, ARABIC_LANGS) or ("fa" if persian > arabic else "ar"), {
        "rule": "detector",
        "cues": cues,
    }


def _cyrillic(text: str, tokens: list[str]) -> tuple[str, dict[str, Any]]:
    low = text.lower()
    uk = sum(low.count(c) for c in UK_LETTERS) + 2 * _score(tokens, "uk")
    ru = sum(low.count(c) for c in RU_LETTERS) + 2 * _score(tokens, "ru")
    sr = sum(low.count(c) for c in SR_LETTERS)
    cues = {"uk": uk, "ru": ru, "sr": sr}
    if sr > 0 and sr >= max(uk, ru):
        return "sr", {"rule": "serbian letters", "cues": cues}
    if uk != ru and max(uk, ru) >= 1:
        return ("uk" if uk > ru else "ru"), {"rule": "ukrainian/russian cues", "cues": cues}
    return _detect(text, CYRILLIC_LANGS) or "ru", {"rule": "detector", "cues": cues}


def _latin(text: str, tokens: list[str]) -> tuple[str, dict[str, Any]]:
    if VIETNAMESE.search(text):
        return "vi", {"rule": "vietnamese letters"}
    low = text.lower()
    hats = sum(low.count(c) for c in "êîû")  # Kurmanji letters no other Latin language here uses
    turkish = any(c in low for c in "ığöü")
    # except Romanian's î ("în", "îmi"), which comes with letters Kurmanji never writes (not â,
    # which Turkish loanwords bring into Kurmanji: "hâlâ")
    romanian = any(c in low for c in "ășțţ")
    kurmanji = _score(tokens, "ku") + (0 if turkish or romanian else hats)
    translit = {lang: sum(1 for t in tokens if t in vocab) for lang, vocab in TRANSLIT.items()}
    translit["ar"] += len(ARABIZI_DIGITS.findall(text))
    best_translit = max(translit, key=lambda k: translit[k])
    if translit[best_translit] >= 2 or (
        translit[best_translit] >= 1 and len(tokens) <= 2 and best_translit != "fa"
    ):
        return best_translit, {"rule": "transliterated chat words", "cues": translit}
    if kurmanji >= 3 or (kurmanji >= 2 and hats and not turkish and not romanian):
        return "ku", {"rule": "kurmanji cues", "kurmanji": kurmanji}
    if len(tokens) <= 3:
        for token in tokens:
            if token in SHORT_LATIN:
                return SHORT_LATIN[token], {"rule": "short-post cue word", "word": token}
    detected = _detect(text, LATIN_LANGS)
    if detected in (None, "tr", "so") and kurmanji >= 2 and hats and not romanian:
        return "ku", {"rule": "kurmanji cues over detector", "kurmanji": kurmanji}
    return detected or "en", {"rule": "detector"}


def detect_language(text: str) -> tuple[str, dict[str, Any]]:
    """ISO 639-1 code (or 'und') of a post's main language, with the evidence for it."""
    raw = text[:MAX_CHARS]
    if PLACEHOLDER.match(raw):
        return UND, {"rule": "media placeholder"}
    zwnj = raw.count("\u200c")  # Persian writes the zero-width non-joiner; Arabic does not
    text = clean(raw)
    alpha = letters(text)
    if len(alpha) < 2:
        return UND, {"rule": "no words"}
    tokens = words(text)
    counts = {
        "ethiopic": len(ETHIOPIC.findall(alpha)),
        "arabic": len(ARABIC.findall(alpha)),
        "cyrillic": len(CYRILLIC.findall(alpha)),
        "cjk": len(CJK.findall(alpha)),
        "kana": len(KANA_HANGUL.findall(alpha)),
    }
    counts["latin"] = len(alpha) - sum(counts.values())
    # German words (Jobcenter, Anmeldung) run through posts in every script, never the reverse:
    # a quarter of the letters in another script decides the script.
    others = {k: v for k, v in counts.items() if k != "latin"}
    top_other = max(others, key=lambda k: others[k])
    script = top_other if others[top_other] >= 0.25 * len(alpha) else "latin"
    if script == "ethiopic":
        return "ti", {"rule": "ethiopic script"}
    if script == "cjk":
        return "zh", {"rule": "han script"}
    if script == "kana":
        return UND, {"rule": "unsupported script"}
    if script == "arabic":
        return _arabic_script(text, tokens, zwnj)
    if script == "cyrillic":
        return _cyrillic(text, tokens)
    return _latin(text, tokens)


# --- statistical detectors, loaded lazily per script group --------------------------------

_LOCK = threading.Lock()
_LID_NAMES = {
    "de": "GERMAN",
    "en": "ENGLISH",
    "tr": "TURKISH",
    "ro": "ROMANIAN",
    "pl": "POLISH",
    "es": "SPANISH",
    "fr": "FRENCH",
    "it": "ITALIAN",
    "sq": "ALBANIAN",
    "hr": "CROATIAN",
    "so": "SOMALI",
    "uk": "UKRAINIAN",
    "ru": "RUSSIAN",
    "sr": "SERBIAN",
    "ar": "ARABIC",
    "fa": "PERSIAN",
    "ps": "PASHTO",
}


_PRELOADED: dict[tuple[str, ...], Any] = {}


@lru_cache(maxsize=8)
def _detector(group: tuple[str, ...]) -> Any:
    if group in _PRELOADED:
        return _PRELOADED[group]
    from langidentify import Detector, Language, Model

    with _LOCK:
        model = Model.load([getattr(Language, _LID_NAMES[code]) for code in group])
    return Detector(model)


# One detector per group is shared by the process, and langidentify's detector keeps its scores
# in the instance: threads (the threaded development server, search beside triage) take turns.
_DETECT_LOCK = threading.Lock()


def _detect(text: str, group: tuple[str, ...]) -> str | None:
    try:
        detector = _detector(group)
        with _DETECT_LOCK:
            found = detector.detect(text)
    except Exception:  # noqa: BLE001  a detector failure must not stop triage
        return None
    code = getattr(found, "iso_code", "") or ""
    return code if code in group else None


GROUPS = (LATIN_LANGS, CYRILLIC_LANGS, ARABIC_LANGS)


def warm_up(cache_dir: Path | None = None) -> None:
    """Load the detectors now; with a cache directory, from a pickle written the first time.

    Parsing langidentify's n-gram tables takes seconds; unpickling them a third of that.
    """
    from langidentify import Detector

    path = cache_dir / f"langidentify-{_version()}.pkl" if cache_dir else None
    if path is not None and path.exists():
        try:
            models = pickle.loads(path.read_bytes())  # noqa: S301  our own cache file
            for group, model in zip(GROUPS, models, strict=True):
                _PRELOADED[group] = Detector(model)
            return
        except Exception:  # noqa: BLE001  a stale or broken cache is rebuilt
            _PRELOADED.clear()
    detectors = [_detector(group) for group in GROUPS]
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(pickle.dumps([d.model for d in detectors], protocol=5))
        tmp.replace(path)


def _version() -> str:
    from importlib.metadata import version

    return version("langidentify")
