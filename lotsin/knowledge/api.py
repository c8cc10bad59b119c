"""Knowledge-base API: answers with versions and translations, the review steps, uses, claims.

Reads for every member; writes through the same services as the UI, which check roles and the
four-eyes rule. Published answers are also readable without an account under /public/.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from django.urls import reverse
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from ninja.pagination import paginate

from lotsin.core.access import active_organization, get_for_member, has_role
from lotsin.core.schemas import BoundedPageNumberPagination, ErrorOut
from lotsin.core.scoping import organization_scope
from lotsin.knowledge import queries
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import Answer, AnswerText, AnswerVersion, Claim
from lotsin.knowledge.roles import READ_ROLES
from lotsin.knowledge.schemas import (
    AnswerDetailOut,
    AnswerIn,
    AnswerOut,
    ClaimIn,
    ClaimOut,
    DecisionIn,
    PhrasingIO,
    PublicAnswerOut,
    TextOut,
    TranslationIn,
    UseIn,
    UseOut,
    VersionOut,
)
from lotsin.knowledge.services import claims as claim_services
from lotsin.knowledge.services import translations, usage, versions
from lotsin.knowledge.services.versions import source_text

router = Router(tags=["knowledge base"])
PAGE_SIZE = 50
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}
STATUS_OF_CODE = {"forbidden": 403, "conflict": 409}


def _reader(request: HttpRequest) -> None:
    """Drafts, review threads and uses are for the organisation's staff, not for partners."""
    if not has_role(request, READ_ROLES):
        raise HttpError(403, "your role does not give access to the knowledge base")


def _call(step: Callable[[], Any]) -> Any:
    """Run a service; a refused step becomes 400/403/409 with the reason."""
    try:
        return step()
    except KnowledgeError as error:
        raise HttpError(STATUS_OF_CODE.get(error.code, 400), error.message) from error


def _text_out(text: AnswerText, outdated: bool = False) -> TextOut:
    return TextOut(
        id=text.public_id,
        language=text.language,
        revision=text.revision,
        title=text.title,
        body=text.body,
        questions=list(text.questions),
        status=text.status,
        version=text.version.number,
        outdated=outdated,
    )


def _version_out(version: AnswerVersion) -> VersionOut:
    return VersionOut(
        id=version.public_id,
        answer=version.answer.public_id,
        number=version.number,
        status=version.status,
        source_language=version.source_language,
        legal_basis=list(version.legal_basis),
        sources=list(version.sources),
        valid_from=version.valid_from,
        review_by=version.review_by,
        expired=version.is_expired(),
        decided_at=version.decided_at,
        withdrawn_reason=version.withdrawn_reason,
        texts=[_text_out(t) for t in version.texts.order_by("language", "revision")],
    )


def _answer_out(row: dict[str, Any]) -> dict[str, Any]:
    """One answer in the API, from a `queries.summarize_answers` row."""
    answer, current = row["answer"], row["current"]
    return {
        "id": answer.public_id,
        "slug": answer.slug,
        "topics": list(answer.topics),
        "title": row["title"],
        "current_version": current.number if current else None,
        "expired": row["expired"],
        "languages": row["languages"],
        "public_url": reverse("knowledge_public:answer_default", args=[answer.slug])
        if current
        else None,
        "demo": answer.is_demo,
    }


class AnswerPage(Schema):
    items: list[AnswerOut]
    count: int


@router.get("/answers", response={200: AnswerPage, **ERRORS}, summary="Search answers")
def list_answers(
    request: HttpRequest, q: str = "", topic: str = "", language: str = "", page: int = 1
) -> dict[str, Any]:
    """Full-text search in every language (`q`), filtered by topic and language; 50 a page."""
    _reader(request)
    found = queries.list_answers(
        active_organization(request), query=q, topic=topic, language=language
    )
    page = max(page, 1)
    chunk = found[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    items = [_answer_out(row) for row in queries.summarize_answers(chunk)]
    return {"items": items, "count": len(found)}


@router.post("/answers", response={201: VersionOut, **ERRORS}, summary="Write a new answer")
def create_answer(request: HttpRequest, payload: AnswerIn) -> Status:
    version = _call(
        lambda: versions.create_answer(
            actor=request.user,  # type: ignore[arg-type]
            organization=active_organization(request),
            **payload.dict(),
        )
    )
    return Status(201, _version_out(version))


@router.get("/answers/{answer_id}", response={200: AnswerDetailOut, **ERRORS})
def get_answer(request: HttpRequest, answer_id: str) -> dict[str, Any]:
    _reader(request)
    answer = get_for_member(request, Answer, answer_id)
    out = _answer_out(queries.summarize_answers([answer])[0])
    out["versions"] = [_version_out(v) for v in answer.versions.order_by("-number")]
    return out


@router.get("/answer-versions/{version_id}", response={200: VersionOut, **ERRORS})
def get_version(request: HttpRequest, version_id: str) -> VersionOut:
    _reader(request)
    return _version_out(get_for_member(request, AnswerVersion, version_id))


@router.post(
    "/answer-versions/{version_id}/translations",
    response={201: TextOut, **ERRORS},
    summary="Write or change a translation (a draft)",
)
def save_translation(request: HttpRequest, version_id: str, payload: TranslationIn) -> Status:
    version = get_for_member(request, AnswerVersion, version_id)
    text = _call(
        lambda: translations.save_translation(
            actor=request.user,  # type: ignore[arg-type]
            version=version,
            **payload.dict(),
        )
    )
    return Status(201, _text_out(text))


@router.post(
    "/answer-versions/{version_id}/{step}",
    response={200: VersionOut, **ERRORS},
    summary="Review step: submit, approve, send-back or withdraw",
)
def version_step(
    request: HttpRequest, version_id: str, step: str, payload: DecisionIn
) -> VersionOut:
    version = get_for_member(request, AnswerVersion, version_id)
    actor, message = request.user, payload.message
    steps: dict[str, Callable[[], Any]] = {
        "submit": lambda: versions.submit_version(actor=actor, version=version),  # type: ignore[arg-type]
        "approve": lambda: versions.approve_version(actor=actor, version=version, message=message),  # type: ignore[arg-type]
        "send-back": lambda: versions.send_back_version(
            actor=actor,  # type: ignore[arg-type]
            version=version,
            message=message,
        ),
        "withdraw": lambda: versions.withdraw_version(
            actor=actor, version=version, message=message
        ),  # type: ignore[arg-type]
    }
    if step not in steps:
        raise HttpError(404, f"unknown step {step!r}; use one of {sorted(steps)}")
    _call(steps[step])
    version.refresh_from_db()
    return _version_out(version)


@router.get("/answer-texts/{text_id}", response={200: TextOut, **ERRORS})
def get_text(request: HttpRequest, text_id: str) -> TextOut:
    _reader(request)
    return _text_out(get_for_member(request, AnswerText, text_id))


@router.post(
    "/answer-texts/{text_id}/uses",
    response={201: UseOut, **ERRORS},
    summary="Record where a verified text was used (for recalls)",
)
def record_use(request: HttpRequest, text_id: str, payload: UseIn) -> Status:
    text = get_for_member(request, AnswerText, text_id)
    if payload.context not in {"reply", "case", "other"}:
        raise HttpError(400, "context must be reply, case or other")
    use = _call(lambda: usage.record_use(actor=request.user, text=text, **payload.dict()))  # type: ignore[arg-type]
    out = UseOut(
        id=use.public_id,
        text=text.public_id,
        context=use.context,
        channel=use.channel,
        used_at=use.used_at,
        correction_done_at=use.correction_done_at,
    )
    return Status(201, out)


@router.post(
    "/answer-texts/{text_id}/{step}",
    response={200: TextOut, **ERRORS},
    summary="Translation review step: submit, approve or send-back",
)
def text_step(request: HttpRequest, text_id: str, step: str, payload: DecisionIn) -> TextOut:
    text = get_for_member(request, AnswerText, text_id)
    actor, message = request.user, payload.message
    steps: dict[str, Callable[[], Any]] = {
        "submit": lambda: translations.submit_text(actor=actor, text=text),  # type: ignore[arg-type]
        "approve": lambda: translations.approve_text(actor=actor, text=text, message=message),  # type: ignore[arg-type]
        "send-back": lambda: translations.send_back_text(actor=actor, text=text, message=message),  # type: ignore[arg-type]
    }
    if step not in steps:
        raise HttpError(404, f"unknown step {step!r}; use one of {sorted(steps)}")
    _call(steps[step])
    text.refresh_from_db()
    return _text_out(text)


def _claim_out(claim: Claim) -> ClaimOut:
    return ClaimOut(
        id=claim.public_id,
        summary=claim.summary,
        verdict=claim.verdict,
        status=claim.status,
        first_seen=claim.first_seen,
        topics=list(claim.topics),
        answer=claim.answer.public_id if claim.answer else None,
        phrasings=[PhrasingIO(language=p.language, text=p.text) for p in claim.phrasings.all()],
    )


@router.get("/claims", response={200: list[ClaimOut], **ERRORS}, summary="The claims registry")
@paginate(BoundedPageNumberPagination, page_size=50)
def list_claims(request: HttpRequest, status: str = "", q: str = "") -> list[ClaimOut]:
    _reader(request)
    return [
        _claim_out(c)
        for c in queries.list_claims(active_organization(request), status=status, query=q)
    ]


@router.get("/claims/{claim_id}", response={200: ClaimOut, **ERRORS})
def get_claim(request: HttpRequest, claim_id: str) -> ClaimOut:
    _reader(request)
    return _claim_out(get_for_member(request, Claim, claim_id))


def _save_claim(request: HttpRequest, payload: ClaimIn, claim: Claim | None) -> Claim:
    answer = get_for_member(request, Answer, payload.answer) if payload.answer else None
    return _call(  # type: ignore[no-any-return]
        lambda: claim_services.save_claim(
            actor=request.user,  # type: ignore[arg-type]
            organization=active_organization(request),
            claim=claim,
            answer=answer,
            summary=payload.summary,
            verdict=payload.verdict,
            status=payload.status,
            first_seen=payload.first_seen,
            topics=payload.topics,
            phrasings=[(p.language, p.text) for p in payload.phrasings],
        )
    )


@router.post("/claims", response={201: ClaimOut, **ERRORS}, summary="Record a claim")
def create_claim(request: HttpRequest, payload: ClaimIn) -> Status:
    return Status(201, _claim_out(_save_claim(request, payload, None)))


@router.put("/claims/{claim_id}", response={200: ClaimOut, **ERRORS}, summary="Replace a claim")
def update_claim(request: HttpRequest, claim_id: UUID, payload: ClaimIn) -> ClaimOut:
    claim = get_for_member(request, Claim, claim_id)
    return _claim_out(_save_claim(request, payload, claim))


public_router = Router(tags=["public"])


@public_router.get(
    "/public/answers/{slug}/{language}",
    auth=None,
    response={200: PublicAnswerOut, 404: ErrorOut},
    summary="A published answer in one language (no account needed)",
)
def public_answer(request: HttpRequest, slug: str, language: str) -> PublicAnswerOut:
    from lotsin.knowledge.public_views import find_public_answer

    answer = find_public_answer(slug=slug)
    with organization_scope(answer.organization):
        text, outdated = queries.public_text(answer, language)
        current = queries.get_current_version(answer)
        if text is None or current is None:
            raise HttpError(404, "not published in this language")
        checked = source_text(current).approved_at or current.decided_at
        return PublicAnswerOut(
            slug=answer.slug,
            language=language,
            title=text.title,
            body=text.body,
            legal_basis=list(current.legal_basis),
            valid_from=current.valid_from,
            checked_on=checked.date() if checked else None,
            outdated=outdated,
            expired=current.is_expired(),
            other_languages=sorted(set(queries.verified_texts(current)) - {language}),
            url=request.build_absolute_uri(
                reverse("knowledge_public:answer", args=[answer.slug, language])
            ),
        )
