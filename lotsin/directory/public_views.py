"""The directory page for the public: no account, no tracking, in the reader's language."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from lotsin.core.languages import is_rtl
from lotsin.core.models import Organization
from lotsin.core.scoping import organization_scope
from lotsin.directory.forms import PublicFilterForm
from lotsin.directory.languages import UI_LANGUAGES, language_name, text_language
from lotsin.directory.models import Service
from lotsin.directory.opening import is_open_at
from lotsin.directory.queries import list_districts, list_languages, list_services
from lotsin.directory.referral import feature_labels, opening_lines
from lotsin.directory.validators import LANGUAGE_CODE


def _entry(service: Service, lang: str, now: object) -> dict[str, object]:
    return {
        "service": service,
        "description": service.description_for(lang),
        "hours": opening_lines(service),
        "features": feature_labels(service),
        "open_now": is_open_at(service, now),  # type: ignore[arg-type]
    }


@require_GET
def public_list(request: HttpRequest, org_slug: str, lang: str) -> HttpResponse:
    if not LANGUAGE_CODE.match(lang):
        raise Http404("unknown language")
    org = get_object_or_404(Organization, slug=org_slug)
    now = timezone.now()
    with organization_scope(org), translation.override(text_language(lang)):
        form = PublicFilterForm(
            request.GET or None,
            districts=list_districts(public_only=True),
            languages=list_languages(public_only=True),
        )
        entries = [_entry(s, lang, now) for s in list_services(form.filters(public_only=True))]
        context = {
            "organization": org,
            "form": form,
            "lang": lang,
            "rtl": is_rtl(lang),
            "hotlines": [e for e in entries if e["service"].is_hotline],  # type: ignore[attr-defined]
            "services": [e for e in entries if not e["service"].is_hotline],  # type: ignore[attr-defined]
            "other_languages": [(c, language_name(c)) for c in UI_LANGUAGES if c != lang],
        }
        response = render(request, "directory/public_list.html", context)
    # Otherwise LocaleMiddleware labels the page with the visitor's browser language.
    response["Content-Language"] = lang
    return response
