"""Find a trigger in the weather: did the same message work better on the days it rained?

A trigger cannot be looked up in a register either; it shows when the same message is sent
many times, on days with and without the trigger. :func:`run_weeks` sends a campaign week
after week (each week a new draw, with that week's weather and calendar);
:func:`trigger_split` then puts every message sent into two piles, by whether the trigger
was on in the recipient's municipality on the send day, and compares the click rates with
a 95 % interval (Wilson per pile, Newcombe for the difference). ``by`` splits the piles by a
column as well, for example ``trigger_weather`` (those who said the weather decides).

>>> from course_lib import datasets
>>> from course_lib.campaigns import campaign, run_weeks, trigger_split
>>> test = campaign("Regnväder", ["trygghet"], send_dates="2025-09-01")
>>> split = trigger_split(datasets.load(), run_weeks(datasets.load(), test, 2), "rain")
>>> list(split.data["trigger"])
[True, False]
"""

from __future__ import annotations

import numbers
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import get_language, messages, number, percent
from .adaptive import _weeks
from .design import Campaign
from .lab import prepare
from .simulate import CampaignResult, run_campaign
from .stats import newcombe_interval, signed_points, wilson_interval
from .truth import active_triggers

WEATHER_TRIGGERS = ("rain", "warm", "first_snow", "payday")

msg = messages(
    {
        "t_rain": {"sv": "regn", "en": "rain"},
        "t_warm": {"sv": "värme", "en": "a warm day"},
        "t_first_snow": {"sv": "första snön", "en": "the first snow"},
        "t_payday": {"sv": "lönedag", "en": "payday"},
        "on": {"sv": "med {trigger}", "en": "with {trigger}"},
        "off": {"sv": "utan {trigger}", "en": "without {trigger}"},
        "everyone": {"sv": "alla", "en": "everyone"},
        "h_group": {"sv": "grupp", "en": "group"},
        "h_day": {"sv": "utskicksdag", "en": "send day"},
        "h_sends": {"sv": "utskick", "en": "sends"},
        "h_clicks": {"sv": "klick", "en": "clicks"},
        "h_rate": {"sv": "klickandel", "en": "click rate"},
        "h_low": {"sv": "95 % intervall, från", "en": "95% interval, from"},
        "h_high": {"sv": "95 % intervall, till", "en": "95% interval, to"},
        "unknown_trigger": {
            "sv": "{value!r} är ingen trigger jag kan läsa ur väderdatan. Välj bland: {known}.",
            "en": "{value!r} is not a trigger I can read from the weather data. Choose from: "
            "{known}.",
        },
        "no_results": {
            "sv": "Ge mig minst ett kampanjresultat, till exempel run_weeks(world, test, 8).",
            "en": "Give me at least one campaign result, for example run_weeks(world, test, 8).",
        },
        "unknown_column": {
            "sv": "Kundtabellen har ingen kolumn som heter {value!r}.",
            "en": "The customer table has no column called {value!r}.",
        },
        "never": {
            "sv": "{group}: {trigger} inträffade aldrig (eller alltid) på utskicksdagarna, så det "
            "finns inget att jämföra. Skicka fler veckor eller under en annan årstid.",
            "en": "{group}: {trigger} never (or always) happened on the send days, so there is "
            "nothing to compare. Send more weeks or in another season.",
        },
        "line": {
            "sv": "{group}: {rate_on} klickade {on}, {rate_off} {off}, en skillnad på {diff} "
            "procentenheter (95 % intervall {low} till {high}). {trust}",
            "en": "{group}: {rate_on} clicked {on}, {rate_off} {off}, a difference of {diff} "
            "percentage points (95% interval {low} to {high}). {trust}",
        },
        "yes_word": {"sv": "ja", "en": "yes"},
        "no_word": {"sv": "nej", "en": "no"},
        "trust": {"sv": "En trigger vi kan lita på.", "en": "A trigger we can trust."},
        "no_trust": {"sv": "Inget vi kan lita på än.", "en": "Nothing we can trust yet."},
    },
    __name__,
)


def trigger_name(trigger: str, language: str | None = None) -> str:
    return msg(f"t_{trigger}", language)


def run_weeks(world, test: Campaign, weeks: int = 8) -> list[CampaignResult]:
    """The same campaign sent ``weeks`` weeks in a row (week 1 on its own dates); each week is
    a new draw with that week's weather and calendar."""
    return [run_campaign(world, test, week=w) for w in range(1, _weeks(weeks) + 1)]


def _trigger(value) -> str:
    aliases = {trigger_name(t, lang).lower(): t for t in WEATHER_TRIGGERS for lang in ("sv", "en")}
    aliases.update({"regn": "rain", "värme": "warm", "snö": "first_snow", "lön": "payday"})
    key = aliases.get(str(value).strip().lower(), value) if isinstance(value, str) else value
    if key not in WEATHER_TRIGGERS:
        known = ", ".join(trigger_name(t) for t in WEATHER_TRIGGERS)
        raise CourseError(msg("unknown_trigger", value=value, known=known))
    return key


@dataclass(repr=False)
class TriggerSplit:
    """Sends and clicks with and without the trigger (per group of ``by``), and the verdict."""

    trigger: str
    by: str | None
    data: pd.DataFrame  # group, trigger (bool), sends, clicks, rate, low, high
    differences: pd.DataFrame  # per group: diff, low, high, significant
    lines: list[str] = field(default_factory=list)
    language: str = "sv"

    def __str__(self) -> str:
        return "\n".join(self.lines)

    __repr__ = __str__

    def table(self) -> pd.DataFrame:
        """The piles with the learner's headers (rates as numbers 0..1)."""
        return _table(self, self.language)

    def _repr_html_(self) -> str:
        from .show import escape, formatted

        def m(key):
            return msg(key, self.language)

        shown = formatted(self.table(), shares=[m("h_rate"), m("h_low"), m("h_high")],
                          language=self.language)
        items = "".join(f"<li>{escape(line)}</li>" for line in self.lines)
        return shown.to_html() + f"<ul>{items}</ul>"


def _table(split: TriggerSplit, language: str) -> pd.DataFrame:
    name = trigger_name(split.trigger, language)
    day = [msg("on" if on else "off", language, trigger=name) for on in split.data["trigger"]]
    index = pd.MultiIndex.from_arrays([split.data["group"].to_numpy(), day],
                                      names=[msg("h_group", language), msg("h_day", language)])
    return pd.DataFrame({msg("h_sends", language): split.data["sends"].to_numpy(),
                         msg("h_clicks", language): split.data["clicks"].to_numpy(),
                         msg("h_rate", language): split.data["rate"].to_numpy(),
                         msg("h_low", language): split.data["low"].to_numpy(),
                         msg("h_high", language): split.data["high"].to_numpy()}, index=index)


def trigger_split(world, results, trigger: str = "rain", by: str | None = None) -> TriggerSplit:
    """Every message the campaigns sent, in two piles by whether ``trigger`` (rain, warm,
    first_snow, payday) was on in the recipient's municipality on the send day; per pile
    the click rate with its 95 % interval, and the difference with its interval. ``by`` (a
    customer column such as ``trigger_weather``) compares the piles within each of its groups."""
    results = [results] if isinstance(results, CampaignResult) else list(results or [])
    if not results or not all(isinstance(r, CampaignResult) for r in results):
        raise CourseError(msg("no_results"))
    trigger = _trigger(trigger)
    lab = prepare(world)
    if by is not None and by not in lab.customers.columns:
        raise CourseError(msg("unknown_column", value=by))
    on, clicked, who = [], [], []
    for result in results:
        sent = np.flatnonzero(result.group < len(result.campaign.variants))
        positions = result.positions[sent]
        active = active_triggers(lab.weather, lab.truth.city[positions], result.days[0])[trigger]
        on.append(active)
        clicked.append(result.clicked[sent])
        who.append(positions)
    on, clicked, who = np.concatenate(on), np.concatenate(clicked), np.concatenate(who)
    if by is None:
        labels = np.full(len(who), msg("everyone"), dtype=object)
        groups = [msg("everyone")]
    else:
        from ..segments.evaluate import column_label

        values = lab.customers[by].to_numpy()[who]
        order = sorted(set(values.tolist()), key=lambda v: (v is not True, str(v)))
        named = {v: f"{column_label(by)}: {_label(v)}" for v in order}
        labels = np.array([named[v] for v in values.tolist()], dtype=object)
        groups = [named[v] for v in order]
    rows, diffs, lines = [], [], []
    name = trigger_name(trigger)
    for group in groups:
        inside = labels == group
        counts = {}
        for state in (True, False):
            pile = inside & (on == state)
            n, k = int(pile.sum()), int(clicked[pile].sum())
            low, high = wilson_interval(k, n)
            rows.append({"group": group, "trigger": state, "sends": n, "clicks": k,
                         "rate": k / max(n, 1), "low": float(low), "high": float(high)})
            counts[state] = (k, n)
        (k1, n1), (k0, n0) = counts[True], counts[False]
        if n1 == 0 or n0 == 0:
            lines.append(msg("never", group=group, trigger=name))
            continue
        diff, low, high = (float(x) for x in newcombe_interval(k1, n1, k0, n0))
        significant = bool(low > 0 or high < 0)
        diffs.append({"group": group, "diff": diff, "low": low, "high": high,
                      "significant": significant})
        lines.append(msg("line", group=group, rate_on=percent(k1 / n1, 1),
                         rate_off=percent(k0 / n0, 1), on=msg("on", trigger=name),
                         off=msg("off", trigger=name), diff=signed_points(diff),
                         low=signed_points(low), high=signed_points(high),
                         trust=msg("trust" if significant else "no_trust")))
    differences = pd.DataFrame(diffs, columns=["group", "diff", "low", "high", "significant"])
    return TriggerSplit(trigger, by, pd.DataFrame(rows), differences.set_index("group"), lines,
                        get_language())


def _label(value) -> str:
    if isinstance(value, bool | np.bool_):
        return msg("yes_word") if value else msg("no_word")
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return number(value)
    return str(value)
