import pytest

from lotsin.triage.duplicates import DuplicateFinder
from lotsin.triage.question import is_question
from lotsin.triage.topics import detect_topics
from lotsin.triage.urgency import detect_urgency


@pytest.mark.parametrize(
    "text",
    [
        "Підкажіть будь ласка де зробити Anmeldung",
        "Подскажите, куда идти с письмом",
        "who knows a good gynaecologist in Köln",
        "bitte um Rat wegen Kita",
        "لطفا راهنمایی کنید درباره کورس زبان",
        "ممکنه کسی بگه کجا برم",
        "ارجو المساعدة بخصوص السكن",
        "Jobcenter randevusu için yardım edin lütfen",
        "Wo ist das Jobcenter?",
        "这个怎么办？",
        # "what do I do now" without a mark, as help requests are often written
        "قطعولي المساعدة هالشهر، شو بعمل هلق",
        "همکارم اذیتم میکنه، چیکار کنم",
        "Keça min nexweş e, ji bo Krankmeldung divê ez çi bikim",
        "Bu ay Bürgergeld yatmamış, şimdi ne yapacağım",
        "Cerco un pediatra a Monaco, qualcuno ha un consiglio",
        "我和孩子今晚没有地方住，谁能帮帮我",
        "Нас выселяют, куда обращаться",
    ],
)
def test_questions_with_and_without_a_question_mark(text):
    assert is_question(text)[0] is True


@pytest.mark.parametrize(
    "text",
    [
        "Дякую всім!",
        "Спасибо большое",
        "Доброго ранку, дівчата",
        "+",
        "> Where do I register?\nAt the Bürgeramt, you need an appointment.",
        "«Де зробити Anmeldung?» — у Bürgeramt, запис онлайн.",
        "Продаю дитячу коляску, недорого",
        "Hallo zusammen, schönes Wochenende",
    ],
)
def test_not_questions(text):
    assert is_question(text)[0] is False


@pytest.mark.parametrize(
    "text,topic",
    [
        ("Jobcenter hat mein Bürgergeld gekürzt", "jobcentre"),
        ("Як отримати місце в Kita для дитини?", "childcare"),
        ("Where can I get my diploma recognised?", "recognition"),
        ("کلاس زبان آلمانی رایگان کجاست", "language"),
        ("Ищу квартиру в Берлине", "housing"),
        ("Kocam beni dövüyor, şiddet görüyorum", "violence"),
    ],
)
def test_topics(text, topic):
    assert topic in detect_topics(text)[0]


@pytest.mark.parametrize(
    "text",
    [
        "Мій чоловік б'є мене, я боюся йти додому",
        "Муж бьёт меня когда пьёт",
        "He locked me in and took my phone",
        "Ich kann nicht mehr, ich will nicht mehr leben",
        "Ми сьогодні на вулиці з дітьми, нікуди йти",
        "زوجي يضربني كل يوم",
        "شوهرم منو کتک میزنه",
        "Kocam beni dövüyor",
        "I am pregnant and bleeding a lot",
    ],
)
def test_crisis_in_everyday_words(text):
    assert detect_urgency(text)[0] == "crisis"


def test_a_violence_prevention_workshop_is_not_a_crisis():
    text = "Запрошуємо на семінар про захист від насильства: хто б'є мене — що робити"
    assert detect_urgency(text)[0] != "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "Jobcenter Brief: Frist bis Freitag, was soll ich tun?",
        "Завтра термін у Jobcenter, що взяти з собою?",
        "Bürgergeld wurde eingestellt, kein Geld diesen Monat",
        "Yarın Ausländerbehörde randevum var",
    ],
)
def test_high_urgency(text):
    assert detect_urgency(text)[0] == "high"


def test_the_high_probe_flags_what_no_phrase_names_and_never_outranks_a_crisis():
    unnamed = "Warqad ayaa iiga timid Jobcenter-ka"  # "a letter came": no listed phrase
    assert detect_urgency(unnamed)[0] == "normal"
    assert detect_urgency(unnamed, high_probability=0.8, high_threshold=0.7)[0] == "high"
    assert detect_urgency(unnamed, high_probability=0.6, high_threshold=0.7)[0] == "normal"
    threatened = "He said he will kill me when I come home"
    assert detect_urgency(threatened, high_probability=0.9, high_threshold=0.7)[0] == "crisis"


def test_duplicates_find_forwards_and_emoji_copies_but_not_short_thanks():
    finder = DuplicateFinder()
    original = "Дівчата, правда що з березня всі мають виїхати з Німеччини?"
    assert finder.check("1", original)[0] is None
    assert finder.check("2", "Дякую")[0] is None
    assert finder.check("3", "Дякую")[0] is None
    assert finder.check("4", "Переслано від Олена\n" + original + " 😱😱")[0] == "1"
    assert finder.check("5", original.upper())[0] == "1"
    assert finder.check("6", "Дівчата, хто знає де зробити Anmeldung у Берліні?")[0] is None


def test_a_knowledge_base_of_one_answer_still_accepts_a_clear_match():
    """With one candidate there is no field to compare with: unrelated texts' similarity fills
    it, so a near-copy is accepted and an unrelated post is not."""
    from lotsin.triage.matching import _default_models, decide

    model = _default_models()["answers"]

    def chosen(score):
        found, _evidence = decide(
            {"a1": (score, "ar")}, model=model, language="ar", post_anchors=set(),
            item_anchors={}, question=True, length=60, limit=3,
        )  # fmt: skip
        return [c["id"] for c in found]

    assert chosen(0.95) == ["a1"]
    assert chosen(0.78) == []


def test_an_item_scores_the_mean_of_its_best_units_when_asked_to():
    """One unit close by chance loses to an item whose units agree (views > 1)."""
    import numpy as np

    from lotsin.triage.matching import Units, best_per_item

    units = Units()
    for item, text in [("lucky", "a"), ("lucky", "b"), ("lucky", "c"), ("steady", "d")]:
        units.add(item, "de", text)
    units.add("steady", "de", "e")
    units.add("steady", "de", "f")
    scores = np.array([0.90, 0.70, 0.70, 0.88, 0.87, 0.86])

    single = best_per_item(scores, units, "de", same_language_first=True)
    averaged = best_per_item(scores, units, "de", same_language_first=True, views=3)

    assert max(single, key=lambda i: single[i][0]) == "lucky"
    assert max(averaged, key=lambda i: averaged[i][0]) == "steady"
    assert averaged["steady"][0] == pytest.approx(0.87)
