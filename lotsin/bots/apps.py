from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BotsConfig(AppConfig):
    name = "lotsin.bots"
    label = "bots"
    verbose_name = _("Messenger bots")

    def ready(self) -> None:
        from lotsin.bots import audit_actions  # noqa: F401  registers this app's audit actions
