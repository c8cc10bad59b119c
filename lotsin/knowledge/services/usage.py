"""Where answers were used, and the public page counter.

Recording each use is what makes a recall possible: when a version is withdrawn or corrected,
its page lists every reply and case that used it until each correction is ticked off.
"""

from __future__ import annotations

import datetime as dt

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.knowledge.errors import KnowledgeError
from lotsin.knowledge.models import Answer, AnswerText, AnswerUse, PageViewCount, TextStatus
from lotsin.knowledge.roles import USE_ROLES
from lotsin.knowledge.services.versions import require_role


@transaction.atomic
def record_use(
    *,
    actor: User | None,
    text: AnswerText,
    context: str,
    channel: str,
    reference: str = "",
    used_at: dt.datetime | None = None,
) -> AnswerUse:
    require_role(actor, text.organization, USE_ROLES)
    reference = reference.strip()
    if (
        reference
        and "://" in reference
        and not reference.lower().startswith(("https://", "http://"))
    ):
        raise KnowledgeError(_("A link to the post must start with https://."))
    if text.status not in (TextStatus.VERIFIED, TextStatus.SUPERSEDED):
        raise KnowledgeError(_("Only a verified answer can be used in replies."))
    if not channel.strip():
        raise KnowledgeError(_("Name the channel or group where you used the answer."))
    use = AnswerUse.objects.create(
        organization=text.organization,
        text=text,
        context=context,
        channel=channel.strip(),
        reference=reference[:500],
        used_at=used_at or timezone.now(),
        used_by=actor,
    )
    audit.record(
        action="knowledge.use.recorded",
        organization=text.organization,
        actor=actor,
        target=use,
        data={"answer": text.version.answer.slug, "version": text.version.number},
    )
    return use


@transaction.atomic
def mark_corrected(*, actor: User, use: AnswerUse) -> AnswerUse:
    require_role(actor, use.organization, USE_ROLES)
    if use.correction_done_at is None:
        use.correction_done_at, use.correction_done_by = timezone.now(), actor
        use.save(update_fields=["correction_done_at", "correction_done_by"])
        audit.record(
            action="knowledge.use.corrected", organization=use.organization, actor=actor, target=use
        )
    return use


def count_page_view(*, answer: Answer, language: str) -> None:
    """One more view today; no cookie, no address, no user agent is kept."""
    today = timezone.localdate()
    updated = PageViewCount.objects.filter(
        organization=answer.organization, answer=answer, language=language, day=today
    ).update(count=F("count") + 1)
    if updated:
        return
    try:
        with transaction.atomic():
            PageViewCount.objects.create(
                organization=answer.organization,
                answer=answer,
                language=language,
                day=today,
                count=1,
            )
    except IntegrityError:  # another request created today's row first
        PageViewCount.objects.filter(
            organization=answer.organization, answer=answer, language=language, day=today
        ).update(count=F("count") + 1)
