"""pytest plugin for the nbval run (`pytest -p tests.nbval_plugin --nbval ...`).

Each notebook's kernel starts with a fresh, empty work folder, exactly as for a new learner:
the learner's real ``notebooks/my_work`` is never touched, and a notebook's outputs never
depend on what an earlier notebook saved.
"""

from __future__ import annotations

import os
import tempfile

import pytest

os.environ.pop("COURSE_LANGUAGE", None)
_started: set[str] = set()


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Runs before nbval's file-level setup starts the notebook's kernel."""
    path = str(item.path)
    if path.endswith(".ipynb") and path not in _started:
        _started.add(path)
        os.environ["COURSE_WORK_DIR"] = tempfile.mkdtemp(prefix="course-nb-")
