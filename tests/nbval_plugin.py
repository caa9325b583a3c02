"""pytest plugin for the nbval run (`pytest -p tests.nbval_plugin --nbval ...`).

- Each notebook's kernel starts with a fresh, empty work folder, exactly as for a new learner:
  the learner's real ``notebooks/my_work`` is never touched, and a notebook's outputs never
  depend on what an earlier notebook saved.
- Each notebook then runs a second time in the same kernel, as after a second Run All by a
  learner who has now typed in every answer (the answer key's solutions, made by
  ``tools/build_notebooks.answer_key_source``). Every check must then say ✅, every exercise
  of the notebook must have been checked, and every other cell must show its stored output
  again (hint cells and the progress overview excepted: they move on by design). One kernel
  per notebook does both runs, so the answer key costs no extra execution.
- Between the two runs the notebook is saved as the learner now sees it, with this run's
  outputs and its widgets' state, for the browser tests to open (tests/executed.py): each
  notebook is executed once per test run.
"""

from __future__ import annotations

import copy
import json
import os
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import pytest

from tests import executed

ROOT = Path(__file__).resolve().parents[1]
os.environ.pop("COURSE_LANGUAGE", None)
_started: set[str] = set()
SECOND_RUN = " (second Run All)"
CHECK_CALL = re.compile(r"^q(\d+)\.check\(", re.MULTILINE)
# Cells whose output moves on by design when run again: the next hint, the progress overview,
# the three factors once the learner has saved them.
MOVES_ON = re.compile(r"\.hint\(|progress_overview\(|load_three_factors\(\)$")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item):
    """Runs before nbval's file-level setup starts the notebook's kernel."""
    path = str(item.path)
    if path.endswith(".ipynb") and path not in _started:
        _started.add(path)
        os.environ["COURSE_WORK_DIR"] = tempfile.mkdtemp(prefix="course-nb-")


def pytest_collection_modifyitems(session, config, items):
    """After each notebook's cells, its executed copy saved, then the same cells again with the
    answers filled in."""
    from nbval.plugin import IPyNbCell

    config.course_nbval_notebooks = {Path(str(item.parent.path)).resolve() for item in items
                                     if isinstance(item, IPyNbCell)}
    out, pending = [], []
    for item in items:
        if pending and item.parent is not pending[0].parent:
            out.extend(_second_run(pending))
            pending = []
        out.append(item)
        if isinstance(item, IPyNbCell):
            pending.append(item)
    out.extend(_second_run(pending))
    items[:] = out


def _answered(source: str, cell, number: str) -> str:
    """The cell as the answer key writes it (a `# q1.solution()` cell stays a comment)."""
    sys.path.insert(0, str(ROOT / "tools"))
    from build_notebooks import SOLUTION_CALL, answer_key_source
    from nbsource import Cell

    if SOLUTION_CALL.fullmatch(source.strip()):
        return source
    meta = dict(cell.metadata.get("course", {}))
    return answer_key_source(source, Cell("code", source, source, meta=meta), number)


def _second_run(cells):
    if not cells:
        return []
    number = Path(str(cells[0].parent.path)).name[:2]
    answers = _Answers(number, cells)
    again = [SaveExecuted.from_parent(cells[0].parent, name="executed copy saved",
                                      cells=list(cells))]
    for index, cell in enumerate(cells):
        options = defaultdict(bool, cell.options)  # nbval reads missing options as False
        if MOVES_ON.search(cell.cell.source):
            options["check"] = False
        item = AnsweredCell.from_parent(cell.parent, name=cell.name + SECOND_RUN,
                                        cell_num=cell.cell_num, cell=cell.cell.copy(),
                                        options=options)
        item.answers, item.index = answers, index
        again.append(item)
    again.append(EveryExerciseChecked.from_parent(cells[0].parent, name="every exercise checked",
                                                  number=number, answers=answers))
    return again


class _Answers:
    """A notebook's cells as the answer key writes them, and the checks each one calls. Made
    when the notebook's second run starts, in the worker that runs it (some answers take a
    second to compute: no worker pays for the notebooks it does not run)."""

    def __init__(self, number: str, cells):
        self.number, self.cells, self._sources = number, cells, None

    def source(self, index: int) -> str:
        if self._sources is None:
            self._sources = [_answered(c.cell.source, c.cell, self.number)
                             if self.number.isdigit() else c.cell.source for c in self.cells]
        return self._sources[index]

    def expects(self, index: int) -> list[str]:
        return [f"{self.number}.q{n}" for n in CHECK_CALL.findall(self.source(index))]

    def checked(self) -> set[str]:
        return {e for index in range(len(self.cells)) for e in self.expects(index)}


class AnsweredCell:  # replaced by a subclass of nbval's cell below (nbval is imported lazily)
    pass


class SaveExecuted(pytest.Item):
    """The notebook after the first run, with this run's outputs and the kernel's widgets,
    written for the browser tests (tests/executed.py)."""

    def __init__(self, *, cells, **kwargs):
        super().__init__(**kwargs)
        self.cells = cells

    def runtest(self):
        notebook = Path(str(self.parent.path))
        kernel = self.parent.kernel
        if kernel is None or not kernel.is_alive():
            executed.mark_failed(notebook, "the kernel had stopped")
            return
        state_file = Path(tempfile.mkdtemp(prefix="course-state-")) / "widgets.json"
        message = kernel.execute_cell_input(executed.DUMP_STATE.format(path=str(state_file)),
                                            allow_stdin=False)
        kernel.await_idle(message, timeout=60)
        nb = copy.deepcopy(self.parent.nb)
        code = [cell for cell in nb.cells if cell.cell_type == "code"]
        for count, item in enumerate(self.cells, start=1):
            cell = code[item.cell_num]
            if item.test_outputs is not None:  # (a skipped cell keeps its stored outputs)
                cell.outputs = copy.deepcopy(item.test_outputs)
            cell.execution_count = count
        state = executed.state_of(state_file) if state_file.exists() else None
        executed.write(nb, notebook, state)

    def reportinfo(self):
        return self.path, 0, f"{self.path.name}::executed copy saved"


def _cell_classes():
    from nbval.plugin import IPyNbCell

    class Answered(IPyNbCell):
        """A cell of the second run: a check must say ✅, other cells their stored output."""

        expects: list[str] = []
        answers: _Answers
        index: int

        def compare_outputs(self, test, ref, skip_compare=None):
            if not self.expects:
                return super().compare_outputs(test, ref, skip_compare)
            shown = json.dumps(test, ensure_ascii=False)
            if "✅" in shown:
                return True
            self.comparison_traceback = [f"{', '.join(self.expects)} did not accept the answer "
                                         f"key's solution: {shown[:400]}"]
            return False

        def runtest(self):
            self.cell.source = self.answers.source(self.index)
            self.expects = self.answers.expects(self.index)
            if self.expects:
                self.options["check"] = True  # a widget exercise's check is compared too
            super().runtest()

    class Every(pytest.Item):
        """Every exercise of the notebook was checked with its solution in the second run."""

        def __init__(self, *, number, answers, **kwargs):
            super().__init__(**kwargs)
            self.number, self.answers = number, answers

        def runtest(self):
            from course_lib.lessons import LESSONS, exercises_of

            if self.number not in LESSONS:
                return
            wanted = {e.id for e in exercises_of(self.number)}
            missing = sorted(wanted - self.answers.checked())
            assert not missing, f"never checked with the answer key's solution: {missing}"

        def reportinfo(self):
            return self.path, 0, f"{self.path.name}::every exercise checked"

    return Answered, Every


def pytest_configure(config):
    global AnsweredCell, EveryExerciseChecked
    executed.start_run(config)
    try:
        AnsweredCell, EveryExerciseChecked = _cell_classes()
    except ImportError:  # nbval not installed: the plugin has nothing to do
        pass


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """A notebook whose copy could not be saved (its kernel never started, or stopped) is
    marked, so the browser tests waiting for it fail at once instead of after minutes."""
    outcome = yield
    report = outcome.get_result()
    if isinstance(item, SaveExecuted) and report.failed:
        lines = [line for line in report.longreprtext.splitlines() if line.strip()]
        executed.mark_failed(Path(str(item.parent.path)), f"{report.when}: {lines[-1:]}")


def pytest_unconfigure(config):
    executed.end_run(config)
