"""Replies to posts. A reply built on a verified answer is recorded as sent at once; a free-text
reply on a topic the organisation marks as legal waits for a legal reviewer's approval first
(four eyes: nobody approves their own), and only then can it be posted and marked sent."""

from __future__ import annotations

import re

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.models import Membership, Organization, Role
from lotsin.core.queries import get_user_roles
from lotsin.inbox.errors import InboxError
from lotsin.inbox.models import InboxSettings, Post, PostStatus, Reply, ReplyStatus, SentVia
from lotsin.knowledge.models import AnswerText, TextStatus, VersionStatus

# Residence and benefits law is where a wrong word costs a woman her papers or her money.
DEFAULT_LEGAL_TOPICS = ("residence", "jobcentre", "work")


def legal_topics(organization: Organization) -> list[str]:
    row = InboxSettings.objects.filter(organization=organization).first()
    return list(row.legal_topics) if row else list(DEFAULT_LEGAL_TOPICS)


@transaction.atomic
def set_legal_topics(*, actor: User, organization: Organization, topics: list[str]) -> None:
    row, _created = InboxSettings.objects.get_or_create(organization=organization)
    row.legal_topics = sorted(set(topics))
    row.save(update_fields=["legal_topics"])
    audit.record(
        action="inbox.settings.changed", organization=organization, actor=actor,
        data={"legal_topics": row.legal_topics},
    )  # fmt: skip


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def is_verified_reply(text: str, answer_text: AnswerText | None) -> bool:
    """The reply carries a verified answer's body unchanged (a greeting around it is fine)."""
    if answer_text is None or answer_text.status != TextStatus.VERIFIED:
        return False
    if answer_text.version.status != VersionStatus.VERIFIED:
        return False
    return _words(answer_text.body) in _words(text)


def needs_approval(post: Post, text: str, answer_text: AnswerText | None) -> bool:
    legal = set(post.topics) & set(legal_topics(post.organization))
    return bool(legal) and not is_verified_reply(text, answer_text)


@transaction.atomic
def record_reply(
    *, actor: User, post: Post, text: str, answer_text: AnswerText | None = None,
    sent_via: str = SentVia.COPIED,
) -> Reply:  # fmt: skip
    """The advisor posted a reply (or asks a lawyer first, when four eyes are needed)."""
    if not text.strip():
        raise InboxError(_("Write or choose a reply first."))
    waits = needs_approval(post, text, answer_text)
    if waits and sent_via != SentVia.COPIED:
        raise InboxError(_("A legal reviewer must approve this reply before it is posted."))
    reply = Reply.objects.create(
        organization=post.organization, post=post, text=text, answer_text=answer_text,
        author=actor, sent_via=sent_via,
        status=ReplyStatus.AWAITING_APPROVAL if waits else ReplyStatus.SENT,
    )  # fmt: skip
    if waits:
        audit.record(
            action="inbox.reply.awaiting_approval", organization=post.organization, actor=actor,
            target=post,
        )  # fmt: skip
        _tell_reviewers(post)
        return reply
    _mark_sent(actor, reply)
    return reply


def _mark_sent(actor: User, reply: Reply) -> None:
    from lotsin.knowledge.services.usage import record_use

    post = reply.post
    now = timezone.now()
    reply.status, reply.sent_at = ReplyStatus.SENT, now
    reply.save(update_fields=["status", "sent_at", "sent_via"])
    if reply.answer_text is not None:
        record_use(
            actor=actor, text=reply.answer_text, context="reply", channel=post.channel.name,
            reference=f"post:{post.public_id}",
        )  # fmt: skip
    post.status = PostStatus.ANSWERED
    post.first_reply_at = post.first_reply_at or now
    post.claimed_by, post.claimed_at = None, None
    post.save(update_fields=["status", "first_reply_at", "claimed_by", "claimed_at"])
    audit.record(
        action="inbox.post.answered", organization=post.organization, actor=actor, target=post,
        data={"via": reply.sent_via},
    )  # fmt: skip


def _locked(reply: Reply) -> Reply:
    return Reply.objects.select_for_update().select_related("post").get(pk=reply.pk)


def approve_reply(*, actor: User, reply: Reply, note: str = "") -> Reply:
    return _decide(actor, reply, ReplyStatus.APPROVED, note, "inbox.reply.approved")


def send_back_reply(*, actor: User, reply: Reply, note: str) -> Reply:
    if not note.strip():
        raise InboxError(_("Say what should change."))
    return _decide(actor, reply, ReplyStatus.SENT_BACK, note, "inbox.reply.sent_back")


@transaction.atomic
def _decide(actor: User, reply: Reply, status: str, note: str, action: str) -> Reply:
    """A legal reviewer's decision, under a row lock: two reviewers cannot both decide."""
    reply = _locked(reply)
    _check_reviewer(actor, reply)
    reply.status, reply.reviewed_by, reply.reviewed_at = status, actor, timezone.now()
    reply.review_note = note
    reply.save(update_fields=["status", "reviewed_by", "reviewed_at", "review_note"])
    audit.record(action=action, organization=reply.organization, actor=actor, target=reply.post)
    return reply


@transaction.atomic
def mark_sent(*, actor: User, reply: Reply, sent_via: str = SentVia.COPIED) -> Reply:
    """An approved reply was posted in the group (copied, or by the bot)."""
    reply = _locked(reply)
    if reply.status != ReplyStatus.APPROVED:
        raise InboxError(_("Only an approved reply can be marked as posted."), code="conflict")
    reply.sent_via = sent_via
    _mark_sent(actor, reply)
    return reply


def _check_reviewer(actor: User, reply: Reply) -> None:
    if reply.status != ReplyStatus.AWAITING_APPROVAL:
        raise InboxError(_("This reply is not waiting for approval."), code="conflict")
    if Role.LEGAL_REVIEWER not in get_user_roles(actor, reply.organization):
        raise InboxError(_("Only a legal reviewer can approve replies."), code="forbidden")
    if reply.author_id == actor.pk:
        raise InboxError(_("Someone else must approve your own reply."), code="forbidden")


def _tell_reviewers(post: Post) -> None:
    """E-mail the legal reviewers (no post text: a sign-in is needed to read it)."""
    reviewers = [
        m.user
        for m in Membership.objects.filter(
            organization=post.organization, role=Role.LEGAL_REVIEWER
        ).select_related("user")
        if m.user.email
    ]
    mails = []
    for user in reviewers:
        with translation.override(user.language or settings.LANGUAGE_CODE):
            body = _("A reply in %(channel)s waits for your legal check: %(url)s") % {
                "channel": post.channel.name,
                "url": reverse("inbox:post", args=[post.public_id]),
            }
            mails.append((_("A reply to check"), body, settings.DEFAULT_FROM_EMAIL, [user.email]))
    if mails:
        transaction.on_commit(lambda: send_mass_mail(mails, fail_silently=True))
