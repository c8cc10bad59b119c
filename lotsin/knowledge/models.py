"""Verified answers with versions, translations and reviews; where they were used; rumours (claims).

An answer's legal content lives in versions. A verified version is never edited: a change makes
a new version. Each language of a version is an `AnswerText` with its own review status; the text
in the version's source language is reviewed together with the version.
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lotsin.core.scoping import ScopedModel, scoped_manager


class VersionStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("answer status", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("answer status", "In review")
    VERIFIED = "verified", pgettext_lazy("answer status", "Verified")
    WITHDRAWN = "withdrawn", pgettext_lazy("answer status", "Withdrawn")
    SUPERSEDED = "superseded", pgettext_lazy("answer status", "Superseded")


class TextStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("answer status", "Draft")
    IN_REVIEW = "in_review", pgettext_lazy("answer status", "In review")
    VERIFIED = "verified", pgettext_lazy("answer status", "Verified")
    SUPERSEDED = "superseded", pgettext_lazy("answer status", "Superseded")


class Answer(ScopedModel):
    """One question women ask, answered in versions; `slug` names its public pages."""

    slug = models.SlugField(_("address name"), max_length=80, unique=True)
    short_code = models.CharField(max_length=12, unique=True, editable=False)
    external_id = models.CharField(_("import id"), max_length=120, blank=True)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    is_demo = models.BooleanField(_("demo content"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "external_id"],
                condition=~models.Q(external_id=""),
                name="answer_unique_external_id",
            )
        ]
        verbose_name = _("answer")
        verbose_name_plural = _("answers")

    def __str__(self) -> str:
        return self.slug


class AnswerVersion(ScopedModel):
    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    source_language = models.CharField(_("source language"), max_length=8, default="de")
    # The topics this version proposes; they become the answer's topics when it is approved,
    # so that editing a draft never changes the answer that is in use.
    topics = models.JSONField(_("topics"), default=list, blank=True)
    legal_basis = models.JSONField(_("legal basis"), default=list, blank=True)
    sources = models.JSONField(_("sources"), default=list, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    review_by = models.DateField(_("review by"), null=True, blank=True)
    status = models.CharField(max_length=12, choices=VersionStatus.choices, default="draft")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    withdrawn_reason = models.TextField(blank=True)
    # Set by the daily review-date task, so that reminders go out once.
    review_warned_at = models.DateTimeField(null=True, blank=True)
    expired_marked_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["answer", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["answer", "number"], name="version_unique_number")
        ]
        indexes = [models.Index(fields=["organization", "status", "review_by"])]
        verbose_name = _("answer version")
        verbose_name_plural = _("answer versions")

    def __str__(self) -> str:
        return f"{self.answer.slug} v{self.number}"

    def is_expired(self, today: dt.date | None = None) -> bool:
        """Past its review-by date: still shown, but only with a warning."""
        today = today or timezone.localdate()
        return self.review_by is not None and self.review_by < today

    @property
    def is_editable(self) -> bool:
        return self.status == VersionStatus.DRAFT


class AnswerText(ScopedModel):
    """The title, body and example questions of one version in one language (one revision)."""

    version = models.ForeignKey(AnswerVersion, on_delete=models.CASCADE, related_name="texts")
    language = models.CharField(_("language"), max_length=8)
    revision = models.PositiveIntegerField(default=1)
    title = models.CharField(_("question-style title"), max_length=300)
    body = models.TextField(_("answer (Markdown)"))
    questions = models.JSONField(_("example questions"), default=list, blank=True)
    status = models.CharField(max_length=12, choices=TextStatus.choices, default="draft")
    # A translation carried over from an older version keeps a link to it, for the diff.
    carried_from = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    # Everyone who wrote or changed this text: none of them may approve it (four eyes).
    contributor_ids = models.JSONField(default=list, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["version", "language", "-revision"]
        constraints = [
            models.UniqueConstraint(
                fields=["version", "language", "revision"], name="text_unique_revision"
            )
        ]
        indexes = [models.Index(fields=["organization", "language", "status"])]
        verbose_name = _("answer text")
        verbose_name_plural = _("answer texts")

    def __str__(self) -> str:
        return f"{self.version} [{self.language}]"

    @property
    def is_source(self) -> bool:
        return self.language == self.version.source_language


class ReviewEventKind(models.TextChoices):
    SUBMITTED = "submitted", _("Sent for review")
    APPROVED = "approved", _("Approved")
    SENT_BACK = "sent_back", _("Sent back")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    CONFIRMED = "confirmed", _("Confirmed for the new version")
    COMMENT = "comment", _("Comment")


class ReviewEvent(ScopedModel):
    """The review thread of a version or of one of its texts: decisions with reasons, comments."""

    version = models.ForeignKey(AnswerVersion, on_delete=models.CASCADE, related_name="events")
    text = models.ForeignKey(
        AnswerText, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(max_length=12, choices=ReviewEventKind.choices)
    message = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("review event")
        verbose_name_plural = _("review events")


class UseContext(models.TextChoices):
    REPLY = "reply", _("Reply in a group or chat")
    CASE = "case", _("Counselling case")
    OTHER = "other", _("Other")


class AnswerUse(ScopedModel):
    """One place where a text of an answer version was used, so it can be corrected later."""

    text = models.ForeignKey(AnswerText, on_delete=models.PROTECT, related_name="uses")
    context = models.CharField(_("where"), max_length=10, choices=UseContext.choices)
    channel = models.CharField(_("channel or group"), max_length=200)
    reference = models.CharField(_("link or reference"), max_length=500, blank=True)
    used_at = models.DateTimeField(_("used on"))
    used_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    correction_done_at = models.DateTimeField(null=True, blank=True)
    correction_done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = scoped_manager()

    class Meta:
        ordering = ["-used_at", "-id"]
        indexes = [models.Index(fields=["organization", "-used_at"])]
        verbose_name = _("answer use")
        verbose_name_plural = _("answer uses")


class PageViewCount(ScopedModel):
    """Views of a public answer page per day and language: a number, nothing about the reader."""

    answer = models.ForeignKey(Answer, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=8)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    objects = scoped_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "answer", "language", "day"], name="pageview_unique_day"
            )
        ]


class Verdict(models.TextChoices):
    FALSE = "false", pgettext_lazy("verdict", "False")
    MISLEADING = "misleading", pgettext_lazy("verdict", "Misleading")
    TRUE = "true", pgettext_lazy("verdict", "True")
    UNPROVEN = "unproven", pgettext_lazy("verdict", "Unproven")


class ClaimStatus(models.TextChoices):
    CIRCULATING = "circulating", pgettext_lazy("claim status", "Circulating")
    QUIET = "quiet", pgettext_lazy("claim status", "Quiet")
    CLOSED = "closed", pgettext_lazy("claim status", "Closed")


class Claim(ScopedModel):
    """A rumour that circulates in the groups, with the verified answer that responds to it."""

    summary = models.CharField(_("summary"), max_length=300)
    external_id = models.CharField(_("import id"), max_length=120, blank=True)
    verdict = models.CharField(_("verdict"), max_length=12, choices=Verdict.choices)
    answer = models.ForeignKey(
        Answer,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="claims",
        verbose_name=_("answer"),
    )
    first_seen = models.DateField(_("first seen"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=ClaimStatus.choices, default="circulating"
    )
    topics = models.JSONField(_("topics"), default=list, blank=True)
    is_demo = models.BooleanField(_("demo content"), default=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["status", "-first_seen", "summary"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "external_id"],
                condition=~models.Q(external_id=""),
                name="claim_unique_external_id",
            )
        ]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")

    def __str__(self) -> str:
        return self.summary


class ClaimPhrasing(ScopedModel):
    """How the rumour is worded in one language (the triage engine matches posts to these)."""

    claim = models.ForeignKey(Claim, on_delete=models.CASCADE, related_name="phrasings")
    language = models.CharField(_("language"), max_length=8)
    text = models.TextField(_("wording"))

    objects = scoped_manager()

    class Meta:
        ordering = ["claim", "language", "id"]
        verbose_name = _("claim wording")
        verbose_name_plural = _("claim wordings")
