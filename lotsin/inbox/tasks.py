"""Background work of the inbox (thin: enter the scope, call the service)."""

from __future__ import annotations

from django_tasks import task

from lotsin.core.models import Organization
from lotsin.core.tasks import in_organization
from lotsin.inbox.models import ImportBatch


@task()
@in_organization
def triage_pending_task(organization: Organization) -> int:
    from lotsin.inbox.triage import triage_pending

    return triage_pending(organization)


def enqueue_triage_for_batch(batch: ImportBatch) -> None:
    triage_pending_task.enqueue(batch.organization_id)


@task()
@in_organization
def run_import_task(organization: Organization, batch_id: int, path: str, tz: str) -> str:
    """An upload from the browser: import it, then delete the uploaded file."""
    from pathlib import Path

    from lotsin.inbox.importing import ImportFailed, import_file

    batch = ImportBatch.objects.get(pk=batch_id, organization=organization)
    file = Path(path)
    try:
        _batch, counts = import_file(
            channel=batch.channel, path=file, file_format=batch.file_format, tz=tz,
            actor=batch.created_by, batch=batch,
        )  # fmt: skip
        return str(counts)
    except ImportFailed as failed:
        return str(failed)
    finally:
        file.unlink(missing_ok=True)


@task()
@in_organization
def retriage_open_task(organization: Organization) -> int:
    from lotsin.inbox.triage import retriage_open

    return retriage_open(organization)


def on_knowledge_changed(sender: object, organization_id: int, **kwargs: object) -> None:
    """Verified answers or claims changed: suggestions on open posts are brought up to date."""
    retriage_open_task.enqueue(organization_id)
