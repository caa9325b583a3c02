"""pytest plugin for the nbval run (`pytest -p tests.nbval_plugin --nbval ...`).

- Each notebook's kernel starts with a fresh, empty work folder, exactly as for a new learner:
  the learner's real ``notebooks/my_work`` is never touched, and a notebook's outputs never
  depend on what an earlier notebook saved.
- Each notebook then runs a second time in the same kernel, as after a second Run All, and
  every cell must show the stored outputs again (hint cells excepted: they move on to the next
  hint by design; so does the progress overview, which counts the first run's hints). One
  kernel per notebook does both, so no notebook is executed more than twice per test run.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict

import pytest

os.environ.pop("COURSE_LANGUAGE", None)
_started: set[str] = set()
SECOND_RUN = " (second Run All)"
# Cells whose output moves on in a second Run All, by design.
MOVES_ON = (".hint(", "progress_overview(")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Runs before nbval's file-level setup starts the notebook's kernel."""
    path = str(item.path)
    if path.endswith(".ipynb") and path not in _started:
        _started.add(path)
        os.environ["COURSE_WORK_DIR"] = tempfile.mkdtemp(prefix="course-nb-")


def pytest_collection_modifyitems(session, config, items):
    """After each notebook's cells, the same cells again, in the same kernel."""
    from nbval.plugin import IPyNbCell

    out, pending = [], []
    for item in items:
        if pending and item.parent is not pending[0].parent:
            out.extend(_second_run(pending, IPyNbCell))
            pending = []
        out.append(item)
        if isinstance(item, IPyNbCell):
            pending.append(item)
    out.extend(_second_run(pending, IPyNbCell))
    items[:] = out


def _second_run(cells, cell_class):
    again = []
    for cell in cells:
        options = defaultdict(bool, cell.options)  # nbval reads missing options as False
        if any(moving in cell.cell.source for moving in MOVES_ON):
            options["check"] = False  # the next hint, or progress that counts the first run's
        again.append(cell_class.from_parent(cell.parent, name=cell.name + SECOND_RUN,
                                            cell_num=cell.cell_num, cell=cell.cell,
                                            options=options))
    return again
