from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InboxConfig(AppConfig):
    name = "lotsin.inbox"
    label = "inbox"
    verbose_name = _("Outreach inbox")

    def ready(self) -> None:
        from lotsin.core.housekeeping import register_daily
        from lotsin.core.navigation import NAV_ITEMS, NavItem
        from lotsin.inbox import audit_actions  # noqa: F401  registers this app's audit actions
        from lotsin.inbox.contacts import remind_due_contacts
        from lotsin.inbox.retention import purge_expired
        from lotsin.inbox.tasks import on_knowledge_changed
        from lotsin.knowledge.signals import knowledge_changed

        register_daily("inbox-retention", purge_expired)
        register_daily("inbox-follow-ups", remind_due_contacts)
        knowledge_changed.connect(on_knowledge_changed, dispatch_uid="inbox-retriage")
        _connect_queue_cache(knowledge_changed)

        from lotsin.inbox.measures_views import MEASURES_ROLES
        from lotsin.inbox.views import INBOX_ROLES

        items = [
            NavItem("inbox:queue", _("Inbox"), frozenset(INBOX_ROLES)),
            NavItem("inbox:channels", _("Channels"), frozenset(INBOX_ROLES)),
            NavItem("inbox:measures", _("Measures"), frozenset(MEASURES_ROLES)),
        ]
        NAV_ITEMS[1:1] = [item for item in items if item not in NAV_ITEMS]  # after Overview


def _connect_queue_cache(knowledge_changed: object) -> None:
    """Channel names and answer titles show in the queue's rows: their changes refresh them
    (posts raise the stamp themselves, lotsin.inbox.models.PostQuerySet)."""
    from django.db.models.signals import post_delete, post_save

    from lotsin.inbox.models import Channel
    from lotsin.inbox.queue_cache import changed

    def refresh(**_kwargs: object) -> None:
        changed()

    post_save.connect(refresh, sender=Channel, dispatch_uid="inbox-queue-channel-saved", weak=False)
    post_delete.connect(
        refresh, sender=Channel, dispatch_uid="inbox-queue-channel-deleted", weak=False
    )
    knowledge_changed.connect(refresh, dispatch_uid="inbox-queue-knowledge", weak=False)  # type: ignore[attr-defined]
