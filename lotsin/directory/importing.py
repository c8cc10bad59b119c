"""Import and export of directory entries as JSON rows (one object per line in a .jsonl file).

Row: {"kind": "service", "id": ..., "service_type": "service"|"hotline", "name": ..., ...}; only
kind, id, name and service_type are required. `export_rows` writes rows that `import_rows` takes
back unchanged, so an export is also a backup.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator, validate_email

from lotsin.core import audit
from lotsin.core.importing import ImportCounts, ImportRefused, Row, line_error
from lotsin.core.topics import Topic
from lotsin.directory import opening
from lotsin.directory.models import Reach, Service, ServiceKind
from lotsin.directory.services import create_service, update_service
from lotsin.directory.validators import LANGUAGE_CODE

if TYPE_CHECKING:
    from lotsin.accounts.models import User
    from lotsin.core.models import Organization

ROW_KIND = "service"
DEMO_FILE = Path(__file__).parent / "demo" / "services.jsonl"
REQUIRED = ("kind", "id", "name", "service_type")
TEXTS = ("name", "provider", "description", "district", "address", "phone", "web", "email")
FLAGS = ("women_only", "childcare_on_site", "free_of_charge", "accessible", "online_option")


def _coordinate(value: Any, limit: int) -> Decimal | None:
    if value is None or value == "":
        return None
    try:
        number = Decimal(str(value)).quantize(Decimal("0.000001"))
    except (InvalidOperation, ValueError) as exc:
        raise ValueError(f"not a number: {value!r}") from exc
    if not -limit <= number <= limit:
        raise ValueError(f"{value} is out of range")
    return number


def _row_errors(data: dict[str, Any]) -> list[str]:
    errors = [f"missing field {name!r}" for name in REQUIRED if not data.get(name)]
    if data.get("kind") and data["kind"] != ROW_KIND:
        errors.append(f"kind must be {ROW_KIND!r}")
    if data.get("service_type") and data["service_type"] not in ServiceKind.values:
        errors.append(f"service_type must be one of {', '.join(ServiceKind.values)}")
    if "scope" in data and data["scope"] not in Reach.values:
        errors.append(f"scope must be one of {', '.join(Reach.values)}")
    topics = data.get("topics", [])
    if not isinstance(topics, list):
        errors.append("topics must be a list")
    else:
        errors += [f"unknown topic code {t!r}" for t in topics if t not in Topic.values]
    languages = data.get("languages", [])
    if not isinstance(languages, list):
        errors.append("languages must be a list")
    else:
        errors += [
            f"unknown language code {c!r}"
            for c in languages
            if not (isinstance(c, str) and LANGUAGE_CODE.match(c))
        ]
    descriptions = data.get("descriptions", {})
    if not isinstance(descriptions, dict) or not all(
        isinstance(k, str) and LANGUAGE_CODE.match(k) and isinstance(v, str)
        for k, v in descriptions.items()
    ):
        errors.append("descriptions must map language codes to texts")
    try:
        opening.check(data.get("opening_hours", {}))
    except opening.OpeningHoursError as exc:
        errors.append(f"bad opening hours: {exc}")
    for key, limit in (("lat", 90), ("lon", 180)):
        try:
            _coordinate(data.get(key), limit)
        except ValueError as exc:
            errors.append(f"{key}: {exc}")
    errors += _text_errors(data)
    errors += [
        f"{name} must be true or false"
        for name in (*FLAGS, "public", "demo")
        if not isinstance(data.get(name, False), bool)
    ]
    return errors


def _text_errors(data: dict[str, Any]) -> list[str]:
    errors = []
    for name in TEXTS:
        value = data.get(name) or ""
        limit = Service._meta.get_field(name).max_length
        if not isinstance(value, str):
            errors.append(f"{name} must be text")
        elif limit and len(value.strip()) > limit:
            errors.append(f"{name} is longer than {limit} characters")
    for name, check in (("web", URLValidator()), ("email", validate_email)):
        value = data.get(name)
        if value and isinstance(value, str):
            try:
                check(value.strip())
            except ValidationError:
                errors.append(f"{name}: {value!r} is not valid")
    return errors


def validate_rows(rows: list[Row]) -> list[str]:
    """Every problem in the batch as 'line N: ...' texts; empty when it can be imported."""
    errors: list[str] = []
    seen: dict[str, int] = {}
    for line, data in rows:
        if not isinstance(data, dict):
            errors.append(line_error(line, "not a JSON object"))
            continue
        errors += [line_error(line, message) for message in _row_errors(data)]
        key = str(data.get("id") or "")
        if key and key in seen:
            errors.append(line_error(line, f"id {key!r} already used on line {seen[key]}"))
        seen.setdefault(key, line)
    return errors


def _fields(data: dict[str, Any]) -> dict[str, Any]:
    """One row as the fields of a Service (absent optional keys mean empty)."""
    return {
        "kind": data["service_type"],
        "external_id": str(data["id"]),
        **{name: (data.get(name) or "").strip() for name in TEXTS},
        "descriptions": data.get("descriptions") or {},
        "topics": list(data.get("topics") or []),
        "languages": list(data.get("languages") or []),
        "latitude": _coordinate(data.get("lat"), 90),
        "longitude": _coordinate(data.get("lon"), 180),
        "opening_hours": data.get("opening_hours") or {},
        **{flag: bool(data.get(flag, False)) for flag in FLAGS},
        "scope": data.get("scope") or Reach.LOCAL,
        "public": bool(data.get("public", True)),
        "is_demo": bool(data.get("demo", False)),
    }


def import_rows(*, organization: Organization, actor: User | None, rows: list[Row]) -> ImportCounts:
    """Upsert by id; call inside the caller's transaction and the organisation's scope."""
    errors = validate_rows(rows)
    if errors:
        raise ImportRefused(errors)
    counts = ImportCounts()
    # Entries typed in by hand have no import id; an export names them by their UUID.
    services = Service.objects.filter(organization=organization)
    by_key = {s.external_id or str(s.public_id): s for s in services}
    for line, data in rows:
        fields = _fields(data)
        service = by_key.get(fields["external_id"])
        if service is not None and not service.external_id:
            del fields["external_id"]
        try:
            if service is None:
                create_service(organization=organization, actor=actor, data=fields)
                counts.created += 1
            elif update_service(service=service, actor=actor, data=fields):
                counts.updated += 1
            else:
                counts.unchanged += 1
        except ValidationError as exc:
            raise ImportRefused([line_error(line, "; ".join(exc.messages))]) from exc
    if counts.created or counts.updated:  # re-importing the same file leaves no trace
        audit.record(
            action="directory.services.imported",
            organization=organization,
            actor=actor,
            data={
                "created": counts.created,
                "updated": counts.updated,
                "unchanged": counts.unchanged,
            },
        )
    return counts


def export_rows(*, organization: Organization) -> list[dict[str, Any]]:
    """Every entry of the organisation as import rows; entries without an id get their UUID."""
    rows = []
    for s in Service.objects.filter(organization=organization).order_by("kind", "name", "id"):
        row: dict[str, Any] = {
            "kind": ROW_KIND,
            "id": s.external_id or str(s.public_id),
            "service_type": s.kind,
            **{name: getattr(s, name) for name in TEXTS},
            "descriptions": dict(s.descriptions),
            "topics": list(s.topics),
            "languages": list(s.languages),
            "lat": None if s.latitude is None else float(s.latitude),
            "lon": None if s.longitude is None else float(s.longitude),
            "opening_hours": s.opening_hours,
            **{flag: getattr(s, flag) for flag in FLAGS},
            "scope": s.scope,
            "public": s.public,
            "demo": s.is_demo,
        }
        rows.append(row)
    return rows


def read_jsonl(path: Path) -> list[Row]:
    """Rows of a .jsonl file, skipping blank lines; a line that is not JSON is refused."""
    rows: list[Row] = []
    errors: list[str] = []
    for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not text.strip():
            continue
        try:
            rows.append((number, json.loads(text)))
        except json.JSONDecodeError as exc:
            errors.append(line_error(number, f"not JSON ({exc.msg})"))
    if errors:
        raise ImportRefused(errors)
    return rows


def load_demo(*, organization: Organization, actor: User | None = None) -> ImportCounts:
    """Load the demo directory into one organisation (running it twice changes nothing)."""
    from django.db import transaction

    from lotsin.core.scoping import organization_scope

    with transaction.atomic(), organization_scope(organization):
        return import_rows(organization=organization, actor=actor, rows=read_jsonl(DEMO_FILE))
