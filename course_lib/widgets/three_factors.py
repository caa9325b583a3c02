"""The three-factor form of notebook 04: three dropdowns, a reason for each, and Save.

Save calls the exercise's own ``check``, which judges the choice exactly as ``q5.check()`` does
in code and, when it holds, saves it for notebook 06.
"""

from __future__ import annotations

import ipywidgets as w

from .. import catalog, choices
from ..core.exercise_widgets import FULL_LABEL, UNCHOSEN, _frame, choose_dropdown
from ..core.exercises import Exercise, ____
from ..core.i18n import messages

msg = messages(
    {
        "factor": {"sv": "Faktor {n}", "en": "Factor {n}"},
        "why": {"sv": "Varför spelar den roll här?", "en": "Why does it matter here?"},
        "why_label": {"sv": "Varför faktor {n}?", "en": "Why factor {n}?"},
        "save": {"sv": "Kontrollera och spara", "en": "Check and save"},
    },
    __name__,
)


def three_factors_widget(exercise: Exercise) -> w.VBox:
    """Starts from the learner's saved choice, if there is one."""
    saved = choices.load_three_factors()
    options = [(p.name(), p.key) for p in catalog.data_points()]
    factors, reasons = [], []
    for n in range(3):
        key = saved.factors[n] if saved.saved else None
        factors.append(choose_dropdown(options, key, description=msg("factor", n=n + 1),
                                       style=FULL_LABEL, layout=w.Layout(width="22em")))
        reasons.append(w.Text(value=saved.reasons.get(key, "") if key else "",
                              description=msg("why_label", n=n + 1), placeholder=msg("why"),
                              style=FULL_LABEL, layout=w.Layout(width="34em")))

    def read():
        chosen = [(f.value if f.value != UNCHOSEN else None, r.value)
                  for f, r in zip(factors, reasons, strict=True)]
        if all(f is None and not r.strip() for f, r in chosen):
            return ____
        return [(f, r) for f, r in chosen if f is not None]

    rows = [w.HBox([f, r]) for f, r in zip(factors, reasons, strict=True)]
    box = _frame(exercise, rows, read)
    box.check_button.description = msg("save")
    box.check_button.layout = w.Layout(width="auto")
    box.factors, box.reasons = factors, reasons
    return box
