from lotsin.triage.cues import CueList


def test_a_phrase_is_found_in_any_script_the_post_mixes_and_numbers_everywhere():
    cues = CueList([r"(?<!\w)завтра", r"غدا", r"(?<!\w)tomorrow", r"\d+ (tage|days)"])

    assert cues.search("Termin завтра um 9") == "завтра"
    assert cues.search("موعدي غدا في Jobcenter") == "غدا"
    assert cues.search("see you tomorrow") == "tomorrow"
    assert cues.search("frist 14 Tage") == "14 Tage"
    assert cues.search("Дякую, дівчата") is None


def test_negated_classes_and_escapes_do_not_file_a_phrase_under_another_script():
    # "[^.!?؟።]" holds Arabic and Ethiopic punctuation, "\w" a Latin letter: neither makes the
    # Cyrillic phrase an Arabic, Ethiopic or Latin one.
    cues = CueList([r"(?<!\w)до[^.!?؟።]{0,10}пятницы"])

    assert cues.scripts == {"cyrillic"}
    assert cues.search("Документы до этой пятницы!") == "до этой пятницы"
