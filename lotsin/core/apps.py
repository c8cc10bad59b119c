from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "lotsin.core"
    label = "core"
    verbose_name = _("Organisations and audit")

    def ready(self) -> None:
        from lotsin.core import audit_actions  # noqa: F401  registers this app's audit actions
