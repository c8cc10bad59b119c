"""Pages of the Jobcenter cooperation (offices, the partner's shared cases, the shared thread)
and of outcomes. Thin: fetch through `lotsin.cases.access`, call one service, render."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lotsin.cases import outcomes, partners
from lotsin.cases.access import (
    ALL_CASES_ROLES,
    PARTNER_ROLES,
    get_participant,
    get_participant_for_partner,
)
from lotsin.cases.models import Participant, PartnerOffice
from lotsin.cases.partner_forms import MessageForm, OfficeForm, OutcomeForm
from lotsin.core import audit
from lotsin.core.access import active_organization, get_for_member, member_required
from lotsin.core.htmx import is_partial_request
from lotsin.directory.languages import language_name

OFFICE_ROLES = ALL_CASES_ROLES
PAGE_SIZE = 50


def _back(request: HttpRequest, participant: Participant) -> HttpResponse:
    """Back to the page the form was on (the participant page), else to the case."""
    target = request.POST.get("next", "")
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = outcomes.case_url(participant)
    return redirect(target)


# --- Offices ---------------------------------------------------------------------------------


@member_required(OFFICE_ROLES)
def office_list(request: HttpRequest) -> HttpResponse:
    offices = partners.list_offices(active_organization(request))
    return render(request, "cases/office_list.html", {"offices": offices})


def _save_office(
    request: HttpRequest, form: OfficeForm, office: PartnerOffice | None
) -> PartnerOffice | None:
    try:
        if office is None:
            return partners.create_office(
                actor=request.user,  # type: ignore[arg-type]
                organization=active_organization(request),
                data=form.office_data(),
            )
        return partners.update_office(actor=request.user, office=office, data=form.office_data())  # type: ignore[arg-type]
    except ValidationError as exc:
        for name, errors in exc.message_dict.items():
            form.add_error(name if name in form.fields else None, errors)
        return None


@member_required(OFFICE_ROLES)
def office_new(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    form = OfficeForm(request.POST or None, organization=org)
    if request.method == "POST" and form.is_valid() and _save_office(request, form, None):
        messages.success(request, _("Office added."))
        return redirect("cases:office_list")
    return render(request, "cases/office_form.html", {"form": form, "office": None})


@member_required(OFFICE_ROLES)
def office_edit(request: HttpRequest, public_id: str) -> HttpResponse:
    office = get_for_member(request, PartnerOffice, public_id, roles=OFFICE_ROLES)
    form = OfficeForm(request.POST or None, organization=office.organization, office=office)
    if request.method == "POST" and form.is_valid() and _save_office(request, form, office):
        messages.success(request, _("Changes saved."))
        return redirect("cases:office_list")
    return render(request, "cases/office_form.html", {"form": form, "office": office})


@member_required(OFFICE_ROLES)
@require_POST
def office_delete(request: HttpRequest, public_id: str) -> HttpResponse:
    office = get_for_member(request, PartnerOffice, public_id, roles=OFFICE_ROLES)
    try:
        partners.delete_office(actor=request.user, office=office)  # type: ignore[arg-type]
    except partners.PartnerError as exc:
        messages.error(request, str(exc))
        return redirect("cases:office_edit", public_id=office.public_id)
    messages.success(request, _("Office deleted."))
    return redirect("cases:office_list")


# --- The partner's side ----------------------------------------------------------------------


@member_required(PARTNER_ROLES)
def partner_list(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    people = partners.list_shared_cases(request.user, org)  # type: ignore[arg-type]
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    audit.log_list(request, Participant, len(page.object_list))
    return render(request, "cases/partner_list.html", {"page": page})


def _partner_context(request: HttpRequest, participant: Participant) -> dict[str, Any]:
    shared = partners.shared_slice(request.user, participant)  # type: ignore[arg-type]
    return {
        "shared": shared,
        "participant": participant,
        "languages": [language_name(code) for code in participant.preferred_languages or []],
        "form": MessageForm(),
    }


@member_required()  # the object fetch answers 404 to every other role
def partner_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = get_participant_for_partner(request, public_id)
    context = _partner_context(request, participant)
    partners.record_partner_view(request, participant)
    return render(request, "cases/partner_detail.html", context)


@require_POST
@member_required()  # the object fetch answers 404 to every other role
def partner_post(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = get_participant_for_partner(request, public_id)
    form = MessageForm(request.POST)
    offices = partners.offices_for_partner_and_participant(request.user, participant)  # type: ignore[arg-type]
    if form.is_valid():
        office = partners.choose_office(offices, form.cleaned_data.get("office"))
        if office is None:
            form.add_error(None, _("Choose the office."))
        else:
            try:
                partners.post_message(
                    actor=request.user,  # type: ignore[arg-type]
                    participant=participant, office=office, text=form.cleaned_data["text"],
                )  # fmt: skip
            except partners.PartnerError as exc:
                form.add_error("text", str(exc))
    if form.errors:
        context = _partner_context(request, participant)
        context["form"] = form
        partners.record_partner_view(request, participant)
        return render(request, "cases/partner_detail.html", context, status=400)
    messages.success(request, _("Message sent."))
    return redirect("cases:partner_detail", public_id=participant.public_id)


# --- The coach's side ------------------------------------------------------------------------


def partner_panel_context(request: HttpRequest, participant: Participant) -> dict[str, Any]:
    return {**partners.coach_panel(participant), "participant": participant}


def outcome_panel_context(request: HttpRequest, participant: Participant) -> dict[str, Any]:
    return {**outcomes.outcome_panel(participant), "participant": participant}


def _panel_or_back(
    request: HttpRequest, participant: Participant, template: str,
    panel_context: Callable[[HttpRequest, Participant], dict[str, Any]], error: str,
    success: str,
) -> HttpResponse:  # fmt: skip
    """After a panel's form: the refreshed panel (with the error) for htmx, else a message and
    back to the page the form was on."""
    if is_partial_request(request):
        context = {**panel_context(request, participant), "error": error}
        return render(
            request, template, {"ctx": context, "participant": participant},
            status=400 if error else 200,
        )  # fmt: skip
    if error:
        messages.error(request, error)
    else:
        messages.success(request, success)
    return _back(request, participant)


@require_POST
@member_required()  # the object fetch answers 404 to every other role
def coach_post(request: HttpRequest, public_id: str) -> HttpResponse:
    """A coach (or coordinator) writes to the shared thread with one consented office."""
    participant = get_participant(request, public_id)
    form = MessageForm(request.POST)
    error = ""
    if form.is_valid():
        offices = list(partners.consented_offices(participant))
        office = partners.choose_office(offices, form.cleaned_data.get("office"))
        if office is None:
            error = _("Choose an office she has consented to.")
        else:
            try:
                partners.post_message(
                    actor=request.user,  # type: ignore[arg-type]
                    participant=participant, office=office, text=form.cleaned_data["text"],
                )  # fmt: skip
            except partners.PartnerError as exc:
                error = str(exc)
    else:
        error = _("Write a message first.")
    return _panel_or_back(
        request, participant, "cases/_partner.html", partner_panel_context, error,
        _("Message sent."),
    )  # fmt: skip


@require_POST
@member_required()  # the object fetch answers 404 to every other role
def outcome_record(request: HttpRequest, public_id: str) -> HttpResponse:
    """Record the exit outcome (closes the case) or a follow-up."""
    participant = get_participant(request, public_id)
    form = OutcomeForm(request.POST)
    error = ""
    if form.is_valid():
        try:
            outcomes.record_outcome(
                actor=request.user,  # type: ignore[arg-type]
                participant=participant, kind=form.cleaned_data["kind"],
                status=form.cleaned_data["status"], on=form.cleaned_data["on"],
            )  # fmt: skip
        except outcomes.OutcomeError as exc:
            error = str(exc)
    else:
        error = " ".join(str(e) for errors in form.errors.values() for e in errors)
    participant.refresh_from_db()  # the exit outcome closes the case
    return _panel_or_back(
        request, participant, "cases/_outcomes.html", outcome_panel_context, error,
        _("Outcome recorded."),
    )  # fmt: skip
