"""Crisis protocol: a crisis post alerts the organisation's advisors at once (in the queue and by
e-mail), must be acknowledged (the time is kept), and comes with a checklist and the crisis
hotlines from the directory in the asker's language."""

from __future__ import annotations

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.core import audit
from lotsin.core.models import Membership, Organization, Role
from lotsin.inbox.models import OPEN_STATUSES, Duty, Post, Urgency


def alert(posts: list[Post]) -> int:
    """E-mail the advisors once per crisis post (after commit); returns how many posts alerted."""
    fresh = [p for p in posts if p.urgency == Urgency.CRISIS and p.crisis_alerted_at is None]
    if not fresh:
        return 0
    now = timezone.now()
    Post.objects.filter(pk__in=[p.pk for p in fresh]).update(crisis_alerted_at=now)
    org = fresh[0].organization
    advisors = {user for user in alert_recipients(org) if user.email}
    mails = []
    for user in advisors:
        with translation.override(user.language or settings.LANGUAGE_CODE):
            for post in fresh:
                # No post text in the mail: it may hold personal data; the link needs a sign-in.
                body = _(
                    "A post in %(channel)s was recognised as a crisis. Open it now: %(url)s"
                ) % {
                    "channel": post.channel.name,
                    "url": reverse("inbox:post", args=[post.public_id]),
                }
                mails.append(
                    (_("Crisis post in the inbox"), body, settings.DEFAULT_FROM_EMAIL, [user.email])
                )
    if mails:
        transaction.on_commit(lambda: send_mass_mail(mails, fail_silently=True))
    return len(fresh)


def alert_recipients(organization: Organization) -> list[User]:
    """The advisors and coordinators on duty; all of them when nobody is (nothing is lost)."""
    members = [
        m.user
        for m in Membership.objects.filter(
            organization=organization, role__in=[Role.ADVISOR, Role.COORDINATOR]
        ).select_related("user")
    ]
    on_duty = set(
        Duty.objects.filter(organization=organization, on_duty=True).values_list(
            "user_id", flat=True
        )
    )
    chosen = [u for u in members if u.pk in on_duty]
    return list({u.pk: u for u in (chosen or members)}.values())


def open_crises(organization: Organization) -> QuerySet[Post]:
    """Crisis posts nobody has acknowledged yet: the in-app alert on every page shows them."""
    return Post.objects.filter(
        organization=organization,
        urgency=Urgency.CRISIS,
        crisis_acknowledged_at__isnull=True,
        status__in=OPEN_STATUSES,
    )


def acknowledge(*, actor: User, post: Post) -> Post:
    """The first acknowledgement counts; the time from alert to it is what the report measures."""
    Post.objects.filter(pk=post.pk, crisis_acknowledged_at__isnull=True).update(
        crisis_acknowledged_at=timezone.now(), crisis_acknowledged_by=actor
    )
    post.refresh_from_db()
    audit.record(
        action="inbox.crisis.acknowledged", organization=post.organization, actor=actor, target=post
    )
    return post


def hotlines(post: Post) -> list[dict[str, str]]:
    """The organisation's crisis hotlines with a referral text in the asker's language."""
    from lotsin.directory.models import Service, ServiceKind
    from lotsin.directory.referral import referral_text

    services = Service.objects.filter(organization=post.organization, kind=ServiceKind.HOTLINE)
    return [
        {"name": s.name, "phone": s.phone, "text": referral_text(s, post.language or "de")}
        for s in services.order_by("name")
    ]
