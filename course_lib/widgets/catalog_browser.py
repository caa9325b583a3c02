"""The catalogue browser: four filters, the matching data points, and the card of the chosen one.

Every change calls :func:`course_lib.browser.filter_data_points` and
:func:`course_lib.browser.card_html`; the widget only shows their results. All controls are
standard dropdowns and a list box, so Tab and the arrow keys work.
"""

from __future__ import annotations

import ipywidgets as w

from .. import browser, catalog
from ..core.accessible import live, named
from ..core.i18n import messages

msg = messages(
    {
        "category": {"sv": "Kategori", "en": "Category"},
        "dimension": {"sv": "Dimension", "en": "Dimension"},
        "source": {"sv": "Källtyp", "en": "Source type"},
        "gdpr": {"sv": "GDPR", "en": "GDPR"},
        "all": {"sv": "Alla", "en": "All"},
        "points": {"sv": "Datapunkter", "en": "Data points"},
        "count": {"sv": "{n} av {total} datapunkter", "en": "{n} of {total} data points"},
    },
    __name__,
)

_SECTIONS = {
    "category": catalog.categories,
    "dimension": catalog.dimensions,
    "source": catalog.source_types,
    "gdpr": catalog.gdpr_classes,
}
_LABEL = {"description_width": "7em"}
# The value of "Alla". Never None: ipywidgets may start a dropdown whose value is None blank.
ALL = ""


def catalog_browser() -> w.VBox:
    """Filter the 20 data points and read each one's card, including whether we have it."""
    filters = {
        name: w.Dropdown(options=[(msg("all"), ALL)] + [(e.name(), e.key) for e in section()],
                         value=ALL, description=msg(name), style=_LABEL,
                         layout=w.Layout(width="22em"))
        for name, section in _SECTIONS.items()
    }
    # Wide enough for the longest name ("Consumption and purchase behaviour"): a list box clips
    # its options rather than wrapping them.
    points = w.Select(options=[], rows=10, description=msg("points"), style=_LABEL,
                      layout=w.Layout(width="27em"))
    count = live(w.HTML())  # "6 of 20 data points": read out after each filter (core/accessible.py)
    card = w.HTML(layout=w.Layout(width="auto", flex="1 1 auto", margin="0 0 0 1.5em"))

    def refresh_list(_=None):
        matches = browser.filter_data_points(**{k: d.value or None for k, d in filters.items()})
        chosen = points.value
        points.options = [(p.name(), p.key) for p in matches]
        keys = [p.key for p in matches]
        points.value = chosen if chosen in keys else (keys[0] if keys else None)
        count.value = msg("count", n=len(matches), total=len(catalog.data_points()))
        show_card()

    def show_card(_=None):
        card.value = (browser.card_html(points.value) if points.value
                      else f"<p>{browser.msg('none_match')}</p>")

    for dropdown in filters.values():
        dropdown.observe(refresh_list, names="value")
    points.observe(show_card, names="value")
    refresh_list()
    # The card takes the rest of the row; the controls keep their width (else they are cut off).
    left = w.VBox([*filters.values(), count, points], layout=w.Layout(flex="0 0 auto"))
    box = named(w.VBox([w.HBox([left, card], layout=w.Layout(align_items="flex-start"))]))
    box.filters, box.points, box.count, box.card = filters, points, count, card
    return box
