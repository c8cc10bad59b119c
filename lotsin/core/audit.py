"""Append-only audit log of every read and change of personal data.

Apps declare their actions in their own `audit_actions.py` with `register_actions`; recording an
action nobody declared raises, so a typo cannot create an unfindable entry. Later apps log a read
of a person's data with one line: `audit.log_read(request, obj)`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from django.db import models
from django.utils.functional import Promise

from lotsin.core.models import ActorKind, AuditEvent

if TYPE_CHECKING:
    from django.http import HttpRequest

    from lotsin.accounts.models import User
    from lotsin.core.models import Organization

SECRET_HINTS = ("password", "secret", "token", "key", "otp")
MASK = "***"


@dataclass(frozen=True)
class ActionType:
    label: str | Promise
    pii_keys: tuple[str, ...] = field(default=())


_ACTIONS: dict[str, ActionType] = {}


def register_actions(actions: dict[str, ActionType]) -> None:
    for name, action in actions.items():
        if name in _ACTIONS and _ACTIONS[name] != action:
            raise ValueError(f"audit action {name} registered twice")
        _ACTIONS[name] = action


def action_label(name: str) -> str:
    action = _ACTIONS.get(name)
    return str(action.label) if action else name


def registered_actions() -> dict[str, ActionType]:
    return dict(_ACTIONS)


def _mask(data: dict[str, Any]) -> dict[str, Any]:
    return {
        key: MASK if any(hint in key.lower() for hint in SECRET_HINTS) else value
        for key, value in data.items()
    }


def record(
    *,
    action: str,
    organization: Organization,
    actor: User | None = None,
    actor_kind: str | None = None,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """Append one audit event; call it inside the service's transaction."""
    if action not in _ACTIONS:
        raise KeyError(f"audit action {action!r} is not registered")
    kind = actor_kind or (ActorKind.USER if actor else ActorKind.SYSTEM)
    event = AuditEvent(
        organization=organization,
        actor_user=actor,
        actor_kind=kind,
        action=action,
        data=_mask(data or {}),
    )
    if target is not None:
        event.target_type = target._meta.label_lower
        event.target_id = str(getattr(target, "public_id", target.pk))
        event.target_repr = audit_repr(target)[:200]
    event.save()
    return event


def audit_repr(target: models.Model) -> str:
    """A label for the log; models with personal data provide a non-identifying one."""
    method = getattr(target, "audit_repr", None)
    return str(method() if callable(method) else target)


def actor_of(request: HttpRequest) -> tuple[User | None, str]:
    if getattr(request, "api_token", None) is not None:
        return request.user, ActorKind.TOKEN  # type: ignore[return-value]
    if request.user.is_authenticated:
        return request.user, ActorKind.USER  # type: ignore[return-value]
    return None, ActorKind.SYSTEM


def record_for_request(
    request: HttpRequest,
    *,
    action: str,
    organization: Organization,
    target: models.Model | None = None,
    data: dict[str, Any] | None = None,
) -> AuditEvent:
    """`record` with the actor (person or API token) taken from the request."""
    actor, kind = actor_of(request)
    return record(
        action=action,
        organization=organization,
        actor=actor,
        actor_kind=kind,
        target=target,
        data=data,
    )


def log_read(request: HttpRequest, target: models.Model, **data: Any) -> AuditEvent:
    """Record that the requesting user read `target` (one line in a view or API call)."""
    return record_for_request(
        request,
        action="core.personal_data.read",
        organization=target.organization,  # type: ignore[attr-defined]
        target=target,
        data=data,
    )


def log_list(request: HttpRequest, model: type[models.Model], count: int) -> AuditEvent:
    """Record that the requesting user saw a list of people (which model, how many rows)."""
    return record_for_request(
        request,
        action="core.personal_data.listed",
        organization=request.organization,  # type: ignore[attr-defined]
        data={"model": model._meta.label_lower, "count": count},
    )


def redact(event: AuditEvent) -> None:
    """Blank the PII keys of one event (erasure); the row itself is never deleted."""
    pii = _ACTIONS.get(event.action, ActionType(event.action)).pii_keys
    event.data = {k: (None if k in pii else v) for k, v in event.data.items()}
    event.target_repr = ""
    event.redacted = True
    event.save(update_fields=["data", "target_repr", "redacted"], _redacting=True)
