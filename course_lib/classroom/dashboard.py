"""The class dashboard: what a class has done, from a folder of handed-in files.

``course_lib.teacher`` (``make class dir=…``) prints its summary and writes
``class-report.html`` (and ``gradebook.csv``) in that folder; the Voilà page
(``make class-dashboard dir=…``) shows the same sections. Per question: how many
got it right, tried, or did not start, hints and solutions viewed, and the commonest wrong
choices; per student a row of progress; a heat map and a bar per notebook.

The functions take the hand-ins and the exercises as arguments, so the tests can count the
same things independently; only ``course_lib.teacher`` asks the lessons for them.
"""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field

from ..core.i18n import get_language, messages, number, percent
from ..core.progress import WRONG_ANSWER, state_of
from .collect import ClassFolder, HandedIn

REPORT_FILE = "class-report.html"
TOP_WRONG = 3

msg = messages(
    {
        "page_title": {"sv": "Klassöversikt – Data är guld", "en": "Class overview – Data is gold"},
        "heading": {"sv": "Klassöversikt: {folder}", "en": "Class overview: {folder}"},
        "summary": {
            "sv": "{students} studenter har lämnat in. I snitt {correct} av {total} frågor rätt "
            "({share}); {tried} försökta och {untouched} ej påbörjade per student.",
            "en": "{students} students handed in. On average {correct} of {total} questions "
            "correct ({share}); {tried} tried and {untouched} not attempted per student.",
        },
        "older_note": {
            "sv": "{n} filer kommer från en äldre version av arbetsboken; de är lästa och "
            "markerade i tabellen. Frågor som inte fanns då räknas som ej påbörjade.",
            "en": "{n} files come from an older version of the workbook; they are read and "
            "marked in the table. Questions that did not exist then count as not attempted.",
        },
        "problems_heading": {"sv": "Filer som inte räknades", "en": "Files that were not counted"},
        "no_problems": {"sv": "Alla filer i mappen gick att läsa.",
                        "en": "Every file in the folder could be read."},
        "nothing_read": {
            "sv": "Ingen av filerna i {folder} gick att läsa som en inlämning.",
            "en": "None of the files in {folder} could be read as a hand-in.",
        },
        "pictures_heading": {"sv": "Bilder", "en": "Pictures"},
        "exercises_heading": {"sv": "Per fråga", "en": "Per question"},
        "students_heading": {"sv": "Per student", "en": "Per student"},
        "written": {"sv": "Rapporten är sparad som {path}.", "en": "The report is saved as {path}."},
        "gradebook_written": {
            "sv": "Betygsunderlaget för Canvas är sparat som {path}.",
            "en": "The gradebook for Canvas is saved as {path}.",
        },
        # Column names.
        "c_notebook": {"sv": "Notebook", "en": "Notebook"},
        "c_question": {"sv": "Fråga", "en": "Question"},
        "c_correct": {"sv": "Rätt", "en": "Correct"},
        "c_tried": {"sv": "Försökt", "en": "Tried"},
        "c_not_attempted": {"sv": "Ej påbörjad", "en": "Not attempted"},
        "c_share_correct": {"sv": "Andel rätt", "en": "Share correct"},
        "c_hints": {"sv": "Ledtrådar", "en": "Hints"},
        "c_solutions": {"sv": "Lösning visad", "en": "Solution viewed"},
        "c_wrong": {"sv": "Vanligaste fel svar", "en": "Commonest wrong answers"},
        "c_student": {"sv": "Student", "en": "Student"},
        "c_version": {"sv": "Version", "en": "Version"},
        "c_segments": {"sv": "Segment", "en": "Segments"},
        "c_plan": {"sv": "Dataplan", "en": "Data plan"},
        "c_last": {"sv": "Senast aktiv", "en": "Last active"},
        "c_file": {"sv": "Fil", "en": "File"},
        "older": {"sv": "{version} (äldre version)", "en": "{version} (older version)"},
        "newer": {"sv": "{version} (nyare version)", "en": "{version} (newer version)"},
        "optional": {"sv": "{name} (valfri)", "en": "{name} (optional)"},
        "plan_stages": {"sv": "{n} av 4 steg", "en": "{n} of 4 stages"},
        "no_plan": {"sv": "ingen", "en": "none"},
        "times": {"sv": "{answer} ({n})", "en": "{answer} ({n})"},
    },
    __name__,
)


def notebook_of(exercise) -> str:
    return exercise.id.split(".")[0]


# ------------------------------------------------------------------ counting


@dataclass
class ExerciseCounts:
    """One question across the class (students who handed in)."""

    exercise: object
    students: int = 0
    correct: int = 0
    tried: int = 0
    not_attempted: int = 0
    hints: int = 0  # hints shown, all students together
    solutions: int = 0  # students who viewed the solution
    wrong: Counter = field(default_factory=Counter)  # answer label -> students


def exercise_counts(handed_in: list[HandedIn], exercises: list, language: str | None = None
                    ) -> list[ExerciseCounts]:
    counts = []
    for exercise in exercises:
        row = ExerciseCounts(exercise, students=len(handed_in))
        for student in handed_in:
            entry = student.exercises.get(exercise.id, {})
            state = state_of(exercise.id, student.exercises)
            setattr(row, state, getattr(row, state) + 1)
            row.hints += entry.get("hints", 0)
            row.solutions += bool(entry.get("solution_viewed"))
            if WRONG_ANSWER in entry:
                row.wrong.update(wrong_answer_labels(exercise, entry[WRONG_ANSWER], language))
        counts.append(row)
    return counts


def wrong_answer_labels(exercise, answer, language: str | None = None) -> list[str]:
    """A recorded wrong answer in words: the option chosen, or each misplaced item → group."""
    def label(options, key):
        return next((o.label(language) for o in options if o.key == key), str(key))

    if hasattr(exercise, "expected") and isinstance(answer, dict) and hasattr(exercise, "groups"):
        return [f"{label(exercise.items, item)} → {label(exercise.groups, group)}"
                for item, group in answer.items() if exercise.expected.get(item) != group]
    if hasattr(exercise, "options") and isinstance(answer, list):
        return [" + ".join(label(exercise.options, key) for key in answer)]
    if hasattr(exercise, "options") and isinstance(answer, str):
        return [label(exercise.options, answer)]
    return []


def state_table(handed_in: list[HandedIn], exercises: list):
    """Students × questions, each cell "correct", "tried" or "not_attempted"."""
    import pandas as pd

    rows = {h.student: [state_of(e.id, h.exercises) for e in exercises] for h in handed_in}
    return pd.DataFrame.from_dict(rows, orient="index", columns=[e.id for e in exercises])


def notebook_shares(states, exercises: list):
    """Per notebook the share of (student, question) cells correct, tried, not attempted."""
    import pandas as pd

    rows = {}
    for notebook in dict.fromkeys(notebook_of(e) for e in exercises):
        cells = states[[e.id for e in exercises if notebook_of(e) == notebook]].to_numpy().ravel()
        total = len(cells) or 1
        rows[notebook] = {s: float((cells == s).sum()) / total for s in ("correct", "tried", "not_attempted")}
    return pd.DataFrame.from_dict(rows, orient="index")


# ------------------------------------------------------------------ tables


def question_name(exercise, language: str | None = None) -> str:
    return msg("optional", language, name=exercise.name) if exercise.optional else exercise.name


def exercise_table(counts: list[ExerciseCounts], language: str | None = None):
    import pandas as pd

    rows = []
    for row in counts:
        common = ", ".join(msg("times", language, answer=a, n=n) for a, n in
                           sorted(row.wrong.items(), key=lambda p: (-p[1], p[0]))[:TOP_WRONG])
        rows.append({
            msg("c_notebook", language): notebook_of(row.exercise),
            msg("c_question", language): question_name(row.exercise, language),
            msg("c_correct", language): row.correct,
            msg("c_tried", language): row.tried,
            msg("c_not_attempted", language): row.not_attempted,
            msg("c_share_correct", language): percent(row.correct / row.students if row.students else 0,
                                                      0, language),
            msg("c_hints", language): row.hints,
            msg("c_solutions", language): row.solutions,
            msg("c_wrong", language): common,
        })
    return pd.DataFrame(rows)


def student_table(handed_in: list[HandedIn], exercises: list, language: str | None = None):
    import pandas as pd

    notebooks = list(dict.fromkeys(notebook_of(e) for e in exercises))
    rows = []
    for h in handed_in:
        states = [state_of(e.id, h.exercises) for e in exercises]
        entries = [h.exercises.get(e.id, {}) for e in exercises]
        version = msg(h.version_note, language, version=h.workbook_version) if h.version_note \
            else h.workbook_version
        plan = h.data_plan
        row = {
            msg("c_student", language): h.student,
            msg("c_version", language): version,
            msg("c_correct", language): states.count("correct"),
            msg("c_tried", language): states.count("tried"),
            msg("c_not_attempted", language): states.count("not_attempted"),
            msg("c_hints", language): sum(e.get("hints", 0) for e in entries),
            msg("c_solutions", language): sum(bool(e.get("solution_viewed")) for e in entries),
            msg("c_segments", language): len(h.segments),
            msg("c_plan", language): msg("plan_stages", language, n=_stages(plan)) if plan
            else msg("no_plan", language),
            msg("c_last", language): max((e.get("last") or "" for e in h.exercises.values()),
                                         default="")[:16].replace("T", " "),
        }
        for notebook in notebooks:
            ids = [e.id for e in exercises if notebook_of(e) == notebook]
            done = sum(state_of(i, h.exercises) == "correct" for i in ids)
            row[notebook] = f"{done}/{len(ids)}"
        row[msg("c_file", language)] = h.file
        rows.append(row)
    return pd.DataFrame(rows)


def _stages(plan: dict) -> int:
    covered = plan.get("stages_covered")
    return covered if isinstance(covered, int) and 0 <= covered <= 4 else 0


def summary_line(cls: ClassFolder, exercises: list, language: str | None = None) -> str:
    states = state_table(cls.handed_in, exercises)
    n = len(cls.handed_in)

    def mean(state: str) -> float:
        return float(states.eq(state).sum(axis=1).mean()) if n else 0.0

    return msg("summary", language, students=n, correct=number(mean("correct"), 1, language),
               total=len(exercises), share=percent(mean("correct") / len(exercises) if exercises else 0,
                                                   0, language),
               tried=number(mean("tried"), 1, language), untouched=number(mean("not_attempted"), 1, language))


# ------------------------------------------------------------------ pictures


def class_heatmap(cls: ClassFolder, exercises: list, language: str | None = None):
    from .plots import progress_heatmap

    return progress_heatmap(state_table(cls.handed_in, exercises), language)


def class_notebook_bars(cls: ClassFolder, exercises: list, language: str | None = None):
    from .plots import notebook_bars

    shares = notebook_shares(state_table(cls.handed_in, exercises), exercises)
    return notebook_bars(shares, len(cls.handed_in), language)


# ------------------------------------------------------------------ the report


def _img(fig) -> str:
    import base64

    from ..core.plotting import alt_text, figure_png

    data = base64.b64encode(figure_png(fig, dpi=100)).decode("ascii")
    return (f'<img alt="{html.escape(alt_text(fig) or "", quote=True)}" '
            f'src="data:image/png;base64,{data}" style="max-width:100%;height:auto">')


def _table(frame, caption: str) -> str:
    import re

    body = frame.to_html(index=False, escape=True, border=0, classes="class-table")
    body = body.replace('<tr style="text-align: right;">', "<tr>")
    return re.sub(r"<table[^>]*>", f'<table class="class-table"><caption>{html.escape(caption)}</caption>',
                  body, count=1)


def report_sections(cls: ClassFolder, exercises: list, language: str | None = None) -> list[str]:
    """The report's sections as HTML fragments: the file and the Voilà page show the same."""
    language = language or get_language()
    esc = html.escape
    head = [f"<h1>{esc(msg('heading', language, folder=cls.folder.name))}</h1>"]
    problems = [f"<h2>{esc(msg('problems_heading', language))}</h2>"]
    if cls.problems:
        items = "".join(f"<li>{esc(p.sentence(language))}</li>" for p in cls.problems)
        problems.append(f"<ul class='class-problems'>{items}</ul>")
    else:
        problems.append(f"<p>{esc(msg('no_problems', language))}</p>")
    if not cls.handed_in:
        head.append(f"<p>{esc(msg('nothing_read', language, folder=cls.folder.name))}</p>")
        return ["".join(head), "".join(problems)]
    head.append(f"<p>{esc(summary_line(cls, exercises, language))}</p>")
    older = sum(h.version_note == "older" for h in cls.handed_in)
    if older:
        head.append(f"<p>{esc(msg('older_note', language, n=older))}</p>")
    counts = exercise_counts(cls.handed_in, exercises, language)
    return [
        "".join(head),
        f"<h2>{esc(msg('pictures_heading', language))}</h2>",
        _img(class_heatmap(cls, exercises, language)),
        _img(class_notebook_bars(cls, exercises, language)),
        f"<h2>{esc(msg('exercises_heading', language))}</h2>"
        + _table(exercise_table(counts, language), msg("exercises_heading", language)),
        f"<h2>{esc(msg('students_heading', language))}</h2>"
        + _table(student_table(cls.handed_in, exercises, language), msg("students_heading", language)),
        "".join(problems),
    ]


TABLE_STYLE = """
table.class-table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
table.class-table caption { text-align: left; font-weight: bold; padding: 0.3rem 0; }
table.class-table th, table.class-table td { border: 1px solid #999; padding: 0.25rem 0.5rem;
       text-align: left !important; vertical-align: top; }
table.class-table thead th { background: #E8E8E8; }
"""
STYLE = """
body { font-family: system-ui, sans-serif; max-width: 80rem; margin: 2rem auto; padding: 0 1rem;
       color: #222; line-height: 1.45; }
""" + TABLE_STYLE


def report_html(cls: ClassFolder, exercises: list, language: str | None = None) -> str:
    language = language or get_language()
    body = "\n".join(report_sections(cls, exercises, language))
    return (f'<!DOCTYPE html>\n<html lang="{language}">\n<head>\n<meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{html.escape(msg('page_title', language))}</title>\n<style>{STYLE}</style>\n"
            f"</head>\n<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n")


def print_summary(cls: ClassFolder, exercises: list, language: str | None = None) -> str:
    """What `make class` prints: the summary, the questions table, and the files not counted."""
    lines = [msg("heading", language, folder=cls.folder.name)]
    if cls.handed_in:
        lines.append(summary_line(cls, exercises, language))
        table = exercise_table(exercise_counts(cls.handed_in, exercises, language), language)
        lines += ["", table.drop(columns=[msg("c_wrong", language)]).to_string(index=False), ""]
    else:
        lines.append(msg("nothing_read", language, folder=cls.folder.name))
    if cls.problems:
        lines.append(msg("problems_heading", language) + ":")
        lines += [f"  - {p.sentence(language)}" for p in cls.problems]
    return "\n".join(lines)
