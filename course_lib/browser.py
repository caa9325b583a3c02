"""Browse the lesson's twenty data points: filter them, read the question to ask about each,
and see whether (and where) Fjällgården's data has them.

Everything comes from two sources of truth: the catalogue (``data/catalog.toml``) for what a
data point *is*, and the data dictionary for where the company's tables *hold* it.

>>> from course_lib import browser
>>> [p.key for p in browser.filter_data_points(dimension="personality")]
['psychological_type', 'triggers']
>>> browser.where_in_our_data("political_opinion", "en")["Table"].tolist()
['third_party_attributes']
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd

from . import catalog
from .catalog import DataPoint, Entry
from .core.errors import CourseError
from .core.i18n import get_language, messages, pick

TEXTS = {
    "unknown": {
        "sv": "{value!r} är ingen {what} i katalogen. Välj bland: {known}.",
        "en": "{value!r} is not a {what} in the catalogue. Choose from: {known}.",
    },
    "what_category": {"sv": "kategori", "en": "category"},
    "what_dimension": {"sv": "dimension", "en": "dimension"},
    "what_source": {"sv": "källtyp", "en": "source type"},
    "what_gdpr": {"sv": "GDPR-klass", "en": "GDPR class"},
    "what_point": {"sv": "datapunkt", "en": "data point"},
    "question": {"sv": "Fråga att ställa", "en": "Question to ask"},
    "examples": {"sv": "Exempel", "en": "Examples"},
    "typical_sources": {"sv": "Typiska källor", "en": "Typical sources"},
    "gdpr": {"sv": "GDPR", "en": "GDPR"},
    "in_our_data": {"sv": "Finns i Fjällgårdens data?", "en": "In Fjällgården's data?"},
    "yes_columns": {"sv": "Ja, i {n} kolumner:", "en": "Yes, in {n} columns:"},
    "yes_column": {"sv": "Ja, i en kolumn:", "en": "Yes, in one column:"},
    "no_columns": {
        "sv": "Nej, ingen tabell har den. Vill vi ha den måste vi samla in den själva eller "
        "hämta den någon annanstans ifrån.",
        "en": "No, no table holds it. If we want it, we must collect it ourselves or get "
        "it from somewhere else.",
    },
    "do_not_use": {
        "sv": "⚠️ Finns, men får inte användas i marknadsföring.",
        "en": "⚠️ It is there, but must not be used in marketing.",
    },
    "table": {"sv": "Tabell", "en": "Table"},
    "column": {"sv": "Kolumn", "en": "Column"},
    "source_type": {"sv": "Källtyp", "en": "Source type"},
    "description": {"sv": "Beskrivning", "en": "Description"},
    "heatmap_title": {
        "sv": "Var Fjällgårdens data har varje datapunkt (antal kolumner)",
        "en": "Where Fjällgården's data holds each data point (number of columns)",
    },
    "heatmap_alt": {
        "sv": "antal kolumner i Fjällgårdens data per datapunkt (rader) och källtyp (kolumner)",
        "en": "number of columns in Fjällgården's data per data point (rows) and source type "
              "(columns)",
    },
    "heatmap_most": {"sv": "flest: {point} från {source} ({n})",
                     "en": "most: {point} from {source} ({n})"},
    "heatmap_none": {"sv": "ingen kolumn alls: {points}", "en": "no column at all: {points}"},
    "none_match": {
        "sv": "Ingen datapunkt passar alla filter. Välj ”Alla” i något av dem.",
        "en": "No data point matches every filter. Choose “All” in one of them.",
    },
}
msg = messages(TEXTS, __name__)

FILTERS = {  # filter name -> (catalogue section, what it is called in an error message)
    "category": (catalog.categories, "what_category"),
    "dimension": (catalog.dimensions, "what_dimension"),
    "source": (catalog.source_types, "what_source"),
    "gdpr": (catalog.gdpr_classes, "what_gdpr"),
}


def _resolve(value, entries: Sequence[Entry], what: str) -> str:
    """A catalogue key from a key or a name in either language ("attitude", "Attityddata")."""
    key = catalog.key_for(str(value), entries)
    if key is None:
        known = ", ".join(e.name() for e in entries)
        raise CourseError(msg("unknown", value=str(value), what=msg(what), known=known))
    return key


def data_point_key(point) -> str:
    """The catalogue key of a data point given by key or by name ("Inkomst" -> "income")."""
    if isinstance(point, DataPoint):
        return point.key
    return _resolve(point, catalog.data_points(), "what_point")


def filter_data_points(category=None, dimension=None, source=None, gdpr=None) -> tuple[DataPoint, ...]:
    """The data points that match every filter given; ``None`` means "any".

    ``source`` is a source type the data point typically comes from, by the lesson.
    """
    wanted = {}
    for name, value in {"category": category, "dimension": dimension, "source": source,
                        "gdpr": gdpr}.items():
        if value is not None:
            section, what = FILTERS[name]
            wanted[name] = _resolve(value, section(), what)

    def matches(p: DataPoint) -> bool:
        return all([
            wanted.get("category") in (None, p.category),
            wanted.get("dimension") in (None, p.dimension),
            wanted.get("source") is None or wanted["source"] in p.sources,
            wanted.get("gdpr") in (None, p.gdpr),
        ])

    return tuple(p for p in catalog.data_points() if matches(p))


def where_in_our_data(point, language: str | None = None) -> pd.DataFrame:
    """Every column of Fjällgården's tables that holds ``point``, with its source type."""
    lang = language or get_language()
    frame = _columns_of(data_point_key(point), lang)
    return frame.rename(columns={k: pick(TEXTS[k], lang) for k in frame.columns})


def _columns_of(key: str, lang: str) -> pd.DataFrame:
    from .datadictionary import data_dictionary

    dd = data_dictionary(lang)
    rows = dd[dd["data_point"] == key]
    return pd.DataFrame({
        "table": rows["table"],
        "column": rows["column"],
        "source_type": [catalog.source_type(s).name(lang) for s in rows["source_type"]],
        "description": rows["description"],
    }).reset_index(drop=True)


def coverage_table(language: str | None = None) -> pd.DataFrame:
    """Data point × source type: how many columns of Fjällgården's data hold each data point.

    A zero means the company has no such data from that kind of source.
    """
    from .datadictionary import data_dictionary

    lang = language or get_language()
    dd = data_dictionary(lang)
    points = [p.key for p in catalog.data_points()]
    sources = [s.key for s in catalog.source_types()]
    counts = (dd[dd["data_point"].isin(points)]
              .groupby(["data_point", "source_type"]).size()
              .unstack(fill_value=0)
              .reindex(index=points, columns=sources, fill_value=0))
    counts.index = [catalog.data_point(k).name(lang) for k in counts.index]
    counts.columns = [catalog.source_type(k).name(lang) for k in counts.columns]
    return counts.astype(int)


def card_html(point, language: str | None = None) -> str:
    """One data point as a card: question, description, examples, sources, GDPR, our data."""
    lang = language or get_language()
    p = catalog.data_point(data_point_key(point))
    e = html.escape
    gdpr = catalog.gdpr_class(p.gdpr)
    path = f"{catalog.category(p.category).name(lang)} › {catalog.dimension(p.dimension).name(lang)}"
    sources = ", ".join(catalog.source_type(s).name(lang) for s in p.sources)
    parts = [
        f"<h4 style='margin:0'>{e(p.name(lang))}</h4>",
        f"<p style='margin:0;color:#555'>{e(path)}</p>",
        f"<p><b>{e(msg('question'))}:</b> <i>{e(p.question(lang))}</i></p>",
        f"<p>{e(p.description(lang))}</p>",
        f"<p><b>{e(msg('examples'))}:</b> {e('; '.join(p.examples(lang)))}</p>",
        f"<p><b>{e(msg('typical_sources'))}:</b> {e('; '.join(p.typical_sources(lang)))} "
        f"({e(sources)})</p>",
        f"<p><b>{e(msg('gdpr'))}:</b> {e(gdpr.name(lang))}. {e(gdpr.description(lang))}</p>",
        f"<p><b>{e(msg('in_our_data'))}</b> {_our_data_html(p.key, lang)}</p>",
    ]
    return "\n".join(parts)


def _our_data_html(key: str, lang: str) -> str:
    found = _columns_of(key, lang)
    if found.empty:
        return html.escape(msg("no_columns"))
    head = msg("yes_column") if len(found) == 1 else msg("yes_columns", n=len(found))
    items = []
    for (table, source), group in found.groupby(["table", "source_type"], sort=False):
        columns = ", ".join(f"<code>{html.escape(c)}</code>" for c in group["column"])
        items.append(f"<li><b>{html.escape(table)}</b> ({html.escape(source)}): {columns}</li>")
    warning = f"<br>{html.escape(msg('do_not_use'))}" if catalog.data_point(key).gdpr == "special" else ""
    return f"{html.escape(head)}<ul style='margin:0'>{''.join(items)}</ul>{warning}"


def show_data_point(point):
    """The card of one data point, shown in the notebook (``show_data_point("triggers")``)."""
    from IPython.display import HTML

    return HTML(card_html(point))


def guiding_questions(category=None, dimension=None, source=None, gdpr=None):
    """The lesson's question for each matching data point, as a Markdown list."""
    from IPython.display import Markdown

    return Markdown(questions_markdown(category, dimension, source, gdpr))


def questions_markdown(category=None, dimension=None, source=None, gdpr=None) -> str:
    points = filter_data_points(category, dimension, source, gdpr)
    if not points:
        return msg("none_match")
    return "\n".join(f"- **{p.name()}**: {p.question()}" for p in points)


def coverage_alt(counts: pd.DataFrame, language: str | None = None) -> str:
    """The heat map in words: the fullest cell and the data points with no column at all."""
    from .core.plotting import alt_sentence, listing

    point, source = counts.stack().idxmax()
    empty = [str(p) for p, total in counts.sum(axis=1).items() if total == 0]
    details = [msg("heatmap_most", language, point=point, source=source, n=counts.at[point, source])]
    if empty:
        details.append(msg("heatmap_none", language, points=listing(empty, language)))
    return alt_sentence("heatmap", msg("heatmap_alt", language), *details, language=language)


def coverage_heatmap(language: str | None = None):
    """The coverage table as a heat map: data points down, source types across."""
    import numpy as np

    from .core.plotting import INK, TEXT, finish, style
    from .course_map import CATEGORY_COLOURS, GDPR_EDGE

    plt = style()
    lang = language or get_language()
    counts = coverage_table(lang)
    points = catalog.data_points()
    fig, ax = plt.subplots(figsize=(7.5, 8.5))
    # Capped so that the one data point with two dozen columns does not wash out the rest.
    ax.imshow(np.minimum(counts.to_numpy(), 6), cmap="Greens", vmin=0, vmax=6, aspect="auto")
    for (i, j), n in np.ndenumerate(counts.to_numpy()):
        ax.text(j, i, str(n) if n else "–", ha="center", va="center",
                color="white" if n >= 4 else TEXT)
    ax.set_xticks(range(counts.shape[1]), counts.columns)
    ax.xaxis.tick_top()
    ax.set_yticks(range(len(points)), counts.index)
    for label, p in zip(ax.get_yticklabels(), points, strict=True):
        label.set_color(CATEGORY_COLOURS[p.category])
        if p.gdpr == "special":  # the same red as on the course map
            label.set_color(GDPR_EDGE["special"])
            label.set_fontweight("bold")
    for i in range(1, len(points)):  # a line between dimensions
        if points[i].dimension != points[i - 1].dimension:
            ax.axhline(i - 0.5, color=INK, lw=1.2)
    ax.set_xticks(np.arange(-0.5, counts.shape[1]), minor=True)
    ax.grid(which="minor", axis="x", color="white", lw=2)
    ax.tick_params(which="both", length=0)
    ax.set_title(msg("heatmap_title", lang), pad=12)
    fig.tight_layout()
    return finish(fig, alt=coverage_alt(counts, lang))
