"""Type an e-mail address and a phone number, see each step: raw -> normalised -> SHA-256,
by Meta's rules and by Google's. The table comes from :func:`course_lib.analytics.hashing_steps`.
"""

from __future__ import annotations

import html

import ipywidgets as w

from ..analytics import hashing_steps
from ..core.i18n import messages

msg = messages(
    {
        "email": {"sv": "E-post", "en": "E-mail"},
        "phone": {"sv": "Telefon", "en": "Phone"},
    },
    __name__,
)


def steps_html(email: str, phone: str) -> str:
    """The steps as an HTML table: one column per identifier and platform."""
    steps = hashing_steps(email, phone)
    head = "".join(f"<th>{msg(kind)} · {platform.capitalize()}</th>"
                   for kind, platform in steps.columns)
    cell = "<td style='font-family:monospace;word-break:break-all;max-width:16em'>{}</td>"
    rows = "".join(
        f"<tr><th style='text-align:left'>{html.escape(step)}</th>"
        + "".join(cell.format(html.escape(value)) for value in values) + "</tr>"
        for step, values in zip(steps.index, steps.to_numpy(), strict=True))
    return f"<table><tr><th></th>{head}</tr>{rows}</table>"


def hashing_widget(email: str = "  Anna.Svensson@Gmail.com ", phone: str = "070-123 45 67"):
    """Two text boxes and the table of steps, redrawn as you type."""
    email_box = w.Text(value=email, description=msg("email"), layout=w.Layout(width="28em"))
    phone_box = w.Text(value=phone, description=msg("phone"), layout=w.Layout(width="28em"))
    table = w.HTML()

    def update(_=None):
        table.value = steps_html(email_box.value, phone_box.value)

    email_box.observe(update, names="value")
    phone_box.observe(update, names="value")
    update()
    box = w.VBox([email_box, phone_box, table])
    box.email, box.phone, box.table = email_box, phone_box, table
    return box
