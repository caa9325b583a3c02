"""Each notebook is executed once per test run, and its result reused.

The nbval run (tests/nbval_plugin.py) executes every notebook in a fresh kernel and compares
the outputs with the stored ones. Right after that first Run All it also writes the notebook
as the learner would now see it: this run's outputs, and the state of every widget the kernel
made (what JupyterLab saves with "Save Widget State"). The browser tests open that copy in
JupyterLab, where the widgets are drawn from their saved state, and check what the learner
sees (every widget drawn, every control named, the keyboard), without running the notebook
again. Run without nbval (say `pytest tests/test_notebooks_browser.py` alone), a browser test
executes its notebook itself, once, in the same way.

The copies live in a folder of their own for each run, shared by the test workers and removed
when the run ends.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
import uuid
from pathlib import Path

RUN_ID = "PYTEST_XDIST_TESTRUNUID"  # set by pytest-xdist in every worker of one run
# The kernel writes the state of its widgets here (a path given by the test).
DUMP_STATE = ("import json as _json, ipywidgets as _w\n"
              "with open({path!r}, 'w', encoding='utf-8') as _f:\n"
              "    _json.dump(_w.Widget.get_manager_state(drop_defaults=True), _f)\n"
              "del _json, _w, _f")
WIDGET_STATE = "application/vnd.jupyter.widget-state+json"
_started_here: str | None = None  # the run id, in the process that started this run


def start_run(config) -> None:
    """In the process that starts pytest: one id for this run's folder, which pytest-xdist
    hands to its workers. (Called by tests/conftest.py and tests/nbval_plugin.py, whichever
    the run loads; the second call changes nothing.)"""
    global _started_here
    if hasattr(config, "workerinput") or _started_here:
        return
    # Always a new id: a pytest that a test starts (tests/test_nbval_second_run.py) inherits
    # the outer run's id, and must neither share nor remove the outer run's folder.
    _started_here = os.environ[RUN_ID] = uuid.uuid4().hex
    if hasattr(config.option, "testrunuid"):
        config.option.testrunuid = _started_here


def folder() -> Path:
    run = os.environ.get(RUN_ID) or f"process-{os.getpid()}"
    return Path(tempfile.gettempdir()) / f"course-executed-{run}"


def end_run(config) -> None:
    if _started_here and not hasattr(config, "workerinput"):
        shutil.rmtree(folder(), ignore_errors=True)


def path_of(notebook: Path) -> Path:
    """Where this run's executed copy of ``notebook`` (notebooks/<sv|en>/<name>) is written."""
    return folder() / notebook.parent.name / notebook.name


def failed_marker(notebook: Path) -> Path:
    return path_of(notebook).with_suffix(".failed")


def write(nb, notebook: Path, state: dict | None) -> Path:
    """Save ``nb`` (outputs filled in) with the widgets' ``state``; atomic, so a reader in
    another worker never sees half a file."""
    import nbformat

    if state is not None:
        nb.metadata["widgets"] = {WIDGET_STATE: state}
    target = path_of(notebook)
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_suffix(f".{os.getpid()}.tmp")
    nbformat.write(nb, temporary)
    temporary.replace(target)
    return target


def mark_failed(notebook: Path, why: str) -> None:
    marker = failed_marker(notebook)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(why, encoding="utf-8")


def wait_for(notebook: Path, timeout: float = 420) -> Path:
    """This run's executed copy of ``notebook``, once nbval (maybe in the other worker) wrote it.

    nbval's notebooks are handed out before the tests that read them (tests/slow_first.py),
    so the wait is for at most the file the other worker is running now and the notebook after
    it."""
    target, marker = path_of(notebook), failed_marker(notebook)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if target.exists():
            return target
        if marker.exists():
            raise AssertionError(f"nbval could not run {notebook.name}: {marker.read_text()}")
        time.sleep(0.2)
    raise AssertionError(f"nbval wrote no executed copy of {notebook.name} in {timeout:.0f} s")


def execute_here(notebook: Path) -> Path:
    """Without nbval in the run: execute ``notebook`` once (one worker; the other waits) with
    a fresh work folder, keeping the widgets' state, as nbval's run would."""
    import nbformat
    from filelock import FileLock
    from nbclient import NotebookClient

    target = path_of(notebook)
    target.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(target) + ".lock"):
        if target.exists():
            return target
        nb = nbformat.read(notebook, as_version=4)
        work = tempfile.mkdtemp(prefix="course-nb-")
        saved = os.environ.get("COURSE_WORK_DIR")
        os.environ["COURSE_WORK_DIR"] = work  # the kernel inherits it
        try:
            NotebookClient(nb, timeout=300, kernel_name="python3", store_widget_state=True,
                           resources={"metadata": {"path": str(notebook.parent)}}).execute()
        finally:
            if saved is None:
                os.environ.pop("COURSE_WORK_DIR", None)
            else:
                os.environ["COURSE_WORK_DIR"] = saved
            shutil.rmtree(work, ignore_errors=True)
        widgets = nb.metadata.pop("widgets", {}).get(WIDGET_STATE)
        return write(nb, notebook, widgets)


def executed(config, notebook: Path) -> Path:
    """The executed copy of ``notebook`` for this run: nbval's when nbval runs it, else ours."""
    if notebook.resolve() in getattr(config, "course_nbval_notebooks", set()):
        return wait_for(notebook)
    return execute_here(notebook)


def state_of(path: Path) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)
