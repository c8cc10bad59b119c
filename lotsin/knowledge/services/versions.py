"""The life of an answer version: draft -> in review -> verified -> withdrawn or superseded.

Every step checks the actor's role and the four-eyes rule here, so the UI, the API and imports
cannot disagree about who may do what.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.languages import CONTENT_LANGUAGES
from lotsin.core.models import Organization
from lotsin.core.queries import get_user_roles
from lotsin.core.topics import Topic
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import (
    Answer,
    AnswerText,
    AnswerUse,
    AnswerVersion,
    ReviewEvent,
    ReviewEventKind,
    TextStatus,
    VersionStatus,
)
from lotsin.knowledge.roles import AUTHOR_ROLES, REVIEWER_ROLES, WITHDRAW_ROLES
from lotsin.knowledge.signals import announce_change

SHORT_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud, typed by hand


def require_role(actor: User | None, organization: Organization, roles: frozenset[str]) -> None:
    """Services check roles themselves; `None` is the system (imports, demo, tasks)."""
    if actor is None:
        return
    if not get_user_roles(actor, organization) & roles:
        raise KnowledgeError(_("Your role does not allow this step."), code="forbidden")


def _check_fields(language: str | None, topics: list[str] | None) -> None:
    if language is not None and language not in CONTENT_LANGUAGES:
        raise KnowledgeError(_("Unknown language: %(code)s") % {"code": language})
    unknown = sorted(set(topics or []) - set(Topic.values))
    if unknown:
        raise KnowledgeError(_("Unknown topic: %(topics)s") % {"topics": ", ".join(unknown)})


def check_sources(sources: list[dict[str, str]] | None) -> list[dict[str, str]]:
    """Sources are shown as links on public pages: only web addresses, never javascript:."""
    cleaned = []
    for source in sources or []:
        url = str(source.get("url", "")).strip()
        if not url.lower().startswith(("https://", "http://")):
            raise KnowledgeError(
                _("Each source needs an address starting with https:// (%(line)s)")
                % {"line": source.get("title") or url}
            )
        cleaned.append({"title": str(source.get("title") or url).strip()[:300], "url": url[:1000]})
    return cleaned


def add_contributor(text: AnswerText, actor: User | None) -> None:
    if actor is not None and actor.pk not in text.contributor_ids:
        text.contributor_ids = [*text.contributor_ids, actor.pk]


def locked(version: AnswerVersion) -> AnswerVersion:
    """The version row, locked until the transaction ends: two decisions cannot interleave."""
    rows = AnswerVersion.objects.select_for_update().filter(pk=version.pk)
    version.status = rows.values_list("status", flat=True).get()
    return version


def _unique_slug(title: str, wanted: str = "") -> str:
    base = slugify(wanted or title)[:60].strip("-") or "answer"
    slug, n = base, 2
    # Slugs are global: public pages have no organisation in their address.
    while Answer._base_manager.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def _short_code() -> str:
    while True:
        code = "".join(secrets.choice(SHORT_CODE_ALPHABET) for _ in range(6))
        if not Answer._base_manager.filter(short_code=code).exists():
            return code


def _event(
    version: AnswerVersion,
    kind: str,
    actor: User | None,
    message: str = "",
    text: AnswerText | None = None,
) -> None:
    ReviewEvent.objects.create(
        organization=version.organization,
        version=version,
        text=text,
        kind=kind,
        message=message,
        actor=actor,
    )


def source_text(version: AnswerVersion) -> AnswerText:
    text = version.texts.filter(language=version.source_language).order_by("-revision").first()
    if text is None:  # a version is always created with its source text
        raise KnowledgeError(_("This version has no source text."))
    return text


@transaction.atomic
def create_answer(
    *,
    actor: User | None,
    organization: Organization,
    language: str,
    title: str,
    body: str,
    questions: list[str] | None = None,
    topics: list[str] | None = None,
    legal_basis: list[str] | None = None,
    sources: list[dict[str, str]] | None = None,
    valid_from: dt.date | None = None,
    review_by: dt.date | None = None,
    slug: str = "",
    external_id: str = "",
    is_demo: bool = False,
) -> AnswerVersion:
    """A new answer with version 1 as a draft in `language` (its source language)."""
    require_role(actor, organization, AUTHOR_ROLES)
    _check_fields(language, topics)
    if not title.strip() or not body.strip():
        raise KnowledgeError(_("An answer needs a title and a text."))
    answer = Answer.objects.create(
        organization=organization,
        slug=_unique_slug(title, slug),
        short_code=_short_code(),
        external_id=external_id,
        topics=list(topics or []),
        is_demo=is_demo,
        created_by=actor,
    )
    version = AnswerVersion.objects.create(
        organization=organization,
        answer=answer,
        number=1,
        source_language=language,
        topics=list(topics or []),
        legal_basis=list(legal_basis or []),
        sources=check_sources(sources),
        valid_from=valid_from,
        review_by=review_by,
        author=actor,
    )
    AnswerText.objects.create(
        organization=organization,
        version=version,
        language=language,
        title=title,
        body=body,
        questions=list(questions or []),
        author=actor,
        contributor_ids=[actor.pk] if actor else [],
    )
    audit.record(
        action="knowledge.answer.created", organization=organization, actor=actor, target=answer
    )
    return version


@transaction.atomic
def update_draft(
    *, actor: User | None, version: AnswerVersion, topics: list[str] | None = None, **fields: Any
) -> AnswerVersion:
    """Change a draft version: metadata and its source text. Verified versions never change."""
    require_role(actor, version.organization, AUTHOR_ROLES)
    version = locked(version)
    if not version.is_editable:
        raise KnowledgeError(
            _("Only a draft can be changed. Start a new version to change a verified answer."),
            code="conflict",
        )
    _check_fields(None, topics)
    if "sources" in fields:
        fields["sources"] = check_sources(fields["sources"])
    for name in ("legal_basis", "sources", "valid_from", "review_by"):
        if name in fields:
            setattr(version, name, fields[name])
    if topics is not None:
        version.topics = list(topics)
    version.save()
    text = source_text(version)
    for name in ("title", "body", "questions"):
        if name in fields:
            setattr(text, name, fields[name])
    add_contributor(text, actor)
    text.save()
    audit.record(
        action="knowledge.version.changed",
        organization=version.organization,
        actor=actor,
        target=version,
    )
    return version


@transaction.atomic
def start_new_version(*, actor: User | None, answer: Answer) -> AnswerVersion:
    """A draft copy of the newest version, to correct or update a verified answer."""
    require_role(actor, answer.organization, AUTHOR_ROLES)
    latest = answer.versions.order_by("-number").first()
    if latest is None:
        raise KnowledgeError(_("This answer has no version to start from."))
    if latest.status in (VersionStatus.DRAFT, VersionStatus.IN_REVIEW):
        raise KnowledgeError(
            _("Version %(number)d is still open; finish or send it back first.")
            % {"number": latest.number},
            code="conflict",
        )
    source = source_text(latest)
    version = AnswerVersion.objects.create(
        organization=answer.organization,
        answer=answer,
        number=latest.number + 1,
        source_language=latest.source_language,
        topics=list(latest.topics or answer.topics),
        legal_basis=list(latest.legal_basis),
        sources=list(latest.sources),
        valid_from=latest.valid_from,
        review_by=latest.review_by,
        author=actor,
    )
    AnswerText.objects.create(
        organization=answer.organization,
        version=version,
        language=source.language,
        title=source.title,
        body=source.body,
        questions=list(source.questions),
        author=actor,
        contributor_ids=[actor.pk] if actor else [],
        carried_from=source,
    )
    audit.record(
        action="knowledge.version.created",
        organization=answer.organization,
        actor=actor,
        target=version,
        data={"number": version.number},
    )
    return version


@transaction.atomic
def submit_version(*, actor: User | None, version: AnswerVersion) -> AnswerVersion:
    require_role(actor, version.organization, AUTHOR_ROLES)
    version = locked(version)
    if version.status != VersionStatus.DRAFT:
        raise KnowledgeError(_("Only a draft can be sent for review."), code="conflict")
    text = source_text(version)
    if not text.title.strip() or not text.body.strip():
        raise KnowledgeError(_("Write a title and an answer before sending it for review."))
    version.status = VersionStatus.IN_REVIEW
    version.save(update_fields=["status"])
    text.status = TextStatus.IN_REVIEW
    text.save(update_fields=["status", "updated_at"])
    _event(version, ReviewEventKind.SUBMITTED, actor)
    audit.record(
        action="knowledge.version.submitted",
        organization=version.organization,
        actor=actor,
        target=version,
    )
    return version


def _check_four_eyes(actor: User | None, *texts: AnswerText, author: User | None = None) -> None:
    """Nobody approves what she wrote or changed: the author and every contributor are out."""
    if actor is None:
        return
    wrote = {author.pk} if author is not None else set()
    for text in texts:
        wrote |= set(text.contributor_ids) | ({text.author_id} if text.author_id else set())
    if actor.pk in wrote:
        raise KnowledgeError(
            _(
                "You wrote this text, so you cannot approve it yourself: "
                "another legal reviewer has to check it (four-eyes rule)."
            ),
            code="forbidden",
        )


@transaction.atomic
def approve_version(*, actor: User | None, version: AnswerVersion, message: str = "") -> None:
    """A lawyer verifies the version; the verified version before it is superseded."""
    require_role(actor, version.organization, REVIEWER_ROLES)
    version = locked(version)
    if version.status != VersionStatus.IN_REVIEW:
        raise KnowledgeError(_("Only a version in review can be approved."), code="conflict")
    text = source_text(version)
    _check_four_eyes(actor, text, author=version.author)
    now = timezone.now()
    previous = version.answer.versions.filter(status=VersionStatus.VERIFIED).exclude(pk=version.pk)
    for old in previous:
        old.status = VersionStatus.SUPERSEDED
        old.save(update_fields=["status"])
        audit.record(
            action="knowledge.version.superseded",
            organization=version.organization,
            actor=actor,
            target=old,
            data={"by": version.number},
        )
    version.status = VersionStatus.VERIFIED
    version.decided_by, version.decided_at = actor, now
    version.save(update_fields=["status", "decided_by", "decided_at"])
    if version.topics and version.answer.topics != version.topics:
        version.answer.topics = list(version.topics)
        version.answer.save(update_fields=["topics"])
    text.status, text.approved_by, text.approved_at = TextStatus.VERIFIED, actor, now
    text.save(update_fields=["status", "approved_by", "approved_at", "updated_at"])
    _event(version, ReviewEventKind.APPROVED, actor, message)
    announce_change(version.organization_id)
    audit.record(
        action="knowledge.version.approved",
        organization=version.organization,
        actor=actor,
        target=version,
        data={"reason": message},
    )


@transaction.atomic
def send_back_version(*, actor: User | None, version: AnswerVersion, message: str) -> None:
    require_role(actor, version.organization, REVIEWER_ROLES)
    version = locked(version)
    if version.status != VersionStatus.IN_REVIEW:
        raise KnowledgeError(_("Only a version in review can be sent back."), code="conflict")
    if not message.strip():
        raise KnowledgeError(_("Say why you send it back, so the author knows what to change."))
    version.status = VersionStatus.DRAFT
    version.decided_by, version.decided_at = actor, timezone.now()
    version.save(update_fields=["status", "decided_by", "decided_at"])
    text = source_text(version)
    text.status = TextStatus.DRAFT
    text.save(update_fields=["status", "updated_at"])
    _event(version, ReviewEventKind.SENT_BACK, actor, message)
    audit.record(
        action="knowledge.version.sent_back",
        organization=version.organization,
        actor=actor,
        target=version,
        data={"reason": message},
    )


@transaction.atomic
def withdraw_version(*, actor: User | None, version: AnswerVersion, message: str) -> int:
    """Take a verified version out of use; returns how many uses now need a correction."""
    require_role(actor, version.organization, WITHDRAW_ROLES)
    version = locked(version)
    if version.status != VersionStatus.VERIFIED:
        raise KnowledgeError(_("Only a verified version can be withdrawn."), code="conflict")
    if not message.strip():
        raise KnowledgeError(_("Say why the answer is withdrawn; advisors will read it."))
    version.status = VersionStatus.WITHDRAWN
    version.withdrawn_reason = message
    version.decided_by, version.decided_at = actor, timezone.now()
    version.save(update_fields=["status", "withdrawn_reason", "decided_by", "decided_at"])
    _event(version, ReviewEventKind.WITHDRAWN, actor, message)
    announce_change(version.organization_id)
    open_uses = AnswerUse.objects.filter(
        text__version=version, correction_done_at__isnull=True
    ).count()
    audit.record(
        action="knowledge.version.withdrawn",
        organization=version.organization,
        actor=actor,
        target=version,
        data={"reason": message, "uses_to_correct": open_uses},
    )
    return open_uses


@transaction.atomic
def add_comment(
    *, actor: User, version: AnswerVersion, message: str, text: AnswerText | None = None
) -> None:
    require_role(actor, version.organization, AUTHOR_ROLES | REVIEWER_ROLES)
    if not message.strip():
        raise KnowledgeError(_("Write a comment first."))
    _event(version, ReviewEventKind.COMMENT, actor, message, text=text)
    audit.record(
        action="knowledge.review.commented",
        organization=version.organization,
        actor=actor,
        target=text or version,
    )
