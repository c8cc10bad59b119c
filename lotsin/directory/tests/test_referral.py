import pytest
from django.utils import translation
from django.utils.dates import WEEKDAYS_ABBR

from lotsin.core.scoping import organization_scope
from lotsin.directory.referral import referral_text

from .factories import make_service


def needs_catalogue(language: str, msgid: str) -> None:
    """The label is translated in the catalogue (a missing one would fail the checks below)."""
    with translation.override(language):
        assert translation.gettext(msgid) != msgid, f"{msgid!r} is not in the {language} catalogue"


@pytest.fixture
def service(org_a):
    return make_service(
        org_a,
        descriptions={"uk": "Консультації для жінок.", "en": "Advice for women."},
        languages=["de", "uk", "ar", "ps"],
        free_of_charge=True,
        women_only=True,
    )


def test_ukrainian_text_has_the_phone_the_description_and_ukrainian_day_names(service, org_a):
    with organization_scope(org_a):
        text = referral_text(service, "uk")
    assert "030 0123 4567" in text
    assert "Консультації для жінок." in text
    assert "Пн 09:00-13:00, 14:00-17:00" in text  # Django's own Ukrainian weekday names
    assert "Українська" in text and "العربيّة" in text and "پښتو" in text
    needs_catalogue("uk", "Phone: %(phone)s")
    assert "Телефон: 030 0123 4567" in text
    assert "Безкоштовно" in text


def test_arabic_text_has_the_phone_and_arabic_labels(service, org_a):
    with organization_scope(org_a):
        text = referral_text(service, "ar")
    assert "030 0123 4567" in text
    assert "Advice for women." in text  # no Arabic description: English before German
    with translation.override("ar"):
        monday = str(WEEKDAYS_ABBR[0])
    assert monday != "Mon" and monday in text
    needs_catalogue("ar", "Phone: %(phone)s")
    assert "الهاتف" in text


def test_language_without_ui_gets_english_labels_and_its_own_description(org_a):
    service = make_service(org_a, descriptions={"ps": "د ښځو لپاره مشوره"})
    with organization_scope(org_a):
        text = referral_text(service, "ps")
    assert "Phone: 030 0123 4567" in text and "د ښځو لپاره مشوره" in text


def test_always_open_and_german_original(org_a):
    service = make_service(org_a, opening_hours={"always": True}, address="Hauptstr. 1")
    with organization_scope(org_a):
        text = referral_text(service, "de")
    assert "Beratung für Frauen." in text
    assert "Hauptstr. 1, Mitte" in text
    needs_catalogue("de", "Around the clock")
    assert "Rund um die Uhr" in text


def test_text_leaves_the_active_language_alone(service, org_a):
    with translation.override("de"), organization_scope(org_a):
        referral_text(service, "ar")
        assert translation.get_language() == "de"


def test_days_in_a_row_with_the_same_hours_share_a_line(org_a):
    weekdays = {day: [["09:00", "16:00"]] for day in ("mon", "tue", "wed", "thu")}
    service = make_service(org_a, opening_hours={**weekdays, "fri": [["09:00", "13:00"]]})
    with organization_scope(org_a):
        text = referral_text(service, "en")
    assert "Mon–Thu 09:00-16:00; Fri 09:00-13:00" in text
