from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import ActionType, register_actions

register_actions(
    {
        "core.personal_data.read": ActionType(_("Personal data read")),
        "core.personal_data.listed": ActionType(_("List of people viewed")),
        "core.organization.created": ActionType(_("Organisation created")),
        "core.organization.settings_changed": ActionType(_("Organisation settings changed")),
        "core.membership.added": ActionType(_("Role given"), pii_keys=("username",)),
        "core.membership.removed": ActionType(_("Role taken away"), pii_keys=("username",)),
        "core.audit.exported": ActionType(_("Audit log exported")),
        "accounts.token.created": ActionType(_("API token created")),
        "accounts.token.revoked": ActionType(_("API token revoked")),
        "accounts.two_factor.enabled": ActionType(_("Two-factor sign-in turned on")),
        "accounts.two_factor.disabled": ActionType(_("Two-factor sign-in turned off")),
    }
)
