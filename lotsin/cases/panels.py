"""The participant page is made of panels (plan, sessions, referrals, outcomes, the partner
thread, rights). Each module registers its panel: a template and a function that gives its
context in a fixed number of queries, whatever the number of rows (the page must stay fast with
100 sessions)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.http import HttpRequest

from lotsin.cases.models import Participant

PanelContext = Callable[[HttpRequest, Participant], dict[str, Any]]


@dataclass(frozen=True)
class Panel:
    name: str
    template: str
    context: PanelContext
    order: int


PANELS: dict[str, Panel] = {}


def register_panel(name: str, template: str, context: PanelContext, order: int) -> None:
    PANELS[name] = Panel(name, template, context, order)


def render_panels(request: HttpRequest, participant: Participant) -> list[dict[str, Any]]:
    """[{"template": ..., "context": {...}}] in order, for `{% include p.template with ... %}`."""
    return [
        {"name": p.name, "template": p.template, "context": p.context(request, participant)}
        for p in sorted(PANELS.values(), key=lambda p: p.order)
    ]
