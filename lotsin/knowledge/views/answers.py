"""Answer list, answer page, writing drafts and translations."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.decorators.vary import vary_on_headers

from lotsin.core.access import active_organization, get_for_member, has_role, member_required
from lotsin.core.htmx import is_partial_request
from lotsin.core.languages import CONTENT_LANGUAGES, local_name
from lotsin.knowledge import queries
from lotsin.knowledge.checks import check_translation
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.forms import (
    AnswerFilterForm,
    NewAnswerForm,
    TranslationForm,
    UseForm,
    VersionForm,
)
from lotsin.knowledge.models import Answer, AnswerText, AnswerUse, AnswerVersion, VersionStatus
from lotsin.knowledge.roles import AUTHOR_ROLES, READ_ROLES, REVIEWER_ROLES, WITHDRAW_ROLES
from lotsin.knowledge.services import translations, usage, versions
from lotsin.knowledge.services.versions import source_text


@member_required(READ_ROLES)
@vary_on_headers("HX-Request")
def answer_list(request: HttpRequest) -> HttpResponse:
    org = active_organization(request)
    form = AnswerFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    answers = queries.list_answers(
        org,
        query=filters.get("q", ""),
        topic=filters.get("topic", ""),
        language=filters.get("language", ""),
    )
    page = Paginator(answers, 25).get_page(request.GET.get("page"))
    rows = queries.summarize_answers(list(page.object_list))
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "page": page,
        "rows": rows,
        "query": query.urlencode(),
        "can_write": has_role(request, AUTHOR_ROLES),
    }
    if is_partial_request(request):
        return render(request, "knowledge/answer_list.html#results", context)
    return render(request, "knowledge/answer_list.html", context)


@member_required(READ_ROLES)
def answer_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    answer = get_for_member(request, Answer, public_id)
    current = queries.get_current_version(answer)
    open_version = queries.get_open_version(answer)
    shown = current or open_version or queries.get_latest_version(answer)
    states = queries.list_language_states(answer)
    views = queries.count_views(answer)
    for state in states:
        state.views = views.get(state.language, 0)
    missing = [code for code in CONTENT_LANGUAGES if code not in {s.language for s in states}]
    uses = (
        AnswerUse.objects.filter(text__version__answer=answer)
        .select_related("text__version", "used_by")
        .order_by("-used_at")[:20]
    )
    context = {
        "answer": answer,
        "uses": uses,
        "translate_version": current or open_version,
        "current": current,
        "open_version": open_version,
        "shown": shown,
        "source": source_text(shown) if shown else None,
        "states": states,
        "missing_languages": [(code, local_name(code)) for code in missing],
        "versions": answer.versions.select_related("author", "decided_by").order_by("-number"),
        "claims": answer.claims.all(),
        "use_form": UseForm(),
        "can_write": has_role(request, AUTHOR_ROLES),
        "can_review": has_role(request, REVIEWER_ROLES),
        "can_withdraw": has_role(request, WITHDRAW_ROLES),
    }
    return render(request, "knowledge/answer_detail.html", context)


@member_required(AUTHOR_ROLES)
def answer_new(request: HttpRequest) -> HttpResponse:
    form = NewAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            version = versions.create_answer(
                actor=request.user,  # type: ignore[arg-type]
                organization=active_organization(request),
                **{k: data[k] for k in _VERSION_FIELDS},
                language=data["language"],
            )
        except KnowledgeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Draft saved. Send it for legal review when it is ready."))
            return redirect("knowledge:version", public_id=version.public_id)
    return render(request, "knowledge/version_form.html", {"form": form, "version": None})


_VERSION_FIELDS = (
    "title", "body", "questions", "topics", "legal_basis", "sources", "valid_from", "review_by",
)  # fmt: skip


@member_required(AUTHOR_ROLES)
def version_edit(request: HttpRequest, public_id: str) -> HttpResponse:
    version = get_for_member(request, AnswerVersion, public_id)
    text = source_text(version)
    initial = {
        "title": text.title,
        "body": text.body,
        "questions": text.questions,
        "topics": version.answer.topics,
        "legal_basis": version.legal_basis,
        "sources": version.sources,
        "valid_from": version.valid_from,
        "review_by": version.review_by,
    }
    form = VersionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            versions.update_draft(
                actor=request.user,  # type: ignore[arg-type]
                version=version,
                **{k: form.cleaned_data[k] for k in _VERSION_FIELDS},
            )
        except KnowledgeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Draft saved."))
            return redirect("knowledge:version", public_id=version.public_id)
    return render(request, "knowledge/version_form.html", {"form": form, "version": version})


@member_required(AUTHOR_ROLES)
def translate(request: HttpRequest, public_id: str, language: str) -> HttpResponse:
    """Translation editor: the source beside the translation, with the checks live."""
    version = get_for_member(request, AnswerVersion, public_id)
    source = source_text(version)
    existing = version.texts.filter(language=language).order_by("-revision").first()
    outdated = None
    if existing is None:
        outdated = (
            AnswerText.objects.filter(
                version__answer=version.answer,
                language=language,
                version__number__lt=version.number,
            )
            .order_by("-version__number", "-revision")
            .first()
        )
    start = existing or outdated
    initial = (
        {"title": start.title, "body": start.body, "questions": start.questions} if start else {}
    )
    form = TranslationForm(request.POST or None, initial=initial)
    if language not in CONTENT_LANGUAGES or language == version.source_language:
        messages.error(request, _("Choose another language to translate into."))
        return redirect("knowledge:answer", public_id=version.answer.public_id)
    if request.method == "POST" and form.is_valid():
        try:
            text = translations.save_translation(
                actor=request.user,  # type: ignore[arg-type]
                version=version,
                language=language,
                carried_from=outdated,
                **form.cleaned_data,
            )
            if request.POST.get("submit"):
                translations.submit_text(actor=request.user, text=text)  # type: ignore[arg-type]
        except KnowledgeError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, _("Translation saved."))
            return redirect("knowledge:text", public_id=text.public_id)
    body = form.data.get("body", "") if form.is_bound else initial.get("body", "")
    context = {
        "form": form,
        "version": version,
        "source": source,
        "language": language,
        "language_name": local_name(language),
        "flags": check_translation(source.body, body) if body else [],
    }
    return render(request, "knowledge/translate.html", context)


@member_required(AUTHOR_ROLES)
@require_POST
def check_text(request: HttpRequest, public_id: str) -> HttpResponse:
    """htmx: the checks of the translation being typed, against the version's source."""
    version = get_for_member(request, AnswerVersion, public_id)
    flags = check_translation(source_text(version).body, request.POST.get("body", ""))
    return render(request, "knowledge/_checks.html", {"flags": flags})


@member_required(AUTHOR_ROLES)
@require_POST
def new_version(request: HttpRequest, public_id: str) -> HttpResponse:
    answer = get_for_member(request, Answer, public_id)
    try:
        version = versions.start_new_version(actor=request.user, answer=answer)  # type: ignore[arg-type]
    except KnowledgeError as error:
        messages.error(request, error.message)
        return redirect("knowledge:answer", public_id=answer.public_id)
    messages.success(
        request, _("Version %(number)d started as a draft.") % {"number": version.number}
    )
    return redirect("knowledge:version_edit", public_id=version.public_id)


@member_required(READ_ROLES)
@require_POST
def record_use(request: HttpRequest, public_id: str) -> HttpResponse:
    """An advisor notes where she posted the answer, so a later correction can reach it."""
    answer = get_for_member(request, Answer, public_id)
    form = UseForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Name the channel or group where you used the answer."))
        return redirect("knowledge:answer", public_id=answer.public_id)
    text = get_for_member(request, AnswerText, request.POST.get("text", ""))
    if text.version.answer_id != answer.pk:
        raise Http404("not found")
    try:
        usage.record_use(actor=request.user, text=text, **form.cleaned_data)  # type: ignore[arg-type]
    except KnowledgeError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request, _("Use recorded. If the answer changes, it is listed for correction.")
        )
    return redirect("knowledge:answer", public_id=answer.public_id)


@member_required(AUTHOR_ROLES)
def translate_pick(request: HttpRequest, public_id: str) -> HttpResponse:
    version = get_for_member(request, AnswerVersion, public_id)
    return redirect(
        "knowledge:translate",
        public_id=version.public_id,
        language=request.GET.get("language", "x"),
    )


def version_is_recalled(version: AnswerVersion) -> bool:
    return version.status in (VersionStatus.WITHDRAWN, VersionStatus.SUPERSEDED)
