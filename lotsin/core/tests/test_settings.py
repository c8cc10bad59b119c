"""Production settings pass Django's deployment checks; bad values fail loudly."""

import os
import subprocess
import sys

PRODUCTION = {
    "DEBUG": "false",
    "LOTSIN_HTTPS": "true",
    "SECRET_KEY": "x" * 20 + "production-secret-key-with-enough-entropy-0123456789",
    "LOTSIN_PSEUDONYM_KEY": "another-long-random-key-0123456789",
    "ALLOWED_HOSTS": "lotsin.example.org",
}


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in PRODUCTION and k != "DJANGO_ALLOW_ASYNC_UNSAFE"
    }
    return subprocess.run(
        [sys.executable, "-m", "lotsin.cli", *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=120,
    )


def test_check_deploy_passes_without_warnings_on_production_settings(tmp_path):
    result = _manage(
        "check", "--deploy", "--fail-level", "WARNING", LOTSIN_VAR_DIR=str(tmp_path), **PRODUCTION
    )
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_bad_boolean_is_refused_with_the_variable_name(tmp_path):
    result = _manage("check", DEBUG="perhaps", LOTSIN_VAR_DIR=str(tmp_path))
    assert result.returncode != 0 and "DEBUG must be true or false" in result.stderr


def test_unknown_task_backend_is_refused(tmp_path):
    result = _manage("check", LOTSIN_TASK_BACKEND="carrier-pigeon", LOTSIN_VAR_DIR=str(tmp_path))
    assert result.returncode != 0 and "LOTSIN_TASK_BACKEND" in result.stderr


def test_development_secret_is_generated_once(tmp_path):
    _manage("check", LOTSIN_VAR_DIR=str(tmp_path))
    first = (tmp_path / "secret_key").read_text()
    _manage("check", LOTSIN_VAR_DIR=str(tmp_path))
    assert (tmp_path / "secret_key").read_text() == first and len(first) > 40
