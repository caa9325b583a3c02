"""Profiles as pictures: how each segment differs from the whole base on each factor."""

from __future__ import annotations

from ..core.i18n import messages, percent
from ..core.plotting import BLACK, HATCHES, alt_sentence, figure_png, finish, listing, style
from ..labels import translate

msg = messages(
    {
        "share": {"sv": "Andel", "en": "Share"},
        "title": {
            "sv": "Profiler jämfört med hela basen",
            "en": "Profiles compared with the whole base",
        },
        "alt_what": {
            "sv": "andel av varje segment i varje grupp, jämfört med hela basen, för {factors}",
            "en": "share of each segment in each group, compared with the whole base, for {factors}",
        },
        "alt_factor": {
            "sv": "{factor}: störst skillnad mot basen är {segment} i {group}, {value} mot {base}",
            "en": "{factor}: the largest difference from the base is {segment} in {group}, "
                  "{value} against {base}",
        },
        "factor": {"sv": "Faktor", "en": "Factor"},
        "group": {"sv": "Grupp", "en": "Group"},
        "percent": {"sv": "{name} (%)", "en": "{name} (%)"},
    },
    __name__,
)


def _factors(result, factors):
    return [f for f in (factors or result.factors) if f in result.profiles]


def profile_table(result, factors=None):
    """The numbers behind :func:`plot_profiles`: percent of each segment in each group,
    and of the whole base, one row per factor and group."""
    import pandas as pd

    parts = {}
    for factor in _factors(result, factors):
        table = result.profiles[factor]
        shown = table[[*result.names, table.columns[-1]]]
        parts[str(table.index.name or factor)] = (100 * shown).round(1)
    if not parts:
        return pd.DataFrame()
    out = pd.concat(parts, names=[msg("factor"), msg("group")])
    out.index = out.index.set_levels([str(v) for v in out.index.levels[1]], level=1)
    out.columns = [msg("percent", name=c) for c in out.columns]
    return out


def profiles_alt(result, factors=None) -> str:
    """The picture in words: per factor, the bar furthest from the base's line."""
    details = []
    for factor in _factors(result, factors):
        table = result.profiles[factor]
        whole = table[table.columns[-1]]
        gaps = table[result.names].sub(whole, axis=0).abs()
        if gaps.empty or gaps.isna().all().all():
            continue
        group, segment = gaps.stack().idxmax()
        details.append(msg("alt_factor", factor=table.index.name or factor, segment=segment,
                           group=group, value=percent(table.at[group, segment]),
                           base=percent(whole[group])))
    names = [str(result.profiles[f].index.name or f) for f in _factors(result, factors)]
    return alt_sentence("bar", msg("alt_what", factors=listing(names)), *details)


def plot_profiles(result, factors=None):
    """A matplotlib Figure: one panel per factor, one bar per segment, the base as a line.

    Each segment has its own colour and hatching, so the bars stay apart in greyscale and
    for every colour-vision deficiency.
    """
    # Through pyplot, so a notebook's inline backend shows the figure as a picture; finish()
    # closes it again, so pyplot keeps no state between refreshes of the builder.
    plt = style()
    factors = _factors(result, factors)
    fig = plt.figure(figsize=(4.2 * max(len(factors), 1), 4.0), layout="constrained")
    _draw(fig, result, factors)
    return finish(fig, alt=profiles_alt(result, factors))


def profiles_figure(result, factors=None, dpi: int = 80) -> bytes:
    """:func:`plot_profiles` as PNG bytes, drawn without pyplot: safe off the kernel's main
    thread (the segment builder draws in the background), and never picked up and shown by a
    notebook's inline backend."""
    from matplotlib.figure import Figure

    style()
    factors = _factors(result, factors)
    fig = Figure(figsize=(4.2 * max(len(factors), 1), 4.0), layout="constrained")
    _draw(fig, result, factors)
    # What plotting.finish attaches (it would also touch pyplot, which is not for threads).
    fig.course_alt = profiles_alt(result, factors)
    return figure_png(fig, dpi)


def _draw(fig, result, factors) -> None:
    if not factors:
        return
    axes = fig.subplots(1, len(factors), squeeze=False)[0]
    names = result.names
    for ax, factor in zip(axes, factors, strict=True):
        table = result.profiles[factor]
        labels = [str(translate(i)) for i in table.index]
        width = 0.8 / max(len(names), 1)
        for i, name in enumerate(names):
            xs = [j - 0.4 + width * (i + 0.5) for j in range(len(labels))]
            ax.bar(xs, table[name].to_numpy(), width=width, label=name,
                   hatch=HATCHES[i % len(HATCHES)], edgecolor="white", linewidth=0.4)
        whole = table.columns[-1]
        ax.plot(range(len(labels)), table[whole].to_numpy(), "_", color=BLACK, markersize=18,
                markeredgewidth=2, label=whole)
        ax.set_xticks(range(len(labels)), labels, rotation=35, ha="right", fontsize=8)
        ax.set_title(str(table.index.name), fontsize=10)
        ax.set_ylabel(msg("share"))
        ax.yaxis.set_major_formatter(lambda v, _: percent(v))
    # One legend under all panels, so it never hides a bar.
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=min(len(labels), 4), fontsize=8,
               frameon=False)
    fig.suptitle(msg("title"), fontsize=11)
