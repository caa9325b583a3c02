"""One way to draw: the workbook's style, its colour-blind-safe palette, and figure → PNG.

Every picture the library draws starts with :func:`style` and ends with :func:`finish`, which
also attaches the picture's alt text (what a screen reader says instead of the picture).
"""

from __future__ import annotations

import io

# Okabe & Ito (2008): eight colours that stay apart for the common colour-vision deficiencies.
# Order matters: neighbours in this list differ in lightness too, so they survive greyscale.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
# A second cue beside colour, for bars that sit side by side (WCAG 1.4.1: not colour alone).
HATCHES = ("", "//", "..", "xx", "\\\\", "oo", "--", "++")


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


def figure_png(fig, dpi: int = 80) -> bytes:
    """The figure as PNG bytes (for an ipywidgets Image or an exported document).

    The PNG carries no software version or date, so the same figure gives the same bytes.
    """
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": None})
    return buffer.getvalue()
