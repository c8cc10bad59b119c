"""Registry for the cross-organisation isolation suite (lotsin/core/tests/test_isolation.py).

Each app lists, in its own `isolation.py`, how to make one of its objects and the UI and API
addresses that show it. The suite creates the object in organisation B and proves that a user of
organisation A with every role gets 404 at each address. A model that inherits `ScopedModel`
without being registered fails the suite, so a new model cannot skip the check.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from django.db import models


@dataclass(frozen=True)
class IsolationCase:
    model: type[models.Model]
    # Creates one object in the given organisation (called inside its scope).
    make: Callable[[Any], models.Model]
    # URL names that take the object's public id as `public_id`, with the method to use.
    ui: list[tuple[str, str]] = field(default_factory=list)
    # API paths below /api/v1 with `{id}` for the public id, with the method to use.
    api: list[tuple[str, str]] = field(default_factory=list)


REGISTRY: list[IsolationCase] = []


def register(case: IsolationCase) -> None:
    REGISTRY.append(case)


def _register_core() -> None:
    from lotsin.accounts.models import User
    from lotsin.core import audit
    from lotsin.core.models import AuditEvent, Membership, Role
    from lotsin.core.services import add_membership

    def membership(org: Any) -> models.Model:
        user = User.objects.create(username=f"member-of-{org.slug}")
        return add_membership(organization=org, user=user, role=Role.COACH)

    def audit_event(org: Any) -> models.Model:
        return audit.record(action="core.organization.settings_changed", organization=org)

    register(
        IsolationCase(
            model=Membership,
            make=membership,
            ui=[("core:member", "get")],
            api=[("/members/{id}", "get")],
        )
    )
    register(IsolationCase(model=AuditEvent, make=audit_event))


_register_core()
