"""Do your three factors find the people a message works on? Test it against chance.

1. *Explore* (week 1): every theme goes to an equal random share of everyone the channel
   reaches. Who clicked which theme is new first-party data.
2. *Choose*: cut the customers by each of your factors (categories as they are, numbers in
   five bands), and pick the group and theme where the group most surely clicks more than
   everyone does: the lower end of the group's 95 % interval minus everyone's click rate on
   that theme, so that a tiny group with a lucky click or two does not win.
3. *Test* (week 2, a new draw): that theme to that group, and the same theme to a random
   audience of the same size, each with half held back as a control group. The lifts in
   orders say whether the factors found something real.

Choosing on week 1 and judging on week 2 keeps the choice from flattering itself (the best of
many groups always looks good on the data that picked it).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages, number, percent, speaking
from ..segments.rules import Segment, where
from .design import (
    DEFAULT_SEND_DATE,
    THEMES,
    campaign,
    random_audience,
    theme_name,
    to_channel,
)
from .lab import prepare
from .simulate import CampaignResult, run_campaign
from .stats import newcombe_interval, signed_points, wilson_interval

MIN_GROUP_SHARE = 0.05  # a group smaller than this is not worth a campaign
MAX_GROUP_SHARE = 0.8  # a group this large is hardly a target (country: Sverige is everyone)
MIN_SENDS = 20  # sends of a theme in a group before its click rate counts
NUMBER_BANDS = 5
Z95 = 1.959963984540054

msg = messages(
    {
        "explore": {"sv": "Utforska teman", "en": "Explore themes"},
        "targeted": {"sv": "Riktad: {segment}", "en": "Targeted: {segment}"},
        "random": {"sv": "Slumpvis urval", "en": "Random audience"},
        "no_factors": {
            "sv": "Inget av {factors} finns som kolumn i kundtabellen, så det finns inget att "
            "dela upp kunderna efter.",
            "en": "None of {factors} is a column of the customer table, so there is nothing to "
            "split the customers by.",
        },
        "no_groups": {
            "sv": "Ingen grupp var stor nog (minst {share} av dem som kan nås) för att välja "
            "ut. Välj faktorer med färre, större grupper.",
            "en": "No group was large enough (at least {share} of those who can be reached) to "
            "choose. Choose factors with fewer, larger groups.",
        },
        "h_factor": {"sv": "faktor", "en": "factor"},
        "h_group": {"sv": "grupp", "en": "group"},
        "h_theme": {"sv": "tema", "en": "theme"},
        "h_sends": {"sv": "utskick", "en": "sends"},
        "h_clicks": {"sv": "klick", "en": "clicks"},
        "h_rate": {"sv": "klickandel", "en": "click rate"},
        "h_low": {"sv": "klickandel, minst (95 %)", "en": "click rate, at least (95%)"},
        "h_audience": {"sv": "målgrupp", "en": "audience"},
        "h_recipients": {"sv": "mottagare", "en": "recipients"},
        "h_control": {"sv": "i kontrollgruppen", "en": "in the control group"},
        "h_click_rate": {"sv": "klickandel", "en": "click rate"},
        "h_order_rate": {"sv": "köpandel", "en": "order rate"},
        "h_control_rate": {"sv": "köpandel, kontroll", "en": "order rate, control"},
        "h_lift": {"sv": "ökning (procentenheter)", "en": "lift (percentage points)"},
        "h_lift_low": {"sv": "ökning, från", "en": "lift, from"},
        "h_lift_high": {"sv": "ökning, till", "en": "lift, to"},
        "chosen": {
            "sv": "Bäst i utforskningen: {theme} till gruppen {segment} ({size} kan nås).",
            "en": "Best in the exploration: {theme} to the group {segment} ({size} reachable).",
        },
        "clicks": {
            "sv": "{period} klickade den riktade målgruppen {target} av gångerna och ett lika "
            "stort slumpvis urval {random}: en skillnad på {diff} procentenheter (95 % intervall "
            "{low} till {high}). {trust}",
            "en": "{period} the targeted audience clicked {target} of the time and a random "
            "audience of the same size {random}: a difference of {diff} percentage points (95% "
            "interval {low} to {high}). {trust}",
        },
        "one_week": {"sv": "I vecka 2", "en": "In week 2"},
        "weeks": {"sv": "I veckorna 2–{last}", "en": "In weeks 2–{last}"},
        "trust": {"sv": "En skillnad vi kan lita på.", "en": "A difference we can trust."},
        "no_trust": {"sv": "Ingen skillnad vi kan lita på än.",
                     "en": "No difference we can trust yet."},
        "compare": {
            "sv": "Köp: den riktade målgruppen köpte {target} procentenheter mer än sin "
            "kontrollgrupp (95 % intervall {t_low} till {t_high}), ett lika stort slumpvis "
            "urval {random} (95 % intervall {r_low} till {r_high}).",
            "en": "Orders: the targeted audience ordered {target} percentage points more than "
            "its control group (95% interval {t_low} to {t_high}), a random audience of the "
            "same size {random} (95% interval {r_low} to {r_high}).",
        },
        "better": {
            "sv": "Skillnaden mellan dem, {diff} procentenheter (95 % intervall {low} till "
            "{high}), är en skillnad vi kan lita på: dina faktorer hittade något verkligt.",
            "en": "The difference between them, {diff} percentage points (95% interval {low} "
            "to {high}), is a difference we can trust: your factors found something real.",
        },
        "unclear": {
            "sv": "Skillnaden mellan dem, {diff} procentenheter (95 % intervall {low} till "
            "{high}), går inte att lita på än: testa fler veckor eller en större målgrupp, "
            "eller pröva andra faktorer.",
            "en": "The difference between them, {diff} percentage points (95% interval {low} "
            "to {high}), cannot be trusted yet: test more weeks or a larger audience, or try "
            "other factors.",
        },
    },
    __name__,
)


@dataclass(frozen=True)
class Group:
    """One candidate audience: a value (or band) of one factor."""

    column: str
    label: str
    rule: object
    factor: str = ""  # what a marketer calls the factor

    def segment(self) -> Segment:
        return Segment(f"{self.factor or self.column}: {self.label}", self.rule)


def factor_name(key: str, column: str) -> str:
    """The catalogue's name of a data point (Intressen), else a known column name."""
    from .. import catalog
    from ..segments.evaluate import column_label

    try:
        return catalog.name_of(key)
    except KeyError:
        return column_label(column)


def candidate_groups(customers: pd.DataFrame, column: str, factor: str = "") -> list[Group]:
    """The groups a factor cuts the customers into: each category, yes/no, or five bands of
    a number (quintiles, whole numbers kept whole)."""
    values = customers[column]
    if pd.api.types.is_bool_dtype(values):
        return [Group(column, str(v), where(column).is_in([v]), factor) for v in (True, False)]
    if pd.api.types.is_numeric_dtype(values):
        present = values.dropna().to_numpy(dtype=float)
        whole = bool(np.all(np.mod(present, 1) == 0))
        edges = np.unique(np.quantile(present, np.linspace(0, 1, NUMBER_BANDS + 1)))
        edges = np.unique(np.round(edges)) if whole else edges
        groups = []
        for i in range(len(edges) - 1):
            low, high = edges[i], edges[i + 1]
            last = i == len(edges) - 2
            if whole:
                low, high = int(low), int(high if last else high - 1)
                if high < low:
                    continue
            elif not last:
                high = float(np.nextafter(high, -np.inf))
            groups.append(Group(column, f"{number(low)}–{number(high)}",
                                where(column).between(low, high), factor))
        return groups
    if isinstance(values.dtype, pd.CategoricalDtype):
        codes = values.cat.codes.to_numpy()
        used = np.bincount(codes[codes >= 0], minlength=len(values.cat.categories)) > 0
        labels = list(values.cat.categories[used])
    else:
        labels = sorted(values.dropna().unique(), key=str)
    return [Group(column, str(v), where(column).is_in([v]), factor) for v in labels]


@dataclass(repr=False)  # the repr is the verdict in words, not every campaign result
class TargetingResult:
    """The exploration, the chosen group and theme, and the week-2 comparison with chance."""

    factors: dict[str, str]  # data point key -> column
    exploration: pd.DataFrame  # per factor, group and theme: sends, clicks, rate, lower bound
    chosen: Group
    theme: str
    target: list[CampaignResult]  # one per week of the comparison
    random: list[CampaignResult]
    comparison: pd.DataFrame  # target and random: recipients, clicks, rates, lift, interval
    lines: list[str]
    answer_key: dict = field(default_factory=dict, repr=False)  # the truth, for teachers

    def __str__(self) -> str:
        return "\n".join(self.lines)

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from .show import escape, formatted

        shares = [msg("h_click_rate"), msg("h_order_rate"), msg("h_control_rate")]
        points = [msg("h_lift"), msg("h_lift_low"), msg("h_lift_high")]
        table = formatted(comparison_table(self), shares=shares, points=points)
        items = "".join(f"<li>{escape(line)}</li>" for line in self.lines)
        return table.to_html() + f"<ul>{items}</ul>"


def _factor_columns(factors, customers) -> dict[str, str]:
    from ..factors import factor_columns

    if factors is None:
        from ..choices import load_three_factors

        factors = load_three_factors().factors
    factors = [factors] if isinstance(factors, str) else list(factors)
    found = factor_columns(factors, customers)
    for name in factors:  # a column name works too (main_interest, trigger_weather ...)
        if name not in found and name in customers.columns:
            found[name] = name
    if not found:
        raise CourseError(msg("no_factors", factors=", ".join(map(str, factors))))
    return found


def explore_groups(lab, exploration: CampaignResult, columns: dict[str, str]) -> pd.DataFrame:
    """Per factor (``{key: column}``), group and theme: sends, clicks, click rate, its 95 %
    lower bound, and how surely the group beats everyone on that theme."""
    positions = exploration.positions
    themes = np.asarray(exploration.campaign.themes)[exploration.group]
    rows = []
    for key, column in columns.items():
        for group in candidate_groups(lab.customers, column, factor_name(key, column)):
            inside = lab.base.mask(group.rule)[positions]
            for theme in THEMES:
                sent = inside & (themes == theme)
                rows.append({"column": column, "group": group.label, "theme": theme,
                             "reachable": int(inside.sum()), "sends": int(sent.sum()),
                             "clicks": int(exploration.clicked[sent].sum()), "_group": group})
    table = pd.DataFrame(rows)
    table["rate"] = table["clicks"] / table["sends"].clip(lower=1)
    table["low"] = wilson_interval(table["clicks"], table["sends"])[0]
    # How surely the group clicks a theme more than everyone does: the random audience of
    # week 2 gets the same theme, so what targeting adds is the group's edge on that theme.
    everyone = pd.Series(exploration.clicked).groupby(themes).mean()
    table["advantage"] = table["low"] - table["theme"].map(everyone).to_numpy()
    return table


def compare_targeting(world, factors=None, channel: str = "email",
                      send_date: str = DEFAULT_SEND_DATE, weeks: int = 1) -> TargetingResult:
    """Explore in week 1, aim the best theme at the best group of your factors from week 2,
    and compare it with the same theme sent to a random audience of the same size.
    ``factors`` are data point keys (default: your saved three) or column names; ``weeks``
    is how many weeks the comparison runs (each a new draw, added up)."""
    from .adaptive import _weeks

    weeks = _weeks(weeks)
    lab = prepare(world)
    channel = to_channel(channel)
    columns = _factor_columns(factors, lab.customers)
    # Seeded by the Swedish names (key=...), so Swedish and English draw the same customers.
    explore = run_campaign(world, campaign(msg("explore"), {theme_name(t): t for t in THEMES},
                                           channel=channel, control_share=0.0,
                                           send_dates=send_date, key=msg("explore", "sv")),
                           week=1)
    table = explore_groups(lab, explore, columns)
    share = table["reachable"] / len(explore.positions)
    table["eligible"] = ((share >= MIN_GROUP_SHARE) & (share <= MAX_GROUP_SHARE)
                         & (table["sends"] >= MIN_SENDS))
    usable = table[table["eligible"]]
    if usable.empty:
        raise CourseError(msg("no_groups", share=percent(MIN_GROUP_SHARE)))
    best = usable.loc[usable["advantage"].idxmax()]
    group, theme = best["_group"], best["theme"]
    segment = group.segment()
    with speaking("sv"):
        key = next(k for k, c in columns.items() if c == group.column)
        swedish = f"{factor_name(key, group.column)}: {group.label}"
    aimed = campaign(msg("targeted", segment=segment.name), [theme_name(theme)],
                     channel=channel, audience=segment, control_share=0.5, send_dates=send_date,
                     key=msg("targeted", "sv", segment=swedish), audience_key=swedish)
    target = [run_campaign(world, aimed, week=w) for w in range(2, weeks + 2)]
    size = target[0].reach.reachable
    chance = campaign(msg("random"), [theme_name(theme)], channel=channel,
                      audience=random_audience(size), control_share=0.5, send_dates=send_date,
                      key=msg("random", "sv"))
    random = [run_campaign(world, chance, week=w) for w in range(2, weeks + 2)]
    comparison = _comparison(target, random)
    lines = [msg("chosen", theme=theme_name(theme), segment=segment.name, size=number(size)),
             *_verdict(comparison, weeks)]
    result = TargetingResult(columns, table.drop(columns="_group"), group, theme, target,
                             random, comparison, lines)
    result.answer_key = _answer_key(world, aimed, chance, weeks)
    return result


def _pooled(results: list[CampaignResult]) -> dict[str, int]:
    """Recipients, clicks and orders of the variant and the control group, added over weeks."""
    total = {"n": 0, "clicks": 0, "orders": 0, "n_control": 0, "orders_control": 0}
    for result in results:
        c = result.counts()
        total["n"] += int(c["recipients"][0])
        total["clicks"] += int(c["clicked"][0])
        total["orders"] += int(c["ordered"][0])
        total["n_control"] += int(c["recipients"][-1])
        total["orders_control"] += int(c["ordered"][-1])
    return total


def _comparison(target: list[CampaignResult], chance: list[CampaignResult]) -> pd.DataFrame:
    rows = {}
    for key, results in (("target", target), ("random", chance)):
        p = _pooled(results)
        lift, low, high = newcombe_interval(p["orders"], p["n"], p["orders_control"],
                                            p["n_control"])
        rows[key] = {"audience": results[0].campaign.name, "recipients": p["n"],
                     "clicks": p["clicks"], "click_rate": p["clicks"] / max(p["n"], 1),
                     "control": p["n_control"], "order_rate": p["orders"] / max(p["n"], 1),
                     "control_rate": p["orders_control"] / max(p["n_control"], 1),
                     "lift": float(lift), "low": float(low), "high": float(high)}
    return pd.DataFrame.from_dict(rows, orient="index")


def lift_difference(comparison: pd.DataFrame) -> tuple[float, float, float]:
    """Targeted lift minus random lift with a 95 % interval. Each lift's standard error is
    taken from its own Newcombe interval (width / 3.92), and the two tests are independent,
    so the errors add in squares (a normal approximation)."""
    se = ((comparison["high"] - comparison["low"]) / (2 * Z95)).to_numpy()
    diff = float(comparison.loc["target", "lift"] - comparison.loc["random", "lift"])
    half = Z95 * float(np.sqrt((se ** 2).sum()))
    return diff, diff - half, diff + half


def click_difference(comparison: pd.DataFrame) -> tuple[float, float, float]:
    """Targeted click rate minus random click rate, with Newcombe's 95 % interval."""
    t, r = comparison.loc["target"], comparison.loc["random"]
    diff, low, high = newcombe_interval(t["clicks"], t["recipients"], r["clicks"],
                                        r["recipients"])
    return float(diff), float(low), float(high)


def _verdict(comparison: pd.DataFrame, weeks: int) -> list[str]:
    pp = signed_points
    t, r = comparison.loc["target"], comparison.loc["random"]
    c_diff, c_low, c_high = click_difference(comparison)
    diff, low, high = lift_difference(comparison)
    period = msg("one_week") if weeks == 1 else msg("weeks", last=weeks + 1)
    trust = msg("trust" if c_low > 0 or c_high < 0 else "no_trust")
    return [
        msg("clicks", period=period, target=percent(t["click_rate"], 1),
            random=percent(r["click_rate"], 1), diff=pp(c_diff), low=pp(c_low), high=pp(c_high),
            trust=trust),
        msg("compare", target=pp(t["lift"]), t_low=pp(t["low"]), t_high=pp(t["high"]),
            random=pp(r["lift"]), r_low=pp(r["low"]), r_high=pp(r["high"])),
        msg("better" if low > 0 else "unclear", diff=pp(diff), low=pp(low), high=pp(high)),
    ]


def comparison_table(result: TargetingResult) -> pd.DataFrame:
    """The comparison with the learner's headers (shares as numbers 0..1, lifts in
    percentage points)."""
    c = result.comparison
    return pd.DataFrame({
        msg("h_recipients"): c["recipients"].to_numpy(),
        msg("h_click_rate"): c["click_rate"].to_numpy(),
        msg("h_control"): c["control"].to_numpy(),
        msg("h_order_rate"): c["order_rate"].to_numpy(),
        msg("h_control_rate"): c["control_rate"].to_numpy(),
        msg("h_lift"): (100 * c["lift"]).to_numpy(),
        msg("h_lift_low"): (100 * c["low"]).to_numpy(),
        msg("h_lift_high"): (100 * c["high"]).to_numpy(),
    }, index=pd.Index(c["audience"].to_numpy(), name=msg("h_audience")))


def exploration_table(result: TargetingResult, top: int | None = None) -> pd.DataFrame:
    """What the exploration week taught, with the learner's headers: per factor, group and
    theme large enough to choose, the sends, clicks, click rate and the lowest rate the 95 %
    interval allows, best first (``top`` keeps only the first rows)."""
    data = result.exploration[result.exploration["eligible"]]
    data = data.sort_values("advantage", ascending=False, kind="stable")
    if top is not None:
        data = data.head(top)
    names = {column: factor_name(key, column) for key, column in result.factors.items()}
    return pd.DataFrame({
        msg("h_factor"): [names[c] for c in data["column"]],
        msg("h_group"): data["group"].to_numpy(),
        msg("h_theme"): [theme_name(t) for t in data["theme"]],
        msg("h_sends"): data["sends"].to_numpy(),
        msg("h_clicks"): data["clicks"].to_numpy(),
        msg("h_rate"): data["rate"].to_numpy(),
        msg("h_low"): data["low"].to_numpy(),
    }).reset_index(drop=True)


def _answer_key(world, aimed, chance, weeks: int) -> dict:
    """The hidden truth for the two campaigns, averaged over the weeks (teachers, tests)."""
    from .answer_key import hidden_lift

    truth = {}
    for key, test in (("target", aimed), ("random", chance)):
        rows = pd.concat([hidden_lift(world, test, week=w) for w in range(2, weeks + 2)])
        truth[f"true_lift_{key}"] = float(rows["lift"].mean())
        truth[f"true_click_{key}"] = float(rows["click_rate"].mean())
    truth["true_index"] = truth["true_lift_target"] / truth["true_lift_random"]
    return truth
