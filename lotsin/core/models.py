"""Organisations, memberships with roles, and the append-only audit log."""

from __future__ import annotations

import uuid
from typing import Any

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from lotsin.core.scoping import ScopedModel, scoped_manager


class Role(models.TextChoices):
    ADVISOR = "advisor", pgettext_lazy("role", "Outreach advisor")
    LEGAL_REVIEWER = "legal_reviewer", pgettext_lazy("role", "Legal reviewer")
    COACH = "coach", pgettext_lazy("role", "Coach")
    COORDINATOR = "coordinator", pgettext_lazy("role", "Coordinator")
    MENTOR_COORDINATOR = "mentor_coordinator", pgettext_lazy("role", "Mentor coordinator")
    PARTNER = "partner", pgettext_lazy("role", "Partner")
    ADMIN = "admin", pgettext_lazy("role", "Administrator")


class Organization(models.Model):
    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(_("short name"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    require_2fa_roles = models.JSONField(
        _("roles that must use two-factor sign-in"), default=list, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self) -> str:
        return self.name

    def requires_2fa_for(self, roles: set[str]) -> bool:
        return bool(set(self.require_2fa_roles) & roles)


class Membership(ScopedModel):
    """One role of one person in one organisation; a person may hold several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=30, choices=Role.choices)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = scoped_manager()

    class Meta:
        ordering = ["user__username", "role"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "user", "role"], name="membership_unique_role"
            )
        ]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")

    def __str__(self) -> str:
        return f"{self.user} ({self.role})"

    def audit_repr(self) -> str:
        # The audit log names no person: the membership's id leads to her when needed.
        return f"{self.role} membership"


class AuditQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise PermissionError("The audit log is append-only")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise PermissionError("The audit log is append-only")


class ActorKind(models.TextChoices):
    USER = "user", _("person")
    TOKEN = "token", _("API token")
    TASK = "task", _("background task")
    SYSTEM = "system", _("system")


class AuditEvent(ScopedModel):
    """Who did what to which object, when. Written only by `lotsin.core.audit.record`."""

    actor_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_kind = models.CharField(max_length=10, choices=ActorKind.choices)
    action = models.CharField(max_length=80, db_index=True)
    target_type = models.CharField(max_length=80, blank=True)
    target_id = models.CharField(max_length=64, blank=True)
    target_repr = models.CharField(max_length=200, blank=True)
    data = models.JSONField(default=dict, blank=True)
    redacted = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    objects = scoped_manager(AuditQuerySet)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["organization", "-created_at"], name="audit_org_time")]
        verbose_name = _("audit event")
        verbose_name_plural = _("audit events")

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action} {self.target_repr}"

    @property
    def action_label(self) -> str:
        from lotsin.core.audit import action_label

        return action_label(self.action)

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None and not kwargs.pop("_redacting", False):
            raise PermissionError("The audit log is append-only")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise PermissionError("The audit log is append-only")
