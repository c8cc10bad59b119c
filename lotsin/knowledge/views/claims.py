"""The claims registry (rumours) in the browser."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lotsin.core.access import active_organization, get_for_member, has_role, member_required
from lotsin.knowledge import queries
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.forms import PHRASING_ROWS, ClaimForm
from lotsin.knowledge.models import Answer, Claim, ClaimStatus
from lotsin.knowledge.roles import CLAIM_ROLES, READ_ROLES
from lotsin.knowledge.services import claims as claim_services


@member_required(READ_ROLES)
def claim_list(request: HttpRequest) -> HttpResponse:
    status = request.GET.get("status", "")
    status = status if status in ClaimStatus.values else ""
    query = request.GET.get("q", "")
    claims = queries.list_claims(active_organization(request), status=status, query=query)
    page = Paginator(claims, 25).get_page(request.GET.get("page"))
    params = request.GET.copy()
    params.pop("page", None)
    return render(
        request,
        "knowledge/claim_list.html",
        {
            "page": page,
            "status": status,
            "q": query,
            "statuses": ClaimStatus.choices,
            "query": params.urlencode(),
            "can_write": has_role(request, CLAIM_ROLES),
        },
    )


@member_required(READ_ROLES)
def claim_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    claim = get_for_member(request, Claim, public_id)
    return render(
        request,
        "knowledge/claim_detail.html",
        {"claim": claim, "can_write": has_role(request, CLAIM_ROLES)},
    )


def _answer_choices(request: HttpRequest) -> list[tuple[str, str]]:
    return [
        (str(a.public_id), a.slug)
        for a in Answer.objects.filter(organization=active_organization(request)).order_by("slug")
    ]


def _initial(claim: Claim) -> dict[str, Any]:
    initial: dict[str, Any] = {
        "summary": claim.summary,
        "verdict": claim.verdict,
        "status": claim.status,
        "first_seen": claim.first_seen,
        "topics": claim.topics,
        "answer": str(claim.answer.public_id) if claim.answer else "",
    }
    for i, phrasing in enumerate(claim.phrasings.all()[:PHRASING_ROWS]):
        initial[f"language_{i}"], initial[f"text_{i}"] = phrasing.language, phrasing.text
    return initial


@member_required(CLAIM_ROLES)
def claim_edit(request: HttpRequest, public_id: str | None = None) -> HttpResponse:
    claim = get_for_member(request, Claim, public_id) if public_id else None
    form = ClaimForm(
        request.POST or None,
        initial=_initial(claim) if claim else {},
        answers=_answer_choices(request),
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        answer = get_for_member(request, Answer, data["answer"]) if data.get("answer") else None
        try:
            claim = claim_services.save_claim(
                actor=request.user,  # type: ignore[arg-type]
                organization=active_organization(request),
                claim=claim,
                answer=answer,
                summary=data["summary"],
                verdict=data["verdict"],
                status=data["status"],
                first_seen=data.get("first_seen"),
                topics=data.get("topics", []),
                phrasings=data["phrasings"],
            )
        except KnowledgeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Claim saved."))
            return redirect("knowledge:claim", public_id=claim.public_id)
    return render(request, "knowledge/claim_form.html", {"form": form, "claim": claim})


@member_required(CLAIM_ROLES)
@require_POST
def claim_delete(request: HttpRequest, public_id: str) -> HttpResponse:
    claim = get_for_member(request, Claim, public_id)
    claim_services.delete_claim(actor=request.user, claim=claim)  # type: ignore[arg-type]
    messages.success(request, _("Claim deleted."))
    return redirect("knowledge:claims")
