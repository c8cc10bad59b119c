"""The triage library must stay importable without Django (apps adapt to it, never the reverse)."""

import ast
import subprocess
import sys
from pathlib import Path

TRIAGE_DIR = Path(__file__).resolve().parent.parent


def test_no_module_under_triage_imports_django():
    offenders = []
    for path in TRIAGE_DIR.rglob("*.py"):
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] == "django"]
    assert offenders == []


def test_triage_imports_in_a_process_without_django_settings():
    code = "import sys, lotsin.triage; assert 'django' not in sys.modules, sorted(sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
