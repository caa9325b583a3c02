"""Test set-up: every unit test gets its own empty work folder and starts in Swedish.

The learner's real ``notebooks/my_work`` is never touched. (nbval runs load
``tests/nbval_plugin.py`` instead, which does the same for each notebook's kernel.)
"""

from __future__ import annotations

import os
import tempfile

import pytest

import course_lib
from tests import executed

_SESSION_DIR = tempfile.mkdtemp(prefix="course-tests-")
os.environ["COURSE_WORK_DIR"] = _SESSION_DIR
os.environ.pop("COURSE_LANGUAGE", None)


def pytest_configure(config):
    executed.start_run(config)  # this run's executed notebooks (tests/executed.py)


# Fixtures that make a test slow (left out of make test-fast): they build a whole edition from
# every notebook, or start a database server.
SLOW_FIXTURES = {"html_edition", "slides_edition", "answer_key", "postgres_server"}


@pytest.hookimpl(tryfirst=True)  # before -m "not slow" picks the tests
def pytest_collection_modifyitems(items):
    for item in items:
        if SLOW_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


def pytest_unconfigure(config):
    from tests.browser import reap_servers

    reap_servers()
    executed.end_run(config)


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


def _built_once(tmp_path_factory, edition, prepare=None):
    """The edition built once for the whole run: the parallel workers share one build (the
    first to come builds it under a lock, the others wait and reuse it)."""
    from filelock import FileLock

    shared = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):  # each worker has its own folder under one root
        shared = shared.parent
    out = shared / f"edition-{edition}"
    with FileLock(str(out) + ".lock"):
        if not (out / ".built").exists():
            out.mkdir(exist_ok=True)
            if prepare:
                prepare(out)
            _build_edition(edition, out)
            (out / ".built").touch()
    return out


@pytest.fixture(scope="session")
def html_edition(tmp_path_factory):
    """The reading site, built once per test run from the committed notebooks."""
    return _built_once(tmp_path_factory, "html")


@pytest.fixture(scope="session")
def slides_edition(tmp_path_factory):
    """The slides, built once per test run; reuses a `make slides` download of reveal.js."""
    import shutil
    from pathlib import Path

    from tests.browser import skip_or_fail

    cached = Path(__file__).resolve().parents[1] / "build" / "slides" / "node_modules"
    if not cached.exists() and shutil.which("npm") is None:
        skip_or_fail("Slides need npm to fetch reveal.js once: sudo apt-get install npm")

    def reuse_download(out):  # a `make slides` download instead of fetching it again
        if cached.exists() and not (out / "node_modules").exists():
            (out / "node_modules").symlink_to(cached)

    return _built_once(tmp_path_factory, "slides", reuse_download)


@pytest.fixture(scope="session")
def chromium():
    """Chromium's path; skips (fails in CI) before any edition is built for nothing."""
    from tests.browser import require_chromium

    return require_chromium()
