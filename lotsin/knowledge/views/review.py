"""Legal review: the queue, a version with its diff and thread, a translation beside its source."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from lotsin.core.access import active_organization, get_for_member, has_role, member_required
from lotsin.core.languages import is_rtl, local_name
from lotsin.knowledge import queries
from lotsin.knowledge.checks import check_translation
from lotsin.knowledge.diff import list_diff, side_by_side
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.markdown import render_markdown
from lotsin.knowledge.models import AnswerText, AnswerUse, AnswerVersion, VersionStatus
from lotsin.knowledge.roles import AUTHOR_ROLES, READ_ROLES, REVIEWER_ROLES, WITHDRAW_ROLES
from lotsin.knowledge.services import translations, usage, versions
from lotsin.knowledge.services.versions import source_text


@member_required(REVIEWER_ROLES | AUTHOR_ROLES)
def review_queue(request: HttpRequest) -> HttpResponse:
    queue = queries.review_queue(active_organization(request))
    recalls = queries.list_recalls(active_organization(request))
    return render(
        request,
        "knowledge/review_queue.html",
        {**queue, "recalls": recalls, "can_review": has_role(request, REVIEWER_ROLES)},
    )


@member_required(READ_ROLES)
def version_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    version = get_for_member(request, AnswerVersion, public_id)
    source = source_text(version)
    previous = version.answer.versions.filter(number__lt=version.number).order_by("-number").first()
    diff = None
    if previous is not None:
        old = source_text(previous)
        diff = {
            "previous": previous,
            "title": side_by_side(old.title, source.title),
            "body": side_by_side(old.body, source.body),
            "legal_basis": list_diff(previous.legal_basis, version.legal_basis),
            "dates_changed": (previous.valid_from, previous.review_by)
            != (version.valid_from, version.review_by),
        }
    recalled = version.status in (VersionStatus.WITHDRAWN, VersionStatus.SUPERSEDED)
    context = {
        "version": version,
        "answer": version.answer,
        "source": source,
        "body_html": render_markdown(source.body),
        "diff": diff,
        "texts": version.texts.exclude(pk=source.pk).select_related("author", "approved_by"),
        "events": version.events.select_related("actor", "text"),
        "uses": queries.list_uses_to_correct(version) if recalled else [],
        "decision_buttons": _buttons("approve", "send_back", "comment"),
        "withdraw_buttons": _buttons("withdraw", "comment"),
        "comment_buttons": _buttons("comment"),
        "can_write": has_role(request, AUTHOR_ROLES),
        "can_review": has_role(request, REVIEWER_ROLES),
        "can_withdraw": has_role(request, WITHDRAW_ROLES),
        "own_version": version.author_id == request.user.pk or source.author_id == request.user.pk,
        "is_expired": version.status == VersionStatus.VERIFIED and version.is_expired(),
    }
    return render(request, "knowledge/version_detail.html", context)


@member_required(READ_ROLES)
def text_detail(request: HttpRequest, public_id: str) -> HttpResponse:
    text = get_for_member(request, AnswerText, public_id)
    version = text.version
    source = source_text(version)
    current = queries.get_current_version(version.answer)
    outdated_for = (
        current
        if current and text.status == "verified" and version.number < current.number
        else None
    )
    # What changed in the source since the translation was made: the reviewer's question is
    # whether the translation still says the same thing.
    earlier = text.carried_from.version if text.carried_from else None
    newer = current if outdated_for else None
    source_changes = None
    if outdated_for is not None:
        source_changes = side_by_side(source.body, source_text(newer).body)  # type: ignore[arg-type]
    elif earlier is not None and earlier.pk != version.pk:
        source_changes = side_by_side(source_text(earlier).body, source.body)
    own_changes = (
        side_by_side(text.carried_from.body, text.body) if text.carried_from is not None else None
    )
    context = {
        "text": text,
        "version": version,
        "answer": version.answer,
        "source": source,
        "source_html": render_markdown(source.body),
        "text_html": render_markdown(text.body),
        "rtl": is_rtl(text.language),
        "language_name": local_name(text.language),
        "flags": check_translation(source.body, text.body) if not text.is_source else [],
        "source_changes": source_changes,
        "own_changes": own_changes,
        "events": text.events.select_related("actor"),
        "decision_buttons": _buttons("approve", "send_back", "comment"),
        "confirm_buttons": _buttons("confirm", "comment"),
        "comment_buttons": _buttons("comment"),
        "can_write": has_role(request, AUTHOR_ROLES),
        "can_review": has_role(request, REVIEWER_ROLES),
        "own_text": text.author_id == request.user.pk,
        "outdated_for": outdated_for,
    }
    return render(request, "knowledge/text_detail.html", context)


def _buttons(*names: str) -> list[tuple[str, str, str]]:
    labels = {
        "approve": (_("Approve"), "primary"),
        "send_back": (_("Send back"), ""),
        "withdraw": (_("Withdraw this version"), "danger"),
        "confirm": (_("Still correct: confirm for the current version"), "primary"),
        "comment": (_("Comment"), ""),
    }
    return [(name, *labels[name]) for name in names]


Steps = dict[str, tuple[Callable[[], object], str]]


def _run(request: HttpRequest, steps: Steps, action: str) -> None:
    """Run the chosen step; its refusal or its success becomes the message on the next page."""
    if action not in steps:
        messages.error(request, _("Unknown step."))
        return
    step, done = steps[action]
    try:
        step()
    except KnowledgeError as error:
        messages.error(request, error.message)
    else:
        messages.success(request, done)


@member_required(READ_ROLES)
@require_POST
def version_act(request: HttpRequest, public_id: str) -> HttpResponse:
    version = get_for_member(request, AnswerVersion, public_id)
    action = request.POST.get("action", "")
    actor = request.user
    message = request.POST.get("message", "")
    steps: Steps = {
        "submit": (
            lambda: versions.submit_version(actor=actor, version=version),  # type: ignore[arg-type]
            _("Sent for legal review."),
        ),
        "approve": (
            lambda: versions.approve_version(actor=actor, version=version, message=message),  # type: ignore[arg-type]
            _("Approved. This version is now the verified answer."),
        ),
        "send_back": (
            lambda: versions.send_back_version(actor=actor, version=version, message=message),  # type: ignore[arg-type]
            _("Sent back to the author with your reason."),
        ),
        "withdraw": (
            lambda: versions.withdraw_version(actor=actor, version=version, message=message),  # type: ignore[arg-type]
            _("Withdrawn. The places where it was used are listed below."),
        ),
        "comment": (
            lambda: versions.add_comment(actor=actor, version=version, message=message),  # type: ignore[arg-type]
            _("Comment added."),
        ),
    }
    _run(request, steps, action)
    return redirect("knowledge:version", public_id=version.public_id)


@member_required(READ_ROLES)
@require_POST
def text_act(request: HttpRequest, public_id: str) -> HttpResponse:
    text = get_for_member(request, AnswerText, public_id)
    action = request.POST.get("action", "")
    actor = request.user
    message = request.POST.get("message", "")
    current = queries.get_current_version(text.version.answer)
    steps: Steps = {
        "submit": (
            lambda: translations.submit_text(actor=actor, text=text),  # type: ignore[arg-type]
            _("Sent for legal review."),
        ),
        "approve": (
            lambda: translations.approve_text(actor=actor, text=text, message=message),  # type: ignore[arg-type]
            _("Translation approved and published."),
        ),
        "send_back": (
            lambda: translations.send_back_text(actor=actor, text=text, message=message),  # type: ignore[arg-type]
            _("Sent back to the translator with your reason."),
        ),
        "confirm": (
            lambda: translations.confirm_for_version(
                actor=actor,  # type: ignore[arg-type]
                text=text,
                version=current,  # type: ignore[arg-type]
                message=message,
            ),
            _("Translation confirmed for the current version."),
        ),
        "comment": (
            lambda: versions.add_comment(
                actor=actor, version=text.version, message=message, text=text
            ),  # type: ignore[arg-type]
            _("Comment added."),
        ),
    }
    _run(request, steps, action)
    return redirect("knowledge:text", public_id=text.public_id)


@member_required(READ_ROLES)
@require_POST
def use_corrected(request: HttpRequest, public_id: str) -> HttpResponse:
    use = get_for_member(request, AnswerUse, public_id)
    usage.mark_corrected(actor=request.user, use=use)  # type: ignore[arg-type]
    messages.success(request, _("Marked as corrected."))
    return redirect("knowledge:version", public_id=use.text.version.public_id)
