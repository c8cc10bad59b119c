from __future__ import annotations

from typing import Any

from lotsin.core.models import Organization
from lotsin.core.scoping import organization_scope
from lotsin.directory.models import Service
from lotsin.directory.services import create_service

OFFICE_HOURS = {
    "mon": [["09:00", "13:00"], ["14:00", "17:00"]],
    "wed": [["09:00", "13:00"]],
}


def make_service(org: Organization, **fields: Any) -> Service:
    data: dict[str, Any] = {
        "name": "Frauenberatung Mitte",
        "provider": "Brücke e.V.",
        "description": "Beratung für Frauen.",
        "topics": ["violence"],
        "languages": ["de", "uk"],
        "district": "Mitte",
        "phone": "030 0123 4567",
        "opening_hours": OFFICE_HOURS,
        **fields,
    }
    with organization_scope(org):
        return create_service(organization=org, actor=None, data=data)
