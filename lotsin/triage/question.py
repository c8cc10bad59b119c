"""Is the post asking for information or help? With or without a question mark."""

from __future__ import annotations

import re
from typing import Any

from lotsin.triage.text import clean, without_quotes

QUESTION_MARKS = re.compile(r"[?؟፧？]")  # ؟ Arabic script; ፧ Ethiopic; ？ full width
# Request and question cues per language; matched on word starts, case-insensitive.
CUES = [
    # German
    r"weiß jemand",
    r"weiss jemand",
    r"kennt jemand",
    r"hat jemand",
    r"kann (mir )?jemand",
    r"bitte um (rat|hilfe|info)",
    r"brauche (hilfe|rat|info)",
    r"ich suche",
    r"wer kennt",
    r"wie (kann|mache|bekomme|finde)",
    r"was (muss|soll|kann) ich",
    r"hilfe\b",
    r"frage\b",
    # English
    r"who knows",
    r"does anyone",
    r"anyone know",
    r"can (someone|anyone)",
    r"please (help|advise)",
    r"i need (help|advice)",
    r"looking for",
    r"how (do|can) i",
    r"what (should|can|do) i",
    r"any (advice|idea|tips)",
    r"help me",
    # Ukrainian
    r"підкажіть",
    r"підкажи",
    r"допоможіть",
    r"хто знає",
    r"хтось знає",
    r"порадьте",
    r"чи (можна|треба|потрібно|правда|є)",
    r"як (мені|можна|зробити|отримати)",
    r"шукаю",
    r"де (можна|знайти)",
    r"що (робити|мені)",
    r"потрібна допомога",
    # Russian
    r"подскажите",
    r"подскажи",
    r"помогите",
    r"кто знает",
    r"кто-нибудь",
    r"посоветуйте",
    r"можно ли",
    r"нужно ли",
    r"как (мне|можно|сделать|получить)",
    r"ищу",
    r"где (можно|найти)",
    r"что (делать|мне)",
    r"нужна помощь",
    r"правда ли",
    # Arabic
    r"هل ",
    r"كيف ",
    r"ممكن",
    r"أرجو",
    r"ارجو",
    r"ساعدوني",
    r"مساعدة",
    r"حدا بيعرف",
    r"مين بيعرف",
    r"من يعرف",
    r"أحد يعرف",
    r"احد يعرف",
    r"شو لازم",
    r"وين ",
    r"ماذا ",
    r"لو سمحتم",
    r"بدي اعرف",
    r"أريد أن أعرف",
    r"اريد ان اعرف",
    r"استفسار",
    r"سؤال",
    # Persian / Dari
    r"لطفا",
    r"لطفاً",
    r"ممکنه",
    r"کسی (میدونه|می‌دونه|میدانه|می‌داند|اطلاع)",
    r"کمک",
    r"چطور",
    r"چگونه",
    r"آیا",
    r"کجا",
    r"چی کار",
    r"چه کار",
    r"راهنمایی",
    r"سوال",
    r"میشه ",
    # Pashto
    r"څنګه",
    r"مهرباني",
    r"مرسته",
    r"پوښتنه",
    r"ایا ",
    r"چیرته",
    r"څوک پوهیږي",
    # Turkish
    r"bilen var mı",
    r"bilen var",
    r"yardım",
    r"nasıl",
    r"nerede",
    r"ne yapmalıyım",
    r"lütfen",
    r"tavsiye",
    r"soru",
    r"mümkün mü",
    r"var mı",
    r"(?:mi|mı|mu|mü)(?:yim|yiz|sin|siniz)?\s*[.!]*$",
    # Kurdish (Kurmanji, Sorani)
    r"kî dizane",
    r"çawa",
    r"alîkarî",
    r"ji kerema xwe",
    r"kengê",
    r"li ku",
    r"چۆن",
    r"کێ دەزانێت",
    r"یارمەتی",
    r"تکایە",
    # Somali
    r"ma (jiraa|garanaysaa|ogtahay)",
    r"fadlan",
    r"i caawiya",
    r"sidee",
    r"xaggee",
    r"su'aal",
    # Tigrinya
    r"ሓገዝ",
    r"በጃኹም",
    r"ከመይ",
    r"ኣበይ",
    r"መን ይፈልጥ",
    # Romanian, Polish, Spanish, French, Italian, Albanian, BCS, Vietnamese, Chinese
    r"știe cineva",
    r"stie cineva",
    r"vă rog",
    r"va rog",
    r"ajutor",
    r"cum (pot|fac)",
    r"czy ktoś",
    r"czy ktos",
    r"pomocy",
    r"proszę o",
    r"jak (mogę|moge|zrobić)",
    r"gdzie",
    r"alguien sabe",
    r"ayuda",
    r"cómo puedo",
    r"como puedo",
    r"dónde",
    r"por favor",
    r"quelqu'?un (sait|connaît|peut)",
    r"aidez",
    r"comment (faire|je)",
    r"où ",
    r"s'il vous plaît",
    r"qualcuno sa",
    r"aiuto",
    r"come posso",
    r"dove ",
    r"per favore",
    r"a di dikush",
    r"ndihmë",
    r"si mund",
    r"ku mund",
    r"ju lutem",
    r"da li",
    r"zna li neko",
    r"pomoć",
    r"kako (mogu|da)",
    r"gdje",
    r"gde ",
    r"молим",
    r"ai biết",
    r"giúp",
    r"làm sao",
    r"ở đâu",
    r"cho (em|mình) hỏi",
    r"xin hỏi",
    r"请问",
    r"怎么",
    r"哪里",
    r"谁知道",
    r"帮忙",
    r"吗",
]
CUE_RE = re.compile("|".join(f"(?:(?<!\\w){c})" for c in CUES), re.I)
# Posts that answer or thank rather than ask, even when they contain a cue word.
NOT_ASKING = re.compile(
    r"^(?:дякую|спасибо|danke|thanks|thank you|شكرا|ممنون|مرسی|teşekkür|merci|gracias)\b", re.I
)


def is_question(text: str) -> tuple[bool, dict[str, Any]]:
    """True when the author asks for information or help (quoted questions do not count)."""
    own = clean(without_quotes(text))
    if not own:
        return False, {"rule": "nothing of her own"}
    mark = bool(QUESTION_MARKS.search(own.replace("?)", ")")))
    cue = CUE_RE.search(own)
    if NOT_ASKING.search(own) and not mark:
        return False, {"rule": "thanks"}
    if mark:
        return True, {"rule": "question mark"}
    if cue:
        return True, {"rule": "request cue", "cue": cue.group(0)}
    return False, {"rule": "no question mark or request cue"}
