from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "lotsin.directory"
    label = "directory"
    verbose_name = _("Directory of services")

    def ready(self) -> None:
        from lotsin.core.navigation import NAV_ITEMS, NavItem
        from lotsin.directory import audit_actions  # noqa: F401  registers this app's audit actions

        item = NavItem("directory:list", _("Directory"))
        if item not in NAV_ITEMS:  # ready() can run twice in tests
            NAV_ITEMS.append(item)
