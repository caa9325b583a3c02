"""The notebook run of make test can fail: a cell that gives another answer on a second Run All
is caught, and a stored output that no longer matches is caught."""

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _notebook(folder: Path, source: str, stored: str) -> Path:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(source)
    cell.execution_count = 1
    cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": stored},
                                           execution_count=1)]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / "probe.ipynb"
    nbformat.write(nb, path)
    return path


def _run(path: Path) -> str:
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "tests.nbval_plugin",
                           "--nbval", "--nbval-current-env", "-p", "no:cacheprovider",
                           "-o", "addopts=", str(path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    return done.stdout


def test_a_cell_that_changes_on_a_second_run_all_fails(tmp_path):
    out = _run(_notebook(tmp_path, "x = globals().get('x', 0) + 1\nx", "1"))
    # the first run, the executed copy saved, the second run, and "every exercise checked"
    assert "1 failed, 3 passed" in out and "second Run All" in out


def test_a_changed_output_fails_and_a_steady_one_passes(tmp_path):
    assert "2 failed" in _run(_notebook(tmp_path, "1 + 1", "3"))  # both runs differ
    assert "4 passed" in _run(_notebook(tmp_path, "1 + 1", "2"))
