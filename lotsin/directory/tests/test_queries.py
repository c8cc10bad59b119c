from datetime import datetime
from zoneinfo import ZoneInfo

from lotsin.core.scoping import organization_scope
from lotsin.directory.queries import ServiceFilters, list_districts, list_languages, list_services

from .factories import make_service

MONDAY_10 = datetime(2025, 6, 2, 10, 0, tzinfo=ZoneInfo("Europe/Berlin"))
MONDAY_20 = datetime(2025, 6, 2, 20, 0, tzinfo=ZoneInfo("Europe/Berlin"))


def names(services):
    return [s.name for s in services]


def test_filters_by_topic_language_district_kind_and_text(org_a, org_b):
    make_service(
        org_a, name="Kita-Lotsin", topics=["childcare"], languages=["ar"], district="Spandau"
    )
    make_service(org_a, name="Jobcoaching", topics=["work"], languages=["uk", "en"])
    make_service(org_a, name="Hilfetelefon", kind="hotline", topics=["violence"], languages=["en"])
    make_service(org_b, name="Jobcoaching B", topics=["work"])
    with organization_scope(org_a):
        assert names(list_services(ServiceFilters(topic="work"))) == ["Jobcoaching"]
        assert names(list_services(ServiceFilters(language="en"))) == [
            "Hilfetelefon",
            "Jobcoaching",
        ]
        assert names(list_services(ServiceFilters(district="Spandau"))) == ["Kita-Lotsin"]
        assert names(list_services(ServiceFilters(kind="hotline"))) == ["Hilfetelefon"]
        assert names(list_services(ServiceFilters(q="brücke", kind="service"))) == [
            "Jobcoaching",
            "Kita-Lotsin",
        ]
        assert list_districts() == ["Mitte", "Spandau"]
        assert list_languages() == ["ar", "en", "uk"]


def test_language_filter_matches_whole_codes_only(org_a):
    make_service(org_a, name="Farsi", languages=["fa"])
    with organization_scope(org_a):
        assert names(list_services(ServiceFilters(language="f"))) == []
        assert names(list_services(ServiceFilters(language="fa"))) == ["Farsi"]


def test_open_now_filter_uses_the_opening_hours(org_a):
    make_service(org_a, name="Beratung")  # Monday 09-13, 14-17
    make_service(org_a, name="Hotline", kind="hotline", opening_hours={"always": True})
    make_service(org_a, name="Nachtcafé", opening_hours={"mon": [["19:00", "07:00"]]})
    with organization_scope(org_a):
        morning = list_services(ServiceFilters(open_now=True), now=MONDAY_10)
        evening = list_services(ServiceFilters(open_now=True), now=MONDAY_20)
    assert names(morning) == ["Hotline", "Beratung"]
    assert names(evening) == ["Hotline", "Nachtcafé"]


def test_public_only_hides_internal_entries(org_a):
    make_service(org_a, name="Intern", public=False)
    make_service(org_a, name="Öffentlich")
    with organization_scope(org_a):
        assert names(list_services(ServiceFilters(public_only=True))) == ["Öffentlich"]
