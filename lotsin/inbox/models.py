"""Channels (groups and chats the advisors watch), their posts with triage results, imports and
replies. Authors are stored only as a keyed pseudonym per organisation (PRODUCT.md)."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lotsin.core.scoping import ScopedModel, scoped_manager


class Platform(models.TextChoices):
    TELEGRAM = "telegram", "Telegram"
    WHATSAPP = "whatsapp", "WhatsApp"
    FACEBOOK = "facebook", "Facebook"
    INSTAGRAM = "instagram", "Instagram"
    TIKTOK = "tiktok", "TikTok"
    OTHER = "other", pgettext_lazy("platform", "Other")


class Channel(ScopedModel):
    name = models.CharField(_("name"), max_length=200)
    platform = models.CharField(_("platform"), max_length=12, choices=Platform.choices)
    languages = models.JSONField(_("languages"), default=list, blank=True)
    advisors = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("advisors")
    )
    retention_days = models.PositiveIntegerField(_("keep posts for (days)"), default=180)
    # The chat an export or the bot belongs to (Telegram chat id, WhatsApp group name): set by
    # the first import, so that another chat's export cannot land in this channel by mistake.
    source_ref = models.CharField(max_length=200, blank=True)
    is_demo = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="channel_unique_name")
        ]
        verbose_name = _("channel")
        verbose_name_plural = _("channels")

    def __str__(self) -> str:
        return self.name


class Urgency(models.TextChoices):
    CRISIS = "crisis", pgettext_lazy("urgency", "Crisis")
    HIGH = "high", pgettext_lazy("urgency", "High")
    NORMAL = "normal", pgettext_lazy("urgency", "Normal")


class PostStatus(models.TextChoices):
    NEW = "new", pgettext_lazy("post status", "New")
    CLAIMED = "claimed", pgettext_lazy("post status", "Claimed")
    ANSWERED = "answered", pgettext_lazy("post status", "Answered")
    REFERRED = "referred", pgettext_lazy("post status", "Referred")
    NO_ACTION = "no_action", pgettext_lazy("post status", "No action needed")
    SNOOZED = "snoozed", pgettext_lazy("post status", "Snoozed")


# Still waiting for advisors (a snoozed post only once its time has come: lotsin.inbox.queries).
OPEN_STATUSES = (PostStatus.NEW, PostStatus.CLAIMED, PostStatus.SNOOZED)


class PostQuerySet(models.QuerySet["Post"]):
    """Every write of posts through the ORM tells the queue's page cache to render anew
    (lotsin.inbox.queue_cache); Post.save and Post.delete do the same for one post."""

    def update(self, **kwargs: Any) -> int:
        changed = super().update(**kwargs)
        if changed:
            _queue_changed()
        return changed

    def delete(self) -> tuple[int, dict[str, int]]:
        result = super().delete()
        if result[0]:
            _queue_changed()
        return result

    def bulk_create(self, objs: Any, *args: Any, **kwargs: Any) -> list[Post]:
        created = super().bulk_create(objs, *args, **kwargs)
        if created:
            _queue_changed()
        return created

    def bulk_update(self, objs: Any, fields: Any, *args: Any, **kwargs: Any) -> int:
        changed = super().bulk_update(objs, fields, *args, **kwargs)
        if changed:
            _queue_changed()
        return changed


def _queue_changed() -> None:
    from lotsin.inbox import queue_cache

    queue_cache.changed()


class Post(ScopedModel):
    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="posts")
    external_id = models.CharField(max_length=200)
    text = models.TextField()
    posted_at = models.DateTimeField(db_index=True)
    author_pseudonym = models.CharField(max_length=32, blank=True)
    reply_to_external_id = models.CharField(max_length=200, blank=True)
    forwarded = models.BooleanField(default=False)
    kind = models.CharField(max_length=10, default="message")
    imported_at = models.DateTimeField(auto_now_add=True)
    # When its author last edited it (the live connector then replaces the text and re-triages).
    edited_at = models.DateTimeField(null=True, blank=True)
    # Triage results (lotsin.triage contract), stored with the engine version that made them.
    language = models.CharField(max_length=8, blank=True)
    is_question = models.BooleanField(default=False)
    topics = models.JSONField(default=list, blank=True)
    urgency = models.CharField(max_length=8, choices=Urgency.choices, default=Urgency.NORMAL)
    # 0 crisis, 1 high, 2 normal: the queue sorts on it with an index.
    urgency_rank = models.PositiveSmallIntegerField(default=2)
    matched_claims = models.JSONField(default=list, blank=True)
    matched_answers = models.JSONField(default=list, blank=True)
    duplicate_of = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The cues and scores behind the results, in short, so that an advisor can see why.
    triage_why = models.JSONField(default=dict, blank=True)
    triaged_at = models.DateTimeField(null=True, blank=True)
    triage_version = models.CharField(max_length=40, blank=True)
    # The advisors' work on it.
    status = models.CharField(max_length=10, choices=PostStatus.choices, default=PostStatus.NEW)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    status_reason = models.TextField(blank=True)
    snoozed_until = models.DateTimeField(null=True, blank=True)
    first_reply_at = models.DateTimeField(null=True, blank=True)
    # Crisis protocol: when the alert went out, and who acknowledged it when.
    crisis_alerted_at = models.DateTimeField(null=True, blank=True)
    crisis_acknowledged_at = models.DateTimeField(null=True, blank=True)
    crisis_acknowledged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = scoped_manager(PostQuerySet)

    def save(self, *args: Any, **kwargs: Any) -> None:
        super().save(*args, **kwargs)
        _queue_changed()

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        result = super().delete(*args, **kwargs)
        _queue_changed()
        return result

    class Meta:
        ordering = ["urgency_rank", "posted_at"]
        constraints = [
            models.UniqueConstraint(fields=["channel", "external_id"], name="post_unique_key")
        ]
        indexes = [
            # The open queue in its order, on the few open posts only (bench/inbox_queue.py:
            # the page query falls from 190-1000 ms to under 1 ms at 1,000,000 posts).
            # Open posts in queue order, carrying what the queue filters on, so that counting
            # a page's worth is an index-only scan (INCLUDE is PostgreSQL only).
            models.Index(
                fields=["organization", "urgency_rank", "-is_question", "posted_at", "id"],
                include=["status", "snoozed_until", "channel", "language"],
                condition=models.Q(status__in=["new", "claimed", "snoozed"]),
                name="post_open_queue",
            ),
            # Any one status in queue order (answered, referred...: the history views).
            models.Index(
                "organization", "status", "urgency_rank", models.F("is_question").desc(),
                "posted_at", "id", name="post_status_queue",
            ),
            # The crisis banner on every page: unacknowledged crises are a handful of rows.
            models.Index(
                "organization",
                condition=models.Q(
                    urgency="crisis", crisis_acknowledged_at__isnull=True,
                    status__in=["new", "claimed", "snoozed"],
                ),
                name="post_open_crisis",
            ),
            models.Index(fields=["organization", "channel", "posted_at"], name="post_channel_time"),
        ]  # fmt: skip
        verbose_name = _("post")
        verbose_name_plural = _("posts")

    def audit_repr(self) -> str:
        return f"post {self.public_id}"


class ImportStatus(models.TextChoices):
    RUNNING = "running", _("Running")
    DONE = "done", _("Done")
    FAILED = "failed", _("Failed")


class ImportBatch(ScopedModel):
    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="imports")
    file_name = models.CharField(max_length=255)
    file_format = models.CharField(max_length=12)
    status = models.CharField(max_length=8, choices=ImportStatus.choices, default="running")
    processed = models.PositiveIntegerField(default=0)
    imported = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    error = models.TextField(blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["-created_at"]


class ReplyStatus(models.TextChoices):
    SENT = "sent", pgettext_lazy("reply status", "Sent")
    # A free-text reply on a legal topic waits for a legal reviewer (four eyes).
    AWAITING_APPROVAL = "awaiting", pgettext_lazy("reply status", "Waiting for legal approval")
    APPROVED = "approved", pgettext_lazy("reply status", "Approved, not yet posted")
    SENT_BACK = "sent_back", pgettext_lazy("reply status", "Sent back")


class SentVia(models.TextChoices):
    COPIED = "copied", _("Copied into the group app")
    TELEGRAM_BOT = "telegram_bot", _("Posted by the Telegram bot")


class Reply(ScopedModel):
    """What an advisor answered to a post, and from which verified answer text."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="replies")
    text = models.TextField()
    answer_text = models.ForeignKey(
        "knowledge.AnswerText", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    status = models.CharField(max_length=10, choices=ReplyStatus.choices, default="sent")
    sent_via = models.CharField(max_length=12, choices=SentVia.choices, default="copied")
    sent_at = models.DateTimeField(null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    review_note = models.TextField(blank=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["created_at"]


class InboxSettings(ScopedModel):
    """Per organisation: which topics are legal (free-text replies on them need four eyes)."""

    legal_topics = models.JSONField(_("legal topics"), default=list, blank=True)

    objects = scoped_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization"], name="inbox_settings_one_per_org")
        ]


class Duty(ScopedModel):
    """Who is on duty now: crisis alerts go to them first (everyone when nobody is)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    on_duty = models.BooleanField(default=False)
    changed_at = models.DateTimeField(auto_now=True)

    objects = scoped_manager()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["organization", "user"], name="duty_one_per_user")
        ]


class ContactStatus(models.TextChoices):
    OPEN = "open", pgettext_lazy("contact status", "Consent still to ask")
    PICKED_UP = "picked_up", pgettext_lazy("contact status", "Taken up as a case")
    CLOSED = "closed", pgettext_lazy("contact status", "Closed")


class FirstContact(ScopedModel):
    """A post's author who may want counselling: a stub that the cases app takes up once she
    agrees. Holds only the pseudonym and what the advisor notes; consent is still to be asked."""

    post = models.ForeignKey(
        Post, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts"
    )
    channel = models.ForeignKey(Channel, on_delete=models.CASCADE, related_name="+")
    author_pseudonym = models.CharField(max_length=32, blank=True)
    language = models.CharField(max_length=8, blank=True)
    topics = models.JSONField(default=list, blank=True)
    note = models.TextField(_("note"), blank=True)
    status = models.CharField(
        max_length=10, choices=ContactStatus.choices, default=ContactStatus.OPEN
    )
    follow_up_on = models.DateField(_("follow up on"))
    reminded_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["follow_up_on", "created_at"]
        indexes = [
            models.Index(fields=["organization", "status", "follow_up_on"], name="contact_due")
        ]

    def audit_repr(self) -> str:
        return f"first contact {self.public_id}"


class QueueStamp(models.Model):
    """One row: a number raised after every change of posts, channels or the knowledge base.
    Rendered queue rows are reused only while it stays the same (lotsin.inbox.queue_cache).
    Global rather than per organisation, so that a change needs no lookup of whose it was."""

    version = models.PositiveBigIntegerField(default=0)

    def __str__(self) -> str:
        return f"queue stamp {self.version}"
