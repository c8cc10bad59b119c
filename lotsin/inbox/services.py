"""The advisors' work on posts: channels, claim and release (atomic), statuses, replies."""

from __future__ import annotations

import datetime

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.models import Organization, Role
from lotsin.core.queries import get_user_roles
from lotsin.inbox.errors import InboxError
from lotsin.inbox.models import Channel, Duty, Post, PostStatus, Urgency
from lotsin.inbox.replies import record_reply

__all__ = ["InboxError", "record_reply"]  # kept here for callers of the older layout

OPEN = (PostStatus.NEW, PostStatus.SNOOZED)


@transaction.atomic
def create_channel(
    *, actor: User | None, organization: Organization, name: str, platform: str,
    languages: list[str] | None = None, retention_days: int = 180, is_demo: bool = False,
) -> Channel:  # fmt: skip
    if Channel.objects.filter(organization=organization, name=name).exists():
        raise InboxError(_("A channel with this name exists already."))
    channel = Channel.objects.create(
        organization=organization, name=name, platform=platform, languages=list(languages or []),
        retention_days=retention_days, is_demo=is_demo,
    )  # fmt: skip
    audit.record(
        action="inbox.channel.created", organization=organization, actor=actor, target=channel
    )
    return channel


def claim_post(*, actor: User, post: Post) -> Post:
    """Take a post to work on it. One UPDATE with a condition: two advisors can't both win."""
    now = timezone.now()
    won = Post.objects.filter(pk=post.pk, status__in=OPEN).update(
        status=PostStatus.CLAIMED, claimed_by=actor, claimed_at=now
    )
    post.refresh_from_db()
    if not won and post.claimed_by_id != actor.pk:
        who = (
            post.claimed_by.get_full_name() or post.claimed_by.username if post.claimed_by else "—"
        )
        raise InboxError(
            _("%(name)s is already working on this post.") % {"name": who}, code="conflict"
        )
    audit.record(
        action="inbox.post.claimed", organization=post.organization, actor=actor, target=post
    )
    return post


def release_post(*, actor: User, post: Post) -> Post:
    """Give a claimed post back to the queue (a crisis stays on top: nothing is lost)."""
    released = Post.objects.filter(pk=post.pk, status=PostStatus.CLAIMED, claimed_by=actor).update(
        status=PostStatus.NEW, claimed_by=None, claimed_at=None
    )
    post.refresh_from_db()
    if not released:
        raise InboxError(
            _("Only the advisor who claimed this post can release it."), code="conflict"
        )
    audit.record(
        action="inbox.post.released", organization=post.organization, actor=actor, target=post
    )
    return post


@transaction.atomic
def set_status(*, actor: User, post: Post, status: str, reason: str = "") -> Post:
    if status not in PostStatus.values:
        raise InboxError(_("Unknown status."))
    if status == PostStatus.SNOOZED:
        raise InboxError(_("Choose until when to snooze the post."))
    if status == PostStatus.NO_ACTION:
        if not reason.strip():
            raise InboxError(_("Say why no action is needed."))
        roles = get_user_roles(actor, post.organization)
        if post.urgency == Urgency.CRISIS and Role.COORDINATOR not in roles:
            raise InboxError(
                _("A crisis post can only be closed without action by a coordinator."),
                code="forbidden",
            )
    post.status, post.status_reason = status, reason
    if status in OPEN:
        post.claimed_by, post.claimed_at = None, None
    post.save(update_fields=["status", "status_reason", "claimed_by", "claimed_at"])
    audit.record(
        action="inbox.post.status_changed", organization=post.organization, actor=actor,
        target=post, data={"status": status},
    )  # fmt: skip
    return post


@transaction.atomic
def snooze_post(*, actor: User, post: Post, until: datetime.datetime) -> Post:
    """Out of the queue until `until`; then it is back in its place. A crisis is never snoozed."""
    if post.urgency == Urgency.CRISIS:
        raise InboxError(_("A crisis post cannot be snoozed."), code="forbidden")
    if until <= timezone.now():
        raise InboxError(_("Choose a time in the future."))
    post.status, post.snoozed_until = PostStatus.SNOOZED, until
    post.claimed_by, post.claimed_at = None, None
    post.save(update_fields=["status", "snoozed_until", "claimed_by", "claimed_at"])
    audit.record(
        action="inbox.post.snoozed", organization=post.organization, actor=actor, target=post,
        data={"until": until.isoformat()},
    )  # fmt: skip
    return post


@transaction.atomic
def set_duty(*, actor: User, organization: Organization, on_duty: bool) -> Duty:
    duty, _created = Duty.objects.get_or_create(organization=organization, user=actor)
    duty.on_duty = on_duty
    duty.save(update_fields=["on_duty", "changed_at"])
    audit.record(
        action="inbox.duty.changed", organization=organization, actor=actor,
        data={"on_duty": on_duty},
    )  # fmt: skip
    return duty
