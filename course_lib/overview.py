"""Where the learner stands: every exercise's state per notebook, from the saved progress.

From a terminal: ``python -m course_lib.overview`` (add ``--reset`` to start over).
"""

from __future__ import annotations

import argparse
import sys

import pandas as pd

from .core import progress
from .core.i18n import messages, set_language
from .lessons import LESSONS, exercises_of

msg = messages(
    {
        "not_attempted": {"sv": "ej påbörjad", "en": "not attempted"},
        "tried": {"sv": "försökt", "en": "tried"},
        "correct": {"sv": "rätt", "en": "correct"},
        "notebook": {"sv": "Notebook", "en": "Notebook"},
        "exercise": {"sv": "Fråga", "en": "Question"},
        "state": {"sv": "Läge", "en": "State"},
        "summary": {
            "sv": "{correct} av {total} frågor rätt, {tried} försökta.",
            "en": "{correct} of {total} questions correct, {tried} tried.",
        },
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


def overview(exercises_state: dict | None = None) -> pd.DataFrame:
    """One row per exercise: notebook, exercise and its state in the learner's language."""
    state = progress.load().exercises if exercises_state is None else exercises_state
    rows = []
    for number in LESSONS:
        for exercise in exercises_of(number):
            rows.append({
                msg("notebook"): number,
                msg("exercise"): exercise.name,
                msg("state"): msg(progress.state_of(exercise.id, state)),
            })
    return pd.DataFrame(rows)


def summary(exercises_state: dict | None = None) -> str:
    """One line of totals, and anything about the progress file the learner must know."""
    loaded = progress.load() if exercises_state is None else progress.LoadResult(exercises_state)
    states = [progress.state_of(e.id, loaded.exercises) for n in LESSONS for e in exercises_of(n)]
    line = msg("summary", correct=states.count("correct"), total=len(states),
               tried=states.count("tried"))
    return f"{line} {loaded.notice}" if loaded.notice else line


def reset_widget():
    """A reset button that asks for confirmation before anything is changed."""
    import ipywidgets as w

    start = w.Button(description=msg("reset_button"), icon="undo")
    sure = w.Button(description=msg("reset_sure"), button_style="danger")
    cancel = w.Button(description=msg("reset_cancel"))
    question = w.HBox([w.Label(msg("reset_question")), sure, cancel],
                      layout=w.Layout(display="none"))
    status = w.HTML()

    def ask(_):
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
    box = w.VBox([start, question, status])
    box.start_button, box.confirm_button, box.cancel_button, box.status = start, sure, cancel, status
    return box


def main(argv: list[str] | None = None, ask=input) -> int:
    parser = argparse.ArgumentParser(description="Show or reset your progress in the workbook.")
    parser.add_argument("--lang", default="sv", choices=["sv", "en"])
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
    print(overview().to_string(index=False))
    print(summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
