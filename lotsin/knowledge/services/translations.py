"""Translations of a version: each language is written, reviewed and verified on its own.

A translation can be approved only once the version's legal content is verified. When a new
version supersedes the old one, the old translations are outdated: a lawyer either confirms one
for the new version (the wording still holds) or someone updates it and sends it for review.
"""

from __future__ import annotations

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.languages import CONTENT_LANGUAGES
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import (
    AnswerText,
    AnswerVersion,
    ReviewEventKind,
    TextStatus,
    VersionStatus,
)
from lotsin.knowledge.roles import AUTHOR_ROLES, REVIEWER_ROLES
from lotsin.knowledge.services.versions import (
    _check_four_eyes,
    _event,
    add_contributor,
    require_role,
)
from lotsin.knowledge.signals import announce_change

OPEN_VERSION = (VersionStatus.DRAFT, VersionStatus.IN_REVIEW, VersionStatus.VERIFIED)


def _fresh(text: AnswerText) -> AnswerText:
    """Re-read the text under a row lock: decide on what is stored, not on a stale copy."""
    AnswerText.objects.select_for_update().filter(pk=text.pk).values_list("pk").get()
    text.refresh_from_db()
    return text


def _latest(version: AnswerVersion, language: str) -> AnswerText | None:
    return version.texts.filter(language=language).order_by("-revision").first()


@transaction.atomic
def save_translation(
    *,
    actor: User | None,
    version: AnswerVersion,
    language: str,
    title: str,
    body: str,
    questions: list[str] | None = None,
    carried_from: AnswerText | None = None,
) -> AnswerText:
    """Write or change the translation of `version` into `language` (a draft).

    A draft is changed in place; a verified translation gets a new draft revision beside it,
    so the verified wording stays public until the new one is approved.
    """
    require_role(actor, version.organization, AUTHOR_ROLES)
    if language not in CONTENT_LANGUAGES:
        raise KnowledgeError(_("Unknown language: %(code)s") % {"code": language})
    if language == version.source_language:
        raise KnowledgeError(_("This is the source language; change it in the version itself."))
    if version.status not in OPEN_VERSION:
        raise KnowledgeError(
            _("This version is no longer in use; translate the current version."),
            code="conflict",
        )
    if not title.strip() or not body.strip():
        raise KnowledgeError(_("A translation needs a title and an answer."))
    latest = _latest(version, language)
    if latest is not None and latest.status == TextStatus.IN_REVIEW:
        raise KnowledgeError(
            _("This translation is being reviewed; wait for the decision."), code="conflict"
        )
    if latest is not None and latest.status == TextStatus.DRAFT:
        text = latest
        text.title, text.body, text.questions = title, body, list(questions or [])
        text.author = text.author or actor
        add_contributor(text, actor)
        text.save()
    else:
        text = AnswerText.objects.create(
            organization=version.organization,
            version=version,
            language=language,
            revision=(latest.revision + 1) if latest else 1,
            title=title,
            body=body,
            questions=list(questions or []),
            author=actor,
            contributor_ids=[actor.pk] if actor else [],
            carried_from=carried_from,
        )
    audit.record(
        action="knowledge.text.saved",
        organization=version.organization,
        actor=actor,
        target=text,
        data={"language": language},
    )
    return text


@transaction.atomic
def submit_text(*, actor: User | None, text: AnswerText) -> AnswerText:
    require_role(actor, text.organization, AUTHOR_ROLES)
    text = _fresh(text)
    if text.is_source:
        raise KnowledgeError(_("The source text is sent for review with its version."))
    if text.status != TextStatus.DRAFT:
        raise KnowledgeError(_("Only a draft can be sent for review."), code="conflict")
    text.status = TextStatus.IN_REVIEW
    text.save(update_fields=["status", "updated_at"])
    _event(text.version, ReviewEventKind.SUBMITTED, actor, text=text)
    audit.record(
        action="knowledge.text.submitted", organization=text.organization, actor=actor, target=text
    )
    return text


def _supersede_other_revisions(text: AnswerText) -> None:
    text.version.texts.filter(language=text.language, status=TextStatus.VERIFIED).exclude(
        pk=text.pk
    ).update(status=TextStatus.SUPERSEDED)


@transaction.atomic
def approve_text(*, actor: User | None, text: AnswerText, message: str = "") -> AnswerText:
    require_role(actor, text.organization, REVIEWER_ROLES)
    text = _fresh(text)
    if text.status != TextStatus.IN_REVIEW:
        raise KnowledgeError(_("Only a translation in review can be approved."), code="conflict")
    if text.version.status != VersionStatus.VERIFIED:
        raise KnowledgeError(
            _("Approve the version's legal content first, then its translations."),
            code="conflict",
        )
    _check_four_eyes(actor, text)
    text.status, text.approved_by, text.approved_at = TextStatus.VERIFIED, actor, timezone.now()
    text.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    _supersede_other_revisions(text)
    _event(text.version, ReviewEventKind.APPROVED, actor, message, text=text)
    announce_change(text.organization_id)
    audit.record(
        action="knowledge.text.approved",
        organization=text.organization,
        actor=actor,
        target=text,
        data={"reason": message},
    )
    return text


@transaction.atomic
def send_back_text(*, actor: User | None, text: AnswerText, message: str) -> AnswerText:
    require_role(actor, text.organization, REVIEWER_ROLES)
    text = _fresh(text)
    if text.is_source:
        raise KnowledgeError(_("The source text is sent back with its version."))
    if text.status != TextStatus.IN_REVIEW:
        raise KnowledgeError(_("Only a translation in review can be sent back."), code="conflict")
    if not message.strip():
        raise KnowledgeError(_("Say why you send it back, so the author knows what to change."))
    text.status = TextStatus.DRAFT
    text.save(update_fields=["status", "updated_at"])
    _event(text.version, ReviewEventKind.SENT_BACK, actor, message, text=text)
    audit.record(
        action="knowledge.text.sent_back",
        organization=text.organization,
        actor=actor,
        target=text,
        data={"reason": message},
    )
    return text


@transaction.atomic
def confirm_for_version(
    *, actor: User | None, text: AnswerText, version: AnswerVersion | None, message: str = ""
) -> AnswerText:
    """A lawyer checks an outdated translation against the new version and finds it still right."""
    require_role(actor, text.organization, REVIEWER_ROLES)
    if version is None or version.status != VersionStatus.VERIFIED:
        raise KnowledgeError(_("This answer has no verified version to confirm it for."))
    if text.version.answer_id != version.answer_id:
        raise KnowledgeError(_("Confirm translations for the answer's current version only."))
    # Only wording of a superseded version: a withdrawn version's wording must not come back.
    if (
        text.status != TextStatus.VERIFIED
        or text.version.status != VersionStatus.SUPERSEDED
        or text.version.number >= version.number
    ):
        raise KnowledgeError(_("Only an outdated verified translation can be confirmed."))
    _check_four_eyes(actor, text)
    latest = _latest(version, text.language)
    confirmed = AnswerText.objects.create(
        organization=version.organization,
        version=version,
        language=text.language,
        revision=(latest.revision + 1) if latest else 1,
        title=text.title,
        body=text.body,
        questions=list(text.questions),
        status=TextStatus.VERIFIED,
        author=text.author,
        contributor_ids=list(text.contributor_ids),
        approved_by=actor,
        approved_at=timezone.now(),
        carried_from=text,
    )
    _supersede_other_revisions(confirmed)
    announce_change(version.organization_id)
    _event(version, ReviewEventKind.CONFIRMED, actor, message, text=confirmed)
    audit.record(
        action="knowledge.text.confirmed",
        organization=version.organization,
        actor=actor,
        target=confirmed,
        data={"from_version": text.version.number},
    )
    return confirmed
