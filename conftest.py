"""Doctests in course_lib start as the unit tests do (tests/conftest.py): in Swedish, with an
empty work folder, whatever test ran before them in the same worker."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _doctests_start_fresh(request, monkeypatch):
    from _pytest.doctest import DoctestItem

    if isinstance(request.node, DoctestItem):
        import course_lib

        work = request.getfixturevalue("tmp_path") / "work"
        monkeypatch.setenv("COURSE_WORK_DIR", str(work))
        course_lib.set_language("sv")
    yield
