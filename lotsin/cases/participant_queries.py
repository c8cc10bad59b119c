"""The coach's lists: whom to call this week. Each list is one query with subqueries, so a
page costs the same number of queries whatever the number of cases."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import (
    DateField,
    Exists,
    F,
    Min,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    TextField,
    Value,
)  # fmt: skip
from django.db.models.functions import Cast, Coalesce, Least
from django.utils import timezone

from lotsin.accounts.models import User
from lotsin.cases.models import (
    CaseStatus,
    Consent,
    CounsellingSession,
    MeasureChoice,
    Outcome,
    Participant,
    PlanStep,
    Referral,
    ReferralStatus,
    StepStatus,
)  # fmt: skip

# Only what a list shows: never the special categories, never free text about her.
LIST_FIELDS = (
    "public_id", "case_number", "name", "status", "preferred_languages", "last_contact_on",
    "opened_on",
)  # fmt: skip
DUE_DAYS = 7
NO_CONTACT_DAYS = 30
CONSENT_DAYS = 30
FAR_FUTURE = datetime.date(9999, 12, 31)


def _first(qs: QuerySet[Any], field: str) -> Subquery:
    return Subquery(
        qs.order_by().values("participant").annotate(first=Min(field)).values("first")[:1],
        output_field=DateField(),
    )


def _due_items(today: datetime.date, correlated: bool) -> dict[str, QuerySet[Any]]:
    """Open plan steps, session and referral follow-ups and outcomes due within `DUE_DAYS`
    (overdue ones included); per participant when `correlated`, else of everyone."""
    until = today + datetime.timedelta(days=DUE_DAYS)
    # Correlated on the participant alone: with the organisation as well, PostgreSQL picks the
    # (organization, date) indexes and scans an organisation's rows once per participant.
    mine: dict[str, Any] = {"participant": OuterRef("pk")} if correlated else {}
    # A session's follow-up is done once she was in touch again on or after its date.
    follow_up_open = (
        Q(follow_up_on__gte=today)
        | Q(participant__last_contact_on__isnull=True)
        | Q(follow_up_on__gt=F("participant__last_contact_on"))
    )
    return {
        "step_due": PlanStep.objects.filter(**mine, status=StepStatus.OPEN, due_on__lte=until),
        "follow_up_due": CounsellingSession.objects.filter(
            follow_up_open, **mine, follow_up_on__lte=until
        ),
        "referral_due": Referral.objects.filter(
            **mine,
            follow_up_on__lte=until,
            status__in=[ReferralStatus.SENT, ReferralStatus.ACCEPTED],
        ),  # fmt: skip
        "outcome_due": Outcome.objects.filter(**mine, status="", due_on__lte=until),
    }


DUE_DATE_FIELD = {
    "step_due": "due_on",
    "follow_up_due": "follow_up_on",
    "referral_due": "follow_up_on",
    "outcome_due": "due_on",
}


def filter_due(
    people: QuerySet[Participant], organization_id: int, today: datetime.date, *, few: bool
) -> QuerySet[Participant]:
    """Participants with something due this week, ordered by the earliest date; the dates shown
    are computed for the rows that pass. `few`: `people` is already one coach's cases, so each
    is probed on the participant indexes (a handful of lookups per case); otherwise the whole
    organisation's due items are read once on the date indexes (per-case probes of 50,000 cases
    cost more than that; the whole organisation's items for one coach cost 100 ms)."""
    dates = {
        name: _first(items, DUE_DATE_FIELD[name])
        for name, items in _due_items(today, correlated=True).items()
    }
    wanted = Q()
    if few:
        for items in _due_items(today, correlated=True).values():
            wanted |= Exists(items)
    else:
        for items in _due_items(today, correlated=False).values():
            wanted |= Q(pk__in=items.filter(organization_id=organization_id).values("participant"))
    far = Value(FAR_FUTURE, output_field=DateField())
    return (
        people.filter(wanted)
        .exclude(status=CaseStatus.CLOSED)
        .annotate(**dates)
        .annotate(next_due=Least(*(Coalesce(F(name), far) for name in dates)))
    )


def list_participants(
    people: QuerySet[Participant],
    *,
    user: User,
    organization_id: int,
    tab: str = "mine",
    status: str = "",
    measure: str = "",
    language: str = "",
    query: str = "",
    today: datetime.date | None = None,
    own_cases_only: bool = False,
) -> QuerySet[Participant]:
    """`people` (already limited to what the member may see; `own_cases_only` when that is her
    own cases) filtered for one of the lists."""
    today = today or timezone.localdate()
    people = people.only(*LIST_FIELDS)
    if tab == "mine":
        people = people.filter(coaches=user)
    elif tab == "due":
        people = filter_due(people, organization_id, today, few=own_cases_only)
    elif tab == "no_contact":
        since = today - datetime.timedelta(days=NO_CONTACT_DAYS)
        people = people.exclude(status=CaseStatus.CLOSED).filter(
            Q(last_contact_on__lt=since) | Q(last_contact_on__isnull=True, opened_on__lt=since)
        )
    elif tab == "consent_expiring":
        until = today + datetime.timedelta(days=CONSENT_DAYS)
        expiring = Consent.objects.filter(
            organization=OuterRef("organization"), participant=OuterRef("pk"),
            revoked_at__isnull=True, expires_on__gte=today, expires_on__lte=until,
        )  # fmt: skip
        people = people.annotate(
            consent_ends=Subquery(
                expiring.order_by("expires_on").values("expires_on")[:1], output_field=DateField()
            )
        ).filter(Exists(expiring))
    if status:
        people = people.filter(status=status)
    if measure:
        chosen = MeasureChoice.objects.filter(
            organization=OuterRef("organization"), participant=OuterRef("pk"), measure=measure,
            chosen=True,
        )  # fmt: skip
        people = people.filter(Exists(chosen))
    if language:
        # JSON list of codes; the quoted code matches one whole element on SQLite and PostgreSQL.
        people = people.annotate(languages_text=Cast("preferred_languages", TextField())).filter(
            languages_text__contains=f'"{language}"'
        )
    if query:
        people = people.filter(Q(case_number__icontains=query) | Q(name__icontains=query))
    if tab == "due":
        return people.order_by("next_due", "case_number")
    if tab == "no_contact":
        return people.order_by(F("last_contact_on").asc(nulls_first=True), "case_number")
    if tab == "consent_expiring":
        return people.order_by("consent_ends", "case_number")
    # Newest first, along the (organization, case_number) index.
    return people.order_by("-case_number")
