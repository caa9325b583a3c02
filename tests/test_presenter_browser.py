"""The presenter view: Voilà renders the segment builder without code, and it reacts live."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.browser import chromium_page, require_chromium

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.browser
sys.path.insert(0, str(ROOT / "tools"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, process, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"Voilà stopped: {process.stdout.read()}")
        try:
            urllib.request.urlopen(url, timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise TimeoutError(url)


@pytest.mark.parametrize("language,size_word", [("sv", "Storlek"), ("en", "Size")])
def test_presenter_renders_builder_and_reacts(tmp_path, language, size_word):
    require_chromium()
    from presenter import write_presenter

    notebook = write_presenter(language, tmp_path)
    port = _free_port()
    env = dict(os.environ, COURSE_WORK_DIR=str(tmp_path / "work"))
    env.pop("COURSE_LANGUAGE", None)
    voila = subprocess.Popen(
        [sys.executable, "-m", "voila", notebook.name, "--no-browser", f"--port={port}",
         "--Voila.ip=127.0.0.1"],
        cwd=notebook.parent, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        _wait_until_up(base, voila)
        with chromium_page(viewport=(1280, 1600)) as page:
            page.goto(base, timeout=120_000)
            page.wait_for_selector(".widget-slider .noUi-handle", timeout=120_000)
            assert page.locator(f"text={size_word}").count() >= 1
            assert page.locator(".jp-InputArea-editor:visible").count() == 0  # no code shown
            sizes = page.locator(".widget-html").filter(has_text="%").first
            before = sizes.inner_text()
            page.locator(".widget-slider .noUi-handle").first.focus()
            page.keyboard.press("End")
            page.wait_for_function(
                "([el, old]) => el.innerText !== old", arg=[sizes.element_handle(), before],
                timeout=30_000)
            after = sizes.inner_text()
            assert re.search(r"\d", after) and after != before
    finally:
        voila.terminate()
        voila.wait(timeout=20)
