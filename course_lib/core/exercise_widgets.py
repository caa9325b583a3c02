"""Widget forms of the choose and classify exercises: dropdowns or tick boxes and a check button.

The button calls the very same ``Exercise.check`` as ``q1.check()`` in code, so widget and code
answers are judged, and recorded in the progress file, the same way.
"""

from __future__ import annotations

import ipywidgets as w

from .answers import ____
from .i18n import messages

msg = messages(
    {
        "widget_check": {"sv": "Kontrollera", "en": "Check"},
        "widget_choose": {"sv": "Välj …", "en": "Choose …"},
        "widget_hint": {"sv": "Ledtråd", "en": "Hint"},
    },
    __name__,
)

_WIDE = w.Layout(width="auto")


def _frame(exercise, controls: list[w.Widget], read_answer) -> w.VBox:
    """Controls, a Check and a Hint button, and a feedback area; returns the whole box."""
    check = w.Button(description=msg("widget_check"), button_style="primary", icon="check")
    hint = w.Button(description=msg("widget_hint"), icon="lightbulb-o")
    feedback = w.HTML()

    def on_check(_):
        feedback.value = exercise.check(read_answer()).html()

    def on_hint(_):
        feedback.value = exercise.hint().html()

    check.on_click(on_check)
    hint.on_click(on_hint)
    box = w.VBox([*controls, w.HBox([check, hint]), feedback])
    box.controls, box.check_button, box.hint_button, box.feedback = controls, check, hint, feedback
    return box


def choose_widget(exercise) -> w.VBox:
    if exercise.multiple:
        boxes = [w.Checkbox(description=o.label(), indent=False, layout=_WIDE)
                 for o in exercise.options]

        def read():
            return [o.key for o, box in zip(exercise.options, boxes, strict=True) if box.value]

        return _frame(exercise, boxes, read)
    choices = [(msg("widget_choose"), None)] + [(o.label(), o.key) for o in exercise.options]
    dropdown = w.Dropdown(options=choices, value=None, layout=w.Layout(width="max-content"))

    def read_one():
        return ____ if dropdown.value is None else dropdown.value

    return _frame(exercise, [dropdown], read_one)


def classify_widget(exercise) -> w.VBox:
    choices = [(msg("widget_choose"), None)] + [(g.label(), g.key) for g in exercise.groups]
    rows = []
    for item in exercise.items:
        rows.append(w.Dropdown(options=choices, value=None, description=item.label(),
                               style={"description_width": "initial"}, layout=_WIDE))

    def read():
        chosen = {item.key: row.value for item, row in zip(exercise.items, rows, strict=True)}
        if all(v is None for v in chosen.values()):
            return ____
        return {k: v for k, v in chosen.items() if v is not None}

    return _frame(exercise, rows, read)
