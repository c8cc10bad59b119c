"""Markers for tests that need PostgreSQL or Redis: they skip on a laptop, and fail in CI
(LOTSIN_REQUIRE_SERVICES=true) rather than silently skipping."""

import os

import pytest
from django.db import connection

REQUIRED = os.environ.get("LOTSIN_REQUIRE_SERVICES", "").lower() == "true"


def _need(condition: bool, reason: str):  # type: ignore[no-untyped-def]
    if condition or not REQUIRED:
        return pytest.mark.skipif(not condition, reason=reason)
    return pytest.mark.usefixtures()  # run and fail loudly when the service is missing


needs_postgres = _need(
    connection.vendor == "postgresql", "needs DATABASE_URL pointing at PostgreSQL"
)
needs_redis = _need(bool(os.environ.get("REDIS_URL")), "needs REDIS_URL")
