"""The notebook run of make test can fail: a cell that gives another answer on a second Run All
is caught, and a stored output that no longer matches is caught."""

import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _notebook(folder: Path, name: str, source: str, stored: str) -> Path:
    nb = nbformat.v4.new_notebook()
    cell = nbformat.v4.new_code_cell(source)
    cell.execution_count = 1
    cell.outputs = [nbformat.v4.new_output("execute_result", data={"text/plain": stored},
                                           execution_count=1)]
    nb.cells = [cell]
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / f"{name}.ipynb"
    nbformat.write(nb, path)
    return path


# Three probe notebooks of one cell each: (its code, the output stored with it).
PROBES = {"changes": ("x = globals().get('x', 0) + 1\nx", "1"),  # another answer each run
          "differs": ("1 + 1", "3"),  # the stored output is out of date
          "steady": ("1 + 1", "2")}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, dict[str, str]]:
    """make test's notebook run (nbval with tests/nbval_plugin.py) over the probes, in one
    pytest: probe -> test item -> "passed" or "failed"."""
    import xml.etree.ElementTree as ET

    folder = tmp_path_factory.mktemp("probes")
    paths = [_notebook(folder, name, *probe) for name, probe in PROBES.items()]
    report = folder / "report.xml"
    subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "tests.nbval_plugin",
                    "--nbval", "--nbval-current-env", "-p", "no:cacheprovider", "-o", "addopts=",
                    f"--junitxml={report}", *map(str, paths)],
                   cwd=ROOT, capture_output=True, text=True, timeout=180)
    found: dict[str, dict[str, str]] = {name: {} for name in PROBES}
    for case in ET.parse(report).iter("testcase"):
        probe = case.get("classname").removesuffix(".ipynb").rsplit(".", 1)[-1]
        failed = case.find("failure") is not None or case.find("error") is not None
        found[probe][case.get("name")] = "failed" if failed else "passed"
    return found


def test_a_cell_that_changes_on_a_second_run_all_fails(outcomes):
    items = outcomes["changes"]
    # the first run, the executed copy saved, the second run, and "every exercise checked"
    assert len(items) == 4
    assert [name for name, outcome in items.items() if outcome == "failed"] == [
        name for name in items if name.endswith("(second Run All)")]


def test_a_changed_output_fails_and_a_steady_one_passes(outcomes):
    differs, steady = outcomes["differs"], outcomes["steady"]
    assert sorted(differs.values()) == ["failed", "failed", "passed", "passed"]  # both runs differ
    assert list(steady.values()) == ["passed"] * 4
