"""The answer-key edition: every notebook, every exercise filled in, every solution shown.

That each check accepts its filled-in solution when the notebook runs is proven by the nbval
run of `make test` (tests/nbval_plugin.py): its second Run All of each notebook uses exactly
these answer-key cells, so the answer key costs no execution of its own here.
"""

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHECK_CALL = re.compile(r"^q(\d+)\.check\(", re.MULTILINE)
ANSWER = re.compile(r"^(answer_\d+) = (?!____)", re.MULTILINE)


@pytest.fixture(scope="module")
def answer_key(tmp_path_factory):
    """`make answer-key` without executing (nbval runs these cells), in this process: the
    notebook sources are already loaded here for nbval's second run."""
    sys.path.insert(0, str(ROOT / "tools"))
    import build_notebooks

    out = tmp_path_factory.mktemp("answer-key")
    assert build_notebooks.main(["--no-execute", "--edition", "answers", "--out", str(out)]) == 0
    return out


def _notebooks(folder):
    return sorted(folder.glob("*/*.ipynb"))


def _code(path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    return ["".join(c["source"]) for c in nb["cells"] if c["cell_type"] == "code"]


def test_answer_key_has_every_notebook(answer_key):
    student = sorted(p.relative_to(ROOT / "notebooks") for p in (ROOT / "notebooks").glob("*/*.ipynb"))
    assert [p.relative_to(answer_key) for p in _notebooks(answer_key)] == student


def test_every_exercise_is_answered_and_checked_in_the_answer_key(answer_key):
    from course_lib.lessons import exercises_of

    for path in _notebooks(answer_key):
        number, cells = path.name[:2], _code(path)
        for source in cells:
            unanswered = [line for line in source.splitlines()
                          if "____" in line and not line.startswith("from ")]
            assert not unanswered, (path.name, source)
        checked = {f"{number}.q{n}" for source in cells for n in CHECK_CALL.findall(source)}
        assert checked == {e.id for e in exercises_of(number)}, path.name
        for exercise in exercises_of(number):  # in the answer cell, or checked by its widget
            solution = exercise.solution_code()
            assert any(f"{exercise.var} = {solution}" in s or
                       f"{exercise.name}.check({solution})" in s for s in cells), exercise.id


def test_answer_key_shows_solutions(answer_key):
    for path in _notebooks(answer_key):
        text = path.read_text(encoding="utf-8")
        assert "# q1.solution()" not in text
