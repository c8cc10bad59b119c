"""Public answer pages: no account, no JavaScript, no tracking, small enough for a cheap phone.

The page is rendered in the answer's language (its labels too, for the seven UI languages),
right-to-left where the language needs it, with Open Graph tags for link previews.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django_scopes import scopes_disabled

from lotsin.core.languages import is_rtl, local_name
from lotsin.core.scoping import organization_scope
from lotsin.knowledge import queries
from lotsin.knowledge.markdown import plain_text, render_markdown
from lotsin.knowledge.models import Answer
from lotsin.knowledge.services.usage import count_page_view
from lotsin.knowledge.services.versions import source_text

UI_LANGUAGES = {"de", "en", "uk", "ru", "ar", "fa", "tr"}


def find_public_answer(**lookup: str) -> Answer:
    # Reviewed: public pages have no organisation in the address, so the answer is found
    # across organisations by its global slug or code, then everything else runs in its scope.
    with scopes_disabled():
        answer = Answer.objects.select_related("organization").filter(**lookup).first()
    if answer is None:
        raise Http404("not found")
    return answer


@require_GET
# Revalidate on every view: a withdrawn answer must not linger in a shared cache.
@cache_control(public=True, no_cache=True, max_age=0)
def answer_page(request: HttpRequest, slug: str, language: str) -> HttpResponse:
    answer = find_public_answer(slug=slug)
    with organization_scope(answer.organization):
        text, outdated = queries.public_text(answer, language)
        current = queries.get_current_version(answer)
        if text is None or current is None:
            return _not_in_language(request, answer, current, language)
        count_page_view(answer=answer, language=language)
        others = [
            (code, local_name(code))
            for code in sorted(queries.verified_texts(current))
            if code != language
        ]
        source = source_text(current)
        context = {
            "answer": answer,
            "text": text,
            "version": current,
            "outdated": outdated,
            "source_language_name": local_name(current.source_language),
            "source_url": reverse(
                "knowledge_public:answer", args=[answer.slug, current.source_language]
            ),
            "checked_on": (source.approved_at or current.decided_at),
            "expired": current.is_expired(),
            "body_html": render_markdown(text.body),
            "description": plain_text(text.body)[:200],
            "others": others,
            "lang": language,
            "rtl": is_rtl(language),
            "page_url": request.build_absolute_uri(),
            "short_url": request.build_absolute_uri(
                reverse("knowledge_public:short", args=[answer.short_code, language])
            ),
        }
        with translation.override(language if language in UI_LANGUAGES else "en"):
            return render(request, "knowledge/public_answer.html", context)


def _not_in_language(
    request: HttpRequest, answer: Answer, current: object, language: str
) -> HttpResponse:
    languages = sorted(queries.verified_texts(current)) if current else []  # type: ignore[arg-type]
    if not languages:
        raise Http404("not published")
    with translation.override(language if language in UI_LANGUAGES else "en"):
        response = render(
            request,
            "knowledge/public_missing.html",
            {
                "answer": answer,
                "others": [(code, local_name(code)) for code in languages],
                "lang": language,
                "rtl": is_rtl(language),
            },
            status=404,
        )
    return response


@require_GET
def answer_default(request: HttpRequest, slug: str) -> HttpResponse:
    """`/a/<slug>/`: the reader's browser language when there is a text in it, else the source."""
    answer = find_public_answer(slug=slug)
    with organization_scope(answer.organization):
        current = queries.get_current_version(answer)
        if current is None:
            raise Http404("not published")
        available = queries.verified_texts(current)
    wanted = translation.get_language_from_request(request)
    language = wanted if wanted in available else current.source_language
    return redirect("knowledge_public:answer", slug=answer.slug, language=language)


@require_GET
def short_link(request: HttpRequest, code: str, language: str = "") -> HttpResponse:
    answer = find_public_answer(short_code=code)
    if language:
        return redirect("knowledge_public:answer", slug=answer.slug, language=language)
    return redirect("knowledge_public:answer_default", slug=answer.slug)
