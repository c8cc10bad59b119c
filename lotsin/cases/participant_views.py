"""The coach's lists, intake (blank or from an inbox stub), the participant page with her
consents and the other parts' panels, and the printable intake and consent forms.

Every participant is fetched through lotsin.cases.access; every page that shows her is audited."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from lotsin.accounts.models import User
from lotsin.cases import consents, participants
from lotsin.cases.access import (
    ALL_CASES_ROLES,
    CASE_ROLES,
    can_see_private_notes,
    get_participant,
    participants_for,
)  # fmt: skip
from lotsin.cases.models import (
    CaseStatus,
    Consent,
    GermanLevel,
    Participant,
    PartnerOffice,
    Purpose,
    Recognition,
    Residence,
)  # fmt: skip
from lotsin.cases.panels import render_panels
from lotsin.cases.participant_forms import (
    TABS,
    CoachForm,
    ConsentRecordForm,
    ListFilterForm,
    ParticipantForm,
    StatusForm,
    Tab,
    ui_language_choices,
)  # fmt: skip
from lotsin.cases.participant_pdf import pdf_response, render_pdf
from lotsin.cases.participant_queries import list_participants
from lotsin.core import audit
from lotsin.core.access import active_organization, get_for_member, has_role, member_required
from lotsin.core.htmx import is_partial_request
from lotsin.core.languages import local_name
from lotsin.core.models import Role
from lotsin.inbox.models import ContactStatus, FirstContact

PAGE_SIZE = 50


def _actor(request: HttpRequest) -> User:
    return request.user  # type: ignore[return-value]  # member_required: signed in


def _apply_errors(form: Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for field, errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, errors)
    else:
        form.add_error(None, error)


@member_required(CASE_ROLES)
@vary_on_headers("HX-Request")
def participant_list(request: HttpRequest) -> HttpResponse:
    sees_all = has_role(request, ALL_CASES_ROLES)
    filters = ListFilterForm(request.GET, auto_id="c-%s")
    filters.is_valid()
    data = {key: filters.cleaned_data.get(key) or "" for key in filters.fields}
    tabs = [(key, label) for key, label in TABS if key != Tab.ALL or sees_all]
    default_tab = Tab.MINE if has_role(request, {Role.COACH}) or not sees_all else Tab.ALL
    tab = data["tab"] if data["tab"] in dict(tabs) else default_tab
    query = data["q"].strip()
    people = list_participants(
        participants_for(request), user=_actor(request),
        organization_id=active_organization(request).pk, tab=tab, status=data["status"],
        measure=data["measure"], language=data["language"], query=query,
        own_cases_only=not sees_all,
    )  # fmt: skip
    if tab == Tab.ALL:
        people = people.prefetch_related(
            Prefetch("coaches", queryset=User.objects.only("pk", "username"))
        )
    page = Paginator(people, PAGE_SIZE).get_page(request.GET.get("page"))
    rows = list(page.object_list)
    audit.log_list(request, Participant, len(rows))
    if query:
        audit.record_for_request(
            request, action="cases.participant.searched",
            organization=active_organization(request),
            data={"query": query, "count": page.paginator.count, "tab": tab},
        )  # fmt: skip
    params = request.GET.copy()
    params.pop("page", None)
    params["tab"] = tab
    context: dict[str, Any] = {
        "page": page,
        "rows": rows,
        "tab": tab,
        "tabs": tabs,
        "filters": filters,
        "data": data,
        "query": params.urlencode(),
        "sees_all": sees_all,
        "today": timezone.localdate(),
    }
    if is_partial_request(request):
        return render(request, "cases/participant_list.html#rows", context)
    return render(request, "cases/participant_list.html", context)


def _open_contact(request: HttpRequest) -> FirstContact | None:
    key = request.GET.get("contact") or request.POST.get("contact")
    if not key:
        return None
    return get_for_member(request, FirstContact, key, roles=CASE_ROLES)


@member_required(CASE_ROLES)
def participant_new(request: HttpRequest) -> HttpResponse:
    """Intake: a blank case, or one from an inbox first contact (her language, the note)."""
    org = active_organization(request)
    contact = _open_contact(request)
    if contact is not None and contact.status != ContactStatus.OPEN:
        messages.error(request, _("This first contact has already been taken up or closed."))
        return redirect("cases:list")
    initial = {}
    if contact is not None and contact.language:
        initial["preferred_languages"] = [contact.language]
    form = ParticipantForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            participant = participants.take_in(
                actor=_actor(request), organization=org, first_contact=contact, **form.profile()
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(
                request,
                _("Case %(number)s opened. Next: record her consent to counselling.")
                % {"number": participant.case_number},
            )
            return redirect("cases:participant", public_id=participant.public_id)
    return render(
        request,
        "cases/participant_form.html",
        {"form": form, "contact": contact, "participant": None},
    )


def _detail(
    request: HttpRequest,
    participant: Participant,
    consent_form: ConsentRecordForm | None = None,
    status: int = 200,
) -> HttpResponse:
    """Her page; every render is a read of her data and is audited."""
    org = active_organization(request)
    audit.record_for_request(
        request, action="cases.participant.viewed", organization=org, target=participant
    )
    show_special = can_see_private_notes(request, participant)
    consent_list = list(
        Consent.objects.filter(organization=org, participant=participant).select_related(
            "office", "recorded_by", "revoked_by"
        )
    )
    today = timezone.localdate()
    active_purposes = {c.purpose for c in consent_list if c.is_active(today)}
    her_language = _her_ui_language(participant)
    if consent_form is None:
        consent_form = ConsentRecordForm(
            organization=org,
            initial={"language": her_language, "form": "paper", "given_on": today},
        )
    offices = list(PartnerOffice.objects.filter(organization=org))
    context = {
        "participant": participant,
        "show_special": show_special,
        "coaches": list(participant.coaches.order_by("username")),
        "consents": consent_list,
        "today": today,
        "has_counselling_consent": Purpose.COUNSELLING in active_purposes,
        "consent_form": consent_form,
        "status_form": StatusForm(initial={"status": participant.status}),
        "coach_form": CoachForm(organization=org) if has_role(request, ALL_CASES_ROLES) else None,
        "languages": [local_name(code) for code in participant.preferred_languages],
        "pdf_languages": ui_language_choices(),
        "her_language": her_language,
        "purposes": Purpose.choices,
        "offices": offices,
        "panels": render_panels(request, participant),
    }
    return render(request, "cases/participant_detail.html", context, status=status)


def _her_ui_language(participant: Participant) -> str:
    """The first of her languages that the forms exist in, else the coach's language."""
    available = consents.text_languages()
    for code in participant.preferred_languages:
        if code in available:
            return code
    return translation.get_language() or "de"


@member_required(CASE_ROLES)
def participant_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    return _detail(request, get_participant(request, public_id))


@member_required(CASE_ROLES)
def participant_edit(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = get_participant(request, public_id)
    show_special = can_see_private_notes(request, participant)
    initial = {name: getattr(participant, name) for name in participants.PROFILE_FIELDS}
    form = ParticipantForm(request.POST or None, initial=initial, show_special=show_special)
    if request.method == "POST" and form.is_valid():
        try:
            participants.update_participant(
                actor=_actor(request), participant=participant, **form.profile()
            )
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, _("Saved."))
            return redirect("cases:participant", public_id=participant.public_id)
    else:
        # The form shows her data: a read like her page.
        audit.record_for_request(
            request, action="cases.participant.viewed",
            organization=participant.organization, target=participant, data={"form": "edit"},
        )  # fmt: skip
    return render(
        request,
        "cases/participant_form.html",
        {"form": form, "contact": None, "participant": participant},
    )


@member_required(CASE_ROLES)
@require_POST
def participant_status(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = get_participant(request, public_id)
    form = StatusForm(request.POST)
    if form.is_valid():
        participants.set_status(
            actor=_actor(request), participant=participant, status=form.cleaned_data["status"]
        )
        messages.success(
            request,
            _("Status: %(status)s.") % {"status": CaseStatus(participant.status).label},
        )
    else:
        messages.error(request, _("Unknown status."))
    return redirect("cases:participant", public_id=participant.public_id)


@member_required(ALL_CASES_ROLES)
@require_POST
def participant_coach(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = get_participant(request, public_id)
    form = CoachForm(request.POST, organization=active_organization(request))
    if form.is_valid():
        try:
            participants.assign_coach(
                actor=_actor(request), participant=participant,
                coach=form.cleaned_data["coach"], remove=request.POST.get("remove") == "1",
            )  # fmt: skip
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Coaches changed."))
    else:
        messages.error(request, _("Choose a coach of your organisation."))
    return redirect("cases:participant", public_id=participant.public_id)


@member_required(CASE_ROLES)
@require_POST
def consent_new(request: HttpRequest, public_id: str) -> HttpResponse:
    participant = get_participant(request, public_id)
    form = ConsentRecordForm(request.POST, organization=active_organization(request))
    if form.is_valid():
        data = form.cleaned_data
        try:
            consents.record_consent(
                actor=_actor(request), participant=participant, purpose=data["purpose"],
                given_on=data["given_on"], form=data["form"], language=data["language"],
                office=data["office"], witness=data["witness"], expires_on=data["expires_on"],
            )  # fmt: skip
        except ValidationError as error:
            _apply_errors(form, error)
        else:
            messages.success(request, _("Consent recorded."))
            return redirect("cases:participant", public_id=participant.public_id)
    return _detail(request, participant, consent_form=form, status=422)


@member_required(CASE_ROLES)
@require_POST
def consent_revoke(request: HttpRequest, public_id: str) -> HttpResponse:
    consent = get_for_member(request, Consent, public_id, roles=CASE_ROLES)
    participant = get_participant(request, consent.participant.public_id)
    consents.revoke_consent(actor=_actor(request), consent=consent)
    messages.success(request, _("Consent revoked. It ends now."))
    return redirect("cases:participant", public_id=participant.public_id)


def _pdf_language(request: HttpRequest, default: str) -> str:
    wanted = request.GET.get("lang", "")
    return wanted if wanted in consents.text_languages() else default


def _choice_rows(choices: list[tuple[str, str]]) -> list[str]:
    return [label for _value, label in choices]


@member_required(CASE_ROLES)
def intake_pdf(request: HttpRequest) -> HttpResponse:
    """A blank intake and consent form for a first meeting, in her language (German beside)."""
    org = active_organization(request)
    language = _pdf_language(request, translation.get_language() or "de")
    field = Participant._meta.get_field
    lines = [
        field(name).verbose_name
        for name in ("name", "phone", "email", "messenger", "address_area", "children")
    ]
    texts = ["education", "qualifications", "work_experience", "goals"]
    purposes = [
        {"label": label, "text": consents.consent_text(value, language)}
        for value, label in Purpose.choices
    ]
    context = {
        "organization": org,
        "lines": lines,
        "texts": [field(name).verbose_name for name in texts],
        "german_levels": _choice_rows(GermanLevel.choices),
        "residences": _choice_rows(Residence.choices),
        "recognitions": _choice_rows(Recognition.choices),
        "languages_label": field("preferred_languages").verbose_name,
        "interpreter_label": field("needs_interpreter").verbose_name,
        "childcare_label": field("childcare_needed").verbose_name,
        "german_label": field("german_level").verbose_name,
        "residence_label": field("residence").verbose_name,
        "recognition_label": field("recognition").verbose_name,
        "purposes": purposes,
        "version": consents.CONSENT_TEXT_VERSION,
        "today": timezone.localdate(),
    }
    pdf = render_pdf("cases/intake_pdf.html", context, language)
    return pdf_response(pdf, f"intake-{language}.pdf")


@member_required(CASE_ROLES)
def consent_pdf(request: HttpRequest, public_id: str) -> HttpResponse:
    """Her consent form for one purpose, prefilled, in her language, with signature lines."""
    participant = get_participant(request, public_id)
    purpose = request.GET.get("purpose", Purpose.COUNSELLING)
    if purpose not in Purpose.values:
        purpose = Purpose.COUNSELLING
    office = None
    if purpose == Purpose.PARTNER_EXCHANGE and request.GET.get("office"):
        office = get_for_member(request, PartnerOffice, request.GET["office"], roles=CASE_ROLES)
    language = _pdf_language(request, _her_ui_language(participant))
    audit.record_for_request(
        request, action="cases.participant.viewed", organization=participant.organization,
        target=participant, data={"pdf": "consent", "purpose": purpose, "language": language},
    )  # fmt: skip
    context = {
        "organization": participant.organization,
        "participant": participant,
        "purpose_label": consents.purpose_title(purpose, language),
        "text": consents.consent_text(purpose, language, office),
        "version": consents.CONSENT_TEXT_VERSION,
        "office": office,
        "today": timezone.localdate(),
    }
    pdf = render_pdf("cases/consent_pdf.html", context, language)
    return pdf_response(pdf, f"consent-{participant.case_number}-{purpose}-{language}.pdf")
