import pytest

from lotsin.triage.language import detect_language


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Дякую", "uk"),
        ("Спасибо", "ru"),
        ("Дякую дуже!", "uk"),
        ("Спасибо большое", "ru"),
        ("Підкажіть будь ласка", "uk"),
        ("Подскажите пожалуйста", "ru"),
        ("Дівчата, хто знає де зробити Anmeldung?", "uk"),
        ("Девочки, кто знает где сделать Anmeldung?", "ru"),
        ("مرسی", "fa"),
        ("شكرا", "ar"),
        ("ممنون از راهنمایی شما", "fa"),
        ("شكرا جزيلا على المساعدة", "ar"),
        ("مننه", "ps"),
        ("زه څنګه کار پیدا کړم؟", "ps"),
        ("زۆر سوپاس", "ku"),
        ("Ez dixwazim kar bikim li Almanyayê, çawa?", "ku"),
        ("የቐንየለይ", "ti"),
        ("谢谢", "zh"),
        ("Cảm ơn chị nhiều", "vi"),
        ("Danke!", "de"),
        ("Weiß jemand, wo man die Anmeldung macht?", "de"),
        ("Does anyone know a good doctor in Köln?", "en"),
        ("Teşekkürler", "tr"),
        ("Merhaba, Jobcenter randevusu için ne yapmalıyım?", "tr"),
        ("Mahadsanid", "so"),
        ("Gracias", "es"),
        ("Merci beaucoup", "fr"),
        ("Grazie mille", "it"),
        ("Dziękuję bardzo", "pl"),
        ("Mulțumesc frumos", "ro"),
        ("Faleminderit shumë", "sq"),
        ("Hvala puno", "hr"),
        ("Хвала вам пуно, љубазни сте", "sr"),
    ],
)
def test_core_languages(text, lang):
    assert detect_language(text)[0] == lang


@pytest.mark.parametrize(
    "text",
    [
        "Unde pot să mă înscriu la cursul de germană în Leipzig?",
        "Îmi puteți spune cât costă abonamentul în Germania?",
        "Am primit o scrisoare și nu înțeleg ce vor de la mine",
    ],
)
def test_romanian_i_with_circumflex_is_not_kurmanji(text):
    """Romanian writes î ("în", "îmi") beside ă, â, ș and ț, which Kurmanji never uses."""
    assert detect_language(text)[0] == "ro"


@pytest.mark.parametrize(
    "text",
    [
        "Zarokê min nexweş e, kî dikare alîkarî bike?",  # ku by its letters ê, î
        "Ez hâlâ li benda bersivê me",  # â comes with Turkish loanwords, not only Romanian
    ],
)
def test_kurmanji_hats_still_count_without_romanian_letters(text):
    assert detect_language(text)[0] == "ku"


@pytest.mark.parametrize(
    "text", ["+", "👍🙏", "https://t.me/some_group", "0176 1234567", "", "  ", "[Sticker]"[:1]]
)
def test_no_language_is_und(text):
    assert detect_language(text)[0] == "und"


def test_zero_width_and_bidi_marks_do_not_change_the_answer():
    assert detect_language("\u200fشكرا\u200e جزيلا\u200b")[0] == "ar"


def test_transliterated_russian_is_the_known_weak_spot_but_common_words_work():
    assert detect_language("privet devochki, kto znaet pro jobcenter")[0] == "ru"
    assert detect_language("dyakuyu, bud laska pidkazhit")[0] == "uk"


def test_evidence_names_the_rule():
    lang, evidence = detect_language("Дякую")
    assert lang == "uk" and "rule" in evidence


def test_threads_sharing_the_detectors_get_the_answers_one_thread_gets():
    """The threaded development server and search beside triage share one detector per script."""
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Підкажіть, будь ласка, де зробити Anmeldung?",
        "Подскажите, пожалуйста, где сделать Anmeldung?",
        "چطور میتونم برای کلاس ادغام ثبت نام کنم؟",
        "كيف أسجل في دورة الاندماج؟",
        "Wo kann ich mich für den Integrationskurs anmelden?",
        "Entegrasyon kursuna nasıl kayıt olabilirim?",
        "Dove posso iscrivermi al corso di integrazione?",
        "Gdzie mogę zapisać się na kurs integracyjny?",
    ] * 50
    alone = [detect_language(t)[0] for t in texts]
    with ThreadPoolExecutor(max_workers=8) as pool:
        together = list(pool.map(lambda t: detect_language(t)[0], texts))
    assert together == alone
    assert set(alone) >= {"uk", "ru", "fa", "ar", "de", "tr", "it", "pl"}
