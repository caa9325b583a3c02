"""One way to draw: the workbook's style, its colour-blind-safe palette, and figure → PNG.

Every picture the library draws starts with :func:`style` and ends with :func:`finish`, which
also attaches the picture's alt text (what a screen reader says instead of the picture).
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence

from .i18n import messages

# Okabe & Ito (2008): eight colours that stay apart for the common colour-vision deficiencies.
# Order matters: neighbours in this list differ in lightness too, so they survive greyscale.
# Every chart takes its colours from here (tests/test_palette.py checks the pairs we use).
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
BLUE, ORANGE, GREEN, PINK, SKY, VERMILLION, YELLOW, BLACK = PALETTE
# Greys for text, frames and arrows, not for telling groups apart.
INK, TEXT, MUTED, LINE, LIGHT, PAPER = "#222222", "#333333", "#595959", "#999999", "#E8E8E8", "#F7F7F7"
# Two groups told apart by colour (good/bad, ours/theirs): blue and orange, 25 L* apart, so the
# pair also survives greyscale; green and vermillion are only 3 L* apart.
PAIR = (BLUE, ORANGE)
# A second cue beside colour, for bars that sit side by side (WCAG 1.4.1: not colour alone).
HATCHES = ("", "//", "..", "xx", "\\\\", "oo", "--", "++")

msg = messages(
    {
        "extremes": {"sv": "störst {top} {top_value}, minst {bottom} {bottom_value}",
                     "en": "largest {top} {top_value}, smallest {bottom} {bottom_value}"},
        "extremes_common": {"sv": "vanligast {top} {top_value}, ovanligast {bottom} {bottom_value}",
                            "en": "most common {top} {top_value}, least common {bottom} {bottom_value}"},
        "extremes_high": {"sv": "högst {top} {top_value}, lägst {bottom} {bottom_value}",
                          "en": "highest {top} {top_value}, lowest {bottom} {bottom_value}"},
        "only": {"sv": "{label} {value}", "en": "{label} {value}"},
        "and": {"sv": " och ", "en": " and "},
        # What kind of picture it is: the first words of every alt text.
        "bar": {"sv": "Stapeldiagram", "en": "Bar chart"},
        "line": {"sv": "Linjediagram", "en": "Line chart"},
        "histogram": {"sv": "Histogram och stapeldiagram", "en": "Histogram and bar chart"},
        "heatmap": {"sv": "Värmekarta", "en": "Heat map"},
        "schematic": {"sv": "Schematisk bild", "en": "Schematic picture"},
        "flow": {"sv": "Flödesschema", "en": "Flow chart"},
        "timeline": {"sv": "Tidslinje", "en": "Timeline"},
        "images": {"sv": "Bilder", "en": "Images"},
        "figure": {"sv": "Diagram", "en": "Chart"},
    },
    __name__,
)


def tint(colour: str, amount: float = 0.75) -> str:
    """``colour`` mixed with white (0 = itself, 1 = white): a background that keeps its hue."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c + (255 - c) * amount):02X}" for c in rgb)


def shade(colour: str, amount: float = 0.4) -> str:
    """``colour`` mixed with black: text in a palette hue that still reads (≥ 4.5:1 on white)."""
    rgb = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(c * (1 - amount)):02X}" for c in rgb)


def extremes(labels: Sequence, values: Sequence, show: Callable[[float], str],
             language: str | None = None, words: str = "") -> str:
    """"largest A 31 %, smallest B 9 %" for the alt text of a chart (first of equal values wins).

    ``words="common"`` says most/least common, ``words="high"`` highest/lowest.
    """
    pairs = [(str(label), value) for label, value in zip(labels, values, strict=True)]
    if not pairs:
        return ""
    top = max(pairs, key=lambda p: p[1])
    bottom = min(pairs, key=lambda p: p[1])
    if len(pairs) == 1:
        return msg("only", language, label=top[0], value=show(top[1]))
    return msg(f"extremes_{words}" if words else "extremes", language, top=top[0], top_value=show(top[1]),
               bottom=bottom[0], bottom_value=show(bottom[1]))


def listing(items: Sequence[str], language: str | None = None) -> str:
    """"A, B och C" (sv) or "A, B and C" (en)."""
    items = [str(i) for i in items]
    if len(items) < 2:
        return "".join(items)
    return ", ".join(items[:-1]) + msg("and", language) + items[-1]


def alt_sentence(kind: str, what: str, *details: str, language: str | None = None) -> str:
    """"Stapeldiagram: andel kunder per segment; störst Familjer 31 %, minst Unga 9 %".

    ``kind`` is a key of this module's table (bar, line, schematic …), said in the language.
    """
    return f"{msg(kind, language)}: {what}" + "".join(f"; {d}" for d in details if d)


def fallback_alt(fig, language: str | None = None) -> str:
    """For a figure drawn without alt text (a learner's own): at least its titles."""
    titles = [fig.get_suptitle()] if hasattr(fig, "get_suptitle") else []
    titles += [ax.get_title() for ax in fig.axes]
    titles = [" ".join(t.split()) for t in titles if t and t.strip()]
    return f"{msg('figure', language)}: {'; '.join(titles)}" if titles else msg("figure", language)


def style():
    """pyplot with the workbook's settings (font size, palette, deterministic SVG ids)."""
    import matplotlib.pyplot as plt
    from cycler import cycler

    plt.rcParams.update({
        "font.size": 10,
        "figure.dpi": 100,
        "svg.hashsalt": "data-ar-guld",
        "axes.prop_cycle": cycler(color=list(PALETTE)),
    })
    return plt


def finish(fig, alt: str | None = None):
    """Detach the figure from pyplot so a notebook shows it once, as the cell's result.

    ``alt`` is the picture said in words, made from the same data; it is kept on the figure
    (``fig.course_alt``) for the notebook display, widgets and the static editions.
    Write the call as the last line of a cell, without a trailing semicolon.
    """
    import matplotlib.pyplot as plt

    plt.close(fig)
    if alt:
        fig.course_alt = alt
    return fig


def alt_text(fig) -> str | None:
    """The alt text :func:`finish` attached to ``fig``, if any."""
    return getattr(fig, "course_alt", None)


# The alt text of the last pictures figure_png made, by their bytes: an ipywidgets Image has no
# alt attribute, so the static description of a widget (widgets/static.py) looks it up here.
_ALT_BY_PNG: dict[str, str] = {}
_ALT_KEPT = 64


def figure_png(fig, dpi: int = 80) -> bytes:
    """The figure as PNG bytes (for an ipywidgets Image or an exported document).

    The PNG carries no software version or date, so the same figure gives the same bytes.
    """
    import hashlib

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    data = buffer.getvalue()
    if alt_text(fig):
        _ALT_BY_PNG[hashlib.sha1(data).hexdigest()] = alt_text(fig)
        while len(_ALT_BY_PNG) > _ALT_KEPT:
            _ALT_BY_PNG.pop(next(iter(_ALT_BY_PNG)))
    return data


def alt_for_png(data: bytes) -> str | None:
    """The alt text of a PNG that :func:`figure_png` made recently, if any."""
    import hashlib

    return _ALT_BY_PNG.get(hashlib.sha1(bytes(data)).hexdigest())
