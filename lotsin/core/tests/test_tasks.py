"""A real task, enqueued through Django's task API, finished by a real worker process."""

import os
import subprocess
import sys

import pytest
from django.db import connection
from django_tasks import TaskResultStatus

from lotsin.core.tasks import count_members, health_probe
from lotsin.core.tests.services_env import needs_redis


def _database_url() -> str:
    s = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{s['NAME']}"
    return f"postgres://{s['USER']}@{s['HOST'] or '127.0.0.1'}:{s['PORT'] or 5432}/{s['NAME']}"


def _run_worker(backend: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "LOTSIN_TASK_BACKEND": backend,
        **env,
    }
    return subprocess.run(
        [sys.executable, "-m", "lotsin.cli", "worker", "--burst"],
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.django_db(transaction=True)
def test_database_worker_finishes_an_enqueued_task(settings, admin_a, org_a):
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    probe = health_probe.enqueue()
    scoped = count_members.enqueue(org_a.pk)
    assert probe.status == TaskResultStatus.READY

    worker = _run_worker("database")

    assert worker.returncode == 0, worker.stderr
    probe.refresh()
    scoped.refresh()
    assert probe.status == TaskResultStatus.SUCCESSFUL
    assert probe.return_value == {"database": "ok"}
    assert scoped.return_value == 7  # alice holds every role in org A, nothing of org B counted


@needs_redis
@pytest.mark.django_db(transaction=True)
def test_rq_worker_finishes_an_enqueued_task(settings, admin_a, admin_b, org_a):
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/15")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend", "QUEUES": ["default"]}}
    settings.RQ_QUEUES = {"default": {"URL": redis_url}}
    import django_rq

    django_rq.get_queue("default").empty()
    result = count_members.enqueue(org_a.pk)
    assert result.status == TaskResultStatus.READY

    worker = _run_worker("rq", REDIS_URL=redis_url)

    assert worker.returncode == 0, worker.stderr
    result.refresh()
    assert result.status == TaskResultStatus.SUCCESSFUL, [e.traceback for e in result.errors]
    assert result.return_value == 7
