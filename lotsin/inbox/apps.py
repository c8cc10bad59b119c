from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InboxConfig(AppConfig):
    name = "lotsin.inbox"
    label = "inbox"
    verbose_name = _("Outreach inbox")

    def ready(self) -> None:
        from lotsin.core.navigation import NAV_ITEMS, NavItem
        from lotsin.inbox import audit_actions  # noqa: F401  registers this app's audit actions
        from lotsin.inbox.tasks import on_knowledge_changed
        from lotsin.knowledge.signals import knowledge_changed

        knowledge_changed.connect(on_knowledge_changed, dispatch_uid="inbox-retriage")

        items = [NavItem("inbox:queue", _("Inbox")), NavItem("inbox:channels", _("Channels"))]
        NAV_ITEMS[1:1] = [item for item in items if item not in NAV_ITEMS]  # after Overview
