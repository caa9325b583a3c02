"""In a real kernel a learner's mistake shows one friendly line, never a traceback."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]


def test_course_error_in_a_notebook_shows_markdown_not_a_traceback():
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                  "language": "python"}}
    nb.cells = [
        nbformat.v4.new_code_cell("import course_lib\ncourse_lib.start()"),
        nbformat.v4.new_code_cell("from course_lib import choices\nchoices.validate_factors(['age'])"),
        nbformat.v4.new_code_cell("print('still running')"),
    ]
    NotebookClient(nb, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(ROOT / "notebooks" / "en")}}).execute()
    outputs = nb.cells[1].outputs
    assert [o.output_type for o in outputs] == ["display_data"]
    assert outputs[0].data["text/markdown"].startswith("**⚠️ Something went wrong:** Choose exactly")
    assert "Traceback" not in str(outputs)
    assert nb.cells[2].outputs[0].text == "still running\n"
