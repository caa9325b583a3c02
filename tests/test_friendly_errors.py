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


def _middle_cell_alone(notebook: Path, marker: str):
    """A fresh notebook holding only the code cell of ``notebook`` that contains ``marker``."""
    source = nbformat.read(notebook, as_version=4)
    nb = nbformat.v4.new_notebook()
    nb.metadata = source.metadata
    nb.cells = [nbformat.v4.new_code_cell(c.source) for c in source.cells
                if c.cell_type == "code" and marker in c.source][:1]
    nb.cells.append(nbformat.v4.new_code_cell("print('not reached')"))
    return nb, source


def heading_above_first(source, text: str) -> str:
    """The heading above the first code cell containing ``text``, found the plain way."""
    heading = None
    for cell in source.cells:
        if cell.cell_type == "markdown":
            lines = [line for line in cell.source.splitlines() if line.startswith("#")]
            heading = lines[-1].lstrip("#").strip() if lines else heading
        elif text in cell.source:
            return heading
    raise AssertionError(text)


def test_a_middle_cell_in_a_fresh_kernel_shows_help_not_a_traceback():
    """No cell has run, not even course_lib.start(): the kernel itself loaded the help."""
    from nbclient.exceptions import CellExecutionError

    folder = ROOT / "notebooks" / "sv"
    nb, source = _middle_cell_alone(folder / "06-segment.ipynb", "SegmentBuilder(customers")
    client = NotebookClient(nb, kernel_name="python3", resources={"metadata": {"path": str(folder)}})
    with pytest.raises(CellExecutionError) as stopped:  # Run All stops here, as it should
        client.execute()
    assert "name 'customers' is not defined" in str(stopped.value)  # the real traceback
    assert nb.cells[1].outputs == []
    [output] = nb.cells[0].outputs
    assert output.output_type == "display_data"
    page = output.data["text/html"]
    summary, details = page.split("<details>")
    section = heading_above_first(source, "customers = ")
    assert ("Den här cellen behöver <code>customers</code>, som skapas längre upp i avsnittet "
            f"”{section}”") in summary
    assert "Kör alla celler ovanför" in summary and "Traceback" not in summary
    assert details.startswith("<summary>Visa detaljer</summary><pre>")
    assert "NameError: name &#x27;customers&#x27; is not defined" in details
    assert "Traceback" in details


def test_q1_check_as_the_very_first_cell_gets_help_in_the_folders_language():
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                  "language": "python"}}
    nb.cells = [nbformat.v4.new_code_cell("q1.check()")]
    NotebookClient(nb, kernel_name="python3", allow_errors=True,
                   resources={"metadata": {"path": str(ROOT / "notebooks" / "en")}}).execute()
    [output] = nb.cells[0].outputs
    assert "This cell needs <code>q1</code>" in output.data["text/html"]
    assert "Run → Run All Above Selected Cell" in output.data["text/html"]


def test_voila_shows_the_same_help(tmp_path):
    """Voilà runs every cell in order: a name created further down is named, with its section."""
    import re
    import urllib.request

    from tests.browser import voila

    folder = tmp_path / "sv"
    folder.mkdir()
    nb = nbformat.v4.new_notebook()
    nb.metadata = {"kernelspec": {"name": "python3", "display_name": "Python 3",
                                  "language": "python"}}
    nb.cells = [nbformat.v4.new_markdown_cell("## Först"), nbformat.v4.new_code_cell("print(late)"),
                nbformat.v4.new_markdown_cell("## Sedan"), nbformat.v4.new_code_cell("late = 1")]
    nbformat.write(nb, folder / "prov.ipynb")
    with voila(folder / "prov.ipynb") as url, urllib.request.urlopen(f"{url}/", timeout=120) as answer:
        page = answer.read().decode("utf-8")
    page = re.sub(r"\\u([0-9a-fA-F]{4})", lambda code: chr(int(code.group(1), 16)), page)  # JSON
    assert "<code>late</code>, som skapas längre ned i avsnittet ”Sedan”" in page
