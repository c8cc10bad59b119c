"""Urgency: `crisis` must almost never be missed; `high` is a deadline or loss within days.

Phrase patterns per language catch violence told in everyday words, suicidal hints, a night on
the street and medical emergencies; the engine adds similarity to crisis prototypes in several
languages (see engine.py). Talk *about* violence (a workshop, a news item) is not a crisis.
"""

from __future__ import annotations

import re
from typing import Any

from lotsin.triage.text import clean, without_quotes

CRISIS = [
    # violence and threats, everyday words
    r"(schlägt|schlug|geschlagen|würgt|bedroht) mich", r"hat mich (geschlagen|eingesperrt|bedroht)",
    r"sperrt mich ein", r"eingesperrt", r"angst nach hause", r"er bringt mich um",
    r"(hits|beats|hit|beat|choked|strangled|threatens?) me", r"locked me", r"afraid to go home",
    r"kill me", r"he will kill", r"took my (passport|phone)", r"hurts? me",
    r"б['’]є мене", r"бʼє мене", r"побив", r"бил мене", r"бьет меня", r"бьёт меня", r"избил",
    r"душив", r"душил", r"погрожує", r"угрожает", r"вб['’]є", r"убьет", r"убьёт", r"зачинив",
    r"запер", r"закрив мене", r"закрыл меня", r"боюся (йти )?додому", r"боюсь (идти )?домой",
    r"забрав (паспорт|телефон)", r"забрал (паспорт|телефон)", r"піднімає руку", r"поднимает руку",
    r"يضربني", r"ضربني", r"يهددني", r"هددني", r"حبسني", r"قفل علي", r"اخذ جوازي", r"أخذ جوازي",
    r"سيقتلني", r"بيقتلني", r"خايفة ارجع", r"خائفة",
    r"منو میزنه", r"من را میزند", r"مرا میزند", r"کتکم", r"کتک میزن", r"تهدیدم", r"زندانی کرده",
    r"در را (به روی من )?قفل", r"میترسم (برم )?خونه", r"می‌ترسم", r"میکشه منو", r"منو بکشه",
    r"beni (dövüyor|dövdü|tehdit|öldürecek)", r"dövüyor", r"kilitledi", r"eve gitmeye korkuyorum",
    r"min dixe", r"lêdide", r"i garaaca", r"wuu i garaacay", r"ma bate", r"mă bate", r"bije me",
    r"mnie bije", r"me pega", r"me golpea", r"me frappe", r"mi picchia", r"më rreh", r"tuče me",
    r"đánh tôi", r"đánh em", r"打我", r"ይወቕዓኒ",
    # suicidal hints
    r"nicht mehr leben", r"will nicht mehr", r"mich umbringen", r"selbstmord", r"suizid",
    r"don'?t want to live", r"end (it|my life)", r"kill myself", r"better off dead",
    r"better if i (was|were) gone", r"suicid", r"не хочу жити", r"не хочу жить",
    r"покінчити з собою", r"покончить с собой", r"накласти на себе руки", r"наложить на себя руки",
    r"краще б мене не було", r"лучше бы меня не было", r"нема сил жити", r"нет сил жить",
    r"لا أريد أن أعيش", r"ما بدي عيش", r"انتحار", r"أنهي حياتي", r"اقتل نفسي",
    r"نمیخوام زنده", r"نمی‌خواهم زنده", r"خودکشی", r"خودمو بکشم", r"دیگه نمی‌کشم",
    r"yaşamak istemiyorum", r"intihar", r"kendimi öldür", r"naxwazim bijîm", r"ma rabo inaan noolaado",
    r"nu mai vreau să trăiesc", r"nie chcę żyć", r"no quiero vivir", r"je ne veux plus vivre",
    r"non voglio più vivere", r"nuk dua të jetoj", r"ne želim (više )?živjeti", r"không muốn sống",
    r"不想活", r"自杀",
    # nowhere to sleep tonight
    r"(heute nacht|heute) (auf der straße|kein(en)? (platz|schlafplatz))", r"auf der straße schlafen",
    r"(on the street|nowhere to sleep|no place to sleep)( tonight)?", r"sleep outside tonight",
    r"на вулиці (з дітьми|сьогодні|вночі)", r"на улице (с детьми|сегодня|ночью)",
    r"ніде (ночувати|спати)", r"негде (ночевать|спать)", r"нас виселили сьогодні",
    r"نحن في الشارع", r"بالشارع مع", r"ما عندي مكان (انام|للنوم)", r"في الشارع الليلة",
    r"توی خیابون", r"در خیابان (هستیم|ماندیم)", r"جایی (برای خواب|ندارم بخوابم)",
    r"sokakta(yız|yim| kaldık)", r"kalacak yer(im)? yok", r"li kolanê", r"waddada (ayaan|ku)",
    r"pe stradă", r"na ulicy", r"en la calle", r"dans la rue", r"per strada", r"në rrugë",
    r"na ulici", r"ngoài đường", r"露宿",
    # medical emergency
    r"(starke )?blutung", r"blutet", r"bewusstlos", r"wacht nicht auf", r"krampf", r"atmet nicht",
    r"bleeding", r"unconscious", r"not breathing", r"won'?t wake up", r"doesn'?t wake up",
    r"seizure", r"кровотеч", r"кровоточ", r"без свідомості", r"без сознания", r"не дихає",
    r"не дышит", r"не прокидається", r"не просыпается", r"судом", r"نزيف", r"فاقد الوعي",
    r"لا يتنفس", r"خونریزی", r"بیهوش", r"نفس نمی", r"kanama", r"bayıldı", r"nefes almıyor",
    r"sângerare", r"krwawi", r"sangrado", r"saigne", r"sanguin", r"gjakderdhje", r"krvari",
    r"chảy máu", r"出血",
]
# Talk about violence rather than violence happening: workshops, news, prevention.
ABOUT_NOT_HAPPENING = [
    r"workshop", r"seminar", r"vortrag", r"veranstaltung", r"prävention", r"prevention",
    r"webinar", r"training", r"семінар", r"семинар", r"вебінар", r"вебинар", r"тренінг",
    r"тренинг", r"лекці", r"лекци", r"профілактик", r"профилактик", r"ورشة", r"محاضرة",
    r"کارگاه", r"سمینار", r"atölye", r"eğitim semineri", r"news", r"nachrichten", r"новини",
    r"новости", r"خبر", r"haber", r"atelier", r"taller", r"laboratorio", r"einladung", r"invitation",
    r"запрошуємо", r"приглашаем", r"ندعوكم", r"دعوت", r"davet",
]
HIGH = [
    r"frist", r"bis (zum|spätestens|morgen|freitag|montag)", r"innerhalb von \d+ (tagen|wochen)",
    r"morgen (habe ich|ist|um)", r"termin (ist )?morgen", r"morgen termin", r"gestrichen",
    r"eingestellt", r"gesperrt", r"gekürzt", r"kein geld (mehr|bekommen)", r"kündigung",
    r"räumung", r"mahnung", r"läuft (bald |nächste woche )?ab", r"abgelaufen",
    r"deadline", r"tomorrow", r"by (friday|monday|tomorrow)", r"within \d+ days", r"stopped",
    r"cut off", r"eviction", r"evicted", r"expires?", r"no money (left|this month)",
    r"термін до", r"срок до", r"до (понеділка|пʼятниці|п'ятниці|понедельника|пятницы|завтра)",
    r"завтра", r"дедлайн", r"припинили", r"прекратили", r"зупинили", r"остановили",
    r"не прийшл[иа] (гроші|виплат)", r"не пришл[иа] (деньги|выплат)", r"заблокува", r"заблокиров",
    r"виселя", r"выселя", r"закінчується", r"заканчивается", r"протермін", r"просроч",
    r"غدا", r"غداً", r"بكرا", r"بكرة", r"موعدي غدا", r"مهلة", r"أوقفوا", r"اوقفوا", r"قطعوا",
    r"طرد", r"ينتهي", r"فردا", r"مهلت", r"قطع کردن", r"قطع شد", r"تخلیه", r"تمام میشه",
    r"yarın", r"son gün", r"kestiler", r"durdurdular", r"tahliye", r"doluyor",
    r"sibê", r"berri", r"mâine", r"termen", r"jutro", r"mañana", r"plazo",
    r"demain", r"délai", r"domani", r"scadenza", r"nesër", r"afat", r"sutra",
    r"ngày mai", r"hạn chót", r"明天", r"截止",
]

_CRISIS_RE = re.compile("|".join(CRISIS), re.I)
_ABOUT_RE = re.compile("|".join(ABOUT_NOT_HAPPENING), re.I)
_HIGH_RE = re.compile("|".join(HIGH), re.I)


def crisis_cue(text: str) -> str | None:
    match = _CRISIS_RE.search(clean(without_quotes(text)))
    return match.group(0) if match else None


def is_talk_about(text: str) -> str | None:
    match = _ABOUT_RE.search(clean(text))
    return match.group(0) if match else None


def detect_urgency(text: str, crisis_similarity: float = 0.0,
                   crisis_threshold: float = 1.0) -> tuple[str, dict[str, Any]]:
    """`crisis`, `high` or `normal`, with the cue or score that decided it."""
    own = clean(without_quotes(text))
    cue = crisis_cue(own)
    about = is_talk_about(own)
    evidence: dict[str, Any] = {"crisis_cue": cue, "talk_about": about,
                                "crisis_similarity": round(crisis_similarity, 4),
                                "crisis_threshold": crisis_threshold}
    if (cue or crisis_similarity >= crisis_threshold) and not about:
        return "crisis", evidence
    high = _HIGH_RE.search(own)
    evidence["high_cue"] = high.group(0) if high else None
    return ("high" if high else "normal"), evidence
