"""The daily check of review-by dates: warn before, mark after.

Run by `lotsin kb review-dates` from cron or a systemd timer, or enqueued as the
`check_review_dates_task` task; both call this. Each warning goes out once per version.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lotsin.core import audit
from lotsin.core.models import Membership, Organization, Role
from lotsin.knowledge.models import AnswerVersion, VersionStatus
from lotsin.knowledge.queries import REVIEW_WARNING_DAYS
from lotsin.knowledge.services.versions import source_text


def _recipients(version: AnswerVersion) -> list[tuple[str, str]]:
    """(e-mail, UI language) of the author and every legal reviewer of the organisation."""
    people = {
        m.user for m in Membership.objects.filter(
            organization=version.organization, role=Role.LEGAL_REVIEWER
        ).select_related("user")
    }  # fmt: skip
    if version.author is not None:
        people.add(version.author)
    return sorted({(p.email, p.language or settings.LANGUAGE_CODE) for p in people if p.email})


def _message(version: AnswerVersion, expired: bool, language: str) -> tuple[str, str]:
    with translation.override(language):
        title = source_text(version).title
        values = {"title": title, "date": version.review_by, "number": version.number}
        if expired:
            subject = _("Answer past its review date: %(title)s") % values
            body = (
                _(
                    'The answer "%(title)s" (version %(number)s) had to be reviewed by %(date)s. '
                    "Advisors now see a warning when they use it. Please check it and "
                    "start a new version with a new review-by date."
                )
                % values
            )
        else:
            subject = _("Answer due for review: %(title)s") % values
            body = (
                _('The answer "%(title)s" (version %(number)s) has to be reviewed by %(date)s.')
                % values
            )
    return subject, body


def _claim(version: AnswerVersion, field: str, action: str) -> bool:
    """Mark the version once, even with two workers running: the conditional UPDATE decides."""
    with transaction.atomic():
        won = AnswerVersion.objects.filter(pk=version.pk, **{f"{field}__isnull": True}).update(
            **{field: timezone.now()}
        )
        if won:
            audit.record(action=action, organization=version.organization, target=version)
    return bool(won)


def _send(version: AnswerVersion, expired: bool, field: str) -> None:
    mails = []
    for email, language in _recipients(version):
        subject, body = _message(version, expired, language)
        mails.append((subject, body, settings.DEFAULT_FROM_EMAIL, [email]))
    try:
        send_mass_mail(mails, fail_silently=False)
    except Exception:
        # Not sent: take the mark back so that tomorrow's run tries again, then let it fail loudly.
        AnswerVersion.objects.filter(pk=version.pk).update(**{field: None})
        raise


def check_review_dates(organization: Organization, today: dt.date | None = None) -> tuple[int, int]:
    """Returns (versions warned, versions marked expired)."""
    today = today or timezone.localdate()
    verified = AnswerVersion.objects.filter(
        organization=organization, status=VersionStatus.VERIFIED, review_by__isnull=False
    ).select_related("answer", "author")
    warned = expired = 0
    soon = today + dt.timedelta(days=REVIEW_WARNING_DAYS)
    for version in verified:
        if version.review_by < today:
            if version.expired_marked_at is None and _claim(
                version, "expired_marked_at", "knowledge.version.expired"
            ):
                _send(version, True, "expired_marked_at")
                expired += 1
        elif version.review_by <= soon and version.review_warned_at is None:
            if _claim(version, "review_warned_at", "knowledge.version.review_due"):
                _send(version, False, "review_warned_at")
                warned += 1
    return warned, expired
