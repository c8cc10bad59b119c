"""Cases API (participants, plans, sessions, outcomes; the partner's consented slice).

Case workers (coach: her cases; coordinator and administrator: all) read through the same
querysets as the pages (`lotsin.cases.access`). A partner reads only participants with an active
consent for one of her offices and only the shared slice; everything else answers 404, and so
does a consent revoked a second ago. Every read of a participant is audited. No special-category
field (`Participant.SPECIAL_FIELDS`) is ever returned by the API."""

from __future__ import annotations

import datetime as dt
from typing import Any
from uuid import UUID

from django.http import HttpRequest
from ninja import Field, Router, Schema, Status
from ninja.errors import HttpError

from lotsin.cases import outcomes as outcome_services
from lotsin.cases import partners
from lotsin.cases.access import (
    CASE_ROLES,
    PARTNER_ROLES,
    can_see_private_notes,
    get_participant,
    get_participant_for_partner,
    participants_for,
)
from lotsin.cases.models import (
    CaseStatus,
    CounsellingSession,
    Goal,
    MeasureChoice,
    Outcome,
    OutcomeKind,
    OutcomeStatus,
    Participant,
    PartnerMessage,
    PartnerOffice,
    PlanStep,
)
from lotsin.core import audit
from lotsin.core.access import active_organization, has_role
from lotsin.core.schemas import ErrorOut

router = Router(tags=["cases"])
PAGE_SIZE = 50
MAX_PAGE = 100_000  # beyond it the offset overflows SQLite's integers
ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut}


# --- Schemas ---------------------------------------------------------------------------------


class ParticipantOut(Schema):
    id: UUID
    case_number: str
    name: str
    status: str
    preferred_languages: list[str]
    needs_interpreter: bool
    german_level: str
    opened_on: dt.date
    closed_on: dt.date | None
    last_contact_on: dt.date | None


class ParticipantDetailOut(ParticipantOut):
    phone: str
    email: str
    messenger: str
    address_area: str
    children: int | None
    childcare_needed: bool
    education: str
    qualifications: str
    recognition: str
    work_experience: str
    residence: str
    goals: str


class ParticipantPage(Schema):
    items: list[ParticipantOut]
    count: int
    page: int
    page_size: int


class StepOut(Schema):
    id: UUID
    goal: UUID | None
    text: str
    who: str
    due_on: dt.date | None
    status: str
    shared: bool
    agreed_with_jobcenter: bool


class GoalOut(Schema):
    id: UUID
    text: str
    status: str


class MeasureOut(Schema):
    measure: str
    chosen: bool
    note: str
    decided_on: dt.date


class PlanOut(Schema):
    goals: list[GoalOut]
    steps: list[StepOut]
    measures: list[MeasureOut]


class SessionOut(Schema):
    id: UUID
    held_on: dt.date
    duration_minutes: int
    channel: str
    language: str
    interpreter: bool
    topics: list[str]
    next_steps: str
    shared_note: str
    follow_up_on: dt.date | None
    notes: str | None = Field(
        None, description="private notes; null unless you are her coach or a coordinator"
    )


class SessionPage(Schema):
    items: list[SessionOut]
    count: int
    page: int
    page_size: int


class OutcomeOut(Schema):
    id: UUID
    kind: str
    status: str
    due_on: dt.date
    recorded_on: dt.date | None


class OutcomeIn(Schema):
    kind: str = Field(description="exit (closes the case), 6m or 12m")
    status: str = Field(description="one of " + ", ".join(OutcomeStatus.values))
    date: dt.date | None = Field(None, description="exit or follow-up date; today if left out")


class SharedStepOut(Schema):
    id: UUID
    text: str
    who: str
    due_on: dt.date | None
    status: str
    agreed_with_jobcenter: bool


class SharedNoteOut(Schema):
    id: UUID
    held_on: dt.date
    note: str


class MessageOut(Schema):
    office: str
    author: str
    text: str
    created_at: dt.datetime


class MessageIn(Schema):
    text: str = Field(min_length=1, max_length=partners.MESSAGE_MAX)
    office: UUID | None = Field(None, description="needed when she consented to several")


class SharedParticipantOut(Schema):
    id: UUID
    case_number: str
    name: str
    preferred_languages: list[str]
    german_level: str
    offices: list[str]


class SharedParticipantDetailOut(SharedParticipantOut):
    steps: list[SharedStepOut]
    shared_notes: list[SharedNoteOut]
    outcomes: list[OutcomeOut]
    messages: list[MessageOut]


class SharedPage(Schema):
    items: list[SharedParticipantOut]
    count: int
    page: int
    page_size: int


# --- Helpers ---------------------------------------------------------------------------------

LIST_FIELDS = (
    "pk", "public_id", "case_number", "name", "status", "preferred_languages",
    "needs_interpreter", "german_level", "opened_on", "closed_on", "last_contact_on",
)  # fmt: skip


def _case_worker(request: HttpRequest) -> None:
    if not has_role(request, CASE_ROLES):
        raise HttpError(403, "your role does not give access to cases")


def _page(page: int) -> tuple[int, int, int]:
    if not 1 <= page <= MAX_PAGE:
        raise HttpError(400, f"page must be from 1 to {MAX_PAGE}")
    return page, (page - 1) * PAGE_SIZE, page * PAGE_SIZE


def _participant_out(p: Participant) -> dict[str, Any]:
    return {
        "id": p.public_id, "case_number": p.case_number, "name": p.name, "status": p.status,
        "preferred_languages": list(p.preferred_languages or []),
        "needs_interpreter": p.needs_interpreter, "german_level": p.german_level,
        "opened_on": p.opened_on, "closed_on": p.closed_on, "last_contact_on": p.last_contact_on,
    }  # fmt: skip


def _outcome_out(o: Outcome) -> dict[str, Any]:
    return {
        "id": o.public_id, "kind": o.kind, "status": o.status, "due_on": o.due_on,
        "recorded_on": o.recorded_on,
    }  # fmt: skip


def _read(request: HttpRequest, participant: Participant, part: str) -> Participant:
    audit.record_for_request(
        request, action="cases.participant.viewed", organization=participant.organization,
        target=participant, data={"via": "api", "part": part},
    )  # fmt: skip
    return participant


def _worker_participant(request: HttpRequest, participant_id: str, part: str) -> Participant:
    _case_worker(request)
    return _read(request, get_participant(request, participant_id), part)


# --- Case workers ----------------------------------------------------------------------------


@router.get(
    "/participants",
    response={200: ParticipantPage, **ERRORS},
    summary="Participants you may open (coach: hers; coordinator: all); no special categories",
)
def list_participants(
    request: HttpRequest, status: str = "", q: str = "", page: int = 1
) -> dict[str, Any]:
    _case_worker(request)
    number, start, end = _page(page)
    people = participants_for(request).only(*LIST_FIELDS).order_by("case_number")
    if status:
        if status not in CaseStatus.values:
            raise HttpError(400, f"status must be one of {', '.join(CaseStatus.values)}")
        people = people.filter(status=status)
    if q:
        people = people.filter(case_number__istartswith=q.strip())
    items = list(people[start:end])
    audit.log_list(request, Participant, len(items))
    return {
        "items": [_participant_out(p) for p in items],
        "count": people.count(),
        "page": number,
        "page_size": PAGE_SIZE,
    }


@router.get("/participants/{participant_id}", response={200: ParticipantDetailOut, **ERRORS})
def get_participant_detail(request: HttpRequest, participant_id: str) -> dict[str, Any]:
    p = _worker_participant(request, participant_id, "participant")
    return {
        **_participant_out(p),
        **{
            name: getattr(p, name)
            for name in (
                "phone",
                "email",
                "messenger",
                "address_area",
                "children",
                "childcare_needed",
                "education",
                "qualifications",
                "recognition",
                "work_experience",
                "residence",
                "goals",
            )  # fmt: skip
        },
    }


@router.get("/participants/{participant_id}/plan", response={200: PlanOut, **ERRORS})
def get_plan(request: HttpRequest, participant_id: str) -> dict[str, Any]:
    p = _worker_participant(request, participant_id, "plan")
    goals = list(Goal.objects.filter(participant=p))
    steps = PlanStep.objects.filter(participant=p).select_related("goal")
    return {
        "goals": [{"id": g.public_id, "text": g.text, "status": g.status} for g in goals],
        "steps": [
            {
                "id": s.public_id,
                "goal": s.goal.public_id if s.goal else None,
                "text": s.text,
                "who": s.who,
                "due_on": s.due_on,
                "status": s.status,
                "shared": s.shared,
                "agreed_with_jobcenter": s.agreed_with_jobcenter,
            }  # fmt: skip
            for s in steps
        ],
        "measures": [
            {"measure": m.measure, "chosen": m.chosen, "note": m.note, "decided_on": m.decided_on}
            for m in MeasureChoice.objects.filter(participant=p).order_by("measure")
        ],
    }


@router.get("/participants/{participant_id}/sessions", response={200: SessionPage, **ERRORS})
def list_sessions(request: HttpRequest, participant_id: str, page: int = 1) -> dict[str, Any]:
    p = _worker_participant(request, participant_id, "sessions")
    number, start, end = _page(page)
    private = can_see_private_notes(request, p)
    sessions = CounsellingSession.objects.filter(participant=p)
    if not private:
        sessions = sessions.defer("notes")
    return {
        "items": [
            {
                "id": s.public_id,
                "held_on": s.held_on,
                "duration_minutes": s.duration_minutes,
                "channel": s.channel,
                "language": s.language,
                "interpreter": s.interpreter,
                "topics": list(s.topics or []),
                "next_steps": s.next_steps,
                "shared_note": s.shared_note,
                "follow_up_on": s.follow_up_on,
                "notes": s.notes if private else None,
            }  # fmt: skip
            for s in sessions[start:end]
        ],
        "count": sessions.count(),
        "page": number,
        "page_size": PAGE_SIZE,
    }


@router.get("/participants/{participant_id}/outcomes", response={200: list[OutcomeOut], **ERRORS})
def list_outcomes(request: HttpRequest, participant_id: str) -> list[dict[str, Any]]:
    p = _worker_participant(request, participant_id, "outcomes")
    return [_outcome_out(o) for o in outcome_services.list_outcomes(p)]


@router.post(
    "/participants/{participant_id}/outcomes",
    response={201: OutcomeOut, **ERRORS},
    summary="Record the exit outcome (closes the case, schedules follow-ups) or a follow-up",
)
def record_outcome(request: HttpRequest, participant_id: str, payload: OutcomeIn) -> Status[Any]:
    _case_worker(request)
    participant = get_participant(request, participant_id)
    if payload.kind not in OutcomeKind.values:
        raise HttpError(400, f"kind must be one of {', '.join(OutcomeKind.values)}")
    if payload.status not in OutcomeStatus.values:
        raise HttpError(400, f"status must be one of {', '.join(OutcomeStatus.values)}")
    try:
        outcome = outcome_services.record_outcome(
            actor=request.user,  # type: ignore[arg-type]
            participant=participant, kind=payload.kind, status=payload.status, on=payload.date,
        )  # fmt: skip
    except outcome_services.OutcomeError as exc:
        raise HttpError(409 if exc.code == "conflict" else 400, str(exc)) from exc
    return Status(201, _outcome_out(outcome))


# --- Partners --------------------------------------------------------------------------------


def _message_out(m: PartnerMessage) -> dict[str, Any]:
    author = (m.author.get_full_name() or m.author.username) if m.author else ""
    return {"office": m.office.name, "author": author, "text": m.text, "created_at": m.created_at}


def _post_message(
    request: HttpRequest, participant: Participant, offices: list[PartnerOffice], payload: MessageIn
) -> Status[Any]:
    """Write to the thread with one of `offices` (the only one, or the one `payload` names)."""
    office = partners.choose_office(offices, payload.office)
    if office is None and payload.office is None:
        raise HttpError(400, "she consented to several offices (or none); give `office`")
    if office is None:
        raise HttpError(400, "`office` is not an office she consented to")
    try:
        message = partners.post_message(
            actor=request.user,  # type: ignore[arg-type]
            participant=participant, office=office, text=payload.text,
        )  # fmt: skip
    except partners.PartnerError as exc:
        raise HttpError(400, str(exc)) from exc
    return Status(201, _message_out(message))


@router.get(
    "/participants/{participant_id}/messages",
    response={200: list[MessageOut], **ERRORS},
    summary="The shared thread with the partner offices, oldest first",
)
def list_messages(request: HttpRequest, participant_id: str) -> list[dict[str, Any]]:
    participant = _worker_participant(request, participant_id, "messages")
    return [_message_out(m) for m in partners.thread(participant)]


@router.post(
    "/participants/{participant_id}/messages",
    response={201: MessageOut, **ERRORS},
    summary="Write to the shared thread with an office she consented to",
)
def post_message(request: HttpRequest, participant_id: str, payload: MessageIn) -> Status[Any]:
    _case_worker(request)
    participant = get_participant(request, participant_id)  # writing is audited as the message
    return _post_message(
        request, participant, list(partners.consented_offices(participant)), payload
    )


def _partner(request: HttpRequest) -> None:
    if not has_role(request, PARTNER_ROLES):
        raise HttpError(403, "only a partner office's contact person sees shared cases")


def _shared_out(p: Participant, offices: list[str]) -> dict[str, Any]:
    return {
        "id": p.public_id, "case_number": p.case_number, "name": p.name,
        "preferred_languages": list(p.preferred_languages or []), "german_level": p.german_level,
        "offices": offices,
    }  # fmt: skip


@router.get(
    "/partner/participants",
    response={200: SharedPage, **ERRORS},
    summary="The partner's shared cases: participants with an active consent for her office",
)
def list_shared(request: HttpRequest, page: int = 1) -> dict[str, Any]:
    _partner(request)
    number, start, end = _page(page)
    people = partners.list_shared_cases(request.user, active_organization(request))  # type: ignore[arg-type]
    items = list(people[start:end])
    audit.log_list(request, Participant, len(items))
    return {
        "items": [_shared_out(p, [c.office.name for c in p.partner_consents]) for p in items],
        "count": people.count(),
        "page": number,
        "page_size": PAGE_SIZE,
    }


def _shared_detail(request: HttpRequest, participant: Participant) -> dict[str, Any]:
    shared = partners.shared_slice(request.user, participant)  # type: ignore[arg-type]
    return {
        **_shared_out(participant, [o.name for o in shared.offices]),
        "steps": [
            {
                "id": s.public_id,
                "text": s.text,
                "who": s.who,
                "due_on": s.due_on,
                "status": s.status,
                "agreed_with_jobcenter": s.agreed_with_jobcenter,
            }  # fmt: skip
            for s in shared.steps
        ],
        "shared_notes": [
            {"id": s["public_id"], "held_on": s["held_on"], "note": s["shared_note"]}
            for s in shared.sessions
        ],
        "outcomes": [_outcome_out(o) for o in shared.outcomes],
        "messages": [_message_out(m) for m in shared.messages],
    }


@router.get(
    "/partner/participants/{participant_id}",
    response={200: SharedParticipantDetailOut, **ERRORS},
    summary="The consented, shared slice of one participant (404 without an active consent)",
)
def get_shared(request: HttpRequest, participant_id: str) -> dict[str, Any]:
    participant = get_participant_for_partner(request, participant_id)
    partners.record_partner_view(request, participant, via="api")
    return _shared_detail(request, participant)


@router.post(
    "/partner/participants/{participant_id}/messages",
    response={201: MessageOut, **ERRORS},
    summary="Write to the shared thread with her coaches",
)
def post_shared_message(
    request: HttpRequest, participant_id: str, payload: MessageIn
) -> Status[Any]:
    participant = get_participant_for_partner(request, participant_id)
    offices = partners.offices_for_partner_and_participant(request.user, participant)  # type: ignore[arg-type]
    return _post_message(request, participant, list(offices), payload)
