from __future__ import annotations

import csv
import json

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_POST
from django.views.decorators.vary import vary_on_headers

from lotsin.core import audit, health, services
from lotsin.core.access import active_organization, get_for_member, member_required
from lotsin.core.forms import AuditFilterForm, OrganizationSettingsForm
from lotsin.core.htmx import is_partial_request
from lotsin.core.middleware import SESSION_KEY
from lotsin.core.models import Membership, Role
from lotsin.core.queries import list_audit_events, list_members, list_user_organizations

PEOPLE_ROLES = {Role.ADMIN, Role.COORDINATOR}


@member_required()
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "core/home.html")


@login_required
def no_organization(request: HttpRequest) -> HttpResponse:
    if getattr(request, "organization", None) is not None:
        return redirect("core:home")
    return render(request, "core/no_organization.html", status=403)


@login_required
@require_POST
def switch_organization(request: HttpRequest) -> HttpResponse:
    wanted = request.POST.get("organization", "")
    org = next(
        (o for o in list_user_organizations(request.user) if str(o.public_id) == wanted),  # type: ignore[arg-type]
        None,
    )
    if org is None:
        raise Http404("not found")
    request.session[SESSION_KEY] = str(org.public_id)
    messages.success(request, _("You are now working in %(name)s.") % {"name": org.name})
    return redirect("core:home")


@member_required(PEOPLE_ROLES)
def members(request: HttpRequest) -> HttpResponse:
    people = list_members(active_organization(request))
    page = Paginator(people, 50).get_page(request.GET.get("page"))
    audit.log_list(request, Membership, len(page.object_list))
    return render(request, "core/member_list.html", {"page": page})


@member_required(PEOPLE_ROLES)
def member_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    membership = get_for_member(request, Membership, public_id, roles=PEOPLE_ROLES)
    audit.log_read(request, membership)
    roles = Membership.objects.filter(user=membership.user).values_list("role", flat=True)
    return render(
        request,
        "core/member_detail.html",
        {"membership": membership, "roles_display": [Role(r).label for r in roles]},
    )


@member_required({Role.ADMIN})
@vary_on_headers("HX-Request")
def audit_list(request: HttpRequest) -> HttpResponse:
    form = AuditFilterForm(request.GET or None)
    events = list_audit_events(**form.cleaned_data) if form.is_valid() else list_audit_events()
    page = Paginator(events, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    context = {"form": form, "page": page, "query": query.urlencode()}
    if is_partial_request(request):
        return render(request, "core/audit_list.html#results", context)
    return render(request, "core/audit_list.html", context)


class _Echo:
    def write(self, value: str) -> str:
        return value


@member_required({Role.ADMIN})
@never_cache
def audit_export(request: HttpRequest) -> StreamingHttpResponse:
    form = AuditFilterForm(request.GET or None)
    if form.is_bound and not form.is_valid():
        return HttpResponse(json.dumps(form.errors), status=400, content_type="application/json")  # type: ignore[return-value]
    filters = form.cleaned_data if form.is_bound else {}
    org = active_organization(request)
    audit.record(
        action="core.audit.exported",
        organization=org,
        actor=request.user,  # type: ignore[arg-type]
        data={k: str(v) for k, v in filters.items() if v},
    )
    events = list_audit_events(**filters).iterator(chunk_size=1000)
    writer = csv.writer(_Echo())
    header = [
        "time",
        "organisation",
        "actor",
        "actor_kind",
        "action",
        "target_type",
        "target_id",
        "target",
        "data",
        "redacted",
    ]

    def rows():  # type: ignore[no-untyped-def]
        yield writer.writerow(header)
        for e in events:
            yield writer.writerow(
                [
                    e.created_at.isoformat(),
                    org.slug,
                    e.actor_user.username if e.actor_user else "",
                    e.actor_kind,
                    e.action,
                    e.target_type,
                    e.target_id,
                    e.target_repr,
                    json.dumps(e.data, ensure_ascii=False, sort_keys=True),
                    e.redacted,
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="audit-{org.slug}.csv"'
    return response


@member_required({Role.ADMIN})
def organization_settings(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    form = OrganizationSettingsForm(
        request.POST or None, initial={"require_2fa_roles": org.require_2fa_roles}
    )
    if request.method == "POST" and form.is_valid():
        services.set_required_2fa_roles(
            organization=org,
            roles=form.cleaned_data["require_2fa_roles"],
            actor=request.user,  # type: ignore[arg-type]
        )
        messages.success(request, _("Settings saved."))
        return redirect("core:settings")
    return render(request, "core/organization_settings.html", {"form": form})


@require_GET
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    report = health.check()
    return JsonResponse(report, status=200 if report["status"] == "ok" else 503)


def error_403(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "403.html", status=403)


def error_404(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    return render(request, "404.html", status=404)
