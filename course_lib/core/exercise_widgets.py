"""Widget forms of the choose and classify exercises: dropdowns or tick boxes and a check button.

The button calls the very same ``Exercise.check`` as ``q1.check()`` in code, so widget and code
answers are judged, and recorded in the progress file, the same way.
"""

from __future__ import annotations

import ipywidgets as w

from .accessible import live, named
from .answers import ____
from .i18n import messages

msg = messages(
    {
        "widget_check": {"sv": "Kontrollera", "en": "Check"},
        "widget_choose": {"sv": "Välj …", "en": "Choose …"},
        "widget_hint": {"sv": "Ledtråd", "en": "Hint"},
        "widget_solution": {"sv": "Lösning", "en": "Solution"},
        "widget_answer": {"sv": "Ditt svar", "en": "Your answer"},
        "widget_last_hint": {
            "sv": "(Det var sista ledtråden. Knappen **Lösning** visar lösningen.)",
            "en": "(That was the last hint. The **Solution** button shows the solution.)",
        },
    },
    __name__,
)

# The value of "Välj …". Never None: ipywidgets reads value None as "nothing selected" and,
# depending on the order traitlets happens to notify in, starts such a dropdown blank.
UNCHOSEN = ""

# Labels as wide as their text: a label is never cut short ("Tre faktorer att segmente…").
FULL_LABEL = {"description_width": "initial"}
_WIDE = w.Layout(width="auto")


def choose_dropdown(options: list[tuple[str, str]], value: str | None = None, **kwargs) -> w.Dropdown:
    """A dropdown that starts on "Välj …" (:data:`UNCHOSEN`), or on ``value`` if given."""
    return w.Dropdown(options=[(msg("widget_choose"), UNCHOSEN), *options],
                      value=value or UNCHOSEN, **kwargs)


def _frame(exercise, controls: list[w.Widget], read_answer) -> w.VBox:
    """Controls, Check and Hint buttons, a Solution button once the last hint has been shown,
    and a feedback area; returns the whole box. Buttons carry text only: an icon font's glyph
    would end up in the button's accessible name."""
    check = w.Button(description=msg("widget_check"), button_style="primary")
    hint = w.Button(description=msg("widget_hint"))
    solution = w.Button(description=msg("widget_solution"), layout=w.Layout(display="none"))
    feedback = live(w.HTML())  # right, wrong, a hint: read out where the focus stays

    def offer_solution():
        if exercise.hints_used_up:
            solution.layout.display = None  # shown, right after the Hint button in tab order

    def on_check(_):
        feedback.value = exercise.check(read_answer()).html()

    def on_hint(_):
        feedback.value = exercise.hint(last_note=msg("widget_last_hint")).html()
        offer_solution()

    def on_solution(_):
        feedback.value = exercise.solution().html()

    check.on_click(on_check)
    hint.on_click(on_hint)
    solution.on_click(on_solution)
    if exercise.hints:  # a learner who used every hint earlier in this kernel keeps the button
        offer_solution()
    box = named(w.VBox([*controls, w.HBox([check, hint, solution]), feedback]))
    box.controls, box.check_button, box.hint_button, box.feedback = controls, check, hint, feedback
    box.solution_button = solution
    return box


def choose_widget(exercise) -> w.VBox:
    if exercise.multiple:
        boxes = [w.Checkbox(description=o.label(), indent=False, layout=_WIDE)
                 for o in exercise.options]

        def read():
            return [o.key for o, box in zip(exercise.options, boxes, strict=True) if box.value]

        return _frame(exercise, boxes, read)
    dropdown = choose_dropdown([(o.label(), o.key) for o in exercise.options], style=FULL_LABEL,
                               description=msg("widget_answer"),
                               layout=w.Layout(width="max-content"))

    def read_one():
        return ____ if dropdown.value == UNCHOSEN else dropdown.value

    return _frame(exercise, [dropdown], read_one)


def classify_widget(exercise) -> w.VBox:
    groups = [(g.label(), g.key) for g in exercise.groups]
    rows = [choose_dropdown(groups, description=item.label(), style=FULL_LABEL, layout=_WIDE)
            for item in exercise.items]

    def read():
        chosen = {item.key: row.value for item, row in zip(exercise.items, rows, strict=True)}
        if all(v == UNCHOSEN for v in chosen.values()):
            return ____
        return {k: v for k, v in chosen.items() if v != UNCHOSEN}

    return _frame(exercise, rows, read)
