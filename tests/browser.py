"""Shared by the real-browser tests: Debian's Chromium driven by Playwright, on loopback only.

Without Chromium the tests are skipped with a message saying how to install it; with
COURSE_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails instead.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import socket
import subprocess
import threading
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("COURSE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
INSTALL_ADVICE = ("Chromium is not installed, so the real-browser test is skipped. "
                  "Install it with: sudo apt-get install chromium")
# Without the background-networking flags Chromium keeps trying to reach Google's hosts.
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def require_chromium() -> str:
    if not Path(CHROMIUM).exists():
        skip_or_fail(INSTALL_ADVICE)
    return CHROMIUM


def skip_or_fail(message: str) -> None:
    """Skip on a learner's machine; in CI (COURSE_REQUIRE_BROWSER=1) a skip is a failure."""
    if os.environ.get("COURSE_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{message} (COURSE_REQUIRE_BROWSER=1)")
    pytest.skip(message)


def free_port() -> int:
    """A free loopback port (Jupyter silently moves to the next one when a port is taken)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, log: Path, seconds: float = 90) -> None:
    """Poll ``url`` until it answers; fail with the server's log if it stops or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"The server stopped: {log.read_text(errors='replace')[-2000:]}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"No answer from {url} in {seconds} s: {log.read_text(errors='replace')[-2000:]}")


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@contextmanager
def serve(folder: Path):
    """A static file server on 127.0.0.1 (a free port), for the duration of a test."""
    handler = functools.partial(_QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@contextmanager
def chromium_page(viewport=(1280, 900)):
    from playwright.sync_api import sync_playwright

    executable = require_chromium()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": viewport[0], "height": viewport[1]})
            yield page
        finally:
            browser.close()
