"""The notebooks themselves: sv/en parity, executed and saved, deterministic metadata, fresh."""

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SV = sorted((ROOT / "notebooks" / "sv").glob("*.ipynb"))
EN = sorted((ROOT / "notebooks" / "en").glob("*.ipynb"))
ALL = SV + EN
sys.path.insert(0, str(ROOT / "tools"))


def _load(path):
    return json.loads(path.read_text(encoding="utf-8"))


def _code(nb):
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_both_languages_have_the_same_lessons():
    assert SV and [p.name[:2] for p in SV] == [p.name[:2] for p in EN]


@pytest.mark.parametrize("sv,en", list(zip(SV, EN, strict=True)), ids=lambda p: p.name)
def test_parity_same_code_cells_and_structure(sv, en):
    a, b = _load(sv), _load(en)
    assert _code(a) == _code(b)
    shape = [(c["cell_type"], c["metadata"].get("tags"), c["metadata"].get("slideshow"))
             for c in a["cells"]]
    assert shape == [(c["cell_type"], c["metadata"].get("tags"), c["metadata"].get("slideshow"))
                     for c in b["cells"]]
    prose_a = [c["source"] for c in a["cells"] if c["cell_type"] == "markdown"]
    prose_b = [c["source"] for c in b["cells"] if c["cell_type"] == "markdown"]
    translated = sum(x != y for x, y in zip(prose_a, prose_b, strict=True))
    assert translated >= len(prose_a) - 1, "markdown cells look untranslated"


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_code_cell_executed_and_saved(path):
    nb = _load(path)
    assert nb["nbformat"] == 4 and nb["nbformat_minor"] >= 5
    assert nb["metadata"]["kernelspec"] == {
        "name": "python3", "display_name": "Python 3", "language": "python"}
    assert "widgets" not in nb["metadata"]
    counts = []
    for cell in nb["cells"]:
        assert re.fullmatch(r"[A-Za-z0-9_-]{1,64}", cell["id"])
        if cell["cell_type"] != "code":
            continue
        assert cell["execution_count"] is not None, cell["source"]
        counts.append(cell["execution_count"])
        assert "execution" not in cell["metadata"]
        # Pictures are base64, where "0x…" can turn up by chance: look at the text only.
        outputs = re.sub(r"data:image/[a-z]+;base64,[A-Za-z0-9+/=]+", "", json.dumps(
            [{k: v for k, v in o.get("data", {}).items() if not k.startswith("image/")} | {
                "text": o.get("text")} for o in cell["outputs"]]))
        assert not re.search(r"/(home|root|tmp|work)/", outputs), "absolute path in output"
        assert not re.search(r"0x[0-9a-f]{6,}", outputs), "memory address in output"
        for output in cell["outputs"]:
            assert output["output_type"] != "error", cell["source"]
            assert "application/vnd.jupyter.widget-view+json" not in output.get("data", {})
    assert counts == list(range(1, len(counts) + 1)), "cells not run top to bottom in one go"


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_navigation_links_point_to_existing_notebooks(path):
    text = " ".join("".join(c["source"]) for c in _load(path)["cells"] if c["cell_type"] == "markdown")
    for target in re.findall(r"\]\(([^)#]+\.ipynb)", text):
        assert (path.parent / target).exists(), target


def test_notebooks_match_their_sources():
    """Someone who edits tools/notebook_src must rebuild (make notebooks): stale files fail."""
    import build_notebooks

    chosen, everything = build_notebooks.load_sources()
    for module in chosen:
        for language in ("sv", "en"):
            built = build_notebooks.to_notebook(module, language, everything)
            path = ROOT / "notebooks" / language / f"{module.NOTEBOOK['slug'][language]}.ipynb"
            stored = _load(path)
            assert [c["source"] for c in built.cells] == [
                "".join(c["source"]) for c in stored["cells"]], path.name
            assert [c.metadata for c in built.cells] == [c["metadata"] for c in stored["cells"]]


def test_student_notebooks_never_show_solutions():
    from course_lib.lessons import all_exercises

    for path in ALL:
        text = path.read_text(encoding="utf-8")
        for exercise in all_exercises():
            for solution in exercise.solution_text.values():
                # The explanation (prose outside code blocks) and the answer line itself.
                prose = re.sub(r"```.*?```", "", solution, flags=re.S).splitlines()
                answers = [line for line in solution.splitlines()
                           if exercise.var and line.startswith(f"{exercise.var} = ")]
                for line in prose + answers:
                    if len(line) >= 25:
                        assert json.dumps(line)[1:-1] not in text, (path.name, exercise.id, line)


# TeX as Jupyter renders it: $$…$$, \(…\), \[…\], \begin{…}, or $…$ hugging its text
# ("$5 billion" in a source title is money, not maths).
MATHS = re.compile(r"\$\$|\\\(|\\\[|\\begin\{|\$[^\s$\d][^$\n]*[^\s$\\]\$")


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_maths_in_the_prose(path):
    """The slides and the reading site load no MathJax (tools/slides/*.j2): a formula would show
    as raw TeX there. Say it in words, or drop MathJax from the templates no longer."""
    texts = ["".join(c["source"]) for c in _load(path)["cells"] if c["cell_type"] == "markdown"]
    assert [m.group(0) for t in texts for m in MATHS.finditer(t)] == []


def test_the_maths_check_finds_formulas_and_leaves_money_alone():
    found = [bool(MATHS.search(t)) for t in (r"$x^2$", r"$$n = 2$$", r"\(p\)", "$5 billion",
                                             "kostar 5 $ och 6 $", r"\begin{align}")]
    assert found == [True, True, True, False, False, True]
