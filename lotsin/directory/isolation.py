"""Directory entries in the cross-organisation isolation suite (lotsin.core.isolation)."""

from __future__ import annotations

from typing import Any

from django.db import models

from lotsin.core.isolation import IsolationCase, register
from lotsin.directory.models import Service
from lotsin.directory.services import create_service


def _service(org: Any) -> models.Model:
    return create_service(
        organization=org,
        actor=None,
        data={"name": "Beratung Nord", "phone": "030 123", "opening_hours": {"always": True}},
    )


register(
    IsolationCase(
        model=Service,
        make=_service,
        ui=[("directory:detail", "get"), ("directory:edit", "get"), ("directory:delete", "get")],
        api=[("/services/{id}", "get"), ("/services/{id}/referral", "get")],
    )
)
