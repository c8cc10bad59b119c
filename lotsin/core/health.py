"""Health of the database and the task backend, without personal data or versions."""

from __future__ import annotations

from django.conf import settings
from django.db import connection


def _database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001  any failure means "down" here
        return "error"
    return "ok"


def _tasks() -> str:
    try:
        if settings.TASK_BACKEND == "rq":
            import django_rq

            django_rq.get_connection("default").ping()
        elif settings.TASK_BACKEND == "database":
            from django_tasks_db.models import DBTaskResult

            DBTaskResult.objects.exists()
    except Exception:  # noqa: BLE001
        return "error"
    return "ok"


def check() -> dict[str, str]:
    report = {"database": _database(), "tasks": _tasks(), "task_backend": settings.TASK_BACKEND}
    report["status"] = "ok" if report["database"] == report["tasks"] == "ok" else "error"
    return report
