"""Where the learner stands: one row per notebook (done, tried, not yet), each exercise on demand.

In a notebook ``progress_overview()`` shows a compact table with a text bar per notebook
(``■■◧□□ 2 av 5 rätt``) and each exercise behind a toggle; anything about the progress file
(a damaged file kept aside, a file from a newer workbook) is shown with it. From a terminal:
``python -m course_lib.overview`` (``--details`` for each exercise, ``--reset`` to start over).
"""

from __future__ import annotations

import argparse
import html
import sys
from dataclasses import dataclass

import pandas as pd

from .core import progress
from .core.accessible import live, named
from .core.i18n import messages, pick, set_language
from .core.paths import ROOT
from .lessons import LESSONS, TITLES, exercises_of

msg = messages(
    {
        "not_attempted": {"sv": "ej påbörjad", "en": "not attempted"},
        "tried": {"sv": "försökt", "en": "tried"},
        "correct": {"sv": "rätt", "en": "correct"},
        "notebook": {"sv": "Notebook", "en": "Notebook"},
        "exercise": {"sv": "Fråga", "en": "Question"},
        "exercise_n": {"sv": "Fråga {n}", "en": "Question {n}"},
        "state": {"sv": "Läge", "en": "State"},
        "progress": {"sv": "Framsteg", "en": "Progress"},
        "summary": {
            "sv": "{correct} av {total} frågor rätt, {tried}.",
            "en": "{correct} of {total} questions correct, {tried}.",
        },
        "row": {"sv": "{correct} av {total} rätt", "en": "{correct} of {total} correct"},
        "tried_one": {"sv": "{n} försökt", "en": "{n} tried"},
        "tried_many": {"sv": "{n} försökta", "en": "{n} tried"},
        "legend": {
            "sv": "{done} rätt · {tried} försökt · {todo} ej påbörjad",
            "en": "{done} correct · {tried} tried · {todo} not attempted",
        },
        "attempts_one": {"sv": "{n} försök", "en": "{n} attempt"},
        "attempts_many": {"sv": "{n} försök", "en": "{n} attempts"},
        "hints_one": {"sv": "{n} ledtråd", "en": "{n} hint"},
        "hints_many": {"sv": "{n} ledtrådar", "en": "{n} hints"},
        "solution_viewed": {"sv": "lösningen visad", "en": "solution viewed"},
        "caption": {"sv": "Dina framsteg per notebook", "en": "Your progress per notebook"},
        "confirm": {
            "sv": "Vill du verkligen börja om? Skriv ja för att nollställa: ",
            "en": "Do you really want to start over? Type yes to reset: ",
        },
        "reset_done": {
            "sv": "Nollställt. Dina gamla framsteg finns kvar i {backup}.",
            "en": "Reset done. Your old progress is kept in {backup}.",
        },
        "reset_nothing": {"sv": "Det fanns inget att nollställa.", "en": "There was nothing to reset."},
        "reset_cancelled": {"sv": "Inget ändrades.", "en": "Nothing was changed."},
        "reset_button": {"sv": "Börja om …", "en": "Start over …"},
        "reset_sure": {"sv": "Ja, nollställ", "en": "Yes, reset"},
        "reset_cancel": {"sv": "Avbryt", "en": "Cancel"},
        "reset_question": {
            "sv": "Alla frågor markeras som ej påbörjade. Den gamla filen sparas som säkerhetskopia.",
            "en": "Every question is marked not attempted. The old file is kept as a backup.",
        },
    },
    __name__,
)

# One symbol per exercise; the bar is a picture of the numbers beside it, never the only cue.
SYMBOLS = {"correct": "■", "tried": "◧", "not_attempted": "□"}
ASCII_SYMBOLS = {"correct": "#", "tried": "+", "not_attempted": "."}


@dataclass(frozen=True)
class ExerciseProgress:
    number: int  # as the notebook's heading numbers it: "Fråga 3" is q3
    state: str  # "not_attempted" | "tried" | "correct"
    attempts: int = 0
    hints: int = 0
    solution_viewed: bool = False


@dataclass(frozen=True)
class NotebookProgress:
    number: str  # "00"
    exercises: tuple[ExerciseProgress, ...]

    def count(self, state: str) -> int:
        return sum(e.state == state for e in self.exercises)

    def title(self, language: str | None = None) -> str:
        return f"{self.number} · {pick(TITLES[self.number], language)}"


def notebook_progress(exercises_state: dict[str, dict],
                      order: list[str] = ()) -> list[NotebookProgress]:
    """Pure: every notebook's exercises with their state, from the saved progress, listed in
    the ``order`` the notebook asks them (see :func:`exercise_order`; else q1, q2, …).
    A notebook without exercises (10, the optional further study) has no row."""
    position = {key: i for i, key in enumerate(order)}
    rows = []
    for number in LESSONS:
        asked = sorted(exercises_of(number), key=lambda e: (position.get(e.id, len(position)), e.id))
        if not asked:
            continue
        found = []
        for exercise in asked:
            entry = exercises_state.get(exercise.id) or {}
            found.append(ExerciseProgress(
                int(exercise.name.lstrip("q")),  # "Fråga 2" is q2, as the headings say
                progress.state_of(exercise.id, exercises_state), entry.get("attempts", 0),
                entry.get("hints", 0), entry.get("solution_viewed", False)))
        rows.append(NotebookProgress(number, tuple(found)))
    return rows


def exercise_order(language: str = "sv") -> list[str]:
    """Exercise ids in the order the notebooks ask them (the builder marks the cell where each
    is answered: metadata course.exercise). Notebook 01 asks q2 first. Empty without the
    notebooks."""
    import json

    order: list[str] = []
    for path in sorted((ROOT / "notebooks" / language).glob("[0-9][0-9]-*.ipynb")):
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError, AttributeError):
            continue
        for cell in cells:
            exercise = cell.get("metadata", {}).get("course", {}).get("exercise")
            if exercise and exercise not in order:
                order.append(exercise)
    return order


def bar(row: NotebookProgress, symbols: dict[str, str] = SYMBOLS) -> str:
    """``■■◧□□``: the correct exercises first, then the tried ones, then the rest."""
    return "".join(symbols[state] * row.count(state) for state in ("correct", "tried", "not_attempted"))


def counted(n: int, key: str, language: str | None = None) -> str:
    """``1 ledtråd``, ``2 ledtrådar``: the message ``key_one`` or ``key_many``."""
    return msg(f"{key}_one" if n == 1 else f"{key}_many", language, n=n)


def row_text(row: NotebookProgress, language: str | None = None) -> str:
    """``2 av 5 rätt, 1 försökt`` (the tried part only when there is one)."""
    text = msg("row", language, correct=row.count("correct"), total=len(row.exercises))
    tried = row.count("tried")
    return f"{text}, {counted(tried, 'tried', language)}" if tried else text


def exercise_text(exercise: ExerciseProgress, language: str | None = None) -> str:
    """``Fråga 2: försökt (3 försök, 2 ledtrådar, lösningen visad)``."""
    extra = []
    if exercise.attempts:
        extra.append(counted(exercise.attempts, "attempts", language))
    if exercise.hints:
        extra.append(counted(exercise.hints, "hints", language))
    if exercise.solution_viewed:
        extra.append(msg("solution_viewed", language))
    text = f"{msg('exercise_n', language, n=exercise.number)}: {msg(exercise.state, language)}"
    return f"{text} ({', '.join(extra)})" if extra else text


def totals_line(rows: list[NotebookProgress], language: str | None = None) -> str:
    states = [e.state for row in rows for e in row.exercises]
    return msg("summary", language, correct=states.count("correct"), total=len(states),
               tried=counted(states.count("tried"), "tried", language))


def progress_text(rows: list[NotebookProgress], notices: list[str] = (), details: bool = False,
                  language: str | None = None, symbols: dict[str, str] = SYMBOLS) -> str:
    """Pure: the overview as plain text, one line per notebook (for a terminal)."""
    titles = [row.title(language) for row in rows]
    width = max(map(len, titles), default=0)
    bar_width = max((len(row.exercises) for row in rows), default=0)
    lines = [totals_line(rows, language), *notices, ""]
    for row, title in zip(rows, titles, strict=True):
        lines.append(f"{title:<{width}}  {bar(row, symbols):<{bar_width}}  {row_text(row, language)}")
        if details:
            lines.extend(f"    {exercise_text(e, language)}" for e in row.exercises)
    return "\n".join(lines)


def progress_html(rows: list[NotebookProgress], notices: list[str] = (),
                  language: str | None = None) -> str:
    """Pure: the overview as HTML: a table with one row per notebook, whose title opens to the
    notebook's exercises. The bars (and their legend) are hidden from screen readers, which
    read the numbers beside them."""
    def cell(row: NotebookProgress) -> str:
        items = "".join(f"<li>{html.escape(exercise_text(e, language))}</li>" for e in row.exercises)
        return (f"<td style='text-align:left;vertical-align:top'><details><summary>"
                f"{html.escape(row.title(language))}</summary><ul>{items}</ul></details></td>"
                f"<td style='text-align:left;vertical-align:top;white-space:nowrap'>"
                f"<span aria-hidden='true' style='letter-spacing:0.1em'>{bar(row)}</span> "
                f"{html.escape(row_text(row, language))}</td>")

    legend = msg("legend", language, done=SYMBOLS["correct"], tried=SYMBOLS["tried"],
                 todo=SYMBOLS["not_attempted"])
    warnings = "".join(f"<p>⚠️ {html.escape(n)}</p>" for n in notices)
    body = "".join(f"<tr>{cell(row)}</tr>" for row in rows)
    return (f"<div class='course-progress'><p><b>{html.escape(totals_line(rows, language))}</b></p>"
            f"{warnings}<table><caption style='text-align:left'>{msg('caption', language)}</caption>"
            f"<thead><tr><th style='text-align:left'>{msg('notebook', language)}</th>"
            f"<th style='text-align:left'>{msg('progress', language)}</th></tr></thead>"
            f"<tbody>{body}</tbody></table>"
            f"<p aria-hidden='true'><small>{html.escape(legend)}</small></p></div>")


class ProgressOverview:
    """What ``progress_overview()`` shows: HTML in a notebook, text elsewhere."""

    def __init__(self, rows: list[NotebookProgress], notices: list[str]):
        self.rows, self.notices = rows, notices

    def _repr_html_(self) -> str:
        return progress_html(self.rows, self.notices)

    def __repr__(self) -> str:
        return progress_text(self.rows, self.notices)


def progress_overview(exercises_state: dict | None = None) -> ProgressOverview:
    """Every notebook's progress, and anything about the progress file the learner must know."""
    loaded = progress.load() if exercises_state is None else progress.LoadResult(exercises_state)
    return ProgressOverview(notebook_progress(loaded.exercises, exercise_order()), loaded.notices)


def overview(exercises_state: dict | None = None) -> pd.DataFrame:
    """One row per exercise (notebook, exercise, state), for your own analysis in pandas."""
    state = progress.load().exercises if exercises_state is None else exercises_state
    return pd.DataFrame([
        {msg("notebook"): row.number, msg("exercise"): e.number, msg("state"): msg(e.state)}
        for row in notebook_progress(state) for e in row.exercises])


def summary(exercises_state: dict | None = None) -> str:
    """One line of totals, and anything about the progress file the learner must know."""
    loaded = progress.load() if exercises_state is None else progress.LoadResult(exercises_state)
    line = totals_line(notebook_progress(loaded.exercises))
    return f"{line} {loaded.notice}" if loaded.notice else line


def reset_widget():
    """A reset button that asks for confirmation before anything is changed."""
    import ipywidgets as w

    start = w.Button(description=msg("reset_button"))
    sure = w.Button(description=msg("reset_sure"), button_style="danger")
    cancel = w.Button(description=msg("reset_cancel"))
    question = w.HBox([sure, cancel], layout=w.Layout(display="none"))
    # The question, then done or cancelled: read out where the focus stays (core/accessible.py).
    status = live(w.HTML())

    def ask(_):
        status.value = msg("reset_question")
        question.layout.display = "flex"

    def confirm(_):
        question.layout.display = "none"
        backup = progress.reset()
        status.value = msg("reset_done", backup=backup.name) if backup else msg("reset_nothing")

    def abort(_):
        question.layout.display = "none"
        status.value = msg("reset_cancelled")

    start.on_click(ask)
    sure.on_click(confirm)
    cancel.on_click(abort)
    box = named(w.VBox([start, status, question]))
    box.start_button, box.confirm_button, box.cancel_button, box.status = start, sure, cancel, status
    box.question = question
    box.course_static = lambda: _reset_static(start, question)
    return box


def _reset_static(start, question) -> str:
    """The reset widget on the slides and the reading site: the question stays beside its
    buttons (live, it is said in the status line only once Start over is pressed)."""
    from .core.widget_text import describe

    asked = f"<p>{html.escape(msg('reset_question'))}</p>"
    return f"<div>{describe(start)}{asked}{describe(question)}</div>"


def _symbols_for(stream) -> dict[str, str]:
    """A console that cannot show ■ (Windows' cp1252 when redirected) gets # + . instead."""
    try:
        "".join(SYMBOLS.values()).encode(getattr(stream, "encoding", None) or "utf-8")
    except (UnicodeEncodeError, LookupError):
        return ASCII_SYMBOLS
    return SYMBOLS


def main(argv: list[str] | None = None, ask=input) -> int:
    parser = argparse.ArgumentParser(description="Show or reset your progress in the workbook.")
    parser.add_argument("--lang", default="sv", choices=["sv", "en"])
    parser.add_argument("--details", action="store_true", help="every exercise, not only totals")
    parser.add_argument("--reset", action="store_true", help="start over (asks first)")
    args = parser.parse_args(argv)
    set_language(args.lang)
    if args.reset:
        if ask(msg("confirm")).strip().lower() not in ("ja", "yes", "j", "y"):
            print(msg("reset_cancelled"))
            return 1
        backup = progress.reset()
        print(msg("reset_done", backup=backup) if backup else msg("reset_nothing"))
        return 0
    shown = progress_overview()
    print(progress_text(shown.rows, shown.notices, args.details, symbols=_symbols_for(sys.stdout)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
