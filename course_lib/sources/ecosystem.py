"""The map of the data ecosystem: sources → storage → platforms, with the flows between them."""

from __future__ import annotations

from collections.abc import Sequence

from .. import catalog
from ..core.i18n import get_language
from ..core.plotting import BLUE, GREEN, INK, LIGHT, LINE, ORANGE, TEXT, VERMILLION, tint
from .inventory import STAGES, Inventory, as_list, find_key, msg
from .mine import my_inventory

SOURCE_TYPE_COLOURS = {"first_party": BLUE, "second_party": ORANGE, "third_party": GREEN}
# The frame's line says the source type too, so the colour is never the only cue.
SOURCE_TYPE_LINES = {"first_party": "-", "second_party": "--", "third_party": ":"}
FLOW_COLOURS = {"export": VERMILLION, "integration": BLUE}
_X = {"source": 0.13, "storage": 0.52, "platform": 0.87}


def _wrap(text: str, width: int = 24) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def _spread(ys: dict[str, float], gap: float) -> dict[str, float]:
    """Push boxes in one column apart so none overlaps, keeping their order."""
    order = sorted(ys, key=lambda k: -ys[k])
    placed: dict[str, float] = {}
    last = None
    for key in order:
        y = ys[key] if last is None else min(ys[key], last - gap)
        placed[key] = last = y
    low = min(placed.values(), default=0.0)
    if low < 0.03:  # shift the column up if it ran off the bottom
        placed = {k: v + (0.03 - low) for k, v in placed.items()}
    return placed


def layout(inv: Inventory) -> dict[str, tuple[float, float]]:
    """(x, y) of every box on the map: sources in order of where they are stored, each system
    beside the things connected to it."""
    storage = [s.key for s in inv.systems if s.stage == "storage"]
    platforms = [s.key for s in inv.systems if s.stage == "platform"]
    rank = {k: i for i, k in enumerate(storage + platforms)}
    ordered = sorted(inv.sources, key=lambda s: rank.get(s.stored_in, len(rank)))
    top, bottom = 0.91, 0.03
    step = (top - bottom) / max(len(ordered) - 1, 1)
    pos = {s.key: (_X["source"], top - i * step) for i, s in enumerate(ordered)}
    for stage, keys in (("storage", storage), ("platform", platforms)):
        wanted = {}
        for key in keys:
            ys = [pos[s.key][1] for s in inv.sources if s.stored_in == key]
            ys += [pos[f.source][1] for f in inv.flows if f.target == key and f.source in pos]
            wanted[key] = sum(ys) / len(ys) if ys else 0.5
        gap = max(step, 0.1) if stage == "storage" else max(step, 0.16)
        for key, y in _spread(wanted, gap=gap).items():
            pos[key] = (_X[stage], y)
    return pos


def ecosystem_map(inventory: Inventory | None = None, highlight: str | Sequence[str] | None = None,
                  language: str | None = None):
    """Sources → storage → platforms as one picture. Returns the matplotlib Figure.

    Boxes on the left are coloured by source type; grey arrows show where each source is stored;
    coloured arrows are the flows, labelled export or integration. ``highlight`` names one or
    more sources (by key or name) to draw in bold, with the rest faded.
    """
    from ..core.plotting import finish, style

    plt = style()
    lang = language or get_language()
    inv = inventory if inventory is not None else my_inventory()
    marked = {find_key(v, inv.sources, "unknown_source") for v in as_list(highlight)}
    pos = layout(inv)
    fig, ax = plt.subplots(figsize=(13, max(7.0, 0.55 * len(inv.sources) + 1.5)))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.0)

    def dim(*keys: str) -> bool:
        return bool(marked) and not (marked & set(keys))

    for stage in STAGES:
        ax.text(_X[stage], 0.99, msg(f"stage_{stage}", lang), ha="center", va="center",
                fontsize=13, fontweight="bold", color=TEXT)

    boxes = {}
    for s in inv.sources:
        colour = SOURCE_TYPE_COLOURS[s.source_type]
        bold = s.key in marked
        label = s.name(lang) + (f" ({msg('new_mark', lang)})" if s.added else "")
        # Dark text on a light tint of the type's colour: readable, and the frame keeps the hue.
        boxes[s.key] = ax.text(
            *pos[s.key], _wrap(label, 26), ha="center", va="center", fontsize=9, color=INK,
            fontweight="bold" if bold else "normal", alpha=0.4 if dim(s.key) else 1.0, zorder=6,
            bbox={"boxstyle": "round,pad=0.4", "fc": tint(colour, 0.75), "ec": colour,
                  "ls": SOURCE_TYPE_LINES[s.source_type], "lw": 3.5 if bold else 2,
                  "alpha": 0.4 if dim(s.key) else 1.0})
    for system in inv.systems:
        platform = system.stage == "platform"
        boxes[system.key] = ax.text(
            *pos[system.key], _wrap(system.name(lang), 18), ha="center", va="center", fontsize=10,
            fontweight="bold", zorder=6, color="white" if platform else INK,
            bbox={"boxstyle": "round,pad=0.5", "fc": INK if platform else LIGHT, "ec": INK})
    fig.canvas.draw()  # place the boxes, so arrows can start and end at their edges

    labels: list[tuple[float, float]] = []

    def arrow(start, end, colour, style, width, alpha, label=None):
        ax.annotate("", xy=pos[end], xytext=pos[start], zorder=3, arrowprops={
            "arrowstyle": "-|>", "color": colour, "lw": width, "ls": style, "alpha": alpha,
            "patchA": boxes[start].get_bbox_patch(), "patchB": boxes[end].get_bbox_patch(),
            "shrinkA": 2, "shrinkB": 2, "mutation_scale": 14})
        if label:
            (x0, y0), (x1, y1) = pos[start], pos[end]
            for t in (0.5, 0.35, 0.65, 0.25, 0.75, 0.45, 0.55):  # a spot no other label took
                x, y = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
                if all(abs(x - a) > 0.15 or abs(y - b) > 0.06 for a, b in labels):
                    break
            labels.append((x, y))
            ax.text(x, y, label, ha="center", va="center",
                    fontsize=8, color=INK, alpha=max(alpha, 0.6), zorder=5,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": colour, "lw": 0.6,
                          "alpha": 0.9})

    for s in inv.sources:
        if s.stored_in:
            arrow(s.key, s.stored_in, LINE, "-", 1.0 + 1.5 * (s.key in marked),
                  0.2 if dim(s.key) else 0.6)
    for f in inv.flows:
        label = _wrap(f"{msg(f.kind, lang)}: {f.text('what', lang)}", 30)
        arrow(f.source, f.target, FLOW_COLOURS[f.kind], "--" if f.kind == "export" else "-",
              1.8 + 1.2 * (f.source in marked), 0.25 if dim(f.source) else 0.95, label)

    handles = [plt.Rectangle((0, 0), 1, 1, fc=tint(SOURCE_TYPE_COLOURS[t.key], 0.75),
                             ec=SOURCE_TYPE_COLOURS[t.key], ls=SOURCE_TYPE_LINES[t.key], lw=2,
                             label=t.name(lang)) for t in catalog.source_types()]
    handles += [
        plt.Line2D([], [], color=LINE, lw=1.2, label=msg("stored_arrow", lang)),
        plt.Line2D([], [], color=FLOW_COLOURS["integration"], lw=2, label=msg("integration", lang)),
        plt.Line2D([], [], color=FLOW_COLOURS["export"], lw=2, ls="--", label=msg("export", lang)),
    ]
    ax.legend(handles=handles, loc="upper center", ncol=6, frameon=False,
              bbox_to_anchor=(0.5, 0.0), fontsize=9)
    ax.set_title(msg("map_title", lang), fontsize=14, pad=16)
    fig.tight_layout()
    return finish(fig, alt=ecosystem_alt(inv, marked, lang))


def ecosystem_alt(inv: Inventory, marked: set[str], lang: str) -> str:
    """The map in words: the sources by type, where they are stored, every flow and its kind."""
    from ..core.plotting import alt_sentence, listing

    names = {s.key: s.name(lang) for s in inv.sources} | {x.key: x.name(lang) for x in inv.systems}
    types = [f"{sum(s.source_type == t.key for s in inv.sources)} {t.name(lang).lower()}"
             for t in catalog.source_types()]
    stored = dict.fromkeys(names[s.stored_in] for s in inv.sources if s.stored_in in names)
    flows = [f"{names.get(f.source, f.source)} → {names.get(f.target, f.target)} ({msg(f.kind, lang)})"
             for f in inv.flows]
    details = [msg("alt_sources", lang, items=listing(types, lang)),
               msg("alt_storage", lang, items=listing(list(stored), lang)),
               msg("alt_flows", lang, items=listing(flows, lang)) if flows else ""]
    if marked:
        details.append(msg("alt_marked", lang, items=listing([names[k] for k in marked], lang)))
    return alt_sentence("flow", msg("map_alt", lang, n=len(inv.sources)), *details, language=lang)
