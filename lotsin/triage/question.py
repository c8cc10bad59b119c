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
    r"was (tun|nun|mache ich|machen wir)",
    r"wer kann",
    r"wohin (kann|soll|muss)",
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
    r"what (now|to do)",
    r"who can",
    r"where (can|do|should) i",
    r"any ?one (have|has|can)",
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
    r"куди (звертатися|звернутися|йти|піти)",
    r"як бути",
    r"хто може",
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
    r"куда (обращаться|обратиться|идти|пойти)",
    r"как быть",
    r"кто может",
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
    r"شو (بعمل|اعمل|بساوي|المطلوب|الحل|رأيكم|رايكم|بتنصحوني)",
    r"شنو",
    r"شلون",
    r"ايش ",
    r"ماذا (أفعل|افعل)",
    r"ما العمل",
    r"مين بيقدر",
    r"حدا بيقدر",
    r"من يستطيع",
    r"انصحوني",
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
    r"(چیکار|چکار|چی‌کار) کنم",
    r"چه (کنم|باید)",
    r"کسی (می‌تونه|میتونه|می‌تواند|میتواند)",
    # Pashto
    r"څنګه",
    r"مهرباني",
    r"مرسته",
    r"پوښتنه",
    r"ایا ",
    r"چیرته",
    r"څوک پوهیږي",
    r"څوک پوهېږي",
    r"څه (وکړم|باید)",
    r"کوم ",
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
    r"ne (yapacağım|yapayım|yapmam|yapabilirim)",
    r"nereye",
    r"kim (bilir|yardım)",
    r"(?:mi|mı|mu|mü)(?:yim|yiz|sin|siniz)?\s*[.!]*$",
    # Kurdish (Kurmanji, Sorani)
    r"kî dizane",
    r"çawa",
    r"alîkarî",
    r"ji kerema xwe",
    r"kengê",
    r"li ku",
    r"çi (bikim|bikin|bike)",
    r"kî dikare",
    r"چی بکەم",
    r"کێ دەتوانێت",
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
    r"maxaan (sameeyaa|sameeyo)",
    r"yaa (og|i caawin)",
    # Tigrinya
    r"ሓገዝ",
    r"በጃኹም",
    r"ከመይ",
    r"ኣበይ",
    r"መን ይፈልጥ",
    r"እንታይ (ክገብር|ይግበር)",
    # Romanian, Polish, Spanish, French, Italian, Albanian, BCS, Vietnamese, Chinese
    r"știe cineva",
    r"stie cineva",
    r"vă rog",
    r"va rog",
    r"ajutor",
    r"cum (pot|fac)",
    r"ce (fac|să fac|sa fac)",
    r"caut ",
    r"czy ktoś",
    r"czy ktos",
    r"pomocy",
    r"proszę o",
    r"jak (mogę|moge|zrobić)",
    r"gdzie",
    r"co (robić|mam zrobić)",
    r"szukam",
    r"alguien sabe",
    r"ayuda",
    r"cómo puedo",
    r"como puedo",
    r"dónde",
    r"qué (hago|puedo hacer)",
    r"busco",
    r"por favor",
    r"quelqu'?un (sait|connaît|peut)",
    r"aidez",
    r"comment (faire|je)",
    r"où ",
    r"s'il vous plaît",
    r"que faire",
    r"je cherche",
    r"un conseil",
    r"qualcuno sa",
    r"aiuto",
    r"come posso",
    r"dove ",
    r"per favore",
    r"qualcuno (ha|può|conosce)",
    r"che (faccio|devo fare)",
    r"cerco ",
    r"consigli",
    r"a di dikush",
    r"ndihmë",
    r"si mund",
    r"ku mund",
    r"ju lutem",
    r"çfarë (të bëj|duhet)",
    r"kërkoj",
    r"da li",
    r"zna li neko",
    r"pomoć",
    r"kako (mogu|da)",
    r"gdje",
    r"gde ",
    r"šta (da radim|treba)",
    r"tražim",
    r"молим",
    r"ai biết",
    r"giúp",
    r"làm sao",
    r"ở đâu",
    r"cho (em|mình) hỏi",
    r"xin hỏi",
    r"phải làm sao",
    r"có ai",
    r"请问",
    r"怎么",
    r"哪里",
    r"谁知道",
    r"帮忙",
    r"谁能",
    r"帮帮",
    r"求(助|推荐|帮)",
    r"怎么办",
    r"吗",
]
CUE_RE = re.compile("|".join(f"(?:(?<!\\w){c})" for c in CUES), re.I)
# Thanks in every supported language. Before the help it names ("Muchas gracias, me ayudaron
# mucho"), it thanks for help received; after it ("Necesito ayuda, gracias") it closes a request.
THANKS = re.compile(
    r"(?:(?<!\w)(?:дякую|спасибі|спасибо|благодарю|danke|vielen dank|thanks|thank you|thx|"
    r"شكرا|شكراً|ممنون|مرسی|مننه|سوپاس|teşekkür|sağ ?ol|merci|gracias|grazie|dziękuję|dziekuje|"
    r"mulțumesc|multumesc|faleminderit|hvala|хвала|cảm ơn|cam on|spas(?!s)|mahadsanid|የቐንየለይ)|"
    r"谢谢|多谢)",
    re.I,
)
# Turkish puts the help first: "yardımınız için teşekkürler" (thanks for your help).
THANKS_AFTER_HELP = re.compile(r"yardım\w*\s+için\s+(?:çok\s+|de\s+)?teşekkür", re.I)
# Thanking in advance closes a question; it does not end one.
IN_ADVANCE = re.compile(
    r"заранее|заздалегідь|наперед|in advance|im voraus|vorab|مسبقا|پیشاپیش|d'avance|"
    r"de antemano|in anticipo|z góry|peşinen|şimdiden|paraprakisht|unaprijed|unapred|"
    r"cảm ơn trước",
    re.I,
)
# Cues that only name help, not ask for it ("ayuda", "pomoć", "giúp"; not "помогите").
HELP_NOUNS = re.compile(
    r"(?:hilfe|help|ayuda|aiuto|ajutor|ndihmë|pomoć|pomocy|giúp|帮忙|مساعدة|کمک|yardım|alîkarî|"
    r"یارمەتی|ሓገዝ)$",
    re.I,
)


def _only_thanks_for_help(own: str) -> bool:
    """Thanks for help received: every cue in the post only names help, after the thanks."""
    thanks = THANKS.search(own)
    if thanks is None:
        return False
    if THANKS_AFTER_HELP.search(own):
        return True
    return all(
        HELP_NOUNS.match(m.group(0)) and m.start() > thanks.start() for m in CUE_RE.finditer(own)
    )


def is_question(text: str) -> tuple[bool, dict[str, Any]]:
    """True when the author asks for information or help (quoted questions do not count)."""
    own = clean(without_quotes(text))
    if not own:
        return False, {"rule": "nothing of her own"}
    if QUESTION_MARKS.search(own.replace("?)", ")")):
        return True, {"rule": "question mark"}
    # a post that opens with thanks, or thanks for help, answers or thanks rather than asks,
    # even when it contains a cue word
    thanks = THANKS.match(own) or _only_thanks_for_help(own)
    if thanks and not IN_ADVANCE.search(own):
        return False, {"rule": "thanks"}
    cue = CUE_RE.search(own)
    if cue:
        return True, {"rule": "request cue", "cue": cue.group(0)}
    return False, {"rule": "no question mark or request cue"}
