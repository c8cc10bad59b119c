#!/usr/bin/env python
"""Public answer page: median and 95th-percentile time served by the application server
(gunicorn, one worker, SQLite with the demo data) and the page's weight with its stylesheet.
Prints `name: value` lines.

    python bench/knowledge_public_page.py [--requests 300]
"""

from __future__ import annotations

import argparse
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _get(url: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=10) as response:  # noqa: S310 - local server
        body = response.read()
    return (time.perf_counter() - start) * 1000, body


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as var:
        env = {
            **os.environ,
            "LOTSIN_VAR_DIR": var,
            "DEBUG": "false",
            "LOTSIN_HTTPS": "false",
            "LOTSIN_SEMANTIC_SEARCH": "false",
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
        }
        env.pop("DATABASE_URL", None)
        lotsin = [str(BIN / "lotsin")]
        for step in (
            ["migrate", "-v0"],
            ["demo", "--quiet"],
            ["manage", "collectstatic", "--noinput", "-v0"],
        ):
            subprocess.run([*lotsin, *step], env=env, check=True, cwd=ROOT)  # noqa: S603
        port = _free_port()
        server = subprocess.Popen(  # noqa: S603 - our own gunicorn
            [
                str(BIN / "gunicorn"),
                "lotsin.wsgi",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "1",
                "--log-level",
                "warning",
            ],
            env=env,
            cwd=ROOT,
        )
        try:
            base = f"http://127.0.0.1:{port}"
            for _ in range(300):
                try:
                    _get(f"{base}/healthz")
                    break
                except OSError:
                    time.sleep(0.2)
            pages = [
                f"{base}/a/{slug}/{lang}/"
                for slug in ("job-turbo-low-skilled", "kita-voucher-berlin", "violence-help-now")
                for lang in ("uk", "ar", "fa", "de")
            ]
            for url in pages:  # warm up each page once
                _get(url)
            times = []
            weights = []
            for i in range(args.requests):
                elapsed, body = _get(pages[i % len(pages)])
                times.append(elapsed)
                weights.append(len(body))
            _ms, css = _get(f"{base}/static/lotsin/public.css")
        finally:
            server.terminate()
            server.wait(timeout=10)
    times.sort()
    print(f"requests: {len(times)} over {len(pages)} pages (uk, ar, fa, de)")
    print(f"public_page_median_ms: {statistics.median(times):.1f}")
    print(f"public_page_p95_ms: {times[int(len(times) * 0.95) - 1]:.1f}")
    print(f"page_html_bytes_max: {max(weights)}")
    print(f"page_css_bytes: {len(css)}")
    print(f"page_with_css_bytes_max: {max(weights) + len(css)}")


if __name__ == "__main__":
    main()
