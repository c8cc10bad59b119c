"""Outcomes (PRODUCT.md "Outcomes"): her situation at exit and at the 6- and 12-month follow-ups,
a daily reminder to her coaches when a follow-up is due, and a cohort's figures for funders
("43% positive after one year: 21% job, 22% training")."""

from __future__ import annotations

import calendar
import datetime
from dataclasses import dataclass, field
from typing import Any

from django.conf import settings
from django.core.mail import send_mass_mail
from django.db import transaction
from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from lotsin.accounts.models import User
from lotsin.cases.models import (
    JOB_OUTCOMES,
    TRAINING_OUTCOMES,
    CaseStatus,
    Consent,
    Outcome,
    OutcomeKind,
    OutcomeStatus,
    Participant,
    Purpose,
)
from lotsin.core import audit
from lotsin.core.housekeeping import register_daily
from lotsin.core.models import Organization

FOLLOW_UPS = {OutcomeKind.SIX_MONTHS: 6, OutcomeKind.TWELVE_MONTHS: 12}


class OutcomeError(ValueError):
    """Bad input to an outcome service; the message is shown to the user (and the API)."""

    def __init__(self, message: str, code: str = "invalid") -> None:
        super().__init__(message)
        self.code = code


def add_months(day: datetime.date, months: int) -> datetime.date:
    """`day` plus whole calendar months; the 31st becomes the month's last day when needed."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def _check_status(status: str) -> None:
    if status not in OutcomeStatus.values:
        raise OutcomeError(
            _("Unknown situation %(status)r; choose one of: %(choices)s")
            % {"status": status, "choices": ", ".join(OutcomeStatus.values)}
        )


@transaction.atomic
def record_exit(
    *, actor: User | None, participant: Participant, status: str, exited_on: datetime.date
) -> Outcome:
    """Close the case with her situation at exit, and schedule the 6- and 12-month follow-ups
    (rows with a due date and no situation yet)."""
    _check_status(status)
    today = timezone.localdate()
    if exited_on > today:
        raise OutcomeError(_("The exit date cannot lie in the future."))
    if exited_on < participant.opened_on:
        raise OutcomeError(_("The exit date cannot lie before the case was opened."))
    if Outcome.objects.filter(
        participant=participant, kind=OutcomeKind.EXIT, recorded_on__isnull=False
    ).exists():
        raise OutcomeError(_("The exit outcome is recorded already."), code="conflict")
    org = participant.organization
    exit_outcome, _created = Outcome.objects.update_or_create(
        organization=org, participant=participant, kind=OutcomeKind.EXIT,
        defaults={"status": status, "due_on": exited_on, "recorded_on": exited_on,
                  "recorded_by": actor},
    )  # fmt: skip
    for kind, months in FOLLOW_UPS.items():
        Outcome.objects.update_or_create(
            organization=org, participant=participant, kind=kind,
            defaults={"due_on": add_months(exited_on, months), "status": "",
                      "recorded_on": None, "reminded_at": None, "recorded_by": None},
        )  # fmt: skip
    participant.status = CaseStatus.CLOSED
    participant.closed_on = exited_on
    participant.save(update_fields=["status", "closed_on"])
    audit.record(
        action="cases.outcome.recorded", organization=org, actor=actor, target=participant,
        data={"kind": OutcomeKind.EXIT.value, "status": status, "closed": True},
    )  # fmt: skip
    return exit_outcome


@transaction.atomic
def record_follow_up(
    *,
    actor: User | None,
    participant: Participant,
    kind: str,
    status: str,
    recorded_on: datetime.date,
) -> Outcome:
    """Record (or correct) her situation at the 6- or 12-month follow-up."""
    _check_status(status)
    if kind not in FOLLOW_UPS:
        raise OutcomeError(_("A follow-up is taken after 6 or 12 months."))
    outcome = Outcome.objects.filter(participant=participant, kind=kind).first()
    if outcome is None:
        raise OutcomeError(
            _("Record the exit outcome first; it schedules the follow-ups."), code="conflict"
        )
    if recorded_on > timezone.localdate():
        raise OutcomeError(_("The date cannot lie in the future."))
    if participant.closed_on and recorded_on < participant.closed_on:
        raise OutcomeError(_("A follow-up cannot lie before the exit."))
    before = outcome.status
    outcome.status = status
    outcome.recorded_on = recorded_on
    outcome.recorded_by = actor
    outcome.save(update_fields=["status", "recorded_on", "recorded_by"])
    audit.record(
        action="cases.outcome.recorded", organization=participant.organization, actor=actor,
        target=participant, data={"kind": kind, "status": status, "before": before or None},
    )  # fmt: skip
    return outcome


def record_outcome(
    *,
    actor: User | None,
    participant: Participant,
    kind: str,
    status: str,
    on: datetime.date | None = None,
) -> Outcome:
    """One entry point for the page and the API: exit (closes the case) or a follow-up."""
    on = on or timezone.localdate()
    if kind == OutcomeKind.EXIT:
        return record_exit(actor=actor, participant=participant, status=status, exited_on=on)
    if kind in FOLLOW_UPS:
        return record_follow_up(
            actor=actor, participant=participant, kind=kind, status=status, recorded_on=on
        )
    raise OutcomeError(
        _("Unknown kind %(kind)r; choose one of: %(choices)s")
        % {"kind": kind, "choices": ", ".join(OutcomeKind.values)}
    )


def list_outcomes(participant: Participant) -> list[Outcome]:
    return list(Outcome.objects.filter(participant=participant).order_by("due_on", "pk"))


# --- Reminders -------------------------------------------------------------------------------


def case_url(participant: Participant) -> str:
    """The coach's page of the case (named by case number, never by name)."""
    return reverse("cases:participant", args=[participant.public_id])


def remind_due_outcomes(organization: Organization, today: datetime.date | None = None) -> int:
    """E-mail her coaches once when a follow-up is due (case number and link, no name), and
    mark it reminded. Returns how many follow-ups were due."""
    today = today or timezone.localdate()
    due = list(
        Outcome.objects.filter(
            organization=organization, kind__in=list(FOLLOW_UPS), status="",
            due_on__lte=today, reminded_at__isnull=True, participant__anonymised_at__isnull=True,
        )
        .select_related("participant")
        .prefetch_related(
            Prefetch("participant__coaches", queryset=User.objects.filter(is_active=True))
        )
    )  # fmt: skip
    per_coach: dict[int, tuple[User, list[Outcome]]] = {}
    for outcome in due:
        for coach in outcome.participant.coaches.all():
            if coach.email:
                per_coach.setdefault(coach.pk, (coach, []))[1].append(outcome)
    mails = []
    for coach, outcomes in per_coach.values():
        with translation.override(coach.language or settings.LANGUAGE_CODE):
            lines = [
                _("Case %(case)s: %(when)s follow-up due on %(date)s: %(url)s")
                % {
                    "case": o.participant.case_number,
                    "when": o.get_kind_display(),
                    "date": o.due_on.isoformat(),
                    "url": case_url(o.participant),
                }
                for o in outcomes
            ]
            body = "\n".join([_("Please record how these women are doing now:"), "", *lines])
            mails.append(
                (_("Outcome follow-up due"), body, settings.DEFAULT_FROM_EMAIL, [coach.email])
            )
    Outcome.objects.filter(pk__in=[o.pk for o in due]).update(reminded_at=timezone.now())
    if mails:
        transaction.on_commit(lambda: send_mass_mail(mails, fail_silently=True))
    return len(due)


register_daily("cases.outcome_reminders", remind_due_outcomes)


# --- Cohort figures --------------------------------------------------------------------------


@dataclass
class CohortFigures:
    kind: str
    cohort: int
    job: int
    training: int
    negative: int
    other: int
    unknown: int
    still_open: int
    by_status: dict[str, int] = field(default_factory=dict)

    @property
    def positive(self) -> int:
        return self.job + self.training

    def share(self, count: int) -> float:
        return count / self.cohort if self.cohort else 0.0

    def percent(self, count: int) -> int:
        return round(100 * self.share(count))

    def as_dict(self) -> dict[str, Any]:
        counts = {
            "cohort": self.cohort, "positive": self.positive, "job": self.job,
            "training": self.training, "negative": self.negative, "other": self.other,
            "unknown": self.unknown, "still_open": self.still_open,
        }  # fmt: skip
        return {
            "kind": self.kind,
            **counts,
            "shares": {k: self.share(v) for k, v in counts.items() if k != "cohort"},
            "by_status": dict(self.by_status),
        }

    def summary(self) -> str:
        """E.g. "43% positive after one year: 21% job, 22% training"."""
        templates = {
            OutcomeKind.EXIT: _(
                "%(positive)d%% positive at exit: %(job)d%% job, %(training)d%% training"
            ),
            OutcomeKind.SIX_MONTHS: _(
                "%(positive)d%% positive after six months: %(job)d%% job, %(training)d%% training"
            ),
            OutcomeKind.TWELVE_MONTHS: _(
                "%(positive)d%% positive after one year: %(job)d%% job, %(training)d%% training"
            ),
        }
        return templates[OutcomeKind(self.kind)] % {
            "positive": self.percent(self.positive),
            "job": self.percent(self.job),
            "training": self.percent(self.training),
        }


def cohort_figures(
    organization: Organization,
    opened_from: datetime.date,
    opened_to: datetime.date,
    kind: str = OutcomeKind.TWELVE_MONTHS,
    *,
    require_funder_consent: bool = False,
) -> CohortFigures:
    """Counts and shares of one cohort (cases opened from `opened_from` to `opened_to`,
    inclusive) by her recorded situation of `kind` ("exit", "6m" or "12m").

    positive = job (JOB_OUTCOMES) + training (TRAINING_OUTCOMES); negative = left without a
    positive outcome; other = looking for work or inactive. A participant without a recorded
    outcome of that kind (case still open, follow-up not yet due or not taken, or recorded as
    "unknown") counts as unknown; `still_open` tells how many of the cohort have no exit yet.
    Anonymised cases stay in (their outcomes are the anonymous statistics erasure keeps). With
    `require_funder_consent`, only participants with an active funder-reporting consent count,
    so that a revocation leaves her out of the next report."""
    if kind not in OutcomeKind.values:
        raise OutcomeError(_("Unknown kind %(kind)r") % {"kind": kind})
    cohort = Participant.objects.filter(
        organization=organization, opened_on__gte=opened_from, opened_on__lte=opened_to
    )
    if require_funder_consent:
        today = timezone.localdate()
        consent = Consent.objects.filter(
            organization=organization, participant=OuterRef("pk"),
            purpose=Purpose.FUNDER_REPORTING, revoked_at__isnull=True,
        ).filter(Q(expires_on__isnull=True) | Q(expires_on__gte=today))  # fmt: skip
        cohort = cohort.filter(Exists(consent))
    totals = cohort.aggregate(
        cohort=Count("pk"), still_open=Count("pk", filter=~Q(status=CaseStatus.CLOSED))
    )
    by_status = {
        row["status"]: row["n"]
        for row in Outcome.objects.filter(
            organization=organization, kind=kind, participant__in=cohort.values("pk")
        )
        .exclude(status="")
        .values("status")
        .annotate(n=Count("pk"))
    }
    job = sum(n for s, n in by_status.items() if s in JOB_OUTCOMES)
    training = sum(n for s, n in by_status.items() if s in TRAINING_OUTCOMES)
    negative = by_status.get(OutcomeStatus.NEGATIVE, 0)
    other = by_status.get(OutcomeStatus.JOB_SEEKING, 0) + by_status.get(OutcomeStatus.INACTIVE, 0)
    total = totals["cohort"]
    return CohortFigures(
        kind=kind, cohort=total, job=job, training=training, negative=negative, other=other,
        unknown=total - job - training - negative - other, still_open=totals["still_open"],
        by_status=by_status,
    )  # fmt: skip


def outcome_panel(participant: Participant) -> dict[str, Any]:
    """Context for the outcomes panel in one query."""
    outcomes = list_outcomes(participant)
    by_kind = {o.kind: o for o in outcomes}
    exit_outcome = by_kind.get(OutcomeKind.EXIT)
    today = timezone.localdate()
    return {
        "outcomes": outcomes,
        "exit": exit_outcome,
        "closed": exit_outcome is not None and exit_outcome.recorded_on is not None,
        "follow_ups": [o for o in outcomes if o.kind in FOLLOW_UPS],
        "statuses": OutcomeStatus.choices,
        "today": today,
        "job_outcomes": JOB_OUTCOMES,
        "training_outcomes": TRAINING_OUTCOMES,
    }
