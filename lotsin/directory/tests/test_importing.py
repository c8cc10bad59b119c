import pytest
from django.db import transaction

from lotsin.core.importing import ImportCounts, ImportRefused
from lotsin.core.models import AuditEvent
from lotsin.core.scoping import organization_scope
from lotsin.directory.importing import (
    DEMO_FILE,
    export_rows,
    import_rows,
    load_demo,
    read_jsonl,
    validate_rows,
)
from lotsin.directory.models import Service

from .factories import make_service

ROW = {
    "kind": "service",
    "id": "big-hotline",
    "service_type": "hotline",
    "name": "BIG Hotline",
    "phone": "030 611 03 00",
    "topics": ["violence"],
    "languages": ["de", "tr"],
    "opening_hours": {"mon": [["08:00", "23:00"]]},
    "lat": 52.5,
    "lon": 13.4,
    "demo": True,
}


def run_import(org, rows, actor=None):
    with transaction.atomic(), organization_scope(org):
        return import_rows(organization=org, actor=actor, rows=rows)


def test_validate_reports_every_problem_with_its_line():
    rows = [
        (1, ROW),
        (2, {"kind": "service", "id": "x", "service_type": "service"}),
        (3, {**ROW, "id": "y", "topics": ["cooking"], "languages": ["Ukrainian"]}),
        (4, {**ROW, "id": "z", "opening_hours": {"mon": [["9", "17"]]}}),
        (5, ROW),
        (6, {**ROW, "id": "w", "service_type": "shop", "lat": "north", "web": "not a url"}),
    ]
    errors = validate_rows(rows)
    assert "line 2: missing field 'name'" in errors
    assert "line 3: unknown topic code 'cooking'" in errors
    assert "line 3: unknown language code 'Ukrainian'" in errors
    assert any(e.startswith("line 4: bad opening hours") for e in errors)
    assert "line 5: id 'big-hotline' already used on line 1" in errors
    assert any(e.startswith("line 6: service_type") for e in errors)
    assert any(e.startswith("line 6: lat") for e in errors)
    assert any(e.startswith("line 6: web") for e in errors)
    assert not any(e.startswith("line 1:") for e in errors)


def test_three_letter_language_codes_are_accepted():
    assert validate_rows([(1, {**ROW, "languages": ["prs", "kmr"]})]) == []


def test_bad_batch_writes_nothing(org_a):
    with pytest.raises(ImportRefused):
        run_import(org_a, [(1, ROW), (2, {**ROW, "id": "b", "topics": ["cooking"]})])
    with organization_scope(org_a):
        assert not Service.objects.exists()


def test_import_twice_changes_nothing_the_second_time(org_a, admin_a):
    assert run_import(org_a, [(1, ROW)], admin_a) == ImportCounts(created=1)
    assert run_import(org_a, [(1, ROW)], admin_a) == ImportCounts(unchanged=1)
    changed = {**ROW, "phone": "030 611 03 01"}
    assert run_import(org_a, [(1, changed)], admin_a) == ImportCounts(updated=1)
    with organization_scope(org_a):
        service = Service.objects.get()
        assert service.kind == "hotline" and service.is_demo and service.public
        # An import that changes nothing leaves no audit entry.
        assert AuditEvent.objects.filter(action="directory.services.imported").count() == 2


def test_export_round_trip_into_another_organisation_and_back(org_a, org_b):
    make_service(org_a, name="Handmade", descriptions={"uk": "Текст"}, latitude="52.5")
    run_import(org_a, [(1, ROW)])
    with organization_scope(org_a):
        rows = export_rows(organization=org_a)
    numbered = list(enumerate(rows, start=1))
    assert validate_rows(numbered) == []
    # Back into the same organisation: every entry, typed in or imported, is unchanged.
    assert run_import(org_a, numbered) == ImportCounts(unchanged=2)
    assert run_import(org_b, numbered) == ImportCounts(created=2)
    with organization_scope(org_b):
        assert export_rows(organization=org_b) == rows


def test_import_stays_in_its_organisation(org_a, org_b):
    run_import(org_b, [(1, ROW)])
    assert run_import(org_a, [(1, ROW)]) == ImportCounts(created=1)


def test_demo_file_validates_and_loads_twice(org_a):
    rows = read_jsonl(DEMO_FILE)
    assert validate_rows(rows) == []
    hotlines = [data for _line, data in rows if data["service_type"] == "hotline"]
    services = [data for _line, data in rows if data["service_type"] == "service"]
    assert len(services) >= 40 and {"116 016", "110", "112"} <= {h["phone"] for h in hotlines}
    assert all(data["demo"] for _line, data in rows)
    shelters = [s for s in services if "Frauenhaus" in s["name"]]
    assert shelters and all(not s["address"] and s["lat"] is None for s in shelters)
    assert load_demo(organization=org_a).created == len(rows)
    assert load_demo(organization=org_a).unchanged == len(rows)
