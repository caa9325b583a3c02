"""Build the Swedish and English notebooks from tools/notebook_src/ and execute them in place.

    python tools/build_notebooks.py            # every notebook, both languages
    python tools/build_notebooks.py 00 04      # only these numbers
    python tools/build_notebooks.py --no-execute
    python tools/build_notebooks.py --edition answers --out build/answer-key

Deterministic: fixed cell ids, no timings, no widget state, each notebook executed alone
from a fresh kernel with a fresh, empty work folder. Running it twice gives no diff.

The builder also numbers the citation markers ([ref:gdpr-art-4] -> [1]) and appends the source
list (course_lib.references), and writes an estimate of the learner's time under the title.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
import tempfile
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "tools" / "notebook_src"
sys.path.insert(0, str(ROOT / "tools"))

from nbsource import Cell  # noqa: E402

NAV = {
    "sv": {"prev": "◀ Föregående", "next": "Nästa ▶", "home": "Innehåll"},
    "en": {"prev": "◀ Previous", "next": "Next ▶", "home": "Contents"},
}
NAV_MARKER = "<!-- nav -->"
ANSWER_KEY_TAG = "answer-key"  # a cell only the answer-key edition has
WIDGET_EXERCISE = re.compile(r"^q(\d+)\.widget\(\)$", re.MULTILINE)
SOLUTION_CALL = re.compile(r"#\s*q\d+\.solution\(\)")
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"
# Widget state is not stored, so a saved widget view could not be shown: say what to do instead.
WIDGET_PLACEHOLDER = {
    "sv": "[Kör cellen för att visa reglagen.]",
    "en": "[Run the cell to show the controls.]",
}
# A first-time learner's pace: words read, code cells run and read, exercises tried.
WORDS_PER_MINUTE = 180
MINUTES_PER_CODE_CELL = 0.5
MINUTES_PER_EXERCISE = 3
TIME_LINE = {"sv": "*Tid: cirka {minutes} minuter.*", "en": "*Time: about {minutes} minutes.*"}
WORD = re.compile(r"[^\W\d_][\w'’-]*")


def load_sources(numbers: list[str] | None = None) -> list:
    """Every lesson source module, in lesson order."""
    modules = []
    for path in sorted(SRC.glob("[0-9][0-9]_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        modules.append(module)
    if numbers:
        return [m for m in modules if m.NOTEBOOK["number"] in numbers], modules
    return modules, modules


def nav_cell(language: str, index: int, everything: list) -> Cell:
    """Previous / contents / next links, found again by the marker on every rebuild."""
    words = NAV[language]
    parts = []
    if index > 0:
        prev = everything[index - 1].NOTEBOOK
        parts.append(f"[{words['prev']}: {prev['title'][language]}]({prev['slug'][language]}.ipynb)")
    first = everything[0].NOTEBOOK
    parts.append(f"[{words['home']}]({first['slug'][language]}.ipynb#contents)")
    if index + 1 < len(everything):
        nxt = everything[index + 1].NOTEBOOK
        parts.append(f"[{words['next']}: {nxt['title'][language]}]({nxt['slug'][language]}.ipynb)")
    text = NAV_MARKER + "\n" + " · ".join(parts)
    return Cell("markdown", text, text, slide="skip")


def to_notebook(module, language: str, everything: list, edition: str = "student"):
    from course_lib.references import number_citations, source_list

    index = everything.index(module)
    cells = cells_of(module, edition)
    cited = {lang: number_citations([c.source(lang) for c in cells if c.kind == "markdown"], lang)[1]
             for lang in ("sv", "en")}
    sources = [Cell("markdown", source_list(cited["sv"], "sv"), source_list(cited["en"], "en"))]
    cells = [cells[0], nav_cell(language, index, everything), *cells[1:],
             *(sources if cited[language] else []), nav_cell(language, index, everything)]
    nb = nbformat.v4.new_notebook()
    nb.metadata = {
        "kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
        "language_info": {"name": "python"},
    }
    number = module.NOTEBOOK["number"]
    prose = number_citations([c.source(language) for c in cells if c.kind == "markdown"], language)[0]
    prose.reverse()
    for i, cell in enumerate(cells):
        source = prose.pop() if cell.kind == "markdown" else cell.source(language)
        if i == 0:
            source = with_time_line(source, estimate_minutes(module, language), language)
        source = source.replace("{{contents}}", contents(language, everything))
        if edition == "answers":
            source = answer_key_source(source, cell, number)
        if cell.kind == "markdown":
            new = nbformat.v4.new_markdown_cell(source)
        else:
            new = nbformat.v4.new_code_cell(source)
        new.id = f"nb{number}-{i:03d}"
        meta = {}
        slide = cell.slide or default_slide(cell, i)
        meta["slideshow"] = {"slide_type": slide}
        if cell.tags:
            meta["tags"] = list(cell.tags)
        course_meta = dict(cell.meta)
        widget = WIDGET_EXERCISE.search(cell.sv) if cell.kind == "code" else None
        if widget and "exercise" not in course_meta:  # a widget exercise: q2.widget()
            course_meta["exercise"] = f"{number}.q{widget.group(1)}"
        if course_meta:
            meta["course"] = course_meta
        new.metadata = meta
        nb.cells.append(new)
    return nb


def cells_of(module, edition: str = "student") -> list:
    """The source's cells for an edition: cells tagged ``answer-key`` (the hidden truth a
    teacher reads out after class) only in the answer key."""
    return [c for c in module.CELLS if edition == "answers" or ANSWER_KEY_TAG not in c.tags]


def estimate_minutes(module, language: str) -> int:
    """A first-time learner's time for a notebook, rounded to five minutes.

    Words read at WORDS_PER_MINUTE (citation markers left out), every code cell the learner
    runs (a cell that is only a comment, such as ``# q1.solution()``, is not run), and every
    exercise (an answer cell or a widget exercise, counted once per exercise).
    """
    from course_lib.references import MARKER

    words = sum(len(WORD.findall(MARKER.sub("", c.source(language))))
                for c in cells_of(module) if c.kind == "markdown")
    code = [c for c in cells_of(module) if c.kind == "code"
            and any(line.strip() and not line.lstrip().startswith("#") for line in c.sv.splitlines())]
    exercises = {c.meta.get("exercise") or WIDGET_EXERCISE.search(c.sv).group(1)
                 for c in module.CELLS if c.kind == "code"
                 and (c.meta.get("exercise") or WIDGET_EXERCISE.search(c.sv))}
    minutes = (words / WORDS_PER_MINUTE + MINUTES_PER_CODE_CELL * len(code)
               + MINUTES_PER_EXERCISE * len(exercises))
    return max(5, 5 * round(minutes / 5))


def with_time_line(source: str, minutes: int, language: str) -> str:
    """The time estimate on its own line right under the notebook's title."""
    lines = source.split("\n")
    title = next(i for i, line in enumerate(lines) if line.startswith("# "))
    lines[title + 1:title + 1] = ["", TIME_LINE[language].format(minutes=minutes)]
    return "\n".join(lines)


def contents(language: str, everything: list) -> str:
    """The list of every notebook, for the contents cell of notebook 00."""
    return "\n".join(
        f"{i + 1}. [{m.NOTEBOOK['number']} · {m.NOTEBOOK['title'][language]}]"
        f"({m.NOTEBOOK['slug'][language]}.ipynb)"
        for i, m in enumerate(everything)
    )


def default_slide(cell: Cell, index: int) -> str:
    """A title slide, a new slide per section heading, the rest flows on the same slide."""
    if index == 0:
        return "slide"
    if cell.kind == "markdown":
        head = cell.sv.lstrip()
        if head.startswith("## ") or head.startswith("# "):
            return "slide"
        if head.startswith("### "):
            return "subslide"
    return "-"


def answer_key_source(source: str, cell: Cell, number: str) -> str:
    """Answer key: fill in every solution and show every `# q1.solution()` cell.

    An answer cell gets the solution in place of ____; a widget exercise gets a check of
    the solution after its widget, so its feedback shows too.
    """
    from course_lib.lessons import exercise_by_id

    if cell.kind == "code" and SOLUTION_CALL.fullmatch(source.strip()):
        return source.strip().lstrip("# ")
    widget = WIDGET_EXERCISE.search(source) if cell.kind == "code" else None
    exercise_id = cell.meta.get("exercise") or (widget and f"{number}.q{widget.group(1)}")
    if not exercise_id:
        return source
    exercise = exercise_by_id(exercise_id)
    answer = exercise.solution_code()
    lines = source.splitlines()
    for i, line in enumerate(lines):
        if "____" in line and not line.lstrip().startswith(("from ", "import ")):
            lines[i] = line.replace("____", answer, 1)
            return "\n".join(lines)
    return f"{source}\n{exercise.name}.check({answer})"


def execute(nb, workdir: Path, language: str) -> None:
    """Run every cell from a fresh kernel with an empty work folder, as a new learner would."""
    with tempfile.TemporaryDirectory(prefix="course-work-") as work:
        old = {k: os.environ.get(k) for k in ("COURSE_WORK_DIR", "COURSE_LANGUAGE")}
        os.environ["COURSE_WORK_DIR"] = work
        os.environ.pop("COURSE_LANGUAGE", None)
        try:
            client = NotebookClient(
                nb, timeout=900, kernel_name="python3", resources={"metadata": {"path": str(workdir)}},
                record_timing=False, store_widget_state=False, allow_errors=False,
            )
            client.execute()
        finally:
            for key, value in old.items():
                if value is None:
                    os.environ.pop(key, None)
                else:
                    os.environ[key] = value
    nb.metadata.pop("widgets", None)
    from course_lib.core.widget_text import MIME as STATIC_MIME

    for cell in nb.cells:
        cell.metadata.pop("execution", None)
        for output in cell.get("outputs", []):
            data = output.get("data", {})
            if WIDGET_MIME in data:  # the static description stays, for the slides and the site
                static = {STATIC_MIME: data[STATIC_MIME]} if STATIC_MIME in data else {}
                output["data"] = {"text/plain": WIDGET_PLACEHOLDER[language], **static}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("numbers", nargs="*", help="lesson numbers to build, e.g. 00 04")
    parser.add_argument("--no-execute", action="store_true")
    parser.add_argument("--edition", choices=["student", "answers"], default="student")
    parser.add_argument("--out", type=Path, default=ROOT / "notebooks")
    parser.add_argument("--languages", default="sv,en")
    args = parser.parse_args(argv)
    chosen, everything = load_sources(args.numbers)
    for module in chosen:
        for language in args.languages.split(","):
            folder = args.out / language
            folder.mkdir(parents=True, exist_ok=True)
            nb = to_notebook(module, language, everything, args.edition)
            # Executed where the notebook lives, so relative paths work as they do in Jupyter.
            run_dir = ROOT / "notebooks" / language
            if not args.no_execute:
                execute(nb, run_dir, language)
            target = folder / f"{module.NOTEBOOK['slug'][language]}.ipynb"
            nbformat.write(nb, target)
            print(f"wrote {target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
