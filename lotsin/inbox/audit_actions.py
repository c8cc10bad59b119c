from django.utils.translation import gettext_lazy as _

from lotsin.core.audit import ActionType, register_actions

register_actions(
    {
        "inbox.channel.created": ActionType(_("Channel created")),
        "inbox.import.done": ActionType(_("Posts imported")),
        "inbox.post.claimed": ActionType(_("Post claimed")),
        "inbox.post.released": ActionType(_("Post released")),
        "inbox.post.status_changed": ActionType(_("Post status changed")),
        "inbox.post.answered": ActionType(_("Reply recorded")),
        "inbox.crisis.acknowledged": ActionType(_("Crisis acknowledged")),
    }
)
