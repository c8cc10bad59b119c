"""Counselling cases: participants, purpose-bound consent, co-designed plans, sessions,
referrals, Jobcenter cooperation and outcomes (PRODUCT.md "Counselling and empowerment",
"Cooperation with the Jobcenter", "Outcomes", data protection).

A participant is named in URLs, logs and the audit log only by her case number. Fields listed in
`Participant.SPECIAL_FIELDS` are special categories of personal data (GDPR Art. 9): they stay off
lists, exports for partners and reports."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lotsin.core.scoping import ScopedModel, scoped_manager
from lotsin.directory.languages import language_name

USER = settings.AUTH_USER_MODEL


class OfficeKind(models.TextChoices):
    JOBCENTER = "jobcenter", _("Jobcenter")
    AGENCY = "agency", _("Employment agency (Agentur für Arbeit)")
    OTHER = "other", pgettext_lazy("office kind", "Other")


class PartnerOffice(ScopedModel):
    """A Jobcenter or agency office with its fixed contact persons (partner users) and ours."""

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=10, choices=OfficeKind.choices)
    address = models.CharField(_("address"), max_length=300, blank=True)
    contact_persons = models.ManyToManyField(
        USER, blank=True, related_name="partner_offices", verbose_name=_("contact persons")
    )
    our_contact = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+",
        verbose_name=_("our contact person"),
    )  # fmt: skip
    is_demo = models.BooleanField(default=False)

    objects = scoped_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="office_unique_name")
        ]

    def __str__(self) -> str:
        return self.name


class GermanLevel(models.TextChoices):
    NONE = "A0", _("No German yet")
    A1 = "A1", "A1"
    A2 = "A2", "A2"
    B1 = "B1", "B1"
    B2 = "B2", "B2"
    C1 = "C1", "C1"
    C2 = "C2", "C2"


class Recognition(models.TextChoices):
    NOT_STARTED = "not_started", _("Not applied for")
    IN_PROGRESS = "in_progress", _("In progress")
    PARTIAL = "partial", _("Partly recognised")
    RECOGNISED = "recognised", _("Recognised")
    NOT_NEEDED = "not_needed", _("Not needed")


class Residence(models.TextChoices):
    TEMPORARY_PROTECTION = "s24", _("Temporary protection (§ 24 AufenthG)")
    ASYLUM_PENDING = "asylum", _("Asylum procedure pending")
    PROTECTION = "protection", _("Recognised refugee or subsidiary protection")
    TOLERATED = "toleration", _("Toleration (Duldung)")
    FAMILY = "family", _("Family reunification")
    EU = "eu", _("EU citizen")
    SETTLED = "settled", _("Settlement permit or German citizen")
    OTHER = "other", pgettext_lazy("residence", "Other")
    UNKNOWN = "unknown", _("Not known")


class CaseStatus(models.TextChoices):
    INTAKE = "intake", _("Intake")
    ACTIVE = "active", pgettext_lazy("case status", "Active")
    PAUSED = "paused", pgettext_lazy("case status", "Paused")
    CLOSED = "closed", pgettext_lazy("case status", "Closed")


class Participant(ScopedModel):
    SPECIAL_FIELDS = ("health_notes",)
    # What erasure and anonymisation blank (everything that could identify her).
    PERSONAL_FIELDS = (
        "name", "phone", "email", "messenger", "address_area", "education", "qualifications",
        "work_experience", "goals", "health_notes",
    )  # fmt: skip

    case_number = models.CharField(_("case number"), max_length=20)
    name = models.CharField(_("name"), max_length=200)
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    messenger = models.CharField(_("messenger contact"), max_length=100, blank=True)
    address_area = models.CharField(_("district"), max_length=100, blank=True)
    preferred_languages = models.JSONField(_("preferred languages"), default=list, blank=True)
    needs_interpreter = models.BooleanField(_("needs an interpreter"), default=False)
    children = models.PositiveSmallIntegerField(_("children"), null=True, blank=True)
    childcare_needed = models.BooleanField(_("needs childcare"), default=False)
    german_level = models.CharField(
        _("German level"), max_length=2, choices=GermanLevel.choices, blank=True
    )
    education = models.TextField(_("education"), blank=True)
    qualifications = models.TextField(_("qualifications"), blank=True)
    recognition = models.CharField(
        _("recognition of qualifications"), max_length=12, choices=Recognition.choices,
        blank=True,
    )  # fmt: skip
    work_experience = models.TextField(_("work experience"), blank=True)
    residence = models.CharField(
        _("residence status"), max_length=12, choices=Residence.choices, default="unknown"
    )
    goals = models.TextField(_("her goals"), blank=True)
    # Special category (health, disability): only her coaches see it.
    health_notes = models.TextField(_("health or disability (special category)"), blank=True)
    status = models.CharField(
        _("status"), max_length=8, choices=CaseStatus.choices, default=CaseStatus.INTAKE
    )
    coaches = models.ManyToManyField(USER, blank=True, related_name="+", verbose_name=_("coaches"))
    # The inbox stub she came from (lotsin.inbox.FirstContact), if any.
    first_contact = models.ForeignKey(
        "inbox.FirstContact", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    opened_on = models.DateField(_("opened on"), default=timezone.localdate)
    closed_on = models.DateField(_("closed on"), null=True, blank=True)
    last_contact_on = models.DateField(null=True, blank=True)
    anonymised_at = models.DateTimeField(null=True, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["case_number"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "case_number"], name="participant_unique_case_number"
            )
        ]
        indexes = [
            models.Index(fields=["organization", "status", "last_contact_on"], name="case_list"),
        ]
        verbose_name = _("participant")
        verbose_name_plural = _("participants")

    def __str__(self) -> str:
        return self.case_number

    def audit_repr(self) -> str:
        return f"case {self.case_number}"

    @property
    def language_names(self) -> str:
        """Her preferred languages, each named in itself (what the list and her page show)."""
        return ", ".join(language_name(code) for code in self.preferred_languages or [])


class Purpose(models.TextChoices):
    COUNSELLING = "counselling", _("Counselling")
    PARTNER_EXCHANGE = "partner", _("Exchange with a named Jobcenter or agency office")
    FUNDER_REPORTING = "funder", _("Funder reporting")
    PHOTOS = "photos", _("Photos")
    MESSENGER = "messenger", _("Contact by messenger")


class ConsentForm(models.TextChoices):
    PAPER = "paper", _("Signed on paper")
    VERBAL = "verbal", _("Verbal, with a witness")
    DIGITAL = "digital", _("Digital")


class Consent(ScopedModel):
    """One purpose-bound consent, with the exact text she agreed to in her language."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(_("purpose"), max_length=12, choices=Purpose.choices)
    office = models.ForeignKey(
        PartnerOffice, null=True, blank=True, on_delete=models.PROTECT, related_name="consents",
        verbose_name=_("office"),
    )  # fmt: skip
    given_on = models.DateField(_("given on"))
    form = models.CharField(_("form"), max_length=8, choices=ConsentForm.choices)
    witness = models.CharField(_("witness"), max_length=200, blank=True)
    language = models.CharField(_("language of the text"), max_length=8)
    text_version = models.CharField(max_length=40)
    text = models.TextField()  # the text as she read it
    expires_on = models.DateField(_("expires on"), null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["-given_on", "-created_at"]
        indexes = [models.Index(fields=["organization", "purpose", "office"], name="consent_find")]

    def is_active(self, today: object = None) -> bool:
        today = today or timezone.localdate()
        return self.revoked_at is None and (self.expires_on is None or self.expires_on >= today)


class Who(models.TextChoices):
    PARTICIPANT = "participant", _("She")
    COACH = "coach", _("Coach")
    JOBCENTER = "jobcenter", _("Jobcenter")


class StepStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("step status", "Open")
    DONE = "done", pgettext_lazy("step status", "Done")
    DROPPED = "dropped", pgettext_lazy("step status", "Dropped")


class Goal(ScopedModel):
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="goals_set")
    text = models.TextField(_("goal"))
    status = models.CharField(max_length=8, choices=StepStatus.choices, default="open")
    position = models.PositiveSmallIntegerField(default=0)

    objects = scoped_manager()

    class Meta:
        ordering = ["position", "pk"]


class PlanStep(ScopedModel):
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="steps")
    goal = models.ForeignKey(
        Goal, null=True, blank=True, on_delete=models.SET_NULL, related_name="steps"
    )
    text = models.TextField(_("step"))
    who = models.CharField(_("who does it"), max_length=12, choices=Who.choices)
    due_on = models.DateField(_("due on"), null=True, blank=True)
    status = models.CharField(_("status"), max_length=8, choices=StepStatus.choices, default="open")
    # Seen by the partner office she consented to; "one voice": agreed with the Jobcenter.
    shared = models.BooleanField(_("shared with the Jobcenter"), default=False)
    agreed_with_jobcenter = models.BooleanField(_("agreed with the Jobcenter"), default=False)

    objects = scoped_manager()

    class Meta:
        ordering = ["due_on", "pk"]


class Measure(models.TextChoices):
    WORKSHOP = "workshop", _("Workshops")
    EMPOWERMENT_LAB = "empowerment_lab", _("Empowerment LAB")
    LANGUAGE_COURSE = "language_course", _("Language course")
    RECOGNITION = "recognition", _("Recognition counselling")
    MENTORING = "mentoring", _("Mentoring")
    PLACEMENT = "placement", _("Work placement")


class MeasureChoice(ScopedModel):
    """A measure she chose or declined (co-design: both are kept)."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="measures")
    measure = models.CharField(_("measure"), max_length=16, choices=Measure.choices)
    chosen = models.BooleanField(_("she chose it"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    decided_on = models.DateField(default=timezone.localdate)

    objects = scoped_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participant", "measure"], name="measure_once")
        ]


class PlanRevision(ScopedModel):
    """The whole plan after each change, so that every earlier state can be shown."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="plan_revisions"
    )
    number = models.PositiveIntegerField()
    snapshot = models.JSONField()
    changed_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    changed_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "number"], name="plan_revision_once")
        ]


class SessionChannel(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("Phone")
    VIDEO = "video", _("Video")
    MESSENGER = "messenger", _("Messenger")


class CounsellingSession(ScopedModel):
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="sessions")
    coach = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    held_on = models.DateField(_("date"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"))
    channel = models.CharField(_("channel"), max_length=10, choices=SessionChannel.choices)
    language = models.CharField(_("language"), max_length=8, blank=True)
    interpreter = models.BooleanField(_("with an interpreter"), default=False)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    # Private: her coaches (and coordinators when needed) only; never shared, never exported
    # to partners.
    notes = models.TextField(_("private notes"), blank=True)
    next_steps = models.TextField(_("agreed next steps"), blank=True)
    shared_note = models.TextField(_("note for the Jobcenter"), blank=True)
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    @property
    def language_label(self) -> str:
        return language_name(self.language) if self.language else ""

    class Meta:
        ordering = ["-held_on", "-pk"]
        indexes = [
            models.Index(fields=["organization", "participant", "held_on"], name="session_case"),
            models.Index(fields=["organization", "follow_up_on"], name="session_follow_up"),
        ]


class ReferralStatus(models.TextChoices):
    SENT = "sent", pgettext_lazy("referral", "Sent")
    ACCEPTED = "accepted", pgettext_lazy("referral", "Accepted")
    ATTENDED = "attended", pgettext_lazy("referral", "Attended")
    CLOSED = "closed", pgettext_lazy("referral", "Closed")


class Referral(ScopedModel):
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="referrals")
    service = models.ForeignKey(
        "directory.Service", on_delete=models.PROTECT, related_name="+", verbose_name=_("service")
    )
    status = models.CharField(
        _("status"), max_length=10, choices=ReferralStatus.choices, default="sent"
    )
    sent_on = models.DateField(_("sent on"), default=timezone.localdate)
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["-sent_on", "-pk"]


class PartnerMessage(ScopedModel):
    """The shared thread between her coach and her Jobcenter contact (consent required)."""

    participant = models.ForeignKey(
        Participant, on_delete=models.CASCADE, related_name="partner_messages"
    )
    office = models.ForeignKey(PartnerOffice, on_delete=models.CASCADE, related_name="+")
    author = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("message"))
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["created_at"]


class OutcomeKind(models.TextChoices):
    EXIT = "exit", _("At exit")
    SIX_MONTHS = "6m", _("After 6 months")
    TWELVE_MONTHS = "12m", _("After 12 months")


class OutcomeStatus(models.TextChoices):
    FULL_TIME = "full_time", _("Employed full-time")
    PART_TIME = "part_time", _("Employed part-time")
    MINI_JOB = "mini_job", _("Mini-job")
    SELF_EMPLOYED = "self_employed", _("Self-employed")
    TRAINING = "training", _("Vocational training")
    EDUCATION = "education", _("Education or course")
    JOB_SEEKING = "job_seeking", _("Looking for work")
    INACTIVE = "inactive", _("Inactive")
    UNKNOWN = "unknown", _("Unknown")
    NEGATIVE = "left", _("Left without a positive outcome")


# Which outcomes count as positive in the funder's figures, and as which kind.
JOB_OUTCOMES = frozenset({"full_time", "part_time", "mini_job", "self_employed"})
TRAINING_OUTCOMES = frozenset({"training", "education"})


class Outcome(ScopedModel):
    """Her situation at exit and at the 6- and 12-month follow-ups (due_on set at exit; status
    empty until recorded), so that a cohort's figures can be computed."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(_("when"), max_length=4, choices=OutcomeKind.choices)
    status = models.CharField(
        _("situation"), max_length=14, choices=OutcomeStatus.choices, blank=True
    )
    due_on = models.DateField(_("due on"))
    recorded_on = models.DateField(_("recorded on"), null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)
    recorded_by = models.ForeignKey(
        USER, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = scoped_manager()

    class Meta:
        ordering = ["due_on"]
        constraints = [
            models.UniqueConstraint(fields=["participant", "kind"], name="outcome_once_per_kind")
        ]
        indexes = [models.Index(fields=["organization", "due_on"], name="outcome_due")]
