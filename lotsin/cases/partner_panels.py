"""Registers the coach-side panels of the Jobcenter thread and of outcomes, the office pages in
the menu, and (by importing `outcomes`) the daily follow-up reminder."""

from django.utils.translation import gettext_lazy as _

from lotsin.cases import outcomes  # noqa: F401  registers the daily reminder job
from lotsin.cases.access import ALL_CASES_ROLES
from lotsin.cases.panels import register_panel
from lotsin.cases.partner_views import outcome_panel_context, partner_panel_context
from lotsin.core.navigation import NAV_ITEMS, NavItem

register_panel("outcomes", "cases/_outcomes.html", outcome_panel_context, order=60)
register_panel("partner", "cases/_partner.html", partner_panel_context, order=70)

_OFFICES = NavItem("cases:office_list", _("Jobcenter offices"), frozenset(ALL_CASES_ROLES))
if _OFFICES not in NAV_ITEMS:
    NAV_ITEMS.append(_OFFICES)
