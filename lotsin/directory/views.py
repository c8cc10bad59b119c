"""Directory pages for members: every member reads, coordinators and administrators write."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.vary import vary_on_headers

from lotsin.core.access import active_organization, get_for_member, has_role, member_required
from lotsin.core.htmx import is_partial_request
from lotsin.core.models import Role
from lotsin.directory import services
from lotsin.directory.forms import ServiceFilterForm, ServiceForm
from lotsin.directory.languages import UI_LANGUAGES, language_name
from lotsin.directory.models import Service
from lotsin.directory.opening import is_open_at
from lotsin.directory.queries import list_districts, list_languages, list_services
from lotsin.directory.referral import feature_labels, opening_lines, referral_text

EDITOR_ROLES = {Role.COORDINATOR, Role.ADMIN}
PAGE_SIZE = 25


@member_required()
@vary_on_headers("HX-Request")
def service_list(request: HttpRequest) -> HttpResponse:
    form = ServiceFilterForm(
        request.GET or None, districts=list_districts(), languages=list_languages()
    )
    results = list_services(form.filters())
    page = Paginator(results, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    now = timezone.now()
    context = {
        "form": form,
        "page": page,
        "rows": [(s, is_open_at(s, now)) for s in page.object_list],
        "query": query.urlencode(),
        "any_services": Service.objects.exists(),
        "can_edit": has_role(request, EDITOR_ROLES),
        "org_slug": active_organization(request).slug,
    }
    if is_partial_request(request):
        return render(request, "directory/service_list.html#results", context)
    return render(request, "directory/service_list.html", context)


@member_required()
def service_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    service = get_for_member(request, Service, public_id)
    lang = request.GET.get("lang") or request.LANGUAGE_CODE
    choices = list(dict.fromkeys([*UI_LANGUAGES, *service.languages]))
    if lang not in choices:
        lang = "en"
    context = {
        "service": service,
        "hours": opening_lines(service),
        "features": feature_labels(service),
        "open_now": is_open_at(service, timezone.now()),
        "other_descriptions": [
            (code, language_name(code), text) for code, text in sorted(service.descriptions.items())
        ],
        "referral": referral_text(service, lang),
        "referral_lang": lang,
        "referral_choices": [(code, language_name(code)) for code in choices],
        "can_edit": has_role(request, EDITOR_ROLES),
    }
    return render(request, "directory/service_detail.html", context)


def _save(request: HttpRequest, form: ServiceForm, service: Service | None) -> Service | None:
    """Run the service call; map its validation errors onto the form."""
    try:
        if service is None:
            return services.create_service(
                organization=active_organization(request),
                actor=request.user,  # type: ignore[arg-type]
                data=form.service_data(),
            )
        services.update_service(service=service, actor=request.user, data=form.service_data())  # type: ignore[arg-type]
        return service
    except ValidationError as exc:
        for field, errors in exc.message_dict.items():
            form.add_error(field if field in form.fields else None, errors)
        return None


@member_required(EDITOR_ROLES)
def service_new(request: HttpRequest) -> HttpResponse:
    form = ServiceForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        service = _save(request, form, None)
        if service is not None:
            messages.success(request, _("Directory entry created."))
            return redirect("directory:detail", public_id=service.public_id)
    return render(request, "directory/service_form.html", _form_context(form, None))


@member_required(EDITOR_ROLES)
def service_edit(request: HttpRequest, public_id: str) -> HttpResponse:
    service = get_for_member(request, Service, public_id, roles=EDITOR_ROLES)
    form = ServiceForm(request.POST or None, service=service)
    if request.method == "POST" and form.is_valid() and _save(request, form, service):
        messages.success(request, _("Changes saved."))
        return redirect("directory:detail", public_id=service.public_id)
    return render(request, "directory/service_form.html", _form_context(form, service))


def _form_context(form: ServiceForm, service: Service | None) -> dict[str, object]:
    return {"form": form, "service": service, "districts": list_districts()}


@member_required(EDITOR_ROLES)
def service_delete(request: HttpRequest, public_id: str) -> HttpResponse:
    service = get_for_member(request, Service, public_id, roles=EDITOR_ROLES)
    if request.method == "POST":
        services.delete_service(service=service, actor=request.user)  # type: ignore[arg-type]
        messages.success(request, _("“%(name)s” was deleted.") % {"name": service.name})
        return redirect("directory:list")
    return render(request, "directory/service_confirm_delete.html", {"service": service})
