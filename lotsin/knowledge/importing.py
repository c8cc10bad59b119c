"""Import and export of answers and claims in the triage contract's JSONL shapes.

Answers: one line per answer and language; the first line of an id is the source language and
may carry the metadata (topics, legal_basis, sources, valid_from, review_by, slug, demo).
Claims: one line per wording; the first line of an id may carry verdict, answer, status,
first_seen, topics, summary, demo. Imported answers wait for a lawyer unless the import names
the legal reviewer who already checked them (`verified_by`).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

from django.db.models import Q

from lotsin.accounts.models import User
from lotsin.core.importing import ImportCounts, Row, line_error
from lotsin.core.languages import CONTENT_LANGUAGES
from lotsin.core.models import Organization
from lotsin.core.topics import Topic
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import (
    Answer,
    AnswerText,
    AnswerVersion,
    Claim,
    ClaimStatus,
    TextStatus,
    Verdict,
    VersionStatus,
)
from lotsin.knowledge.queries import get_current_version, get_latest_version
from lotsin.knowledge.services import claims as claim_services
from lotsin.knowledge.services import translations, versions

ANSWER_META = ("topics", "legal_basis", "sources", "valid_from", "review_by", "slug", "demo")
CLAIM_META = ("verdict", "answer", "status", "first_seen", "topics", "summary", "demo")


def _group(rows: list[Row]) -> dict[str, list[Row]]:
    groups: dict[str, list[Row]] = defaultdict(list)
    for line, row in rows:
        groups[str(row.get("id", ""))].append((line, row))
    return groups


def _check_common(line: int, row: dict[str, Any], required: tuple[str, ...]) -> list[str]:
    errors = []
    for name in required:
        value = row.get(name)
        if not isinstance(value, str) or not value.strip():
            errors.append(line_error(line, f"missing field {name!r}"))
    lang = row.get("language")
    if isinstance(lang, str) and lang and lang not in CONTENT_LANGUAGES:
        known = ", ".join(CONTENT_LANGUAGES)
        errors.append(line_error(line, f"unknown language {lang!r} (known: {known})"))
    topics = row.get("topics", [])
    if not isinstance(topics, list) or any(t not in Topic.values for t in topics):
        errors.append(line_error(line, f"unknown topic in {topics!r} (known: {Topic.values})"))
    for name in ("valid_from", "review_by", "first_seen"):
        if row.get(name):
            try:
                dt.date.fromisoformat(str(row[name]))
            except ValueError:
                errors.append(line_error(line, f"{name} is not a date (YYYY-MM-DD): {row[name]!r}"))
    return errors


def _check_duplicates(groups: dict[str, list[Row]], meta: tuple[str, ...]) -> list[str]:
    errors = []
    for item_id, lines in groups.items():
        seen: dict[str, int] = {}
        first_line = lines[0][1]
        for line, row in lines:
            lang = row.get("language", "")
            key = lang if "title" in row else f"{lang}:{row.get('text', '')}"
            if key in seen:
                errors.append(
                    line_error(line, f"duplicate id {item_id!r} in {lang!r} (see line {seen[key]})")
                )
            seen.setdefault(key, line)
            for name in meta:
                if row is not first_line and name in row and row[name] != first_line.get(name):
                    errors.append(
                        line_error(line, f"{name} differs from the first line of {item_id!r}")
                    )
    return errors


def _check_lengths(line: int, row: dict[str, Any], limits: dict[str, int]) -> list[str]:
    return [
        line_error(line, f"{name} is longer than {limit} characters")
        for name, limit in limits.items()
        if isinstance(row.get(name), str) and len(row[name]) > limit
    ]


def validate_answers(rows: list[Row]) -> list[str]:
    errors: list[str] = []
    for line, row in rows:
        errors += _check_common(line, row, ("id", "language", "title", "body"))
        errors += _check_lengths(line, row, {"id": 120, "title": 300, "slug": 80})
        questions = row.get("questions", [])
        if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
            errors.append(line_error(line, "questions must be a list of texts"))
        legal = row.get("legal_basis", [])
        if not isinstance(legal, list) or not all(isinstance(x, str) for x in legal):
            errors.append(line_error(line, "legal_basis must be a list of texts"))
    return errors + _check_duplicates(_group(rows), ANSWER_META)


def validate_claims(rows: list[Row], known_answer_ids: set[str]) -> list[str]:
    errors: list[str] = []
    for line, row in rows:
        errors += _check_common(line, row, ("id", "language", "text"))
        errors += _check_lengths(line, row, {"id": 120, "summary": 300})
        if "verdict" in row and row["verdict"] not in Verdict.values:
            errors.append(
                line_error(line, f"unknown verdict {row['verdict']!r} ({Verdict.values})")
            )
        if "status" in row and row["status"] not in ClaimStatus.values:
            errors.append(line_error(line, f"unknown status {row['status']!r}"))
        answer = row.get("answer")
        if answer and answer not in known_answer_ids:
            errors.append(line_error(line, f"answer {answer!r} is neither in the file nor stored"))
    return errors + _check_duplicates(_group(rows), CLAIM_META)


def _sources(value: Any) -> list[dict[str, str]]:
    return [s if isinstance(s, dict) else {"title": str(s), "url": str(s)} for s in value or []]


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(str(value)) if value else None


def _version_state(
    answer: Answer, version: AnswerVersion, languages: set[str]
) -> tuple[dict[str, Any], dict[str, tuple[str, str, list[str]]]]:
    """One version's metadata and its newest wording per language, for comparison."""
    meta = {
        "topics": list(version.topics or answer.topics),
        "legal_basis": list(version.legal_basis),
        "sources": list(version.sources),
        "valid_from": version.valid_from,
        "review_by": version.review_by,
    }
    texts: dict[str, tuple[str, str, list[str]]] = {}
    # Only the file's languages count: a translation added in Lotsin is no change in the file.
    texts_in = version.texts.filter(language__in=languages).exclude(status=TextStatus.SUPERSEDED)
    for text in texts_in.order_by("revision"):
        texts[text.language] = (text.title, text.body, list(text.questions))
    return meta, texts


def _matches_file(answer: Answer, meta: dict[str, Any], wanted: dict[str, Any]) -> bool:
    """The file says what the newest version or the verified one says: nothing to do.

    Comparing with the verified version too means that an edit in progress in Lotsin is not
    mistaken for a change in the file."""
    candidates = {get_latest_version(answer), get_current_version(answer)} - {None}
    return any(_version_state(answer, v, set(wanted)) == (meta, wanted) for v in candidates)  # type: ignore[arg-type]


def find_answer(organization: Organization, item_id: str) -> Answer | None:
    """By import id, or by slug for answers written in Lotsin (what export writes as their id)."""
    return (
        Answer.objects.filter(organization=organization)
        .filter(Q(external_id=item_id) | Q(external_id="", slug=item_id))
        .first()
    )


def _translations(
    version: AnswerVersion, wanted: dict[str, tuple[str, str, list[str]]], actor: User | None
) -> list[AnswerText]:
    """Write the file's translations that differ; returns the texts this import wrote."""
    written = []
    for lang, (title, body, questions) in wanted.items():
        if lang == version.source_language:
            continue
        latest = version.texts.filter(language=lang).order_by("-revision").first()
        if latest and (latest.title, latest.body, list(latest.questions)) == (
            title,
            body,
            questions,
        ):
            continue
        written.append(
            translations.save_translation(
                actor=actor, version=version, language=lang, title=title, body=body,
                questions=questions,
            )
        )  # fmt: skip
    return written


def _review(
    version: AnswerVersion, written: list[AnswerText], actor: User | None, reviewer: User | None
) -> None:
    """Send what the import wrote for review, or record the named lawyer's approval of it only."""
    if version.status == VersionStatus.DRAFT:
        versions.submit_version(actor=actor, version=version)
    if reviewer is not None and version.status == VersionStatus.IN_REVIEW:
        versions.approve_version(actor=reviewer, version=version, message="import")
    for text in written:
        translations.submit_text(actor=actor, text=text)
        if reviewer is not None and version.status == VersionStatus.VERIFIED:
            translations.approve_text(actor=reviewer, text=text, message="import")


def import_answers(
    *, organization: Organization, actor: User | None, rows: list[Row], verified_by: User | None
) -> ImportCounts:
    counts = ImportCounts()
    for item_id, lines in _group(rows).items():
        first = lines[0][1]
        meta = {
            "topics": list(first.get("topics", [])),
            "legal_basis": list(first.get("legal_basis", [])),
            "sources": _sources(first.get("sources")),
            "valid_from": _date(first.get("valid_from")),
            "review_by": _date(first.get("review_by")),
        }
        wanted = {
            r["language"]: (r["title"], r["body"], list(r.get("questions", []))) for _, r in lines
        }
        answer = find_answer(organization, item_id)
        if answer is None:
            version = versions.create_answer(
                actor=actor,
                organization=organization,
                language=first["language"],
                title=first["title"],
                body=first["body"],
                questions=list(first.get("questions", [])),
                slug=first.get("slug", "") or item_id,
                external_id=item_id,
                is_demo=bool(first.get("demo", False)),
                **meta,
            )
            counts.created += 1
        elif _matches_file(answer, meta, wanted):
            counts.unchanged += 1
            continue
        else:
            version = get_latest_version(answer)  # type: ignore[assignment]
            if version.status in (VersionStatus.DRAFT, VersionStatus.IN_REVIEW):
                # Someone is changing this answer in Lotsin: never overwrite her work.
                raise KnowledgeError(
                    f"answer {item_id!r}: version {version.number} is being edited or reviewed "
                    "in Lotsin; finish it before importing a change"
                )
            old_meta, old_texts = _version_state(answer, version, set(wanted))
            if old_meta == meta and old_texts.get(version.source_language) == wanted.get(
                version.source_language
            ):
                # Only translations changed: they join the current version.
                written = _translations(version, wanted, actor)
                _review(version, written, actor, verified_by)
                counts.updated += 1
                continue
            version = versions.start_new_version(actor=actor, answer=answer)
            title, body, questions = wanted[version.source_language]
            topics = meta.pop("topics")
            versions.update_draft(
                actor=actor, version=version, topics=topics, title=title, body=body,
                questions=questions, **meta,
            )  # fmt: skip
            counts.updated += 1
        if verified_by is not None:
            _review(version, [], actor, verified_by)
        written = _translations(version, wanted, actor)
        _review(version, written, actor, verified_by)
    return counts


def import_claims(
    *, organization: Organization, actor: User | None, rows: list[Row]
) -> ImportCounts:
    counts = ImportCounts()
    for item_id, lines in _group(rows).items():
        first = lines[0][1]
        phrasings = [(r["language"], r["text"]) for _, r in lines]
        answer_id = first.get("answer")
        answer = find_answer(organization, answer_id) if answer_id else None
        fields = {
            "summary": first.get("summary") or first["text"][:300],
            "verdict": first.get("verdict", Verdict.UNPROVEN),
            "status": first.get("status", ClaimStatus.CIRCULATING),
            "first_seen": _date(first.get("first_seen")),
            "topics": list(first.get("topics", [])),
            "answer": answer,
        }
        claim = Claim.objects.filter(organization=organization, external_id=item_id).first()
        if claim is not None:
            same = (
                claim.summary == fields["summary"]
                and claim.verdict == fields["verdict"]
                and claim.status == fields["status"]
                and claim.first_seen == fields["first_seen"]
                and claim.topics == fields["topics"]
                and claim.answer_id == (answer.pk if answer else None)
                and sorted(claim.phrasings.values_list("language", "text")) == sorted(phrasings)
            )
            if same:
                counts.unchanged += 1
                continue
        claim_services.save_claim(
            actor=actor,
            organization=organization,
            claim=claim,
            phrasings=phrasings,
            external_id=item_id,
            is_demo=bool(first.get("demo", False)),
            **fields,
        )
        if claim is None:
            counts.created += 1
        else:
            counts.updated += 1
    return counts


def export_answers(organization: Organization) -> list[dict[str, Any]]:
    """Current wording of every answer: verified where there is, else the newest draft."""
    rows: list[dict[str, Any]] = []
    for answer in Answer.objects.filter(organization=organization).order_by("slug"):
        version = get_current_version(answer) or get_latest_version(answer)
        if version is None:
            continue
        texts = {}
        for text in version.texts.order_by("revision"):
            if text.status != TextStatus.SUPERSEDED:
                texts[text.language] = text
        ordered = sorted(texts.values(), key=lambda t: (not t.is_source, t.language))
        for i, text in enumerate(ordered):
            row: dict[str, Any] = {
                "kind": "answer",
                "id": answer.external_id or answer.slug,
                "language": text.language,
                "title": text.title,
                "body": text.body,
                "questions": list(text.questions),
                "status": text.status,
                "version": version.number,
            }
            if i == 0:
                row.update(
                    topics=list(answer.topics),
                    legal_basis=list(version.legal_basis),
                    sources=list(version.sources),
                    valid_from=version.valid_from.isoformat() if version.valid_from else None,
                    review_by=version.review_by.isoformat() if version.review_by else None,
                    slug=answer.slug,
                    demo=answer.is_demo,
                )
            rows.append(row)
    return rows


def export_claims(organization: Organization) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    claims = Claim.objects.filter(organization=organization).select_related("answer")
    for claim in claims.order_by("pk").prefetch_related("phrasings"):
        for i, phrasing in enumerate(claim.phrasings.all()):
            row: dict[str, Any] = {
                "kind": "claim",
                "id": claim.external_id or str(claim.public_id),
                "language": phrasing.language,
                "text": phrasing.text,
            }
            if i == 0:
                answer = claim.answer
                row.update(
                    summary=claim.summary,
                    verdict=claim.verdict,
                    answer=(answer.external_id or answer.slug) if answer else None,
                    status=claim.status,
                    first_seen=claim.first_seen.isoformat() if claim.first_seen else None,
                    topics=list(claim.topics),
                    demo=claim.is_demo,
                )
            rows.append(row)
    return rows
