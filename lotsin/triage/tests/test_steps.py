import pytest

from lotsin.triage.duplicates import DuplicateFinder
from lotsin.triage.hearsay import passed_on, rumour_frame
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
        # thanks in advance, or thanks after the request, closes it
        "Gracias de antemano, necesito ayuda con el Jobcenter",
        "Заранее спасибо, помогите пожалуйста",
        "Necesito ayuda con el Jobcenter, gracias",
        "Potrzebuję pomocy z Jobcenter, dziękuję",
        "أحتاج مساعدة بخصوص الجوب سنتر، شكرا",
        "اگه کسی بتونه کمکم کنه ممنون میشم",
        "Mọi người giúp em với, cảm ơn",
        "Hilfe, mein Kind hat keinen Spass in der Kita",
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
        # thanks for the help she got: the help word is not a request
        "Muchas gracias chicas, me ayudaron un montón 💕",
        "Grazie a tutte per l'aiuto!",
        "Hvala vam puno na pomoći",
        "Cảm ơn mọi người đã giúp em",
        "Yardımınız için çok teşekkürler",
        "Cảm ơn mọi người đã giúp em hôm trước",
        "Hepinize teşekkürler, bu grup çok yardım etti",
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
    "text,topic",
    [
        # German administrative words borrowed as they are, inside any language
        ("Чи можна отримувати Wohngeld разом із зарплатою?", "housing"),
        ("هل الـ Kinderzuschlag لازم نرجعه بعدين؟", "childcare"),
        ("Kızlar AOK'dan kart gelmedi, ne yapmalıyım?", "health"),
        ("Mutterschutz mi się należy na umowie na czas określony?", "health"),
        ("Какой Steuerklasse у меня после развода?", "work"),
        ("I really need a job, any job", "work"),
        ("Termin beim Job Center verpasst", "jobcentre"),
        ("Mietvertrag bis Ende des Monats, wir finden nichts", "housing"),
    ],
)
def test_topic_stems_for_german_loanwords(text, topic):
    assert topic in detect_topics(text)[0]


@pytest.mark.parametrize(
    "text,wrong",
    [
        ("Termin beim Jobcenter morgen", "work"),  # "job" inside Jobcenter is not a job
        ("Job-Turbo Einladung bekommen", "work"),
        ("Mietvertrag unterschrieben, endlich!", "work"),  # a tenancy, not a work contract
    ],
)
def test_topic_stems_that_must_not_fire(text, wrong):
    assert wrong not in detect_topics(text)[0]


@pytest.mark.parametrize(
    "text,topic",
    [
        ("Подскажите, как подать на киндергельд?", "childcare"),
        ("أنا حامل بالشهر الرابع، كيف بلاقي Hebamme؟", "health"),
        ("جاب‌سنتر نامه داده، چیکار کنم؟", "jobcentre"),
    ],
)
def test_a_named_benefit_institution_or_pregnancy_settles_its_topic(text, topic):
    """Named in `named`, which the engine takes without the topic probe's support."""
    assert topic in detect_topics(text)[1]["named"]


@pytest.mark.parametrize(
    "text",
    [
        "Bu kitabı nereden alabilirim?",  # Turkish: a book, not a Kita
        "kitap okumayı seviyorum",
        "هل يحق لحامل الإقامة المؤقتة لم الشمل؟",  # a permit holder, not a pregnancy
        "أنا حامل شهادة هندسة، كيف أعادلها؟",  # a diploma holder
    ],
)
def test_words_that_only_look_like_a_named_topic(text):
    assert "named" not in detect_topics(text)[1]


@pytest.mark.parametrize("text", ["Wir suchen einen Kitaplatz", "Job Center gave me a letter"])
def test_named_compounds_and_spellings(text):
    assert detect_topics(text)[1]["named"]


def test_named_topics_need_no_probe_support_but_plain_stems_do():
    from lotsin.triage.engine import _probe_topics
    from lotsin.triage.matching import TopicProbes
    from lotsin.triage.types import TOPICS

    probes = TopicProbes("test", {t: {"weights": [0.0] * 4, "bias": 0.0} for t in TOPICS}, 0.7, 0.2)
    lexicon, evidence = detect_topics("Как подать на киндергельд? Я пока не работаю")
    assert set(lexicon) >= {"childcare", "work"}
    unsure = {t: 0.05 for t in TOPICS}  # the probes see neither topic
    chosen, _ = _probe_topics(lexicon, unsure, probes, evidence)
    assert chosen == ["childcare"]  # Kindergeld is named; "работ" alone is a passing mention


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
        # exploitation: the passport named first, locked in with a key
        "На складі паспорти в усіх забрали, а на ніч двері зачиняють",
        "Начальник закрыл нас в общежитии на ключ и не выпускает",
        # hopelessness in Kurmanji, Sorani and Turkish
        "Heke ez tune bim zarokên min ê rehet bin",
        "ئیتر نامەوێت بژیم، هیچ هیوایەکم نییە",
        "Bazen ben olmasam herkes daha rahat eder diye düşünüyorum",
        # a burden to one's own people, a warning sign
        "rozdałam już ubrania siostrze. nie chcę być nikomu ciężarem",
        "I'm just a burden to everyone, sorry for writing this",
        "не хочу больше быть никому обузой",
        "No quiero ser una carga para mi familia, ya no puedo más",
        "我不想再拖累家人了",
    ],
)
def test_crisis_in_everyday_words(text):
    assert detect_urgency(text)[0] == "crisis"


@pytest.mark.parametrize(
    "text",
    [
        "Не хочу быть обузой для государства, ищу работу, подскажите курсы",
        "Я не хочу бути тягарем для держави, шукаю роботу",
        "Ich will dem Staat nicht zur Last fallen und suche Arbeit",
        "Devlete yük olmak istemiyorum, iş arıyorum",
    ],
)
def test_not_wanting_to_burden_the_state_is_not_a_crisis(text):
    assert detect_urgency(text)[0] == "normal"


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
        # money that has not come, verb first, with and without the shadda
        "السوسيال ما نزّل المعاش لهالشهر وما عندي أكل للولاد",
        "ما وصلت المساعدة هالشهر، شو لازم اعمل؟",
        "Salut, n-am primit salariul de două luni, patronul nu răspunde",
        "Lacagtii carruurta ayaa iga joojiyeen bishan",
        "Xanî: heta Pêncşemê divê em derkevin",
        "عندي موعد غداً في الجوب سنتر",  # a phrase written with its mark, a post without
        "عندي موعد غدا في الجوب سنتر",
        # by a day of the month, named alone
        "devo mandare il certificato entro il 15 sennò mi tolgono il Kindergeld",
        "tengo que mandar los papeles antes del 20 o me quitan la ayuda",
    ],
)
def test_high_urgency(text):
    assert detect_urgency(text)[0] == "high"


@pytest.mark.parametrize(
    "text",
    [
        "hasta el 15 de cada mes pago el alquiler",
        "la farmacia è aperta fino alle 20",
        "avant le 18 ans",
    ],
)
def test_a_day_of_the_month_that_is_no_deadline(text):
    assert detect_urgency(text)[0] == "normal"


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


def test_a_forward_trimmed_to_its_first_sentence_is_a_duplicate_but_a_shared_opening_is_not():
    finder = DuplicateFinder()
    original = (
        "Дівчата, хто знає, правда що Jobcenter забирає Bürgergeld, якщо є машина? "
        "У нас старенький гольф, без нього з дітьми ніяк, а до роботи 30 км"
    )
    assert finder.check("1", original)[0] is None
    trimmed = "Переслано від Мами Кельн\n" + original.split("?")[0] + "?"
    assert finder.check("2", trimmed) == (
        "1",
        {"rule": "near copy", "score": 100.0, "threshold": 95.0, "candidates": 1},
    )
    other = "Дівчата, хто знає, де в Кельні безкоштовний курс німецької для мам з дітьми?"
    assert finder.check("3", other)[0] is None


def test_a_knowledge_base_of_one_answer_still_accepts_a_clear_match(tmp_path):
    """With one candidate there is no field to compare with: unrelated texts' similarity fills
    it, so a post asking the answer's question is answered and a post on something else is
    not (a new organisation starts with one or two verified answers)."""
    from lotsin.triage.engine import TriageEngine
    from lotsin.triage.types import Answer, Post

    kita = Answer(
        "A07",
        "de",
        "Wie bekomme ich einen Kita-Platz für mein Kind?",
        "Ab dem ersten Geburtstag hat jedes Kind einen Rechtsanspruch auf einen Kita-Platz. "
        "Melden Sie Ihr Kind über das Kita-Portal Ihrer Stadt an.",
        ("Wo bekomme ich einen Kita-Gutschein?", "Mein Kind ist 2, wie finde ich eine Kita?"),
    )
    engine = TriageEngine([], [kita], cache_dir=tmp_path)
    asked, other = engine.triage(
        [
            Post("1", "Дівчата, підкажіть, як отримати місце в Kita для дитини? Їй півтора роки"),
            Post("2", "Девочки, кто знает, где сделать Anmeldung в Берлине?"),
        ]
    )
    assert [a["id"] for a in asked.answers] == ["A07"]
    assert other.answers == []


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


@pytest.mark.parametrize(
    "text",
    [
        "Новость: Bundestag продлил выплаты до 31 марта, подробности по ссылке",
        "News: the EU extends temporary protection until 4 March 2027",
        "Nachrichten aus Berlin\nAnträge auf Wohngeld bis Freitag im Bürgeramt",
        "Workshop zum Lebenslauf, Anmeldung bis Freitag unter 030 1234",
        "کارگاه رایگان نوشتن رزومه، ثبت نام تا جمعه",
        "Пеку торты на заказ, заказы до четверга, Берлин-Шпандау",
        "Yeni haber: Jobcenter yarın kapalı",
        "代购化妆品，周三截止下单，周末发货",
    ],
)
def test_a_date_in_news_an_event_or_an_ad_is_not_her_deadline(text):
    assert detect_urgency(text)[0] == "normal"


@pytest.mark.parametrize(
    "text",
    [
        # A Jobcenter letter is titled "Einladung"; Persian "خبر داره" means "does anyone know".
        "Ich habe eine Einladung vom Jobcenter, Termin morgen um 9, was muss ich mitbringen?",
        "فردا ترمین جاب سنتر دارم، کسی خبر داره چه مدارکی ببرم؟",
        "Haberim yok, yarın Ausländerbehörde randevum var, ne götürmeliyim?",
    ],
)
def test_words_that_also_mean_news_or_invitation_keep_her_deadline(text):
    assert detect_urgency(text)[0] == "high"


def test_a_rumour_passed_on_is_not_her_deadline_but_a_crisis_is_still_heard():
    chain = "ПЕРЕШЛІТЬ ВСІМ!!! З наступного місяця Bürgergeld закінчується для всіх українців"
    assert detect_urgency(chain)[0] == "high"  # the phrase alone would say high
    assert passed_on(rumour_frame(chain)[1]["cues"]) == "ПЕРЕШЛІТЬ"
    assert detect_urgency(chain, passed_on="ПЕРЕШЛІТЬ")[0] == "normal"
    assert detect_urgency("Vorsicht, er hat gesagt er bringt mich um", passed_on="Vorsicht")[0] == (
        "crisis"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Someone took my phone on the S-Bahn yesterday, how do I block the SIM?",
        "Die Ausländerbehörde hat meinen Pass behalten, bis die Fiktionsbescheinigung kommt",
        "У потязі вкрали телефон, хтось забрав телефон із сумки, що робити з рахунком?",
    ],
)
def test_a_passport_kept_by_an_office_or_a_stolen_phone_is_not_a_crisis(text):
    urgency, evidence = detect_urgency(text)
    assert urgency != "crisis"
    assert evidence["routine_loss"]


@pytest.mark.parametrize(
    "text",
    [
        "My husband took my passport and won't let me call anyone",
        "Der Chef hat meinen Pass und sagt, ich darf nicht gehen",
        "Чоловік забрав паспорт і телефон, я не можу вийти з дому",
        # An office named as well must not hide the partner who took it.
        "Mein Mann hat meinen Pass genommen, morgen habe ich Termin bei der Ausländerbehörde",
    ],
)
def test_a_passport_taken_by_a_partner_or_employer_is_still_a_crisis(text):
    assert detect_urgency(text)[0] == "crisis"


def test_topic_agreement_compares_the_post_profile_with_each_item_profile():
    """An item whose texts are about the post's topic agrees more than one about another topic;
    without probes the feature is 0 and changes nothing."""
    import numpy as np

    from lotsin.triage.matching import FEATURES, TopicProbes, Units, _default_models, decide

    childcare, work = {"weights": [4.0, 0.0], "bias": -2.0}, {"weights": [0.0, 4.0], "bias": -2.0}
    probes = TopicProbes("test", {"childcare": childcare, "work": work}, high=0.7, low=0.2)
    units = Units()
    units.add("kita", "de", "Kita-Platz")
    units.add("job", "de", "Arbeit")
    units.vectors = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    profiles = probes.item_profiles(units)
    post = probes.profile(np.array([0.9, 0.1], dtype=np.float32))

    def features(item, post_topics):
        _found, evidence = decide(
            {"kita": (0.85, "de"), "job": (0.84, "de")}, model=_default_models()["claims"],
            language="de", post_anchors=set(), item_anchors={}, question=True, length=60,
            limit=2, post_topics=post_topics, item_topics=profiles, collect=True,
        )  # fmt: skip
        row = next(c for c in evidence["top"] if c["id"] == item)["features"]
        return row[FEATURES.index("topic_agreement")]

    assert features("kita", post) > features("job", post) > 0
    assert features("kita", None) == features("job", None) == 0.0
