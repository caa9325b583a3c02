"""The executed copies that nbval saves for the browser tests (tests/executed.py)."""

from __future__ import annotations

import time
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

from tests import executed


@pytest.fixture
def own_run(monkeypatch):
    """A run of its own (as a pytest started by a test gets): a fresh id and folder."""
    monkeypatch.setattr(executed, "_started_here", None)
    monkeypatch.setenv(executed.RUN_ID, "the-outer-run")
    config = SimpleNamespace(option=SimpleNamespace(testrunuid=None))
    executed.start_run(config)
    yield config
    executed.end_run(config)


NOTEBOOK = Path("notebooks/sv/99-prov.ipynb")


def test_a_nested_run_gets_its_own_folder_and_removes_only_that(own_run, tmp_path):
    assert executed.folder().name != "course-executed-the-outer-run"
    assert own_run.option.testrunuid == executed.folder().name.removeprefix("course-executed-")
    executed.start_run(own_run)  # the second call (conftest, then nbval's plugin) keeps the id
    assert own_run.option.testrunuid == executed.folder().name.removeprefix("course-executed-")
    copy = executed.write(nbformat.v4.new_notebook(), NOTEBOOK, None)
    assert copy.exists() and copy.parent.name == "sv"
    executed.end_run(own_run)
    assert not copy.exists()


def test_the_copy_carries_the_widgets_and_is_found_at_once(own_run):
    state = {"version_major": 2, "version_minor": 0, "state": {"abc": {"model_name": "x"}}}
    written = executed.write(nbformat.v4.new_notebook(), NOTEBOOK, state)
    started = time.monotonic()
    assert executed.wait_for(NOTEBOOK, timeout=5) == written
    assert time.monotonic() - started < 1
    saved = nbformat.read(written, as_version=4)
    assert saved.metadata["widgets"][executed.WIDGET_STATE] == state


def test_a_notebook_nbval_could_not_save_fails_its_readers_at_once(own_run):
    executed.mark_failed(NOTEBOOK, "setup: the kernel did not start")
    started = time.monotonic()
    with pytest.raises(AssertionError, match="the kernel did not start"):
        executed.wait_for(NOTEBOOK, timeout=60)
    assert time.monotonic() - started < 1


def test_a_copy_that_never_comes_is_a_clear_failure(own_run):
    with pytest.raises(AssertionError, match="no executed copy of 99-prov.ipynb"):
        executed.wait_for(NOTEBOOK, timeout=0.5)
