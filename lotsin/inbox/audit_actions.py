from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import ActionType, register_actions

register_actions(
    {
        "inbox.channel.created": ActionType(_("Channel created")),
        "inbox.import.done": ActionType(_("Posts imported")),
        "inbox.post.captured": ActionType(_("Post added by hand")),
        "inbox.post.claimed": ActionType(_("Post claimed")),
        "inbox.post.released": ActionType(_("Post released")),
        "inbox.post.status_changed": ActionType(_("Post status changed")),
        "inbox.post.answered": ActionType(_("Reply recorded")),
        "inbox.crisis.acknowledged": ActionType(_("Crisis acknowledged")),
        "inbox.post.viewed": ActionType(_("Post read")),
        "inbox.post.snoozed": ActionType(_("Post snoozed")),
        "inbox.duty.changed": ActionType(_("Duty changed")),
        "inbox.reply.awaiting_approval": ActionType(_("Reply sent for legal approval")),
        "inbox.reply.approved": ActionType(_("Reply approved")),
        "inbox.reply.sent_back": ActionType(_("Reply sent back")),
        "inbox.settings.changed": ActionType(_("Inbox settings changed")),
        "inbox.contact.created": ActionType(_("First contact created")),
        "inbox.contact.closed": ActionType(_("First contact closed")),
        "inbox.retention.purged": ActionType(_("Old posts deleted")),
    }
)
