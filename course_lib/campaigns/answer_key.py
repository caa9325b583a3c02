"""For teachers: what the hidden truth really is, to say after class which groups differed.

Nothing here is shown in a learner's notebook; the answer key and the tests read it. It sits
above the simulator because it asks the simulator's own expected rates.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .truth import KEY_FACTORS, THEMES, TRIGGERS, msg


def hidden_effects(world, channel: str = "email", send_date=None, factors=KEY_FACTORS
                   ) -> pd.DataFrame:
    """For teachers: the true click rate and order lift per group, per theme.

    One row per (factor, group, theme) among the customers ``channel`` reaches, for one
    send on ``send_date`` (default: the campaigns' default date). ``index vs all`` is the
    group's true lift divided by everyone's: 1.5 means a campaign aimed at that group sells
    half as much again as one aimed at everybody. Numbers are bands as in the segment profiles.
    """
    from .design import DEFAULT_SEND_DATE, campaign, iso_day, theme_name, to_channel
    from .lab import prepare
    from .simulate import expected_rates

    lab = prepare(world)
    channel = to_channel(channel)
    test = campaign("key", list(THEMES), channel=channel,
                    send_dates=iso_day(send_date or DEFAULT_SEND_DATE))
    reached = lab.reachable(channel)
    positions = np.flatnonzero(reached)
    rates = expected_rates(lab, test, positions, (pd.Timestamp(test.send_dates[0]),))
    lift = rates["order"] - rates["organic"][:, None]
    overall_lift = lift.mean(axis=0)
    rows = []
    for column in factors:
        if column not in lab.customers.columns:
            continue
        bands = lab.base.bands(column)
        codes = bands.codes[positions]
        k = len(bands.labels) + 1
        size = np.bincount(bands.codes, minlength=k)
        reach = np.bincount(codes, minlength=k)
        for t, theme in enumerate(THEMES):
            clicks = np.bincount(codes, weights=rates["click"][:, t], minlength=k)
            lifts = np.bincount(codes, weights=lift[:, t], minlength=k)
            for g in range(1, k):
                if reach[g] == 0:
                    continue
                rows.append({msg("h_factor"): column, msg("h_group"): bands.labels[g - 1],
                             msg("h_theme"): theme_name(theme), msg("h_customers"): int(size[g]),
                             msg("h_reachable"): int(reach[g]),
                             msg("h_click_rate"): round(clicks[g] / reach[g], 4),
                             msg("h_order_lift"): round(lifts[g] / reach[g], 4),
                             msg("h_index"): round(lifts[g] / reach[g] / overall_lift[t], 2)})
    return pd.DataFrame(rows)


def trigger_rules() -> pd.DataFrame:
    """For teachers: every trigger of the hidden truth, when it fires, for whom, how strongly."""
    from .design import theme_name

    return pd.DataFrame([{msg("h_trigger"): msg(f"t_{trigger}"), msg("h_when"): msg(f"w_{trigger}"),
                          msg("h_theme"): theme_name(THEMES[theme]),
                          msg("h_who"): msg("all") if who == "all" else msg(f"who_{who}"),
                          msg("h_multiplier"): round(float(np.exp(effect)), 2)}
                         for trigger, theme, who, effect in TRIGGERS])


def hidden_lift(world, campaign, week: int = 1) -> pd.DataFrame:
    """For teachers and tests: each variant's true click rate, order rates with and without
    the message, and the true lift, over the customers the campaign can reach.

    This is what a randomised test estimates: the mean over the audience of (chance to order
    if sent - chance to order anyway). For a random audience it is the mean over everyone the
    channel reaches, which is what a random draw of them estimates.
    """
    from .lab import prepare, reach_of
    from .simulate import expected_rates, send_days

    lab = prepare(world)
    reach = reach_of(lab, campaign)
    rates = expected_rates(lab, campaign, reach.positions, send_days(campaign, week))
    organic = rates["organic"].mean()
    return pd.DataFrame({"theme": list(campaign.themes),
                         "click_rate": rates["click"].mean(axis=0),
                         "order_rate": rates["order"].mean(axis=0),
                         "organic_rate": organic,
                         "lift": rates["order"].mean(axis=0) - organic},
                        index=pd.Index([v.name for v in campaign.variants], name="variant"))


def hidden_index(world, factors=KEY_FACTORS, channel: str = "email", send_date=None
                 ) -> pd.DataFrame:
    """For teachers, compact: per factor and group (rows), each theme's true index against
    everyone (columns): 1.5 means a campaign aimed at that group sells half as much again as
    one aimed at everybody, 1.0 means the group is no better than a random audience."""
    from ..segments.evaluate import column_label
    from .design import theme_name

    table = hidden_effects(world, channel, send_date, factors)
    table[msg("h_factor")] = table[msg("h_factor")].map(column_label)
    wide = table.pivot_table(index=[msg("h_factor"), msg("h_group")], columns=msg("h_theme"),
                             values=msg("h_index"), sort=False)
    wide = wide[[theme_name(t) for t in THEMES]]
    wide.columns.name = msg("h_index")
    return wide


def targeting_truth(result) -> pd.DataFrame:
    """For teachers: what :func:`compare_targeting` really compared, from the hidden truth: the
    true click rate and true lift in orders of the targeted and the random audience (shares)."""
    key = result.answer_key
    return pd.DataFrame({msg("h_click_rate"): [key["true_click_target"], key["true_click_random"]],
                         msg("h_order_lift"): [key["true_lift_target"], key["true_lift_random"]]},
                        index=pd.Index(list(result.comparison["audience"]), name=msg("h_audience")
                                       )).round(4)
