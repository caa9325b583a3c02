"""Out-of-order help: a name an earlier cell creates is missing, and the learner is told where
it comes from and how to run the cells above, with the real traceback behind a toggle."""

import json
import sys
import traceback
from pathlib import Path

import IPython.display
import pytest

import course_lib
from course_lib.core import i18n, notebook_help
from course_lib.core.errors import CourseError
from course_lib.core.notebook_help import (
    CodeCell,
    best_match,
    code_cells,
    current_cell,
    find_notebook,
    heading_text,
    help_markdown,
    names_created,
)

ROOT = Path(__file__).resolve().parents[1]


def _notebook(*cells):
    """A notebook from ("md", text) and ("code", text) pairs, as nbformat writes it."""
    return {"cells": [{"cell_type": "markdown" if kind == "md" else "code", "id": f"c{i}",
                       "source": text, "metadata": {}} for i, (kind, text) in enumerate(cells)],
            "metadata": {}, "nbformat": 4, "nbformat_minor": 5}


NOTEBOOK = _notebook(
    ("md", "# 06 · Segment\n\nIntro."),
    ("code", "import course_lib\ncourse_lib.start()"),
    ("md", '<a id="x"></a>\n## Lektionens *råd*: tre faktorer\n\nText.'),
    ("code", "world = load()\ncustomers = world.customers"),
    ("md", "### Uppgift 1\n\n```\n# not a heading\n```"),
    ("code", "from course_lib.lessons.l06 import q1, ____"),
    ("code", "builder = len(customers)"),
    ("md", "## Senare"),
    ("code", "late = 1"),
)


# ------------------------------------------------------------------ pure functions


@pytest.mark.parametrize("source,names", [
    ("a = 1\nb, (c, d) = 2, (3, 4)\ne += 1\nf: int = 5", {"a", "b", "c", "d", "e", "f"}),
    ("import pandas as pd, os.path\nfrom x import y as z, w", {"pd", "os", "z", "w"}),
    ("def f(x):\n    inner = x\nclass K:\n    attr = 1", {"f", "K"}),
    ("for i in range(3):\n    total = i\nwith open('f') as fh:\n    pass", {"i", "total", "fh"}),
    ("if (n := 3) > 2:\n    big = [k for k in range(n)]", {"n", "big"}),
    ("%matplotlib inline\n!ls\nresult = 1", {"result"}),
    ("this is not python (", set()),
    ("from x import *\nq1.check()", set()),
])
def test_names_a_cell_creates(source, names):
    assert names_created(source) == names


def test_headings_lose_their_markup():
    assert heading_text("## Lektionens *råd*: [tre](#x) `faktorer` ##") == "Lektionens råd: tre faktorer"
    assert heading_text("#hashtag") is None and heading_text("text") is None


def test_each_code_cell_knows_its_section():
    cells = code_cells(NOTEBOOK)
    assert [c.section for c in cells] == ["06 · Segment", "Lektionens råd: tre faktorer",
                                          "Uppgift 1", "Uppgift 1", "Senare"]
    assert [c.index for c in cells] == [0, 1, 2, 3, 4] and cells[3].cell_id == "c6"


def test_the_running_cell_by_id_else_by_unique_source():
    cells = code_cells(NOTEBOOK)
    assert current_cell(cells, "c6", None).index == 3
    assert current_cell(cells, "new-cell", "late = 1\n").index == 4
    twice = cells + [CodeCell(5, "late = 1", "Senare")]
    assert current_cell(twice, None, "late = 1") is None


def test_help_names_the_section_and_how_to_run_the_cells_above():
    cells = code_cells(NOTEBOOK)
    text = help_markdown("customers", cells, cells[3], language="sv")
    assert "`customers`" in text and "”Lektionens råd: tre faktorer”" in text
    assert "Run → Run All Above Selected Cell" in text and "Kör alla celler ovanför" in text
    english = help_markdown("customers", cells, cells[3], language="en")
    assert "“Lektionens råd: tre faktorer”" in english and "Run all the cells above" in english


def test_help_for_a_name_created_further_down_says_so():
    cells = code_cells(NOTEBOOK)
    text = help_markdown("late", cells, cells[3], language="sv")
    assert "längre ned" in text and "”Senare”" in text and "Run All Above" not in text


def test_help_for_the_placeholder_explains_it():
    cells = code_cells(NOTEBOOK)
    text = help_markdown("____", cells, None, language="sv")
    assert "”Uppgift 1”" in text and "platshållaren" in text


def test_help_for_a_misspelt_name_suggests_the_right_one():
    cells = code_cells(NOTEBOOK)
    text = help_markdown("custmers", cells, cells[3], known=["customers", "world"], language="en")
    assert "no cell in the notebook creates" in text and "Did you mean `customers`?" in text
    assert "Run All Above" not in text


def test_without_the_notebook_the_help_has_no_section_but_still_helps():
    text = help_markdown("customers", None, None, language="sv")
    assert "avsnittet" not in text and "Run → Run All Above Selected Cell" in text


def test_the_notebook_from_jupyterlabs_session(tmp_path):
    path = tmp_path / "06-segment.ipynb"
    path.write_text(json.dumps(NOTEBOOK), encoding="utf-8")
    assert find_notebook("sv/06-segment.ipynb", tmp_path, None) == path
    assert find_notebook(str(path), Path("/nowhere"), None) == path


def test_the_notebook_from_the_running_cell_in_the_working_folder(tmp_path):
    (tmp_path / "a.ipynb").write_text(json.dumps(NOTEBOOK), encoding="utf-8")
    (tmp_path / "b.ipynb").write_text(json.dumps(_notebook(("code", "q1.check()"))), "utf-8")
    (tmp_path / "broken.ipynb").write_text("{not json", encoding="utf-8")
    assert find_notebook(None, tmp_path, "builder = len(customers)\n").name == "a.ipynb"
    assert find_notebook("gone.ipynb", tmp_path, "q1.check()") == tmp_path / "b.ipynb"
    assert find_notebook(None, tmp_path, "something else") is None
    assert find_notebook(None, tmp_path / "missing", "q1.check()") is None


def test_a_tie_is_decided_by_the_cells_run_so_far():
    sources = {Path("a"): {"q1.check()", "x = 1"}, Path("b"): {"q1.check()", "y = 2"}}
    assert best_match(sources, "q1.check()") is None
    assert best_match(sources, "q1.check()", ["", "y = 2"]) == Path("b")


# ------------------------------------------------------------------ in a (fake) shell


class FakeTB:
    def structured_traceback(self, etype, evalue, tb):
        return [f"\x1b[31m{line}\x1b[0m" for line in traceback.format_exception(etype, evalue, tb)]


class FakeEvents:
    def __init__(self):
        self.callbacks = []

    def register(self, event, callback):
        self.callbacks.append((event, callback))

    def unregister(self, event, callback):
        self.callbacks.remove((event, callback))


class FakeShell:
    """What the handler uses of IPython's InteractiveShell."""

    def __init__(self):
        self.user_ns = {"__session__": None}
        self.events = FakeEvents()
        self.InteractiveTB = FakeTB()
        self.handlers = None
        self.tracebacks = []

    def set_custom_exc(self, exceptions, handler):
        self.handlers = (exceptions, handler)

    def showtraceback(self, exc_tuple, running_compiled_code=False):
        self.tracebacks.append(exc_tuple[0])

    def run(self, source, cell_id=None):
        """Run a cell as IPython does: pre_run_cell, then its handler for the listed errors."""
        for _, callback in self.events.callbacks:
            callback(type("Info", (), {"raw_cell": source, "cell_id": cell_id})())
        try:
            exec(compile(source, "<cell>", "exec"), self.user_ns)
        except self.handlers[0]:
            self.handlers[1](self, *sys.exc_info(), tb_offset=None)


@pytest.fixture
def shown(monkeypatch):
    """What the handler displays."""
    outputs = []
    monkeypatch.setattr(IPython.display, "display", lambda *objs, **kw: outputs.extend(objs))
    return outputs


@pytest.fixture
def shell(tmp_path, monkeypatch):
    folder = tmp_path / "sv"
    folder.mkdir()
    (folder / "06-segment.ipynb").write_text(json.dumps(NOTEBOOK), encoding="utf-8")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("JPY_SESSION_NAME", raising=False)
    monkeypatch.delenv("COURSE_LANGUAGE", raising=False)
    monkeypatch.setitem(i18n._state, "chosen", False)
    fake = FakeShell()
    notebook_help.load_ipython_extension(fake)
    return fake


def test_a_missing_name_shows_help_with_the_traceback_behind_a_toggle(shell, shown):
    shell.run("builder = len(customers)", cell_id="c6")
    [output] = shown
    page = output["text/html"]
    assert "<code>customers</code>" in page and "”Lektionens råd: tre faktorer”" in page
    summary, details = page.split("<details>")
    assert "Traceback" not in summary and "Run All Above Selected Cell" in summary
    assert "<summary>Visa detaljer</summary>" in details
    assert "NameError: name &#x27;customers&#x27; is not defined" in details
    assert "\x1b" not in page and "exec(compile" not in details  # no colours, no IPython frames
    assert "Lektionens råd" in output["text/plain"] and "**" not in output["text/plain"]
    assert shell.tracebacks == []


def test_the_language_follows_the_folder_until_one_is_chosen(shell, shown, tmp_path, monkeypatch):
    english = tmp_path / "en"
    english.mkdir()
    (english / "06-segment.ipynb").write_text(json.dumps(NOTEBOOK), encoding="utf-8")
    monkeypatch.chdir(english)
    shell.run("q1.check()")
    assert "This cell needs <code>q1</code>" in shown[-1]["text/html"]
    course_lib.set_language("sv")
    shell.run("q1.check()")
    assert "Den här cellen behöver <code>q1</code>" in shown[-1]["text/html"]


def test_jupyterlabs_session_names_the_notebook_when_the_cell_is_new(shell, shown):
    shell.user_ns["__session__"] = "sv/06-segment.ipynb"
    shell.run("print(customers)", cell_id="a-cell-not-saved-yet")
    assert "”Lektionens råd: tre faktorer”" in shown[-1]["text/html"]


def test_a_course_error_is_still_one_friendly_line(shell, shown):
    def fail():
        raise CourseError("Välj tre faktorer.", hint="Börja med ålder.")

    shell.user_ns["fail"] = fail
    shell.run("fail()")
    [output] = shown
    assert output.data.startswith("**⚠️ Något blev fel:** Välj tre faktorer.")


def test_a_name_error_inside_the_library_keeps_its_traceback(shell, shown):
    namespace = {}
    exec("def broken():\n    return not_defined_anywhere", namespace)  # another module's globals
    shell.user_ns["broken"] = namespace["broken"]
    shell.run("broken()")
    assert shown == [] and shell.tracebacks == [NameError]


def test_a_local_used_before_it_is_set_keeps_its_traceback(shell, shown):
    shell.run("def count():\n    total += 1\n    return total\ncount()")
    assert shown == [] and shell.tracebacks == [UnboundLocalError]


def test_loading_twice_changes_nothing_and_unloading_removes_it(shell):
    first = shell._course_notebook_help
    notebook_help.load_ipython_extension(shell)
    assert shell._course_notebook_help is first and len(shell.events.callbacks) == 1
    assert shell.handlers[0] == (CourseError, NameError)
    notebook_help.unload_ipython_extension(shell)
    assert shell.events.callbacks == [] and shell.handlers[0] == ()


def test_start_installs_the_same_handler(monkeypatch, tmp_path):
    fake = FakeShell()
    monkeypatch.setattr("IPython.get_ipython", lambda: fake)
    course_lib.start()
    assert fake.handlers[0] == (CourseError, NameError)
    assert fake.handlers[1].__self__ is fake._course_notebook_help


def test_make_install_configures_every_kernel_of_the_environment():
    """`uv sync` (run by make install) puts the config where IPython's kernels read it."""
    installed = Path(sys.prefix) / "etc" / "ipython" / "ipython_kernel_config.py"
    assert installed.is_file(), "run `make install` to configure the kernels"
    assert installed.read_text() == (ROOT / "tools" / "ipython_kernel_config.py").read_text()
    assert notebook_help.NAME in installed.read_text()
