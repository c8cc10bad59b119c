"""Topic codes from multilingual word stems (German loanwords count in every language)."""

from __future__ import annotations

import re
from typing import Any

from lotsin.triage.text import clean

STEMS: dict[str, list[str]] = {
    "work": [
        "arbeit", "job", "minijob", "stelle", "bewerbung", "lebenslauf", "gehalt", "lohn",
        "mindestlohn", "arbeitsvertrag", "vertrag", "kündig", "arbeitgeber", "selbstständig",
        "selbständig", "gewerbe", "work", "employ", "salary", "wage", "contract", " cv",
        "resume", "interview", "robot", "работ", "роботу", "зарплат", "вакансі", "ваканси",
        "резюме", "співбесід", "собеседован", "підробіт", "подработ", "роботодав", "работодател",
        "عمل", "شغل", "وظيف", "راتب", "كار ", "کار", "شغل", "حقوق", "استخدام", "رزومه",
        "iş ", "işe", "iş başvuru", "maaş", "çalış", "sözleşme", "kar bik", "xebat", "shaqo",
        "muncă", "munca", "praca", "pracy", "trabajo", "travail", "lavoro", "punë", "pune",
        "posao", "posla", "việc làm", "工作", "ስራሕ", "ስራ",
    ],
    "jobcentre": [
        "jobcenter", "job-center", "jobcentr", "джобцентр", "джоб", "bürgergeld", "buergergeld",
        "burgergeld", "бюргергельд", "бюргергелд", "arbeitsagentur", "agentur für arbeit",
        "sanktion", "leistung", "sozialhilfe", "job-turbo", "jobturbo", "джоб-турбо",
        "джобтурбо", "турбо", "jobsentr", "جوب سنتر", "جاب سنتر", "جابسنتر", "جوبسنتر",
        "جاب‌سنتر", "iş kurumu", "hartz", "benefit", "соцпомощ", "виплат", "выплат", "допомог",
        "пособи", "معونة", "مساعدات", "کمک هزینه", "yardım parası", "termin beim jobcenter",
        "meldeversäumnis", "widerspruch", "bescheid",
    ],
    "residence": [
        "aufenthalt", "§ 24", "§24", "paragraph 24", "параграф 24", "ausländerbehörde",
        "auslanderbehorde", "ausländeramt", "visum", "visa", "anmeldung", "anmelden", "ummeldung",
        "einbürgerung", "staatsangehörigkeit", "familiennachzug", "fiktionsbescheinigung",
        "blue card", "blaue karte", "блакитна карта", "голубая карта", "asyl", "duldung",
        "residence", "permit", "вид на проживан", "дозвіл на проживан", "внж", "тимчасовий захист",
        "временная защита", "временной защит", "тимчасового захисту", "прописк", "реєстрац",
        "регистрац", "аусландер", "громадянств", "гражданств", "اقامة", "الإقامة", "اقامت",
        "لجوء", "پناهندگی", "ویزا", "فيزا", "تابعیت", "الجنسية", "لم الشمل", "لم شمل",
        "oturum", "ikamet", "vize", "vatandaşlık", "iltica", "rûniştin", "sharci", "deggan",
        "rezidență", "pobyt", "residencia", "titre de séjour", "séjour", "permesso di soggiorno",
        "leje qëndrimi", "boravak", "居留", "签证", "thẻ cư trú", "ቪዛ",
    ],
    "recognition": [
        "anerkennung", "anerkenn", "diplom", "abschluss", "zeugnis", "beglaubigt", "übersetzung",
        "recognition", "recognis", "recogniz", "degree", "визнання", "признани", "подтвердить диплом",
        "підтвердити диплом", "диплом", "нострифікац", "нострификац", "معادلة", "الشهادة",
        "شهادتي", "مدرک", "ارزشیابی", "معادل سازی", "denklik", "diploma", "tanınma",
        "recunoaștere", "uznanie", "homologación", "reconnaissance", "riconoscimento", "njohje",
        "nostrifikacija", "学历认证", "文凭",
    ],
    "language": [
        "deutschkurs", "sprachkurs", "integrationskurs", "berufssprachkurs", "b1", "b2", "a1",
        "a2", "c1", "goethe", "telc", "dtz", "german course", "language course", "курс німецьк",
        "курс немецк", "інтеграційн", "интеграционн", "мовн", "языков", "курси", "курсы",
        "німецьк", "немецк", "الألمانية", "اللغة", "كورس", "زبان", "کورس", "کلاس آلمانی",
        "almanca", "dil kursu", "entegrasyon kursu", "kursa zimanê", "luqadda jarmalka",
        "curs de germană", "kurs niemieckiego", "curso de alemán", "cours d'allemand",
        "corso di tedesco", "kurs gjermanisht", "kurs njemačkog", "德语", "tiếng đức",
    ],
    "education": [
        "ausbildung", "umschulung", "weiterbildung", "bildungsgutschein", "studium", "universität",
        "uni ", "schulabschluss", "training", "vocational", "retrain", "university", "study",
        "навчан", "обучени", "учеб", "університет", "университет", "перекваліфікац",
        "переквалификац", "аусбільдунг", "аусбилдунг", "تدريب مهني", "جامعة", "دراسة",
        "آموزش", "دانشگاه", "تحصیل", "meslek eğitimi", "üniversite", "eğitim", "xwendin",
        "waxbarasho", "formare", "szkolenie", "formación", "formation", "formazione", "arsim",
        "obrazovanje", "học nghề", "培训", "学习",
    ],
    "childcare": [
        "kita", "kindergarten", "tagesmutter", "kinderbetreuung", "kindergeld", "elterngeld",
        "schule", "einschulung", "hort", "childcare", "daycare", "child benefit", "school",
        "кіта", "кита", "садок", "садик", "дитсад", "детсад", "школ", "кіндергельд",
        "киндергельд", "елтернгельд", "элтернгельд", "дитин", "діт", "ребен", "ребён", "дет",
        "حضانة", "روضة", "مدرسة", "اطفال", "أطفال", "طفل", "مهد کودک", "کودکستان", "مدرسه",
        "بچه", "کودک", "kreş", "anaokulu", "okul", "çocuk", "zarok", "dugsi", "carruur",
        "grădiniț", "przedszkol", "guardería", "crèche", "école", "asilo", "scuola", "kopsht",
        "vrtić", "vrtic", "nhà trẻ", "幼儿园", "学校", "ቤት ትምህርቲ", "ህጻን",
    ],
    "housing": [
        "wohnung", "miete", "vermieter", "wbs", "wohnberechtigungsschein", "obdachlos",
        "notunterkunft", "unterkunft", "heim", "flat", "apartment", "rent", "landlord",
        "homeless", "shelter", "квартир", "житл", "жиль", "оренд", "аренд", "хайм", "гуртож",
        "общежит", "бездомн", "на вулиці", "на улице", "ночувати", "ночевать", "شقة", "سكن",
        "ايجار", "إيجار", "مأوى", "آپارتمان", "خانه", "اجاره", "خونه", "daire", "kira", "ev ",
        "barınak", "xanî", "guri", "locuinț", "mieszkani", "piso", "vivienda", "logement",
        "appartamento", "banesë", "stan ", "nhà ở", "住房", "租房",
    ],
    "health": [
        "arzt", "ärzt", "krankenkasse", "krankenversicherung", "frauenarzt", "gynäkolog",
        "schwanger", "krankenhaus", "psycholog", "therapie", "behinderung", "doctor", "health",
        "insurance", "pregnan", "hospital", "mental", "лікар", "врач", "страхов", "вагітн",
        "беремен", "лікарн", "больниц", "психолог", "терап", "гінеколог", "гинеколог", "здоров",
        "طبيب", "دكتور", "تأمين صحي", "حامل", "مستشفى", "دکتر", "پزشک", "بیمه", "باردار",
        "بیمارستان", "doktor", "sigorta", "hamile", "hastane", "bijîşk", "dhakhtar", "caafimaad",
        "medic", "lekarz", "médico", "médecin", "medico", "mjek", "ljekar", "lekar", "bác sĩ",
        "医生", "医院", "ሓኪም",
    ],
    "violence": [
        "gewalt", "schlägt", "geschlagen", "bedroht", "belästig", "frauenhaus", "116 016",
        "116016", "missbrauch", "violence", "abuse", "hits me", "beat me", "threat", "harass",
        "насильств", "насилл", "насили", "б'є", "бьет", "бьёт", "побив", "избив", "загрож",
        "угрож", "домагань", "домогательств", "притулок для жінок", "кризовий центр",
        "عنف", "يضربني", "تهديد", "تحرش", "خشونت", "کتک", "میزند", "تهدید", "آزار", "şiddet",
        "dövüyor", "tehdit", "taciz", "tundî", "lêdide", "rabsho", "garaac", "violență",
        "przemoc", "violencia", "violences", "violenza", "dhunë", "nasilje", "bạo lực", "家暴",
        "暴力", "ዓመጽ",
    ],
}

TOPICS_ORDER = list(STEMS)

_PATTERNS = {
    topic: re.compile("|".join(re.escape(s.strip()) if s.startswith(" ") is False else
                               r"(?<!\w)" + re.escape(s.strip()) for s in stems), re.I)
    for topic, stems in STEMS.items()
}


def detect_topics(text: str) -> tuple[list[str], dict[str, Any]]:
    """Topic codes whose stems occur in the post, in the contract's order."""
    low = " " + clean(text).lower() + " "
    found: dict[str, str] = {}
    for topic, pattern in _PATTERNS.items():
        match = pattern.search(low)
        if match:
            found[topic] = match.group(0)
    return list(found), {"matched": found}
