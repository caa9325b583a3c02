"""Beyond A/B: let the results steer the sends, as ad platforms' "dynamic creative" does.

Each week the same audience gets one of the variants. A *fixed split* sends every variant to
an equal share, week after week. *Thompson sampling* keeps a Beta(1 + clicks, 1 + no clicks)
belief about each variant's click rate and sends each variant to the share of people equal to
the chance that it is the best one, so a clear loser soon gets few sends while a close race
keeps being tested.

Regret is counted with the hidden truth: the clicks lost, in expectation, by sending a
variant that is not the week's best (the best can change with the weather and the calendar).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages, number, percent
from .design import Campaign, seed_spec, stable_seed
from .lab import prepare, reach_of
from .simulate import assign_groups, expected_rates, send_days

STRATEGIES = ("fixed", "thompson")
POSTERIOR_DRAWS = 4000  # draws per week to estimate each variant's chance of being best

msg = messages(
    {
        "fixed": {"sv": "fast fördelning", "en": "fixed split"},
        "thompson": {"sv": "Thompson-sampling (dynamisk)", "en": "Thompson sampling (dynamic)"},
        "h_strategy": {"sv": "strategi", "en": "strategy"},
        "h_week": {"sv": "vecka", "en": "week"},
        "h_sends": {"sv": "utskick: {name}", "en": "sends: {name}"},
        "h_clicks": {"sv": "klick", "en": "clicks"},
        "h_regret": {"sv": "förlorade klick (vecka)", "en": "clicks lost (week)"},
        "h_cumulative": {"sv": "förlorade klick (totalt)", "en": "clicks lost (total)"},
        "h_losers": {"sv": "andel till sämre varianter", "en": "share to worse variants"},
        "needs_two": {
            "sv": "Att fördela mellan varianter kräver minst två varianter.",
            "en": "Sharing sends between variants needs at least two variants.",
        },
        "bad_weeks": {
            "sv": "Antalet veckor måste vara ett heltal från 1 till 52, inte {value!r}.",
            "en": "The number of weeks must be a whole number from 1 to 52, not {value!r}.",
        },
        "summary": {
            "sv": "Efter {weeks} veckor förlorade den fasta fördelningen ungefär {fixed} klick "
            "mot det bästa möjliga och Thompson-sampling ungefär {thompson}; den skickade "
            "{losers} av sina utskick till sämre varianter, mot {fixed_losers} för den fasta.",
            "en": "After {weeks} weeks the fixed split lost about {fixed} clicks against the "
            "best possible and Thompson sampling about {thompson}; it sent {losers} of its "
            "sends to worse variants, against {fixed_losers} for the fixed split.",
        },
    },
    __name__,
)


def best_chances(rng: np.random.Generator, sends: np.ndarray, clicks: np.ndarray,
                 draws: int = POSTERIOR_DRAWS) -> np.ndarray:
    """Each variant's chance of having the highest click rate, from Beta posteriors."""
    samples = rng.beta(1 + clicks, 1 + sends - clicks, size=(draws, len(sends)))
    return np.bincount(samples.argmax(axis=1), minlength=len(sends)) / draws


def _weeks(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int | np.integer) or not 1 <= value <= 52:
        raise CourseError(msg("bad_weeks", value=value))
    return int(value)


def compare_allocation(world, campaign: Campaign, weeks: int = 8) -> pd.DataFrame:
    """Fixed split against Thompson sampling over ``weeks`` weeks on the campaign's audience.

    One row per (strategy, week): sends per variant (``sends_<name>``), clicks, the week's
    regret (expected clicks lost), cumulative regret, and the share of sends that went to
    variants worse than the week's best. The control group is not used: a platform's dynamic
    creative sends to everyone.
    """
    weeks = _weeks(weeks)
    if len(campaign.variants) < 2:
        raise CourseError(msg("needs_two"))
    lab = prepare(world)
    spec = seed_spec(campaign)
    reach = reach_of(lab, campaign, np.random.default_rng(stable_seed("audience", world.name,
                                                                      spec)))
    positions = reach.positions
    m, k = len(positions), len(campaign.variants)
    names = [v.name for v in campaign.variants]
    rows = []
    for strategy in STRATEGIES:
        sends_so_far, clicks_so_far, lost = np.zeros(k), np.zeros(k), 0.0
        for week in range(1, weeks + 1):
            rng = np.random.default_rng(stable_seed("allocation", world.name, spec, strategy,
                                                    week))
            chance = expected_rates(lab, campaign, positions, send_days(campaign, week))["click"]
            if strategy == "fixed":
                group = assign_groups(rng, m, k, 0.0)
            else:
                group = rng.choice(k, m, p=best_chances(rng, sends_so_far, clicks_so_far))
            clicked = rng.random(m) < chance[np.arange(m), group]
            sends = np.bincount(group, minlength=k)
            clicks = np.bincount(group, weights=clicked, minlength=k)
            true_rate = chance.mean(axis=0)
            regret = float(sends @ (true_rate.max() - true_rate))
            lost += regret
            sends_so_far += sends
            clicks_so_far += clicks
            losers = sends[true_rate < true_rate.max()].sum()
            rows.append({"strategy": strategy, "week": week,
                         **{f"sends_{name}": int(s) for name, s in zip(names, sends, strict=True)},
                         "clicks": int(clicks.sum()), "regret": regret,
                         "cumulative_regret": lost, "losing_share": losers / m})
    return pd.DataFrame(rows).set_index(["strategy", "week"])


def allocation_table(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`compare_allocation`'s table with the learner's headers and numbers."""
    out = pd.DataFrame(index=pd.MultiIndex.from_tuples(
        [(msg(s), w) for s, w in table.index], names=[msg("h_strategy"), msg("h_week")]))
    for column in table.columns:
        values = table[column].to_numpy()
        if column.startswith("sends_"):
            out[msg("h_sends", name=column.removeprefix("sends_"))] = [number(v) for v in values]
    out[msg("h_clicks")] = [number(v) for v in table["clicks"]]
    out[msg("h_regret")] = [number(v, 1) for v in table["regret"]]
    out[msg("h_cumulative")] = [number(v, 1) for v in table["cumulative_regret"]]
    out[msg("h_losers")] = [percent(v) for v in table["losing_share"]]
    return out


def allocation_summary(table: pd.DataFrame) -> str:
    """The comparison in one sentence."""
    last = table.groupby(level="strategy").tail(1).droplevel("week")
    sends = table.groupby(level="strategy")["losing_share"].mean()
    return msg("summary", weeks=table.index.get_level_values("week").max(),
               fixed=number(last.loc["fixed", "cumulative_regret"]),
               thompson=number(last.loc["thompson", "cumulative_regret"]),
               losers=percent(sends["thompson"]), fixed_losers=percent(sends["fixed"]))
