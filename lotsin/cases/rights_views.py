"""Rights of the person in the browser, for coordinators and administrators: download everything
held about her (JSON or PDF) and erase her personal data after typing her case number. Both call
the same services as `lotsin person` and are audited there. Importing this module registers the
rights panel and the daily retention job."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods, require_POST

from lotsin.cases import (
    retention,  # noqa: F401  registers the daily retention job
    rights,
)
from lotsin.cases.access import ALL_CASES_ROLES
from lotsin.cases.models import Participant
from lotsin.cases.panels import register_panel
from lotsin.core.access import get_for_member, has_role, member_required


class ExportForm(forms.Form):
    format = forms.ChoiceField(choices=[("json", "JSON"), ("pdf", "PDF")])


class EraseForm(forms.Form):
    case_number = forms.CharField(
        label=gettext_lazy("Type her case number to confirm"), max_length=20, strip=True
    )

    def __init__(self, *args: Any, participant: Participant, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.participant = participant

    def clean_case_number(self) -> str:
        value = str(self.cleaned_data["case_number"])
        if value != self.participant.case_number:
            raise forms.ValidationError(_("That is not her case number. Nothing was erased."))
        return value


def _participant(request: HttpRequest, public_id: object) -> Participant:
    """A participant of the active organisation for a coordinator or administrator, else 404."""
    participant = get_for_member(request, Participant, public_id, roles=ALL_CASES_ROLES)
    if participant.anonymised_at is not None:
        raise Http404("not found")
    return participant


def _attachment(content: bytes | str, content_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "no-store"
    return response


@require_POST
@member_required()
def person_export(request: HttpRequest, public_id: object) -> HttpResponse:
    participant = _participant(request, public_id)
    form = ExportForm(request.POST)
    if not form.is_valid():
        return HttpResponse(_("Choose JSON or PDF."), status=400)
    data = rights.export_person(actor=request.user, participant=participant)  # type: ignore[arg-type]
    stem = participant.case_number
    if form.cleaned_data["format"] == "json":
        return _attachment(
            rights.export_json(data), "application/json; charset=utf-8", f"{stem}.json"
        )
    language = rights.export_language(participant)
    pdf = rights.export_pdf(data, language)
    if pdf is None:  # without WeasyPrint: the same document as a page to print
        return _attachment(
            rights.export_html(data, language), "text/html; charset=utf-8", f"{stem}.html"
        )
    return _attachment(pdf, "application/pdf", f"{stem}.pdf")


@require_http_methods(["GET", "POST"])
@member_required()
def person_erase(request: HttpRequest, public_id: object) -> HttpResponse:
    participant = _participant(request, public_id)
    form = EraseForm(request.POST or None, participant=participant)
    if request.method == "POST" and form.is_valid():
        counts = rights.erase_person(actor=request.user, participant=participant)  # type: ignore[arg-type]
        messages.success(
            request,
            _(
                "The personal data of case %(case)s was erased (%(events)d audit entries "
                "redacted). The anonymous statistics remain."
            )
            % {"case": participant.case_number, "events": counts["audit_events"]},
        )
        return redirect("cases:list")
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "cases/person_erase.html",
        {"participant": participant, "form": form},
        status=status,
    )


def rights_panel_context(request: HttpRequest, participant: Participant) -> dict[str, Any]:
    """No queries: the panel shows only to coordinators and administrators."""
    allowed = has_role(request, ALL_CASES_ROLES) and participant.anonymised_at is None
    return {
        "allowed": allowed,
        "pdf": rights.pdf_available(),
        "export_url": reverse("cases:person_export", args=[participant.public_id]),
        "erase_url": reverse("cases:person_erase", args=[participant.public_id]),
    }


register_panel("rights", "cases/_rights.html", rights_panel_context, order=90)
