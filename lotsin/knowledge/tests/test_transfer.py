"""`lotsin kb import|export`: all or nothing, idempotent, errors with line numbers."""

import json

import pytest
from django.core.management import CommandError, call_command

from lotsin.core.scoping import organization_scope
from lotsin.knowledge import transfer
from lotsin.knowledge.demo import demo_files
from lotsin.knowledge.models import Answer, Claim, TextStatus, VersionStatus

LINES = [
    {"kind": "answer", "id": "kita", "language": "de", "title": "Wie bekomme ich einen Kita-Platz?",
     "body": "Mit dem Kita-Gutschein (§ 24 SGB VIII).", "topics": ["childcare"],
     "legal_basis": ["§ 24 SGB VIII"], "review_by": "2027-06-30"},
    {"kind": "answer", "id": "kita", "language": "uk", "title": "Як отримати місце в садочку?",
     "body": "З Kita-Gutschein (§ 24 SGB VIII)."},
    {"kind": "claim", "id": "kita-rumour", "language": "uk", "text": "Садочок лише для працюючих",
     "verdict": "false", "answer": "kita"},
    {"kind": "claim", "id": "kita-rumour", "language": "ru", "text": "Садик только работающим"},
]  # fmt: skip


def _write(tmp_path, lines, name="kb.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n")
    return path


def test_import_creates_then_changes_nothing(tmp_path, org_a, lawyer_a):
    path = _write(tmp_path, LINES)
    with organization_scope(org_a):
        first = transfer.import_file(path, organization=org_a, verified_by=lawyer_a)
        second = transfer.import_file(path, organization=org_a, verified_by=lawyer_a)
        answer = Answer.objects.get()
        version = answer.versions.get()
        assert version.status == VersionStatus.VERIFIED
        assert set(version.texts.values_list("language", "status")) == {
            ("de", TextStatus.VERIFIED), ("uk", TextStatus.VERIFIED)
        }  # fmt: skip
        assert Claim.objects.get().answer == answer
    assert (first["answers"].created, first["claims"].created) == (1, 1)
    assert (second["answers"].unchanged, second["claims"].unchanged) == (1, 1)


def test_without_a_reviewer_imported_answers_wait_for_review(tmp_path, org_a):
    with organization_scope(org_a):
        transfer.import_file(_write(tmp_path, LINES), organization=org_a)
        assert Answer.objects.get().versions.get().status == VersionStatus.IN_REVIEW


def test_a_changed_answer_gets_a_new_version(tmp_path, org_a, lawyer_a):
    with organization_scope(org_a):
        transfer.import_file(_write(tmp_path, LINES), organization=org_a, verified_by=lawyer_a)
        changed = [dict(LINES[0], body="Neu (§ 24 SGB VIII)."), *LINES[1:]]
        counts = transfer.import_file(_write(tmp_path, changed), organization=org_a)
        answer = Answer.objects.get()
        assert counts["answers"].updated == 1
        assert list(answer.versions.values_list("number", "status")) == [
            (2, VersionStatus.IN_REVIEW), (1, VersionStatus.VERIFIED)
        ]  # fmt: skip


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ({"language": "xx"}, "line 1: unknown language 'xx'"),
        ({"title": ""}, "line 1: missing field 'title'"),
        ({"topics": ["cats"]}, "line 1: unknown topic"),
        ({"review_by": "soon"}, "line 1: review_by is not a date"),
    ],
)
def test_a_bad_line_names_the_line_and_imports_nothing(tmp_path, org_a, bad, message):
    path = _write(tmp_path, [dict(LINES[0], **bad), *LINES[1:]])
    with organization_scope(org_a), pytest.raises(transfer.ImportRefused) as refused:
        transfer.import_file(path, organization=org_a)
    assert any(message in error for error in refused.value.errors), refused.value.errors
    with organization_scope(org_a):
        assert not Answer.objects.exists() and not Claim.objects.exists()


def test_duplicate_id_and_language_is_refused(tmp_path, org_a):
    path = _write(tmp_path, [LINES[0], LINES[1], LINES[1]])
    with organization_scope(org_a), pytest.raises(transfer.ImportRefused) as refused:
        transfer.import_file(path, organization=org_a)
    assert refused.value.errors == ["line 3: duplicate id 'kita' in 'uk' (see line 2)"]


def test_not_json_and_unknown_answer_are_reported(tmp_path, org_a):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"kind": "claim", "id": "c", "language": "uk", "text": "t", "answer": "nope"}\n{oops\n'
    )
    with organization_scope(org_a), pytest.raises(transfer.ImportRefused) as refused:
        transfer.import_file(path, organization=org_a)
    assert refused.value.errors[0].startswith("line 1: answer 'nope'")
    assert refused.value.errors[1].startswith("line 2: not JSON")


def test_command_exit_codes_and_export_round_trip(tmp_path, org_a, lawyer_a, capsys):
    path = _write(tmp_path, LINES)
    call_command("kb", "import", str(path), "--org", org_a.slug, "--verified-by", lawyer_a.username)
    out = tmp_path / "export.jsonl"
    call_command("kb", "export", "--org", org_a.slug, "-o", str(out))
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert {(r["kind"], r["id"], r["language"]) for r in rows} == {
        ("answer", "kita", "de"), ("answer", "kita", "uk"),
        ("claim", "kita-rumour", "uk"), ("claim", "kita-rumour", "ru"),
    }  # fmt: skip
    # Importing the export changes nothing.
    capsys.readouterr()
    call_command("kb", "import", str(out), "--org", org_a.slug)
    assert "answers: created 0, updated 0, unchanged 1" in capsys.readouterr().out
    bad = _write(tmp_path, [dict(LINES[0], language="xx")], "bad.jsonl")
    with pytest.raises(CommandError, match="nothing was imported"):
        call_command("kb", "import", str(bad), "--org", org_a.slug)
    with pytest.raises(CommandError, match="is not a legal reviewer"):
        call_command("kb", "import", str(path), "--org", org_a.slug, "--verified-by", "nobody")


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_csv_and_xlsx_export_import_again_unchanged(tmp_path, org_a, lawyer_a, fmt):
    with organization_scope(org_a):
        transfer.import_file(_write(tmp_path, LINES), organization=org_a, verified_by=lawyer_a)
        kinds = ("answer",) if fmt == "csv" else transfer.KINDS
        data = transfer.write_export(transfer.export_rows(org_a, kinds), fmt)
        path = tmp_path / f"kb.{fmt}"
        path.write_bytes(data)
        counts = transfer.import_file(path, organization=org_a)
    assert counts["answers"].unchanged == 1 and counts["answers"].updated == 0


def test_demo_files_are_valid(tmp_path):
    """The shipped demo files pass the importer's validation (checked without writing)."""
    from lotsin.directory import importing as services
    from lotsin.knowledge import importing

    rows = {"answer": [], "claim": [], "service": []}
    for path in demo_files():
        parsed, errors = transfer.read_rows(path)
        assert errors == []
        for line, row in parsed:
            rows[row["kind"]].append((line, row))
    answer_ids = {r["id"] for _, r in rows["answer"]}
    assert len(answer_ids) >= 30
    assert importing.validate_answers(rows["answer"]) == []
    assert importing.validate_claims(rows["claim"], answer_ids) == []
    assert services.validate_rows(rows["service"]) == []
    by_answer = {}
    for _, r in rows["answer"]:
        by_answer.setdefault(r["id"], set()).add(r["language"])
    assert all({"de", "uk", "ar", "fa"} <= langs for langs in by_answer.values())
    assert len({r["id"] for _, r in rows["claim"]}) >= 10
