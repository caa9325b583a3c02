"""The audit widget: tick what goes into a plan, choose each item's legal basis, see the verdict.

Every change calls :func:`course_lib.privacy.audit_plan` (through ``audit_table`` and
``summary``) on the chosen items and shows the result; the widget judges nothing itself.
"""

from __future__ import annotations

import ipywidgets as w

from .. import privacy
from ..core.accessible import live, named
from ..core.i18n import messages

msg = messages(
    {
        "intro": {
            "sv": "<b>Bocka i det som ska samlas in och välj rättslig grund. Bedömningen "
            "uppdateras direkt.</b>",
            "en": "<b>Tick what is to be collected and choose the legal basis. The verdict "
            "updates at once.</b>",
        },
        "no_basis": {"sv": "(ingen rättslig grund)", "en": "(no legal basis)"},
        "data_point": {"sv": "Datapunkt", "en": "Data point"},
        "basis": {"sv": "Rättslig grund", "en": "Legal basis"},
        "basis_for": {"sv": "Rättslig grund för {name}", "en": "Legal basis for {name}"},
        "empty": {"sv": "Inget är valt: en tom plan bryter inte mot något, men säljer inget heller.",
                  "en": "Nothing is chosen: an empty plan breaks no rule, but sells nothing either."},
    },
    __name__,
)


_FIRST_COLUMN = "22em"
_HIDDEN_LABEL = {"description_width": "0px"}


def audit_widget(plan: list[dict] | None = None) -> w.VBox:
    """An audit of ``plan`` (by default Fjällgården's) that follows the learner's ticks live."""
    plan = [dict(item) for item in (plan if plan is not None else privacy.example_plan())]
    privacy.audit_plan(plan)  # a malformed plan fails here, with a friendly message
    choices = [(msg("no_basis"), "")] + [(b.name(), b.key) for b in privacy.legal_bases()]
    ticks, bases = [], []
    for row in plan:
        name = privacy.data_name(row["data"])
        ticks.append(w.Checkbox(value=True, description=name, indent=False,
                                layout=w.Layout(width="auto", min_width=_FIRST_COLUMN)))
        basis = privacy.legal_basis(row.get("legal_basis", "") or "")
        options = choices if basis or not row.get("legal_basis") else choices + [
            (str(row["legal_basis"]), str(row["legal_basis"]))]
        # The column heading labels it for the eye; the hidden description gives each dropdown
        # a name of its own for a screen reader ("Rättslig grund för E-postadress").
        bases.append(w.Dropdown(options=options, value=basis.key if basis else row.get("legal_basis", ""),
                                description=msg("basis_for", name=name), style=_HIDDEN_LABEL,
                                layout=w.Layout(width="300px")))
    summary = live(w.HTML())  # how many data points still lack a basis, read out as it changes
    table = w.HTML()

    def chosen_plan() -> list[dict]:
        return [{**row, "legal_basis": basis.value}
                for row, tick, basis in zip(plan, ticks, bases, strict=True) if tick.value]

    def update(_=None):
        current = chosen_plan()
        if not current:
            summary.value, table.value = f"<p>{msg('empty')}</p>", ""
            return
        summary.value = f"<p><b>{privacy.summary(current)}</b></p>"
        table.value = privacy.audit_table(current).to_html(border=0)

    for control in (*ticks, *bases):
        control.observe(update, names="value")
    update()
    heading = w.HBox([w.HTML(f"<b>{msg('data_point')}</b>", layout=w.Layout(min_width=_FIRST_COLUMN)),
                      w.HTML(f"<b>{msg('basis')}</b>", layout=w.Layout(padding="0 0 0 8px"))])
    rows = [w.HBox([tick, basis]) for tick, basis in zip(ticks, bases, strict=True)]
    box = named(w.VBox([w.HTML(msg("intro")), heading, *rows, summary, table]))
    box.ticks, box.bases, box.summary, box.table, box.chosen_plan = ticks, bases, summary, table, chosen_plan
    return box
