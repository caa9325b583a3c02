"""Test set-up: every unit test gets its own empty work folder and starts in Swedish.

The learner's real ``notebooks/my_work`` is never touched. (nbval runs load
``tests/nbval_plugin.py`` instead, which does the same for each notebook's kernel.)
"""

from __future__ import annotations

import os
import tempfile

import pytest

import course_lib

_SESSION_DIR = tempfile.mkdtemp(prefix="course-tests-")
os.environ["COURSE_WORK_DIR"] = _SESSION_DIR
os.environ.pop("COURSE_LANGUAGE", None)


@pytest.fixture(autouse=True)
def fresh_work_dir(tmp_path, monkeypatch):
    """An empty work folder and Swedish as the starting language."""
    monkeypatch.setenv("COURSE_WORK_DIR", str(tmp_path / "work"))
    course_lib.set_language("sv")
    yield
    course_lib.set_language("sv")


def _build_edition(edition, out):
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, str(root / "tools" / "build_editions.py"), edition,
                           "--out", str(out)], capture_output=True, text=True)
    if done.returncode:
        pytest.fail(f"build_editions.py {edition} failed:\n{done.stderr[-3000:]}")
    return out


@pytest.fixture(scope="session")
def html_edition(tmp_path_factory):
    """The reading site, built once per test session from the committed notebooks."""
    return _build_edition("html", tmp_path_factory.mktemp("html"))


@pytest.fixture(scope="session")
def slides_edition(tmp_path_factory):
    """The slides, built once per session; reuses a `make slides` download of reveal.js."""
    import shutil
    from pathlib import Path

    from tests.browser import skip_or_fail

    out = tmp_path_factory.mktemp("slides")
    cached = Path(__file__).resolve().parents[1] / "build" / "slides" / "node_modules"
    if cached.exists():  # reuse a `make slides` download instead of fetching it again
        (out / "node_modules").symlink_to(cached)
    elif shutil.which("npm") is None:
        skip_or_fail("Slides need npm to fetch reveal.js once: sudo apt-get install npm")
    return _build_edition("slides", out)


@pytest.fixture(scope="session")
def chromium():
    """Chromium's path; skips (fails in CI) before any edition is built for nothing."""
    from tests.browser import require_chromium

    return require_chromium()
