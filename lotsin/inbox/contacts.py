"""Contact to case: a post's author who may want counselling becomes a first-contact stub (her
pseudonym, channel, language and the advisor's note; consent still to be asked). The cases app
takes stubs up; until then the advisor gets a follow-up reminder when the date comes."""

from __future__ import annotations

import datetime

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.models import Organization
from lotsin.inbox.errors import InboxError
from lotsin.inbox.models import ContactStatus, FirstContact, Post


@transaction.atomic
def create_first_contact(
    *, actor: User, post: Post, follow_up_on: datetime.date, note: str = ""
) -> FirstContact:
    if follow_up_on < timezone.localdate():
        raise InboxError(_("Choose a follow-up date from today on."))
    if FirstContact.objects.filter(post=post, status=ContactStatus.OPEN).exists():
        raise InboxError(_("This post's author is already a first contact."), code="conflict")
    contact = FirstContact.objects.create(
        organization=post.organization, post=post, channel=post.channel,
        author_pseudonym=post.author_pseudonym, language=post.language, topics=post.topics,
        note=note, follow_up_on=follow_up_on, created_by=actor,
    )  # fmt: skip
    audit.record(
        action="inbox.contact.created", organization=post.organization, actor=actor,
        target=contact,
    )  # fmt: skip
    return contact


@transaction.atomic
def close_first_contact(*, actor: User, contact: FirstContact, status: str) -> FirstContact:
    if status not in (ContactStatus.PICKED_UP, ContactStatus.CLOSED):
        raise InboxError(_("Unknown status."))
    contact.status = status
    contact.save(update_fields=["status"])
    audit.record(
        action="inbox.contact.closed", organization=contact.organization, actor=actor,
        target=contact, data={"status": status},
    )  # fmt: skip
    return contact


def open_contacts(organization: Organization) -> QuerySet[FirstContact]:
    return FirstContact.objects.filter(
        organization=organization, status=ContactStatus.OPEN
    ).select_related("channel", "created_by", "post")


def remind_due_contacts(organization: Organization, today: datetime.date | None = None) -> int:
    """E-mail each advisor once about her stubs whose follow-up date has come (no names)."""
    today = today or timezone.localdate()
    due = list(open_contacts(organization).filter(follow_up_on__lte=today, reminded_at=None))
    mails = []
    for contact in due:
        user = contact.created_by
        if user is None or not user.email:
            continue
        with translation.override(user.language or settings.LANGUAGE_CODE):
            body = _("A first contact from %(channel)s is due for a follow-up: %(url)s") % {
                "channel": contact.channel.name,
                "url": reverse("inbox:contacts"),
            }
            mails.append((_("Follow-up due"), body, settings.DEFAULT_FROM_EMAIL, [user.email]))
    FirstContact.objects.filter(pk__in=[c.pk for c in due]).update(reminded_at=timezone.now())
    if mails:
        transaction.on_commit(lambda: send_mass_mail(mails, fail_silently=True))
    return len(due)
