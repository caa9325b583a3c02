"""Pictures drawn from the catalogue, with labels in the chosen language."""

from __future__ import annotations

from . import catalog
from .core.i18n import get_language, messages
from .core.plotting import BLUE, GREEN, ORANGE, PAPER, PINK, VERMILLION, alt_sentence, finish, listing, style

msg = messages(
    {
        "map_title": {
            "sv": "Kursens karta: tre kategorier, fyra dimensioner, tjugo datapunkter",
            "en": "The course map: three categories, four dimensions, twenty data points",
        },
        "legend_special": {
            "sv": "Särskild kategori enligt GDPR (art. 9)",
            "en": "Special category under the GDPR (Art. 9)",
        },
        "legend_sensitive": {"sv": "Integritetskänslig", "en": "Privacy-sensitive"},
        "alt_what": {
            "sv": "kursens karta med {n} datapunkter i tre kategorier och fyra dimensioner",
            "en": "the course map with {n} data points in three categories and four dimensions",
        },
        "alt_dimension": {"sv": "{category} › {dimension}: {points}",
                          "en": "{category} › {dimension}: {points}"},
        "alt_special": {"sv": "tjock röd ram (särskild kategori enligt GDPR): {points}",
                        "en": "thick red frame (special category under the GDPR): {points}"},
        "alt_sensitive": {"sv": "streckad ram (integritetskänslig): {points}",
                          "en": "dashed frame (privacy-sensitive): {points}"},
    },
    __name__,
)

# One colour per personal-data category, readable for colour-blind viewers (Okabe-Ito).
CATEGORY_COLOURS = {"factual": BLUE, "attitude": ORANGE, "behaviour": GREEN}
GDPR_EDGE = {"special": VERMILLION, "sensitive": PINK, "ordinary": "none"}


def course_map_alt(language: str | None = None) -> str:
    """The map in words: every dimension with its data points, and the GDPR frames."""
    points = catalog.data_points()
    details = []
    for dim in catalog.dimensions():
        names = [p.name(language) for p in points if p.dimension == dim.key]
        details.append(msg("alt_dimension", language, category=catalog.category(dim.category).name(language),
                           dimension=dim.name(language), points=listing(names, language)))
    for gdpr in ("special", "sensitive"):
        names = [p.name(language) for p in points if p.gdpr == gdpr]
        if names:
            details.append(msg(f"alt_{gdpr}", language, points=listing(names, language)))
    return alt_sentence("schematic", msg("alt_what", language, n=len(points)), *details, language=language)


def course_map(language: str | None = None):
    """Categories → dimensions → data points as one picture. Returns the matplotlib Figure."""
    plt = style()
    lang = language or get_language()
    dims = catalog.dimensions()
    fig, ax = plt.subplots(figsize=(13, 6.2))
    ax.set_axis_off()
    column_width = 1.0 / len(dims)
    for i, dim in enumerate(dims):
        x = column_width * (i + 0.5)
        colour = CATEGORY_COLOURS[dim.category]
        ax.text(x, 0.88, dim.name(lang), ha="center", va="center", fontsize=12, fontweight="bold",
                color=colour)
        points = [dp for dp in catalog.data_points() if dp.dimension == dim.key]
        for j, dp in enumerate(points):
            y = 0.78 - j * 0.095
            ax.plot([x, x], [0.85, y + 0.03], color=colour, lw=1, alpha=0.4)
            edge = GDPR_EDGE[dp.gdpr]
            ax.text(x, y, dp.name(lang), ha="center", va="center", fontsize=10,
                    bbox={"boxstyle": "round,pad=0.35", "fc": PAPER,
                          "ec": colour if edge == "none" else edge,
                          "lw": 1 if edge == "none" else 2.5,
                          "ls": "-" if dp.gdpr != "sensitive" else "--"})
    for cat in catalog.categories():  # one label over all the dimensions of a category
        xs = [column_width * (i + 0.5) for i, d in enumerate(dims) if d.category == cat.key]
        colour = CATEGORY_COLOURS[cat.key]
        ax.plot([min(xs), max(xs)], [0.97, 0.97], color=colour, lw=3)
        ax.text(sum(xs) / len(xs), 0.97, cat.name(lang), ha="center", va="center",
                fontsize=11, color="white", fontweight="bold",
                bbox={"boxstyle": "round,pad=0.4", "fc": colour, "ec": colour})
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.02)
    handles = [
        plt.Line2D([], [], color=GDPR_EDGE["special"], lw=2.5, label=msg("legend_special")),
        plt.Line2D([], [], color=GDPR_EDGE["sensitive"], lw=2.5, ls="--",
                   label=msg("legend_sensitive")),
    ]
    ax.legend(handles=handles, loc="lower center", ncol=2, frameon=False,
              bbox_to_anchor=(0.5, -0.02))
    ax.set_title(msg("map_title", lang), fontsize=14, pad=12)
    fig.tight_layout()
    return finish(fig, alt=course_map_alt(lang))
