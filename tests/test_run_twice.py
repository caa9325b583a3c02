"""Every notebook runs top to bottom twice in a row in the same kernel, as after a second Run All.

The second pass must not fail and must show the same text, except hint cells, which move on
to the next hint by design.
"""

import copy
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*/*.ipynb"))


def _texts(cell):
    return [o.get("data", {}).get("text/plain", o.get("text")) for o in cell.outputs
            if "image/png" not in o.get("data", {})]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_run_all_twice_in_a_row(path):
    nb = nbformat.read(path, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    nb.cells = code + [copy.deepcopy(c) for c in code]
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"
    NotebookClient(nb, kernel_name="python3", timeout=600,
                   resources={"metadata": {"path": str(path.parent)}}).execute()
    first, second = nb.cells[:len(code)], nb.cells[len(code):]
    for a, b in zip(first, second, strict=True):
        if ".hint(" not in a.source:
            assert _texts(a) == _texts(b), a.source
