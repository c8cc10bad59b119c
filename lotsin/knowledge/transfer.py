"""`lotsin kb import|export`: one file of answers, claims and services, all or nothing.

A file is JSONL, CSV or XLSX. Each row says its `kind` (answer, claim, service); without it the
kind is guessed from the fields. CSV and XLSX cells holding lists or objects are JSON.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.db import transaction

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.importing import ImportCounts, ImportRefused, Row, line_error
from lotsin.core.models import Organization
from lotsin.directory import importing as service_importing
from lotsin.knowledge import importing as kb_importing
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import Answer

KINDS = ("answer", "claim", "service")
FORMATS = ("jsonl", "csv", "xlsx")


def _guess_kind(row: dict[str, Any]) -> str:
    if row.get("kind"):
        return str(row["kind"])
    if "name" in row:
        return "service"
    if "title" in row or "body" in row:
        return "answer"
    return "claim"


# Spreadsheet cells are text; these fields are yes/no ("verdict": "false" stays a word).
BOOL_FIELDS = frozenset(
    {"demo", "public", "women_only", "childcare_on_site", "free_of_charge", "accessible",
     "online_option"}
)  # fmt: skip


def _cell(key: str, value: Any) -> Any:
    if isinstance(value, str):
        stripped = value.strip()
        if stripped[:1] in "[{" and stripped:
            try:
                return json.loads(stripped)
            except ValueError:
                return value
        if key in BOOL_FIELDS and stripped.lower() in {"true", "false"}:
            return stripped.lower() == "true"
        return value
    return value


def read_rows(path: Path) -> tuple[list[Row], list[str]]:
    """Parse the file into (line, object) rows; lines that are not objects are errors."""
    suffix = path.suffix.lower().lstrip(".")
    rows: list[Row] = []
    errors: list[str] = []
    if suffix in {"jsonl", "json", "ndjson"}:
        with path.open(encoding="utf-8") as fh:
            for number, line in enumerate(fh, start=1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    errors.append(line_error(number, f"not JSON ({exc.msg})"))
                    continue
                if not isinstance(obj, dict):
                    errors.append(line_error(number, "not a JSON object"))
                    continue
                rows.append((number, obj))
    elif suffix == "csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for number, rec in enumerate(csv.DictReader(fh), start=2):
                rows.append(
                    (number, {k: _cell(k, v) for k, v in rec.items() if v not in ("", None)})
                )
    elif suffix == "xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True)
        for sheet in book.worksheets:
            values = sheet.iter_rows(values_only=True)
            header = [str(h) for h in next(values, ()) if h is not None]
            for number, rec in enumerate(values, start=2):
                obj = {
                    k: _cell(k, v) for k, v in zip(header, rec, strict=False) if v not in ("", None)
                }
                if obj:
                    rows.append((number, obj))
    else:
        raise ImportRefused([f"{path.name}: unknown file type (use .jsonl, .csv or .xlsx)"])
    return rows, errors


def import_file(
    path: Path,
    *,
    organization: Organization,
    actor: User | None = None,
    verified_by: User | None = None,
) -> dict[str, ImportCounts]:
    """Validate everything, then write everything in one transaction; refuse on any error."""
    rows, errors = read_rows(path)
    by_kind: dict[str, list[Row]] = {kind: [] for kind in KINDS}
    for line, row in rows:
        kind = _guess_kind(row)
        if kind not in KINDS:
            errors.append(line_error(line, f"unknown kind {kind!r} (use one of {KINDS})"))
            continue
        by_kind[kind].append((line, row))
    stored = Answer.objects.filter(organization=organization).values_list("external_id", "slug")
    known_answers = {str(r.get("id")) for _, r in by_kind["answer"]} | {
        external_id or slug for external_id, slug in stored
    }
    errors += kb_importing.validate_answers(by_kind["answer"])
    errors += kb_importing.validate_claims(by_kind["claim"], known_answers)
    errors += service_importing.validate_rows(by_kind["service"])
    if not rows and not errors:
        errors.append(f"{path.name}: the file holds no rows")
    if errors:
        raise ImportRefused(sorted(errors, key=_line_number))
    try:
        counts = _apply(by_kind, organization, actor, verified_by, path.name)
    except KnowledgeError as refused:  # a step the workflow refuses: the whole file is undone
        raise ImportRefused([f"{path.name}: {refused.message}"]) from refused
    return counts


def _apply(
    by_kind: dict[str, list[Row]],
    organization: Organization,
    actor: User | None,
    verified_by: User | None,
    file_name: str,
) -> dict[str, ImportCounts]:
    with transaction.atomic():
        counts = {
            "answers": kb_importing.import_answers(
                organization=organization,
                actor=actor,
                rows=by_kind["answer"],
                verified_by=verified_by,
            ),
            "claims": kb_importing.import_claims(
                organization=organization, actor=actor, rows=by_kind["claim"]
            ),
            "services": service_importing.import_rows(
                organization=organization, actor=actor, rows=by_kind["service"]
            ),
        }
        if any(c.created or c.updated for c in counts.values()):
            audit.record(
                action="knowledge.imported",
                organization=organization,
                actor=actor,
                data={"file": file_name, **{k: str(v) for k, v in counts.items()}},
            )
    return counts


def _line_number(error: str) -> int:
    try:
        return int(error.split(":")[0].removeprefix("line "))
    except ValueError:
        return 0


def export_rows(
    organization: Organization, kinds: Iterable[str]
) -> dict[str, list[dict[str, Any]]]:
    exporters = {
        "answer": kb_importing.export_answers,
        "claim": kb_importing.export_claims,
        "service": lambda org: service_importing.export_rows(organization=org),
    }
    return {kind: exporters[kind](organization) for kind in kinds}


def write_export(rows_by_kind: dict[str, list[dict[str, Any]]], fmt: str) -> bytes:
    if fmt == "jsonl":
        lines = [
            json.dumps({"kind": kind, **row}, ensure_ascii=False)
            for kind, rows in rows_by_kind.items()
            for row in rows
        ]
        return ("\n".join(lines) + "\n").encode() if lines else b""
    if fmt == "csv":
        if len(rows_by_kind) != 1:
            raise ValueError("CSV holds one kind per file: choose --kind answer, claim or service")
        ((kind, rows),) = rows_by_kind.items()
        out = io.StringIO()
        fields = _fields(kind, rows)
        writer = csv.DictWriter(out, fieldnames=fields)
        writer.writeheader()
        for row in rows:
            writer.writerow({k: _flat({"kind": kind, **row}.get(k)) for k in fields})
        return out.getvalue().encode("utf-8")
    if fmt == "xlsx":
        from openpyxl import Workbook

        book = Workbook()
        book.remove(book.active)
        for kind, rows in rows_by_kind.items():
            sheet = book.create_sheet(f"{kind}s")
            fields = _fields(kind, rows)
            sheet.append(fields)
            for row in rows:
                sheet.append([_flat({"kind": kind, **row}.get(k)) for k in fields])
        buffer = io.BytesIO()
        book.save(buffer)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r} (use one of {FORMATS})")


def _fields(kind: str, rows: list[dict[str, Any]]) -> list[str]:
    fields = ["kind"]
    for row in rows:
        fields += [k for k in row if k not in fields]
    return fields


def _flat(value: Any) -> Any:
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else value
