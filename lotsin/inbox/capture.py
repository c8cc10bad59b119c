"""Posts added by hand: pasted, or shared to Lotsin from WhatsApp or Facebook on a phone.

A captured post goes the importers' way (`write_messages`): the author is kept only as a
pseudonym, and triage runs after commit. Its key is `manual:<uuid4>`, where the uuid is the
form's idempotency token, so a double tap or a resend after a lost connection stores it once.
"""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.models import AuditEvent, Organization
from lotsin.inbox.importing import Counts, write_messages
from lotsin.inbox.models import Channel, Post
from lotsin.inbox.parsers.base import ParsedMessage
from lotsin.inbox.services import InboxError

CAPTURED = "inbox.post.captured"
KEY_PREFIX = "manual:"
# Phones and servers disagree by a little; a post from "tomorrow" is a typo.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
RECENT_CHANNELS = 5
MAX_TEXT = 20_000


def shared_text(*, title: str = "", text: str = "", url: str = "") -> str:
    """What a share sheet sent, as one message: the text, the link unless the text holds it,
    the title only when it adds something (apps often repeat the text or the link in it)."""
    title, text, url = title.strip(), text.strip(), url.strip()
    parts = []
    if title and title not in text and title != url:
        parts.append(title)
    if text:
        parts.append(text)
    if url and url not in text:
        parts.append(url)
    return "\n".join(parts)[:MAX_TEXT]


def new_token() -> str:
    """The idempotency token of one new-post form (becomes the post's key)."""
    return str(uuid.uuid4())


def too_far_ahead(posted_at: dt.datetime) -> bool:
    return posted_at > timezone.now() + FUTURE_TOLERANCE


def capture_post(
    *,
    actor: User,
    channel: Channel,
    text: str,
    posted_at: dt.datetime,
    author: str | None = None,
    token: uuid.UUID | None = None,
) -> tuple[Post, bool]:
    """Store one post an advisor pasted or shared; returns it and whether it is new.

    The same `token` again (double tap, resend) returns the post stored the first time,
    whichever channel was chosen. The author's nickname is stored only as a pseudonym."""
    if not text.strip():
        raise InboxError(_("Paste or write the message."), code="text")
    if too_far_ahead(posted_at):
        raise InboxError(_("This time is in the future. Check the date and time."), code="time")
    organization = channel.organization
    key = f"{KEY_PREFIX}{token or uuid.uuid4()}"
    earlier = Post.objects.filter(organization=organization, external_id=key).first()
    if earlier is not None:
        return earlier, False
    message = ParsedMessage(key=key, text=text.strip(), posted_at=posted_at, author=author or None)
    try:
        with transaction.atomic():
            write_messages(channel, [message], Counts(), {})
            post = Post.objects.get(channel=channel, external_id=key)
            audit.record(
                action=CAPTURED, organization=organization, actor=actor, target=post,
                data={"channel": str(channel.public_id)},
            )  # fmt: skip
            transaction.on_commit(lambda: _enqueue_triage(organization))
    except IntegrityError:
        # The second tap passed the check above while the first one was writing.
        earlier = Post.objects.filter(organization=organization, external_id=key).first()
        if earlier is None:
            raise
        return earlier, False
    return post, True


def _enqueue_triage(organization: Organization) -> None:
    from lotsin.inbox.tasks import triage_pending_task

    triage_pending_task.enqueue(organization.pk)


def list_recent_channels(
    *, organization: Organization, user: User, limit: int = RECENT_CHANNELS
) -> list[Channel]:
    """The channels this advisor added posts to or imported into lately, last used first.

    Read from her audit events, so it survives the end of a session (phones sign out often)
    and needs no table of its own."""
    events = (
        AuditEvent.objects.filter(
            organization=organization, actor_user=user, action__in=[CAPTURED, "inbox.import.done"]
        )
        .order_by("-created_at", "-id")
        .values_list("action", "data", "target_id")[:50]
    )
    ids: list[str] = []
    for action, data, target_id in events:
        channel_id = data.get("channel") if action == CAPTURED else target_id
        if channel_id and channel_id not in ids:
            ids.append(channel_id)
        if len(ids) == limit:
            break
    valid = []
    for value in ids:
        try:
            valid.append(uuid.UUID(value))
        except (TypeError, ValueError):
            continue
    channels = {
        str(c.public_id): c
        for c in Channel.objects.filter(organization=organization, public_id__in=valid)
    }
    return [channels[i] for i in ids if i in channels]
