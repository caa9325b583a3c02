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
