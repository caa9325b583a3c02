"""Profiles as pictures: how each segment differs from the whole base on each factor."""

from __future__ import annotations

from ..core.i18n import messages
from ..core.plotting import finish, style

msg = messages(
    {
        "share": {"sv": "Andel", "en": "Share"},
        "title": {
            "sv": "Profiler jämfört med hela basen",
            "en": "Profiles compared with the whole base",
        },
    },
    __name__,
)


def plot_profiles(result, factors=None):
    """A matplotlib Figure: one panel per factor, one bar per segment, the base as a line."""
    # Through pyplot, so a notebook's inline backend shows the figure as a picture; finish()
    # closes it again, so pyplot keeps no state between refreshes of the builder.
    plt = style()
    factors = [f for f in (factors or result.factors) if f in result.profiles]
    fig = plt.figure(figsize=(4.2 * max(len(factors), 1), 4.0), layout="constrained")
    if not factors:
        return finish(fig)
    axes = fig.subplots(1, len(factors), squeeze=False)[0]
    names = result.names
    for ax, factor in zip(axes, factors, strict=True):
        table = result.profiles[factor]
        labels = [str(i) for i in table.index]
        width = 0.8 / max(len(names), 1)
        for i, name in enumerate(names):
            xs = [j - 0.4 + width * (i + 0.5) for j in range(len(labels))]
            ax.bar(xs, table[name].to_numpy(), width=width, label=name)
        whole = table.columns[-1]
        ax.plot(range(len(labels)), table[whole].to_numpy(), "k_", markersize=18, label=whole)
        ax.set_xticks(range(len(labels)), labels, rotation=35, ha="right", fontsize=8)
        ax.set_title(str(table.index.name), fontsize=10)
        ax.set_ylabel(msg("share"))
        ax.yaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    # One legend under all panels, so it never hides a bar.
    handles, labels = axes[0].get_legend_handles_labels()
    fig.legend(handles, labels, loc="outside lower center", ncols=min(len(labels), 4), fontsize=8,
               frameon=False)
    fig.suptitle(msg("title"), fontsize=11)
    return finish(fig)
