from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import ActionType, register_actions

register_actions(
    {
        "directory.service.created": ActionType(_("Directory entry created")),
        "directory.service.updated": ActionType(_("Directory entry changed")),
        "directory.service.deleted": ActionType(_("Directory entry deleted")),
        "directory.services.imported": ActionType(_("Directory imported")),
    }
)
