"""The hand-in form of notebook 00: a name, a button, a status line.

The button calls :func:`course_lib.classroom.handin.write_handin`, the same function as
``make handin name=…``; the status says where the file is and what it holds.
"""

from __future__ import annotations

import html

import ipywidgets as w

from ..classroom import handin
from ..core.errors import CourseError
from ..core.i18n import messages

msg = messages(
    {
        "name": {"sv": "Namn eller pseudonym", "en": "Name or pseudonym"},
        "placeholder": {"sv": "till exempel Anna L", "en": "for example Anna L"},
        "button": {"sv": "Skapa inlämningsfilen", "en": "Create the hand-in file"},
        "ready": {
            "sv": "Filen innehåller dina framsteg, dina tre faktorer, sparade segment och en "
            "sammanfattning av dataplanen, men inget annat om dig än namnet du skriver.",
            "en": "The file holds your progress, your three factors, saved segments and a "
            "summary of your data plan, but nothing else about you than the name you write.",
        },
    },
    __name__,
)


def handin_widget() -> w.VBox:
    name = w.Text(description=msg("name"), placeholder=msg("placeholder"),
                  style={"description_width": "initial"}, layout=w.Layout(width="28em"))
    button = w.Button(description=msg("button"), button_style="primary",
                      layout=w.Layout(width="auto"))
    status = w.HTML(msg("ready"))

    def write(_):
        try:
            status.value = html.escape(handin.write_handin(name.value).sentence())
        except CourseError as error:
            status.value = f"⚠️ {html.escape(str(error))}"

    button.on_click(write)
    box = w.VBox([name, button, status])
    box.name_field, box.button, box.status = name, button, status
    return box
