from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "lotsin.knowledge"
    label = "knowledge"
    verbose_name = _("Knowledge base")

    def ready(self) -> None:
        from lotsin.core.housekeeping import register_daily
        from lotsin.core.models import Role
        from lotsin.core.navigation import NAV_ITEMS, NavItem
        from lotsin.knowledge import audit_actions  # noqa: F401  registers this app's audit actions
        from lotsin.knowledge.services.review_dates import check_review_dates

        register_daily("knowledge-review-dates", check_review_dates)

        items = [
            NavItem("knowledge:answers", _("Answers")),
            NavItem(
                "knowledge:review_queue",
                _("Legal review"),
                frozenset({Role.LEGAL_REVIEWER, Role.COORDINATOR}),
            ),
            NavItem("knowledge:claims", _("Rumours")),
        ]
        NAV_ITEMS.extend(item for item in items if item not in NAV_ITEMS)  # ready() may run twice
