"""Honest statistics for a campaign test: what was measured, how sure we are, what it needs.

- Each group's rate with a 95 % Wilson interval (``proportion_confint(method="wilson")``):
  unlike the textbook ± 1.96·SE it never goes below 0 % and behaves with few orders.
- The lift (a variant's rate minus the control group's) with Newcombe's hybrid score
  interval for a difference of two proportions (Newcombe 1998, method 10), built from the
  two Wilson intervals. It is what the verdict reads: an interval that includes zero means
  "no difference we can trust yet". The two-sided z-test (``proportions_ztest``) is shown
  beside it as a p-value; the two agree except in rare borderline cases.
- The sample size a test needs *before* it starts (``sample_size``), from statsmodels'
  power solver for two proportions (Cohen's h, normal approximation).
- Why not to stop early: :func:`peek` shows how often a naive test "finds" a difference when
  there is none if you look every week and stop at the first p < 5 %.
"""

from __future__ import annotations

import math
import numbers
from dataclasses import dataclass, field
from statistics import NormalDist

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import get_language, messages, number, percent
from .design import control_name, theme_name

CONFIDENCE = 0.95
RELATIVE_LIFT_TO_FIND = 0.2  # when the observed lift says nothing, aim to find +20 %
METRICS = ("orders", "clicks")

msg = messages(
    {
        "m_orders": {"sv": "köp", "en": "orders"},
        "the_control": {"sv": "kontrollgruppen", "en": "the control group"},
        "quoted": {"sv": "”{name}”", "en": "“{name}”"},
        "m_clicks": {"sv": "klick", "en": "clicks"},
        "h_group": {"sv": "grupp", "en": "group"},
        "h_theme": {"sv": "tema", "en": "theme"},
        "h_n": {"sv": "mottagare", "en": "recipients"},
        "h_k": {"sv": "med {metric}", "en": "with {metric}"},
        "h_rate": {"sv": "andel", "en": "rate"},
        "h_low": {"sv": "95 % intervall, från", "en": "95% interval, from"},
        "h_high": {"sv": "95 % intervall, till", "en": "95% interval, to"},
        "h_variant": {"sv": "variant", "en": "variant"},
        "h_against": {"sv": "jämfört med", "en": "compared with"},
        "h_lift": {"sv": "ökning (procentenheter)", "en": "lift (percentage points)"},
        "h_lift_low": {"sv": "ökning, från", "en": "lift, from"},
        "h_lift_high": {"sv": "ökning, till", "en": "lift, to"},
        "h_relative": {"sv": "ökning i procent", "en": "relative lift"},
        "h_p": {"sv": "p-värde", "en": "p-value"},
        "h_trust": {"sv": "skillnad att lita på", "en": "difference to trust"},
        "h_needed": {"sv": "behövs per grupp", "en": "needed per group"},
        "yes": {"sv": "ja", "en": "yes"},
        "no": {"sv": "nej", "en": "no"},
        "up": {
            "sv": "{name}: fler {metric} än {other}, {lift} procentenheter (95 % intervall "
            "{low} till {high}). En skillnad vi kan lita på.",
            "en": "{name}: more {metric} than {other}, {lift} percentage points (95% "
            "interval {low} to {high}). A difference we can trust.",
        },
        "down": {
            "sv": "{name}: färre {metric} än {other}, {lift} procentenheter (95 % intervall "
            "{low} till {high}). En skillnad vi kan lita på, åt fel håll.",
            "en": "{name}: fewer {metric} than {other}, {lift} percentage points (95% "
            "interval {low} to {high}). A difference we can trust, the wrong way.",
        },
        "unsure": {
            "sv": "{name}: ingen skillnad vi kan lita på än ({lift} procentenheter, 95 % "
            "intervall {low} till {high}): du skulle behöva ungefär {needed} per grupp för att "
            "se en skillnad på {target} procentenheter.",
            "en": "{name}: no difference we can trust yet ({lift} percentage points, 95% "
            "interval {low} to {high}): you would need about {needed} per group to see a "
            "difference of {target} percentage points.",
        },
        "v_orders": {"sv": "köpt", "en": "ordered"},
        "v_clicks": {"sv": "klickat", "en": "clicked"},
        "unsure_none": {
            "sv": "{name}: ingen skillnad vi kan lita på än ({lift} procentenheter, 95 % "
            "intervall {low} till {high}). Ingen i grupperna har {verb} än, så det går inte "
            "att räkna ut hur många som behövs: pröva en större målgrupp.",
            "en": "{name}: no difference we can trust yet ({lift} percentage points, 95% "
            "interval {low} to {high}). Nobody in the groups {verb} yet, so how many are "
            "needed cannot be worked out: try a larger audience.",
        },
        "many": {
            "sv": "Du jämför {k} varianter. Även om ingen gör någon skillnad ser minst en ut "
            "som en vinnare ungefär {share} av gångerna, så en ensam vinnare bland många är "
            "svag bevisning.",
            "en": "You compare {k} variants. Even if none makes a difference, at least one "
            "looks like a winner about {share} of the time, so a lone winner among many is "
            "weak evidence.",
        },
        "stop_early": {
            "sv": "Bestäm före testet hur många mottagare det behöver (sample_size) och läs "
            "resultatet först då. Den som tittar varje vecka och slutar när p-värdet råkar "
            "vara under 5 % hittar ”vinnare” som inte finns (se peek).",
            "en": "Decide before the test how many recipients it needs (sample_size) and read "
            "the result only then. Looking every week and stopping when the p-value happens to "
            "dip below 5% finds “winners” that do not exist (see peek).",
        },
        "clicks_vs_control": {
            "sv": "Kontrollgruppen får inget meddelande och kan inte klicka. Jämför klick "
            "mellan varianterna (against=\"{first}\") och köp mot kontrollgruppen.",
            "en": "The control group gets no message and cannot click. Compare clicks between "
            "the variants (against=\"{first}\") and orders against the control group.",
        },
        "unknown_metric": {
            "sv": "{metric!r} går inte att mäta här. Välj \"orders\" (köp) eller \"clicks\" "
            "(klick).",
            "en": "{metric!r} cannot be measured here. Choose \"orders\" or \"clicks\".",
        },
        "unknown_group": {
            "sv": "Det finns ingen grupp som heter {name!r}. Grupperna är: {known}.",
            "en": "There is no group called {name!r}. The groups are: {known}.",
        },
        "only_one": {
            "sv": "Det finns inget att jämföra med: kampanjen har en variant och ingen "
            "kontrollgrupp.",
            "en": "There is nothing to compare with: the campaign has one variant and no "
            "control group.",
        },
        "bad_rate": {
            "sv": "Utgångsläget måste vara en andel mellan 0 och 1, till exempel 0.01 för "
            "1 %, inte {value!r}.",
            "en": "The baseline must be a share between 0 and 1, for example 0.01 for 1%, "
            "not {value!r}.",
        },
        "bad_lift": {
            "sv": "Ökningen måste vara en skillnad i andel som inte är noll och håller "
            "utgångsläget plus ökningen mellan 0 och 1, till exempel 0.005 för en halv "
            "procentenhet, inte {value!r}.",
            "en": "The lift must be a non-zero difference in share that keeps baseline plus "
            "lift between 0 and 1, for example 0.005 for half a percentage point, not {value!r}.",
        },
        "bad_level": {
            "sv": "{name} måste vara ett tal mellan 0 och 1, inte {value!r}.",
            "en": "{name} must be a number between 0 and 1, not {value!r}.",
        },
        "bad_count": {
            "sv": "{name} måste vara ett heltal, minst {least}, inte {value!r}.",
            "en": "{name} must be a whole number of at least {least}, not {value!r}.",
        },
        "h_week": {"sv": "vecka", "en": "week"},
        "h_per_group": {"sv": "mottagare per grupp hittills", "en": "recipients per group so far"},
        "h_this_week": {"sv": "”signifikant” just den veckan", "en": "“significant” that week"},
        "h_so_far": {"sv": "”signifikant” någon vecka hittills",
                     "en": "“significant” in some week so far"},
        "peek_summary": {
            "sv": "Utan någon verklig skillnad blir ett test ”signifikant” {once} av gångerna om "
            "du läser det en gång, men {ever} av gångerna om du tittar efter var och en av "
            "{weeks} veckor och slutar vid första p < 5 %.",
            "en": "With no real difference, a test is “significant” {once} of the time if you "
            "read it once, but {ever} of the time if you look after each of {weeks} weeks and "
            "stop at the first p < 5%.",
        },
        "report_title": {"sv": "Testrapport: {title}", "en": "Test report: {title}"},
        "report_rates": {"sv": "Andel med {metric} per grupp", "en": "Share with {metric} per group"},
        "report_lift": {"sv": "Ökning", "en": "Lift"},
        "report_verdict": {"sv": "Slutsats", "en": "Verdict"},
    },
    __name__,
)


# ------------------------------------------------------------------ intervals and tests


def wilson_interval(count, n, confidence: float = CONFIDENCE):
    """Wilson score interval(s) for ``count`` successes of ``n`` (arrays work)."""
    from statsmodels.stats.proportion import proportion_confint

    count = np.asarray(count, dtype=float)
    n = np.asarray(n, dtype=float)
    low, high = proportion_confint(count, np.maximum(n, 1), alpha=1 - confidence,
                                   method="wilson")
    return np.asarray(low, dtype=float), np.asarray(high, dtype=float)


def newcombe_interval(k1, n1, k2, n2, confidence: float = CONFIDENCE):
    """(difference, low, high) for p1 - p2: Newcombe's hybrid score interval (method 10),
    which combines the two Wilson intervals. Arrays work."""
    k1, n1, k2, n2 = (np.asarray(x, dtype=float) for x in (k1, n1, k2, n2))
    p1, p2 = k1 / np.maximum(n1, 1), k2 / np.maximum(n2, 1)
    l1, u1 = wilson_interval(k1, n1, confidence)
    l2, u2 = wilson_interval(k2, n2, confidence)
    diff = p1 - p2
    low = diff - np.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    high = diff + np.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    return diff, low, high


def z_test(k1, n1, k2, n2) -> float:
    """Two-sided p-value of the pooled two-proportion z-test (``proportions_ztest``)."""
    from statsmodels.stats.proportion import proportions_ztest

    if k1 + k2 == 0 or k1 + k2 == n1 + n2:
        return 1.0  # no variation at all: nothing to test
    _, p = proportions_ztest([k1, k2], [n1, n2])
    return float(p)


def _crosses(k1, n1, k2, n2, alpha: float) -> np.ndarray:
    """Vectorised pooled z-test: True where p < alpha (the same test as proportions_ztest)."""
    pooled = (k1 + k2) / (n1 + n2)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    with np.errstate(invalid="ignore", divide="ignore"):
        z = np.where(se > 0, (k1 / n1 - k2 / n2) / se, 0.0)
    return np.abs(z) > NormalDist().inv_cdf(1 - alpha / 2)


# ------------------------------------------------------------------ sample size


def _share(value, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, numbers.Real) or not 0 < value < 1:
        raise CourseError(msg("bad_level", name=name, value=value))
    return float(value)


def sample_size(baseline_rate: float, lift: float, power: float = 0.8,
                alpha: float = 0.05) -> int:
    """Recipients needed *per group* to find ``lift`` (an absolute difference: 0.005 is half
    a percentage point) on top of ``baseline_rate`` with the given power, two-sided.

    >>> sample_size(0.01, 0.005)
    7674
    """
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize

    if isinstance(baseline_rate, bool) or not isinstance(baseline_rate, numbers.Real) \
            or not 0 < baseline_rate < 1:
        raise CourseError(msg("bad_rate", value=baseline_rate))
    if isinstance(lift, bool) or not isinstance(lift, numbers.Real) or lift == 0 \
            or not 0 < baseline_rate + lift < 1 or not math.isfinite(lift):
        raise CourseError(msg("bad_lift", value=lift))
    power, alpha = _share(power, "power"), _share(alpha, "alpha")
    effect = abs(proportion_effectsize(baseline_rate + lift, baseline_rate))
    # statsmodels' solve_power finds n by root-finding (some 15 power evaluations, ~10 ms).
    # The closed form that ignores the far tail is never below its answer and at most one
    # above once rounded up; statsmodels' own power() then settles the last recipient.
    z = NormalDist().inv_cdf
    n = math.ceil(2 * ((z(1 - alpha / 2) + z(power)) / effect) ** 2)  # two equal groups
    solver = NormalIndPower()
    while n > 1 and solver.power(effect, n - 1, alpha, ratio=1.0,
                                 alternative="two-sided") >= power:
        n -= 1
    return int(n)


# ------------------------------------------------------------------ a campaign's numbers


def _metric(metric: str) -> str:
    if metric not in METRICS:
        raise CourseError(msg("unknown_metric", metric=metric))
    return metric


def _counts(result, metric: str) -> tuple[np.ndarray, np.ndarray]:
    c = result.counts()
    return c["recipients"], c["ordered" if metric == "orders" else "clicked"]


def rate_estimates(result, metric: str = "orders") -> pd.DataFrame:
    """For code: per group, n, count, rate and its Wilson interval (English column names)."""
    metric = _metric(metric)
    n, k = _counts(result, metric)
    low, high = wilson_interval(k, n)
    themes = list(result.campaign.themes) + [None]
    frame = pd.DataFrame({"theme": themes, "n": n, "count": k, "rate": k / np.maximum(n, 1),
                          "low": low, "high": high}, index=pd.Index(result.group_names,
                                                                    name="group"))
    if result.campaign.control_share == 0 or metric == "clicks":
        frame = frame.iloc[:-1]  # no control group, or one that cannot click
    return frame


def _reference(result, metric: str, against):
    names = result.group_names
    variants = names[:-1]
    has_control = result.campaign.control_share > 0
    if against is None:
        against = names[-1] if metric == "orders" and has_control else variants[0]
    if against in (names[-1], "control") and has_control:
        if metric == "clicks":
            raise CourseError(msg("clicks_vs_control", first=variants[0]))
        return len(names) - 1
    if against not in variants:
        raise CourseError(msg("unknown_group", name=against, known=", ".join(
            variants + ([names[-1]] if has_control else []))))
    return names.index(against)


def lift_estimates(result, metric: str = "orders", against=None,
                   confidence: float = CONFIDENCE) -> pd.DataFrame:
    """For code: each variant against the control group (orders) or the first variant
    (clicks): rates, lift with Newcombe's interval, relative lift, p-value, and whether the
    interval leaves out zero (English column names)."""
    metric = _metric(metric)
    ref = _reference(result, metric, against)
    n, k = _counts(result, metric)
    others = [i for i in range(len(result.group_names) - 1) if i != ref]
    if not others:
        raise CourseError(msg("only_one"))
    diff, low, high = newcombe_interval(k[others], n[others], k[ref], n[ref], confidence)
    base = k[ref] / max(n[ref], 1)
    rows = []
    for j, i in enumerate(others):
        rows.append({"variant": result.group_names[i], "theme": result.campaign.themes[i],
                     "against": result.group_names[ref], "n": int(n[i]), "n_against": int(n[ref]),
                     "rate": k[i] / max(n[i], 1), "rate_against": base, "lift": diff[j],
                     "low": low[j], "high": high[j],
                     "relative": diff[j] / base if base > 0 else np.nan,
                     "p_value": z_test(int(k[i]), int(n[i]), int(k[ref]), int(n[ref])),
                     "significant": bool(low[j] > 0 or high[j] < 0)})
    frame = pd.DataFrame(rows).set_index("variant")
    frame["needed_per_group"] = [_needed(row.rate_against, row.rate, row.lift)
                                 for row in frame.itertuples()]
    return frame


def _needed(base: float, rate: float, lift: float) -> int | None:
    """Per group needed to find the observed lift (or +20 % when the lift is zero)."""
    base = base if 0 < base < 1 else (rate if 0 < rate < 1 else None)
    if base is None:
        return None
    target = lift if lift != 0 and 0 < base + lift < 1 else RELATIVE_LIFT_TO_FIND * base
    return sample_size(base, abs(target)) if 0 < base + abs(target) < 1 else None


def rate_table(result, metric: str = "orders") -> pd.DataFrame:
    """Per group: recipients, how many ordered (or clicked), the rate and its 95 % interval."""
    data = rate_estimates(result, metric)
    return pd.DataFrame({
        msg("h_theme"): [theme_name(t) if isinstance(t, str) else "–" for t in data["theme"]],
        msg("h_n"): data["n"].to_numpy(),
        msg("h_k", metric=msg(f"m_{metric}")): data["count"].to_numpy(),
        msg("h_rate"): data["rate"].to_numpy(),
        msg("h_low"): data["low"].to_numpy(), msg("h_high"): data["high"].to_numpy(),
    }, index=pd.Index(data.index, name=msg("h_group")))


def lift_table(result, metric: str = "orders", against=None) -> pd.DataFrame:
    """Per variant: the lift against the control group (or another variant) with its 95 %
    interval, the relative lift, the p-value, and how many per group a clear answer needs."""
    data = lift_estimates(result, metric, against)
    return pd.DataFrame({
        msg("h_against"): data["against"].to_numpy(),
        msg("h_lift"): (100 * data["lift"]).to_numpy(),
        msg("h_lift_low"): (100 * data["low"]).to_numpy(),
        msg("h_lift_high"): (100 * data["high"]).to_numpy(),
        msg("h_relative"): data["relative"].to_numpy(),
        msg("h_p"): data["p_value"].to_numpy(),
        msg("h_trust"): [msg("yes") if s else msg("no") for s in data["significant"]],
        msg("h_needed"): data["needed_per_group"].to_numpy(),
    }, index=pd.Index(data.index, name=msg("h_variant")))


def signed_points(value: float) -> str:
    """A difference of shares in percentage points with a sign: +0,81 (sv), -0.40 (en)."""
    if abs(100 * value) < 0.005:
        return number(0, 2)
    text = number(100 * value, 2)
    return text if text.startswith("-") else "+" + text


def verdict_lines(result, metric: str = "orders", against=None) -> list[str]:
    """One plain sentence per comparison, then the warnings a careful analyst would add."""
    data = lift_estimates(result, metric, against)
    other = data["against"].iloc[0]
    other = msg("the_control") if other == control_name() else msg("quoted", name=other)
    lines = []
    for name, row in data.iterrows():
        values = {"name": name, "metric": msg(f"m_{metric}"), "other": other,
                  "lift": signed_points(row["lift"]), "low": signed_points(row["low"]),
                  "high": signed_points(row["high"])}
        if row["significant"]:
            lines.append(msg("up" if row["lift"] > 0 else "down", **values))
        else:
            target = row["lift"] if row["lift"] != 0 else RELATIVE_LIFT_TO_FIND * row["rate_against"]
            needed = row["needed_per_group"]
            if needed and target:
                lines.append(msg("unsure", needed=number(needed),
                                 target=number(100 * abs(target), 2), **values))
            else:  # no orders (or clicks) in either group: no rate to size a test from
                lines.append(msg("unsure_none", verb=msg(f"v_{metric}"), **values))
    if len(data) > 1:
        lines.append(msg("many", k=len(data), share=percent(1 - CONFIDENCE ** len(data))))
    lines.append(msg("stop_early"))
    return lines


def verdict(result, metric: str = "orders", against=None) -> str:
    """The verdict as one text: each comparison in plain words, and the warnings."""
    return "\n".join(verdict_lines(result, metric, against))


# ------------------------------------------------------------------ a report


@dataclass(repr=False)  # the repr is the report in words, not its tables' reprs
class ExperimentReport:
    """A well-kept experiment report: rates with intervals, the lift with its interval, the
    sample size needed, a plain verdict and a warning against stopping early. Its tables and
    texts are in the language chosen when it was made."""

    title: str
    note: str
    metric: str
    rates: pd.DataFrame
    lifts: pd.DataFrame
    lines: list[str] = field(default_factory=list)
    language: str = "sv"

    def __str__(self) -> str:
        return "\n".join([self.title, self.note, *self.lines])

    __repr__ = __str__

    def _repr_html_(self) -> str:
        from .show import escape, formatted

        def m(key, **values):
            return msg(key, self.language, **values)

        rates = formatted(self.rates, shares=[m("h_rate"), m("h_low"), m("h_high")],
                          language=self.language)
        lifts = formatted(self.lifts, shares=[m("h_relative")],
                          points=[m("h_lift"), m("h_lift_low"), m("h_lift_high")],
                          decimals={m("h_p"): 3}, language=self.language)
        items = "".join(f"<li>{escape(line)}</li>" for line in self.lines)
        metric = m(f"m_{self.metric}")
        return (f"<h4>{escape(self.title)}</h4><p>{escape(self.note)}</p>"
                f"<p><b>{escape(m('report_rates', metric=metric))}</b></p>{rates.to_html()}"
                f"<p><b>{escape(m('report_lift'))}</b></p>{lifts.to_html()}"
                f"<p><b>{escape(m('report_verdict'))}</b></p><ul>{items}</ul>")


def report(result, metric: str = "orders", against=None) -> ExperimentReport:
    """Everything a decision needs, for one campaign result, in the learner's language."""
    return ExperimentReport(msg("report_title", title=result.title), result.note, metric,
                            rate_table(result, metric), lift_table(result, metric, against),
                            verdict_lines(result, metric, against), get_language())


# ------------------------------------------------------------------ peeking


def _count(value, name: str, least: int) -> int:
    if isinstance(value, bool) or not isinstance(value, numbers.Integral) or value < least:
        raise CourseError(msg("bad_count", name=name, value=value, least=least))
    return int(value)


def peek(baseline_rate: float = 0.01, per_group_per_week: int = 500, weeks: int = 8,
         runs: int = 2000, alpha: float = 0.05, seed: int = 0) -> pd.DataFrame:
    """Why not to stop a test early: ``runs`` simulated A/A tests (no real difference at all),
    each read with a naive z-test after every week.

    Per week: how many recipients per group so far, the share of tests "significant" that
    week (about ``alpha``, as promised) and the share that has been "significant" in some
    week so far (it keeps growing: stopping at the first p < 5 % finds many false winners).
    """
    if isinstance(baseline_rate, bool) or not isinstance(baseline_rate, numbers.Real) \
            or not 0 < baseline_rate < 1:
        raise CourseError(msg("bad_rate", value=baseline_rate))
    per_week = _count(per_group_per_week, "per_group_per_week", 1)
    weeks, runs = _count(weeks, "weeks", 1), _count(runs, "runs", 1)
    alpha = _share(alpha, "alpha")
    rng = np.random.default_rng(seed)
    a = rng.binomial(per_week, baseline_rate, (runs, weeks)).cumsum(axis=1)
    b = rng.binomial(per_week, baseline_rate, (runs, weeks)).cumsum(axis=1)
    n = per_week * np.arange(1, weeks + 1)
    crossed = _crosses(a, n, b, n, alpha)
    return pd.DataFrame({"per_group": n, "significant_this_week": crossed.mean(axis=0),
                         "significant_so_far": np.logical_or.accumulate(crossed, axis=1)
                         .mean(axis=0)}, index=pd.RangeIndex(1, weeks + 1, name="week"))


def peek_summary(table: pd.DataFrame) -> str:
    """The lesson of :func:`peek` in one sentence."""
    return msg("peek_summary", once=percent(table["significant_this_week"].iloc[-1]),
               ever=percent(table["significant_so_far"].iloc[-1]), weeks=len(table))


def peek_table(table: pd.DataFrame) -> pd.DataFrame:
    """:func:`peek`'s table with the learner's headers and numbers written their way."""
    return pd.DataFrame({
        msg("h_per_group"): [number(v) for v in table["per_group"]],
        msg("h_this_week"): [percent(v, 1) for v in table["significant_this_week"]],
        msg("h_so_far"): [percent(v, 1) for v in table["significant_so_far"]],
    }, index=pd.Index(table.index, name=msg("h_week")))
