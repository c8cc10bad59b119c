"""Signals for other apps: the inbox re-triages open posts when the knowledge base changes."""

from django.dispatch import Signal

# Sent after commit when verified answers or open claims of an organisation changed.
# Arguments: organization_id.
knowledge_changed = Signal()


def announce_change(organization_id: int) -> None:
    from django.db import transaction

    transaction.on_commit(
        lambda: knowledge_changed.send(sender="knowledge", organization_id=organization_id)
    )
