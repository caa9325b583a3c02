"""A form to add a source to the inventory: it calls ``sources.add_source`` and shows the result.

The new source appears in the table and on the map at once, and is saved in the learner's work
folder (``sources.save_mine``), so the exercise and later notebooks see it too.
"""

from __future__ import annotations

import ipywidgets as w

from .. import catalog, sources
from ..core.accessible import Picture, live, named
from ..core.answers import markdown_to_html
from ..core.errors import CourseError
from ..core.i18n import get_language, messages

msg = messages(
    {
        "name": {"sv": "Namn", "en": "Name"},
        "name_placeholder": {"sv": "till exempel Fjällgården Plus", "en": "for example Fjällgården Plus"},
        "source_type": {"sv": "Typ av källa", "en": "Source type"},
        "data_types": {"sv": "Datatyp", "en": "Data type"},
        "data_points": {"sv": "Datapunkter", "en": "Data points"},
        "identifiers": {"sv": "Identifierare", "en": "Identifiers"},
        "collected": {"sv": "Hur samlas den in?", "en": "How is it collected?"},
        "collected_placeholder": {
            "sv": "till exempel: appen sparar varje köp när kunden skannar sitt medlemskort",
            "en": "for example: the app saves every purchase when the customer scans their card",
        },
        "stored_in": {"sv": "Var lagras den?", "en": "Where is it stored?"},
        "legal_basis": {"sv": "Rättslig grund", "en": "Legal basis"},
        "users": {"sv": "Vem får använda den?", "en": "Who may use it?"},
        "flows_to": {"sv": "Skickas till", "en": "Sent to"},
        "flow_kind": {"sv": "Hur?", "en": "How?"},
        "several": {"sv": "Håll ned Ctrl (Cmd på Mac) för att välja flera.",
                    "en": "Hold Ctrl (Cmd on a Mac) to choose several."},
        "add": {"sv": "Lägg till källan", "en": "Add the source"},
        "start_over": {"sv": "Börja om", "en": "Start over"},
        "added": {
            "sv": "✅ **{name}** är tillagd och sparad. Se tabellen och kartan nedan.",
            "en": "✅ **{name}** is added and saved. See the table and the map below.",
        },
        "restarted": {
            "sv": "Du utgår från företagets inventering igen. Dina gamla tillägg finns kvar i {backup}.",
            "en": "You start from the company's inventory again. Your old additions are kept in {backup}.",
        },
        "nothing": {"sv": "Det fanns inga egna källor att ta bort.",
                    "en": "There were no sources of your own to remove."},
        "error": {"sv": "⚠️ {message}", "en": "⚠️ {message}"},
    },
    __name__,
)

_LABEL = {"description_width": "13em"}  # the longest label whole: "Vem får använda den?"
_WIDE = w.Layout(width="36em")


def _options(entries) -> list[tuple[str, str]]:
    return [(e.name(), e.key) for e in entries]


def source_form(inventory: sources.Inventory | None = None) -> w.VBox:
    """The add-a-source form, the inventory table and the map, in one box."""
    inv = inventory if inventory is not None else sources.my_inventory()
    name = w.Text(description=msg("name"), placeholder=msg("name_placeholder"), style=_LABEL,
                  layout=_WIDE)
    source_type = w.Dropdown(description=msg("source_type"), options=_options(catalog.source_types()),
                             value="first_party", style=_LABEL, layout=_WIDE)
    data_types = w.SelectMultiple(description=msg("data_types"), options=_options(catalog.data_types()),
                                  rows=3, style=_LABEL, layout=_WIDE)
    data_points = w.SelectMultiple(description=msg("data_points"),
                                   options=_options(catalog.data_points()), rows=6, style=_LABEL,
                                   layout=_WIDE)
    identifiers = w.SelectMultiple(description=msg("identifiers"),
                                   options=_options(catalog.identifiers()), rows=4, style=_LABEL,
                                   layout=_WIDE)
    collected = w.Text(description=msg("collected"), placeholder=msg("collected_placeholder"),
                       style=_LABEL, layout=_WIDE)
    stored_in = w.Dropdown(description=msg("stored_in"), options=_options(inv.systems),
                           value=inv.systems[0].key, style=_LABEL, layout=_WIDE)
    legal_basis = w.SelectMultiple(description=msg("legal_basis"), options=_options(inv.legal_bases),
                                   rows=3, style=_LABEL, layout=_WIDE)
    users = w.Text(description=msg("users"), style=_LABEL, layout=_WIDE)
    flows_to = w.SelectMultiple(description=msg("flows_to"), options=_options(inv.systems), rows=3,
                                style=_LABEL, layout=_WIDE)
    # Radio buttons, not toggle buttons: a screen reader hears which one is chosen.
    flow_kind = w.RadioButtons(description=msg("flow_kind"),
                               options=[(sources.msg(k), k) for k in sources.FLOW_KINDS],
                               value="integration", style=_LABEL, orientation="horizontal",
                               layout=_WIDE)
    add = w.Button(description=msg("add"), button_style="primary")
    start_over = w.Button(description=msg("start_over"))
    status = live(w.HTML())  # added, started over or a slip: read out (core/accessible.py)
    table = w.HTML()
    picture = Picture()

    box = named(w.VBox())
    box.inventory = inv

    def show(highlight=None):
        frame = sources.inventory(of=box.inventory, brief=True)
        table.value = frame.to_html()
        fig = sources.ecosystem_map(box.inventory, highlight=highlight, language=get_language())
        picture.show_figure(fig)

    def on_add(_):
        try:
            new = sources.add_source(
                box.inventory, name.value, source_type.value, data_types=data_types.value,
                data_points=data_points.value, identifiers=identifiers.value,
                collected=collected.value, stored_in=stored_in.value, legal_basis=legal_basis.value,
                users=users.value, flows_to=flows_to.value, flow_kind=flow_kind.value)
        except CourseError as error:
            text = msg("error", message=error.message) + (f"\n{error.hint}" if error.hint else "")
            status.value = markdown_to_html(text)
            return
        box.inventory = new
        sources.save_mine(new)
        status.value = markdown_to_html(msg("added", name=new.sources[-1].name()))
        show(highlight=new.sources[-1].key)

    def on_start_over(_):
        backup = sources.forget_mine()
        box.inventory = sources.company_inventory()
        status.value = markdown_to_html(
            msg("restarted", backup=backup.name) if backup else msg("nothing"))
        show()

    add.on_click(on_add)
    start_over.on_click(on_start_over)
    controls = [name, source_type, data_types, data_points, identifiers, collected, stored_in,
                legal_basis, users, flows_to, flow_kind]
    box.children = [*controls, w.HTML(f"<small>{msg('several')}</small>"),
                    w.HBox([add, start_over]), status, table, picture.box]
    box.fields = dict(zip(["name", "source_type", "data_types", "data_points", "identifiers",
                           "collected", "stored_in", "legal_basis", "users", "flows_to",
                           "flow_kind"], controls, strict=True))
    box.add_button, box.start_over_button = add, start_over
    box.status, box.table, box.picture = status, table, picture.image
    if inv.notice:
        status.value = markdown_to_html(inv.notice)
    show(highlight=[s.key for s in inv.added] or None)
    return box
