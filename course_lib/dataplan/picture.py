"""The picture of a learner's data ecosystem: sources → collection → storage → segments."""

from __future__ import annotations

import textwrap

from .. import catalog
from ..core.i18n import get_language, pick
from ..core.plotting import LIGHT, MUTED, PAPER
from .plan import STAGE_COLOURS, STAGES, DataPlan, msg, names_of, stage_name

# A message on the map is quoted the way each language quotes.
QUOTES = {"sv": ("»", "«"), "en": ("“", "”")}


def _wrap(text: str, width: int = 24, limit: int = 90) -> str:
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return textwrap.fill(text, width=width)


def _rows(n: int) -> list[float]:
    """Evenly spread heights for n boxes in a column, top to bottom."""
    if n == 1:
        return [0.45]
    return [0.86 - i * (0.8 / (n - 1)) for i in range(n)]


def ecosystem_map(plan: DataPlan, language: str | None = None):
    """The learner's data ecosystem: sources → collection → storage → segments and messages.

    One coloured line per stage of the customer journey. Returns the matplotlib Figure.
    """
    from ..core.plotting import finish, style

    plt = style()
    lang = language or get_language()
    t = lambda key, **kw: msg(key, lang, **kw)  # noqa: E731
    empty = t("not_filled")
    sources = [s.key for s in catalog.source_types()
               if any(s.key in plan.stages[k].sources for k in STAGES)]
    storage = list(dict.fromkeys(p for k in STAGES for p in (plan.stages[k].storage_places() or [empty])))
    columns = [0.11, 0.37, 0.63, 0.89]
    y_source = dict(zip(sources, _rows(len(sources)), strict=True)) if sources else {}
    y_stage = dict(zip(STAGES, _rows(len(STAGES)), strict=True))
    y_store = dict(zip(storage, _rows(len(storage)), strict=True))

    fig, ax = plt.subplots(figsize=(13, 6.8))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.02, 1.02)
    for x, key in zip(columns, ("map_sources", "map_collection", "map_storage", "map_segments"),
                      strict=True):
        ax.text(x, 0.98, t(key), ha="center", va="center", fontsize=12, fontweight="bold")

    def box(x, y, text, colour):
        return ax.text(x, y, text, ha="center", va="center", fontsize=9, zorder=3,
                       bbox={"boxstyle": "round,pad=0.4", "fc": PAPER, "ec": colour, "lw": 2})

    def arrow(start, end, colour):
        """From the right edge of one box to the left edge of the next."""
        ax.annotate("", xy=(0, 0.5), xycoords=end, xytext=(1, 0.5), textcoords=start, zorder=2,
                    arrowprops={"arrowstyle": "-|>", "color": colour, "lw": 1.4, "alpha": 0.75,
                                "shrinkA": 6, "shrinkB": 6})

    source_box = {key: box(columns[0], y, _wrap(catalog.name_of(key, lang)), MUTED)
                  for key, y in y_source.items()}
    store_box = {place: box(columns[2], y, _wrap(place), MUTED if place != empty else LIGHT)
                 for place, y in y_store.items()}
    for key in STAGES:
        stage, colour, y = plan.stages[key], STAGE_COLOURS[key], y_stage[key]
        data = names_of(stage.data_points, lang) or stage.other_data
        collected = f"{stage_name(key, lang).upper()}\n{_wrap(stage.collection or empty)}"
        if data:
            collected += f"\n({_wrap(data, width=26, limit=60)})"
        collect_box = box(columns[1], y, collected, colour)
        served = stage.segment or empty
        if stage.message:
            opening, closing = pick(QUOTES, lang)
            served += f": {opening}{stage.message}{closing}"
        serve_box = box(columns[3], y, _wrap(served, width=26, limit=110), colour)
        for source in stage.sources:
            arrow(source_box[source], collect_box, colour)
        for place in stage.storage_places() or [empty]:
            arrow(collect_box, store_box[place], colour)
            arrow(store_box[place], serve_box, colour)
    ax.set_title(t("map_title", organisation=plan.organisation), fontsize=14, pad=10)
    fig.tight_layout()
    return finish(fig, alt=ecosystem_alt(plan, lang))


def ecosystem_alt(plan: DataPlan, lang: str) -> str:
    """The picture in words: one line of the journey per stage, as the arrows run."""
    from ..core.plotting import alt_sentence, listing

    empty = msg("not_filled", lang)
    stages = []
    for key in STAGES:
        stage = plan.stages[key]
        served = stage.segment or empty
        if stage.message:
            served += f": {stage.message}"
        stages.append(msg("map_alt_stage", lang, stage=stage_name(key, lang),
                          sources=names_of(stage.sources, lang) or empty,
                          collection=stage.collection or empty,
                          storage=listing(stage.storage_places(), lang) or empty, served=served))
    return alt_sentence("flow", msg("map_alt", lang, organisation=plan.organisation), *stages,
                        language=lang)


def ecosystem_png(plan: DataPlan, language: str | None = None) -> bytes:
    """The ecosystem picture as PNG bytes, for the exported documents."""
    from ..core.plotting import figure_png

    return figure_png(ecosystem_map(plan, language), dpi=100)
