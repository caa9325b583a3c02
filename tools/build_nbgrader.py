"""An nbgrader source course from the workbook: one assignment per lesson.

    python tools/build_nbgrader.py --lang sv        # make nbgrader (lang=en for English)

writes ``build/nbgrader/source/<assignment>/<notebook>.ipynb`` and ``build/nbgrader/nbgrader_config.py``.
Run ``nbgrader generate_assignment <assignment>`` in ``build/nbgrader`` to make the student version,
and ``nbgrader autograde <assignment>`` on the submissions (docs/nbgrader.md).

Made from the same sources and solutions as the answer key (``build_notebooks.to_notebook`` and
``answer_key_source``, i.e. each exercise's ``solution_code()``):

- the answer cell ``answer_N = ____`` becomes a solution cell: the line stays, followed by the
  solution between ``### BEGIN SOLUTION`` and ``### END SOLUTION``. The course's config empties
  nbgrader's code stub, so the student version keeps exactly ``answer_N = ____``;
- ``qN.check()`` becomes an autograded test cell worth one point: the student still sees the
  friendly check (which never raises, so Run All never stops), and a hidden test, restored by
  nbgrader when grading, asserts ``qN.feedback_for(answer_N).correct``;
- a widget exercise (``qN.widget()``) keeps its widget and gains an answer cell and a test cell,
  because nbgrader grades only what is written in the notebook, not a widget's state.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT))

from build_notebooks import WIDGET_EXERCISE, answer_key_source, load_sources, to_notebook  # noqa: E402
from nbsource import Cell  # noqa: E402

OUT = ROOT / "build" / "nbgrader"
SCHEMA_VERSION = 3  # nbgrader 0.9's cell metadata
POINTS = 1
CHECK_CALL = re.compile(r"q(\d+)\.check\(\)")
ANSWER_LINE = re.compile(r"^(\w+)\s*=\s*____\s*$")
START_CALL = "course_lib.start()"

# The course's nbgrader_config.py: an empty stub keeps the student's `answer_N = ____` line
# (nbgrader's default stub, `raise NotImplementedError()`, would stop Run All at the first
# question), and whole notebooks get time to run when graded.
CONFIG = '''# nbgrader configuration for the "Data är guld" workbook (made by `make nbgrader`).
c = get_config()  # noqa: F821
c.ClearSolutions.code_stub = {"python": ""}
c.Execute.timeout = 600
'''

WIDGET_ANSWER = {
    "choose": {
        "sv": "**Till rättningen:** skriv ditt val från frågan ovan också här, som text: "
              "alternativets namn eller dess bokstav (A för det första, B för det andra …){many}. "
              "Kör sedan cellen under, som kontrollerar svaret.",
        "en": "**For grading:** write your choice from the question above here too, as text: the "
              "option's name or its letter (A for the first, B for the second …){many}. Then run "
              "the cell below, which checks the answer.",
    },
    "many": {"sv": ", flera val som en lista: `[\"A\", \"C\"]`",
             "en": ", several as a list: `[\"A\", \"C\"]`"},
    "classify": {
        "sv": "**Till rättningen:** skriv dina val från frågan ovan också här, som en ordbok där "
              "varje exempel får sin grupp: `{example}` och så vidare. Kör sedan cellen under.",
        "en": "**For grading:** write your choices from the question above here too, as a "
              "dictionary that gives each example its group: `{example}` and so on. Then run the "
              "cell below.",
    },
    "other": {
        "sv": "**Till rättningen:** skriv ditt svar från formuläret ovan också här, i den form "
              "frågan beskriver. Kör sedan cellen under.",
        "en": "**For grading:** write your answer from the form above here too, in the form the "
              "question describes. Then run the cell below.",
    },
}


def grade_id(exercise_id: str, part: str) -> str:
    """nbgrader ids allow letters, digits, _ and - only: "00.q1" -> "ex00_q1_answer"."""
    return "ex" + exercise_id.replace(".", "_") + f"_{part}"


def nbgrader_meta(cell, *, solution=False, grade=False, locked=False, exercise_id=None, part=None):
    meta = {"schema_version": SCHEMA_VERSION, "grade": grade, "solution": solution, "locked": locked}
    if exercise_id:
        meta["grade_id"] = grade_id(exercise_id, part)
    if grade:
        meta["points"] = POINTS
    cell.metadata["nbgrader"] = meta
    return cell


def solution_source(source: str, exercise_id: str, number: str) -> tuple[str, str]:
    """(cell source, answer variable): the answer line stays, the solution follows in markers."""
    lines = source.split("\n")
    index = next(i for i, line in enumerate(lines) if ANSWER_LINE.match(line))
    line = lines[index]
    filled = answer_key_source(line, Cell("code", line, line, meta={"exercise": exercise_id}), number)
    return "\n".join([*lines, "### BEGIN SOLUTION", filled, "### END SOLUTION"]), ANSWER_LINE.match(line)[1]


def test_source(exercise, variable: str, shown: str) -> str:
    """What the student sees (the friendly check), and the hidden assert nbgrader grades with."""
    name = exercise.name
    return "\n".join([
        shown,
        "### BEGIN HIDDEN TESTS",
        f"assert {name}.feedback_for({variable}).correct, {name}.feedback_for({variable}).message",
        "### END HIDDEN TESTS",
    ])


def widget_answer_text(exercise, language: str) -> str:
    if hasattr(exercise, "groups"):
        first = exercise.items[0].label(language)
        return WIDGET_ANSWER["classify"][language].format(example=f'{{"{first}": "…"}}')
    if hasattr(exercise, "options"):
        many = WIDGET_ANSWER["many"][language] if exercise.multiple else ""
        return WIDGET_ANSWER["choose"][language].format(many=many)
    return WIDGET_ANSWER["other"][language]


def nbgrader_notebook(module, language: str, everything: list):
    """One lesson as an nbgrader source notebook (solutions in, tests graded)."""
    from course_lib.lessons import exercise_by_id

    number = module.NOTEBOOK["number"]
    nb = to_notebook(module, language, everything, edition="student")
    answered = {c.metadata.get("course", {}).get("exercise") for c in nb.cells
                if c.cell_type == "code" and any(ANSWER_LINE.match(line) for line in c.source.split("\n"))}
    variables: dict[str, str] = {}
    cells = []
    for cell in nb.cells:
        if cell.cell_type != "code":
            cells.append(cell)
            continue
        cell.source = cell.source.replace(START_CALL, f"course_lib.start({language!r})", 1)
        exercise_id = cell.metadata.get("course", {}).get("exercise")
        widget = WIDGET_EXERCISE.search(cell.source)
        check = CHECK_CALL.fullmatch(cell.source.strip())
        if exercise_id and any(ANSWER_LINE.match(line) for line in cell.source.split("\n")):
            cell.source, variables[exercise_id] = solution_source(cell.source, exercise_id, number)
            cells.append(nbgrader_meta(cell, solution=True, exercise_id=exercise_id, part="answer"))
        elif check and f"{number}.q{check[1]}" in variables:
            exercise_id = f"{number}.q{check[1]}"
            shown = cell.source.strip()
            cell.source = test_source(exercise_by_id(exercise_id), variables[exercise_id], shown)
            cells.append(nbgrader_meta(cell, grade=True, locked=True, exercise_id=exercise_id, part="check"))
        elif widget and f"{number}.q{widget[1]}" not in answered:
            exercise_id = f"{number}.q{widget[1]}"
            exercise = exercise_by_id(exercise_id)
            variable = exercise.var or f"answer_{widget[1]}"
            cells.append(cell)
            cells.append(nbformat.v4.new_markdown_cell(widget_answer_text(exercise, language)))
            answer = nbformat.v4.new_code_cell(f"{variable} = ____")
            answer.source, variables[exercise_id] = solution_source(answer.source, exercise_id, number)
            cells.append(nbgrader_meta(answer, solution=True, exercise_id=exercise_id, part="answer"))
            test = nbformat.v4.new_code_cell(
                test_source(exercise, variable, f"{exercise.name}.check({variable})"))
            cells.append(nbgrader_meta(test, grade=True, locked=True, exercise_id=exercise_id, part="check"))
        else:
            cells.append(cell)
    for i, cell in enumerate(cells):  # unique, stable ids after the cells we added
        cell.id = f"nb{number}-g{i:03d}"
    nb.cells = cells
    return nb


def graded_exercises(nb) -> list[str]:
    """The exercise ids a notebook grades, from its test cells (for checks and tests)."""
    return [c.metadata["nbgrader"]["grade_id"].removeprefix("ex").removesuffix("_check").replace("_", ".", 1)
            for c in nb.cells if c.metadata.get("nbgrader", {}).get("grade")]


def write_course(out: Path = OUT, languages=("sv",), numbers: list[str] | None = None) -> list[Path]:
    chosen, everything = load_sources(numbers)
    written = []
    for module in chosen:
        for language in languages:
            slug = module.NOTEBOOK["slug"][language]
            path = out / "source" / slug / f"{slug}.ipynb"
            path.parent.mkdir(parents=True, exist_ok=True)
            nbformat.write(nbgrader_notebook(module, language, everything), path)
            written.append(path)
    (out / "nbgrader_config.py").write_text(CONFIG, encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("numbers", nargs="*", help="lesson numbers, e.g. 00 04 (default: all)")
    parser.add_argument("--lang", default="sv", choices=["sv", "en"])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    for path in write_course(args.out, (args.lang,), args.numbers or None):
        print(f"wrote {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}")
    print(f"Next: cd {args.out} && nbgrader generate_assignment <assignment> (see docs/nbgrader.md)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
