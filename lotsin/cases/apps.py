from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CasesConfig(AppConfig):
    name = "lotsin.cases"
    label = "cases"
    verbose_name = _("Cases")

    def ready(self) -> None:
        from lotsin.cases import audit_actions  # noqa: F401  registers this app's audit actions
        from lotsin.core.models import Role
        from lotsin.core.navigation import NAV_ITEMS, NavItem

        items = [
            NavItem(
                "cases:list", _("Cases"), frozenset({Role.COACH, Role.COORDINATOR, Role.ADMIN})
            ),
            NavItem("cases:partner_list", _("Shared cases"), frozenset({Role.PARTNER})),
        ]
        NAV_ITEMS.extend(item for item in items if item not in NAV_ITEMS)
        from lotsin.cases import (
            partner_panels,  # noqa: F401  Jobcenter thread, outcomes panels
            plan_panels,  # noqa: F401  plan, sessions, referrals panels
            rights_views,  # noqa: F401  rights panel, daily retention job
        )
