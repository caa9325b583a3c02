"""Pictures of a campaign test: each group's rate with its interval, the lift with its
interval, regret over weeks, and what peeking does. Each has an alt text made from the same
numbers, palette colours and a second cue (marker shapes, filled or hollow, labels)."""

from __future__ import annotations

import numpy as np

from ..core.i18n import messages, number, percent
from ..core.plotting import PALETTE, finish, style
from .stats import CONFIDENCE, lift_estimates, rate_estimates, signed_points

MARKERS = ("o", "s", "^", "D", "v", "P")

msg = messages(
    {
        "rates_title": {"sv": "Andel som {metric}, med 95 % intervall",
                        "en": "Share who {metric}, with 95% intervals"},
        "v_orders": {"sv": "köpte", "en": "ordered"},
        "v_clicks": {"sv": "klickade", "en": "clicked"},
        "rates_alt": {"sv": "Punktdiagram över andelen som {metric} per grupp, med 95 % "
                            "intervall: {items}.",
                      "en": "Dot plot of the share who {metric} per group, with 95% "
                            "intervals: {items}."},
        "rate_item": {"sv": "{name} {rate} ({low}–{high})", "en": "{name} {rate} ({low}–{high})"},
        "lift_title": {"sv": "Ökning jämfört med {other}, med 95 % intervall",
                       "en": "Lift compared with {other}, with 95% intervals"},
        "lift_axis": {"sv": "skillnad i procentenheter", "en": "difference in percentage points"},
        "lift_alt": {"sv": "Diagram över ökningen i {metric} per variant jämfört med {other}, i "
                           "procentenheter med 95 % intervall; ifylld punkt betyder en skillnad "
                           "att lita på: {items}.",
                     "en": "Chart of the lift in {metric} per variant compared with {other}, in "
                           "percentage points with 95% intervals; a filled dot means a "
                           "difference to trust: {items}."},
        "lift_item": {"sv": "{name} {lift} ({low} till {high}, {trust})",
                      "en": "{name} {lift} ({low} to {high}, {trust})"},
        "trust": {"sv": "att lita på", "en": "to trust"},
        "no_trust": {"sv": "inte säker", "en": "not sure"},
        "m_orders": {"sv": "köp", "en": "orders"},
        "m_clicks": {"sv": "klick", "en": "clicks"},
        "the_control": {"sv": "kontrollgruppen", "en": "the control group"},
        "quoted": {"sv": "”{name}”", "en": "“{name}”"},
        "regret_title": {"sv": "Förlorade klick jämfört med att alltid välja bästa budskapet",
                         "en": "Clicks lost compared with always choosing the best message"},
        "regret_axis": {"sv": "förlorade klick, totalt", "en": "clicks lost, in total"},
        "week": {"sv": "vecka", "en": "week"},
        "fixed": {"sv": "fast fördelning", "en": "fixed split"},
        "thompson": {"sv": "Thompson-sampling", "en": "Thompson sampling"},
        "regret_alt": {"sv": "Linjediagram över förlorade klick vecka för vecka. Efter {weeks} "
                             "veckor: fast fördelning {fixed}, Thompson-sampling {thompson}.",
                       "en": "Line chart of clicks lost week by week. After {weeks} weeks: "
                             "fixed split {fixed}, Thompson sampling {thompson}."},
        "peek_title": {"sv": "Att titta varje vecka hittar vinnare som inte finns",
                       "en": "Looking every week finds winners that do not exist"},
        "peek_axis": {"sv": "andel test utan verklig skillnad", "en": "share of tests with no "
                                                                    "real difference"},
        "peek_this": {"sv": "”signifikant” den veckan", "en": "“significant” that week"},
        "peek_ever": {"sv": "”signifikant” någon vecka hittills",
                      "en": "“significant” in some week so far"},
        "peek_alt": {"sv": "Linjediagram över {weeks} veckor av test utan verklig skillnad. "
                           "Andelen ”signifikanta” en enskild vecka ligger kring {once}; "
                           "andelen som varit det någon vecka växer till {ever}.",
                     "en": "Line chart over {weeks} weeks of tests with no real difference. "
                           "The share “significant” in a single week stays near {once}; the "
                           "share that has been so in some week grows to {ever}."},
        "target_title": {"sv": "Riktad målgrupp eller slumpvis urval: ökning i köp",
                         "en": "Targeted audience or random audience: lift in orders"},
        "target_alt": {"sv": "Diagram över ökningen i köp mot respektive kontrollgrupp, i "
                             "procentenheter med 95 % intervall: {items}.",
                       "en": "Chart of the lift in orders against each control group, in "
                             "percentage points with 95% intervals: {items}."},
    },
    __name__,
)


def _percent_axis(axis, decimals: int = 1):
    axis.set_major_formatter(lambda value, _: percent(value, decimals))


def _points_axis(axis):
    axis.set_major_formatter(lambda value, _: number(value, 1))


def _intervals(ax, labels, centres, lows, highs, filled, text):
    """Horizontal dots with whiskers, one row per label, top to bottom; ``text`` per row."""
    rows = np.arange(len(labels))[::-1]
    for i, row in enumerate(rows):
        colour = PALETTE[i % len(PALETTE)]
        ax.plot([lows[i], highs[i]], [row, row], color=colour, linewidth=2.5)
        ax.plot(centres[i], row, marker=MARKERS[i % len(MARKERS)], markersize=9,
                color=colour, markerfacecolor=colour if filled[i] else "white",
                markeredgewidth=2)
        ax.annotate(text[i], (highs[i], row), xytext=(6, 0), textcoords="offset points",
                    va="center", fontsize=8)
    ax.set_yticks(rows, labels)
    ax.set_ylim(-0.7, len(labels) - 0.3)
    ax.grid(axis="x", alpha=0.3)
    ax.margins(x=0.25)


def plot_rates(result, metric: str = "orders"):
    """Each group's rate (orders or clicks per recipient) with its 95 % Wilson interval."""
    data = rate_estimates(result, metric)
    plt = style()
    fig, ax = plt.subplots(figsize=(7, 0.6 * len(data) + 1.4), layout="constrained")
    labels = list(data.index)
    rates = [percent(v, 1) for v in data["rate"]]
    _intervals(ax, labels, data["rate"].to_numpy(), data["low"].to_numpy(),
               data["high"].to_numpy(), [True] * len(data), rates)
    _percent_axis(ax.xaxis)
    ax.set_xlim(left=0)  # a rate is never below zero
    verb = msg(f"v_{metric}")
    ax.set_title(msg("rates_title", metric=verb), fontsize=11)
    items = "; ".join(msg("rate_item", name=name, rate=percent(row.rate, 1),
                          low=percent(row.low, 1), high=percent(row.high, 1))
                      for name, row in zip(labels, data.itertuples(), strict=True))
    return finish(fig, alt=msg("rates_alt", metric=verb, items=items))


def _other(data, result) -> str:
    other = data["against"].iloc[0]
    return msg("the_control") if other == result.group_names[-1] and \
        result.campaign.control_share > 0 else msg("quoted", name=other)


def plot_lift(result, metric: str = "orders", against=None):
    """Each variant's lift in percentage points with its 95 % interval; a filled dot is a
    difference to trust, a hollow one is not (yet)."""
    data = lift_estimates(result, metric, against, CONFIDENCE)
    plt = style()
    fig, ax = plt.subplots(figsize=(7, 0.6 * len(data) + 1.4), layout="constrained")
    ax.axvline(0, color="black", linewidth=1)
    labels = list(data.index)
    text = [signed_points(v) for v in data["lift"]]
    _intervals(ax, labels, 100 * data["lift"].to_numpy(), 100 * data["low"].to_numpy(),
               100 * data["high"].to_numpy(), list(data["significant"]), text)
    _points_axis(ax.xaxis)
    ax.set_xlabel(msg("lift_axis"))
    other = _other(data, result)
    ax.set_title(msg("lift_title", other=other), fontsize=11)
    items = "; ".join(msg("lift_item", name=name, lift=signed_points(row.lift),
                          low=signed_points(row.low), high=signed_points(row.high),
                          trust=msg("trust" if row.significant else "no_trust"))
                      for name, row in zip(labels, data.itertuples(), strict=True))
    return finish(fig, alt=msg("lift_alt", metric=msg(f"m_{metric}"), other=other, items=items))


def plot_regret(table):
    """Cumulative regret (clicks lost) week by week, fixed split against Thompson sampling."""
    plt = style()
    fig, ax = plt.subplots(figsize=(7, 3.8), layout="constrained")
    ends = {}
    for i, strategy in enumerate(("fixed", "thompson")):
        rows = table.xs(strategy, level="strategy")
        weeks, lost = rows.index.to_numpy(), rows["cumulative_regret"].to_numpy()
        ax.plot(weeks, lost, marker=MARKERS[i], color=PALETTE[i], linestyle=("-", "--")[i],
                label=msg(strategy))
        ax.annotate(msg(strategy), (weeks[-1], lost[-1]), xytext=(6, 0),
                    textcoords="offset points", va="center", fontsize=8, color=PALETTE[i])
        ends[strategy] = number(lost[-1])
    ax.set_xlabel(msg("week"))
    ax.set_ylabel(msg("regret_axis"))
    ax.yaxis.set_major_formatter(lambda value, _: number(value))
    ax.set_xticks(weeks)
    ax.margins(x=0.2)
    ax.legend(frameon=False, fontsize=8)
    ax.set_title(msg("regret_title"), fontsize=11)
    return finish(fig, alt=msg("regret_alt", weeks=len(weeks), fixed=ends["fixed"],
                               thompson=ends["thompson"]))


def plot_peeking(table, alpha: float = 0.05):
    """:func:`course_lib.campaigns.stats.peek`'s table: a naive test once a week, no real
    difference; the share ever "significant" climbs far above 5 %."""
    plt = style()
    fig, ax = plt.subplots(figsize=(7, 3.8), layout="constrained")
    weeks = table.index.to_numpy()
    ax.axhline(alpha, color="black", linewidth=1, linestyle=":")
    for i, (column, key) in enumerate((("significant_this_week", "peek_this"),
                                       ("significant_so_far", "peek_ever"))):
        ax.plot(weeks, table[column].to_numpy(), marker=MARKERS[i], color=PALETTE[i],
                linestyle=("--", "-")[i], label=msg(key))
    ax.set_xticks(weeks)
    ax.set_xlabel(msg("week"))
    ax.set_ylabel(msg("peek_axis"))
    from matplotlib.ticker import MultipleLocator

    ax.yaxis.set_major_locator(MultipleLocator(0.05))  # 0, 5, 10 % … never a rounded 2.5 %
    _percent_axis(ax.yaxis, 0)
    ax.set_ylim(0, max(0.1, float(table["significant_so_far"].max()) * 1.2))
    ax.legend(frameon=False, fontsize=8, loc="upper left")
    ax.set_title(msg("peek_title"), fontsize=11)
    return finish(fig, alt=msg("peek_alt", weeks=len(weeks),
                               once=percent(table["significant_this_week"].mean()),
                               ever=percent(table["significant_so_far"].iloc[-1])))


def plot_targeting(result):
    """The targeted audience's lift in orders beside the random audience's, with intervals."""
    c = result.comparison
    plt = style()
    fig, ax = plt.subplots(figsize=(7, 2.6), layout="constrained")
    ax.axvline(0, color="black", linewidth=1)
    labels = list(c["audience"])
    significant = [bool(low > 0 or high < 0) for low, high in zip(c["low"], c["high"],
                                                                  strict=True)]
    _intervals(ax, labels, 100 * c["lift"].to_numpy(), 100 * c["low"].to_numpy(),
               100 * c["high"].to_numpy(), significant, [signed_points(v) for v in c["lift"]])
    _points_axis(ax.xaxis)
    ax.set_xlabel(msg("lift_axis"))
    ax.set_title(msg("target_title"), fontsize=11)
    items = "; ".join(msg("lift_item", name=name, lift=signed_points(row.lift),
                          low=signed_points(row.low), high=signed_points(row.high),
                          trust=msg("trust" if sig else "no_trust"))
                      for name, row, sig in zip(labels, c.itertuples(), significant, strict=True))
    return finish(fig, alt=msg("target_alt", items=items))
