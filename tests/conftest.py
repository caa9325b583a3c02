"""Test set-up: every test and every notebook gets its own empty work folder.

The learner's real ``notebooks/my_work`` is never touched, and a notebook's stored outputs
never depend on what an earlier notebook or test saved.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

import course_lib

ROOT = Path(__file__).resolve().parents[1]
_SESSION_DIR = tempfile.mkdtemp(prefix="course-tests-")
os.environ["COURSE_WORK_DIR"] = _SESSION_DIR
os.environ.pop("COURSE_LANGUAGE", None)
_notebook_seen: set[str] = set()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Before nbval starts a notebook's kernel, give that notebook a fresh work folder."""
    path = str(item.path)
    if path.endswith(".ipynb") and path not in _notebook_seen:
        _notebook_seen.add(path)
        os.environ["COURSE_WORK_DIR"] = tempfile.mkdtemp(prefix="course-nb-")


@pytest.fixture(autouse=True)
def fresh_work_dir(request, tmp_path, monkeypatch):
    """Unit tests: an empty work folder and Swedish as the starting language."""
    if str(request.node.path).endswith(".ipynb"):
        yield
        return
    monkeypatch.setenv("COURSE_WORK_DIR", str(tmp_path / "work"))
    course_lib.set_language("sv")
    yield
    course_lib.set_language("sv")
