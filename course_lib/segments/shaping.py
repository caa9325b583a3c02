"""What the segment builder's controls mean, as pure functions the widget binds to.

Which columns can be factors and what a marketer calls them; how each factor is offered (a list
of values, a range of round numbers, a choice of days); how a control's value becomes a
condition and back; what each segment keeps when the factors change; the undo history; and the
compact summary of a result.

The functions ask the base only for small summaries (``columns``, ``kind``, ``categories``,
``category_counts``, ``number_summary``, ``quantiles``), which a :class:`Base` (pandas) and a
Parquet base (DuckDB) both answer, so the builder offers the same controls for the same
customers whichever engine holds them.

>>> import pandas as pd
>>> from course_lib.segments import Base, Segment, where
>>> base = Base(pd.DataFrame({"age": [22, 35, 58], "city": ["Umeå", "Åre", "Umeå"]}))
>>> age = factor(base, "age")
>>> age.shape, age.options[0], age.options[-1]
('range', ('22', 22), ('58', 58))
>>> condition(age, (22, 34))
Condition(column='age', op=<Op.AT_MOST: 'at_most'>, args=(34,))
>>> control_values(Segment("Unga", where("age").at_most(34)), {"age": age, "city": factor(base, "city")})
{'age': (22, 34), 'city': ()}
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from .. import catalog
from ..core.i18n import messages
from ..labels import translate
from .base import DATE_BANDS, Base, NumberSummary, category_text, nice, number_text
from .evaluate import MAX_FACTORS, MAX_SEGMENTS
from .files.names import clean
from .guards import column_label, data_point_key
from .rules import AllOf, Condition, Rule, Segment, everyone, where

msg = messages(
    {
        "all_days": {"sv": "alla datum", "en": "any date"},
        "last_days": {"sv": "senaste {days} dagarna", "en": "last {days} days"},
        "segment_n": {"sv": "Segment {n}", "en": "Segment {n}"},
        "rest": {"sv": "Resten (i inget segment)", "en": "The rest (in no segment)"},
        "h_segment": {"sv": "Segment", "en": "Segment"},
        "h_members": {"sv": "Kunder", "en": "Customers"},
        "h_share": {"sv": "Andel", "en": "Share"},
        "h_consented": {"sv": "Samtycke till annonser", "en": "Consented to ads"},
        "h_matched": {"sv": "Plattformen når (cirka)", "en": "Platform reaches (about)"},
        "h_warnings": {"sv": "Varningar", "en": "Warnings"},
    },
    __name__,
)

# More different values than this is an identifier, not a factor.
MAX_CATEGORIES = 60
# Personal names single a person out like the catalogue's identifiers do, but the catalogue
# has no entry for them (they are never a data point): headings as files write them.
PERSON_NAMES = ("first_name", "last_name", "förnamn", "efternamn", "namn", "name", "full_name")
# A list shows this many values without scrolling; longer lists say what is chosen in words.
LIST_ROWS = 12
# A number slider has about this many stops, at round numbers.
RANGE_STOPS = 60
# "Within the last N days": the profile's date bands, and twice the longest for older customers.
DAY_CHOICES = (*DATE_BANDS, 2 * DATE_BANDS[-1])
# Up to this many different whole numbers, a slider stops at each one (ages 18-84).
EVERY_WHOLE_NUMBER = 120


def identifier_keys() -> set[str]:
    """The catalogue's identifiers (customer number, e-mail, phone …): never segment factors."""
    return {entry.key for entry in catalog.identifiers()}


def is_identifier(column: str, mapping: dict | None = None) -> bool:
    """True for a column that singles a person out: a catalogue identifier or a name."""
    from ..datadictionary import COLUMNS

    world = COLUMNS["customers"].get(column)
    keys = {data_point_key(column, mapping), world[0] if world else None}
    return bool(keys & identifier_keys()) or clean(column) in PERSON_NAMES


def usable_factors(base: Base, mapping: dict | None = None) -> list[str]:
    """Columns a marketer can segment on: not identifiers or names, not free text."""
    out = []
    for column in map(str, base.columns):
        if is_identifier(column, mapping):
            continue
        if base.kind(column) == "category" and len(base.categories(column)) > MAX_CATEGORIES:
            continue
        out.append(column)
    return out


def default_factors(base: Base, available: list[str], mapping: dict | None = None) -> list[str]:
    """The lesson's default data points (choices.DEFAULT_FACTORS) as columns of this table:
    by the learner's mapping, else as the data dictionary names them; else the first columns."""
    from ..choices import DEFAULT_FACTORS
    from ..factors import factor_columns

    by_mapping = {key: column for column, key in (mapping or {}).items() if column in available}
    found = factor_columns(DEFAULT_FACTORS, base)
    chosen = [by_mapping.get(key) or found.get(key) for key in DEFAULT_FACTORS]
    chosen = [c for c in dict.fromkeys(chosen) if c in available]
    return (chosen or available)[:MAX_FACTORS]


def factor_labels(columns, mapping: dict | None = None, language: str | None = None) -> dict:
    """{column: label}; two columns that would read the same get their heading added."""
    labels = {c: column_label(c, mapping, language) for c in columns}
    seen = pd.Series(list(labels.values())).value_counts()
    return {c: f"{label} ({c})" if seen[label] > 1 and label != c else label
            for c, label in labels.items()}


# ---------------------------------------------------------------- one factor, one control


@dataclass(frozen=True)
class Factor:
    """How the builder offers one column: ``shape`` is "values" (pick from a list), "range"
    (a slider between round numbers) or "days" (within the last N days); ``options`` are
    (text shown, value) pairs. For a range, the first and last stop mean "no limit"."""

    column: str
    label: str
    shape: str
    options: tuple[tuple[str, object], ...] = field(default=())

    @property
    def values(self) -> tuple:
        return tuple(value for _, value in self.options)


def factor(base: Base, column: str, mapping: dict | None = None, label: str | None = None,
           language: str | None = None) -> Factor:
    """The control for ``column``, from its values in ``base``."""
    label = label or column_label(column, mapping, language)
    kind = base.kind(column)
    if kind == "category":
        return Factor(column, label, "values", tuple((_value_text(v, language), _plain(v))
                                                     for v in base.categories(column)))
    if kind == "number":
        found = stops_for(base.number_summary(column))
        return Factor(column, label, "range", tuple((number_text(s), s) for s in found))
    return Factor(column, label, "days", day_options(DAY_CHOICES, language))


def _plain(value):
    return value.item() if hasattr(value, "item") else value


def _value_text(value, language: str | None = None) -> str:
    """A category as the learner reads it: yes/no for booleans, Swedish values in English."""
    return str(translate(category_text(value, language), language))


def day_options(days, language: str | None = None) -> tuple[tuple[str, int], ...]:
    """(text, days) for a date factor; 0 days means any date (no condition)."""
    return ((msg("all_days", language), 0),
            *((msg("last_days", language, days=number_text(d)), d) for d in sorted(set(days))))


def stops(values: np.ndarray, count: int = RANGE_STOPS) -> list:
    """The stops of a number slider: every whole number for short ranges (ages), else round
    numbers about ``count`` apart that cover every value (0, 500, 1 000 … 26 000).

    >>> stops(np.array([18.0, 84.0]))[:3], stops(np.array([3321.5, 25461.0]))[::10]
    ([18, 19, 20], [3000, 8000, 13000, 18000, 23000])
    """
    if values.size == 0:
        return [0, 1]
    return stops_between(float(values.min()), float(values.max()),
                         bool(np.all(np.mod(values, 1) == 0)), count)


def stops_for(summary: NumberSummary, count: int = RANGE_STOPS) -> list:
    """:func:`stops` for a column the base has summarised (no customer has a value: 0, 1)."""
    if summary.count == 0:
        return [0, 1]
    return stops_between(summary.low, summary.high, summary.whole, count)


def stops_between(low: float, high: float, whole: bool, count: int = RANGE_STOPS) -> list:
    """:func:`stops` from the lowest and highest value and whether all are whole numbers."""
    if whole and high - low <= EVERY_WHOLE_NUMBER:
        return list(range(int(low), int(high) + 1)) if high > low else [int(low), int(low) + 1]
    step = _round_step((high - low) / count) if high > low else 1.0
    if whole:
        step = max(step, 1.0)
    first, last = math.floor(low / step), math.ceil(high / step)
    out = [_tidy(i * step) for i in range(first, last + 1)]
    return out if len(out) > 1 else [out[0], _tidy(out[0] + step)]


def _round_step(raw: float) -> float:
    """1, 2, 2.5 or 5 times a power of ten: steps a marketer can count in."""
    power = 10.0 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _tidy(value: float):
    value = round(value, 6)
    return int(value) if float(value).is_integer() else value


def widened(item: Factor, values) -> Factor:
    """``item`` with ``values`` added as stops (or day choices), so a condition written in code
    (``at_least(35)``, ``within_last_days(60)``) can be shown exactly."""
    if item.shape == "values":
        return item
    known = set(item.values)
    extra = [v for v in values if v not in known]
    if not extra:
        return item
    if item.shape == "days":
        return Factor(item.column, item.label, "days",
                      day_options([d for d in (*item.values, *extra) if d]))
    merged = sorted({*known, *extra})
    return Factor(item.column, item.label, "range", tuple((number_text(v), v) for v in merged))


def condition(item: Factor, value) -> Condition | None:
    """The condition a control's value stands for; None for "no condition".

    The whole range, no value picked and "any date" are no condition, so customers with a
    missing value stay in the segment.
    """
    if item.shape == "values":
        return where(item.column).is_in(list(value)) if value else None
    if item.shape == "days":
        return where(item.column).within_last_days(int(value)) if value else None
    low, high = value
    first, last = item.values[0], item.values[-1]
    if low == first and high == last:
        return None
    if low == first:
        return where(item.column).at_most(high)
    if high == last:
        return where(item.column).at_least(low)
    return where(item.column).between(low, high)


def no_condition(item: Factor):
    """The control value that means "no condition"."""
    if item.shape == "values":
        return ()
    if item.shape == "days":
        return 0
    return (item.values[0], item.values[-1])


def control_value(item: Factor, given: Condition):
    """The control value that shows ``given``, or None when the control cannot show it."""
    args = given.args
    if item.shape == "values" and given.op == "is_in":
        return tuple(args) if set(args) <= set(item.values) else None
    if item.shape == "days" and given.op == "within_last_days" and args[1] is None:
        return args[0] if args[0] in item.values else None
    if item.shape == "range" and given.op in ("between", "at_least", "at_most"):
        first, last = item.values[0], item.values[-1]
        low, high = {"between": args, "at_least": (args[0], last),
                     "at_most": (first, args[0])}[given.op.value]
        return (low, high) if low in item.values and high in item.values else None
    return None


def needed_values(item: Factor, segments) -> list:
    """Numbers and days the segments' conditions on ``item`` use, to widen its control."""
    out = []
    for segment in segments:
        for c in segment.rule.conditions():
            if c.column != item.column:
                continue
            if c.op in ("between", "at_least", "at_most"):
                out.extend(v for v in c.args if isinstance(v, int | float))
            elif c.op == "within_last_days" and c.args[1] is None:
                out.append(c.args[0])
    return out


# ---------------------------------------------------------------- segments and controls


def parts(rule: Rule) -> tuple[Condition, ...] | None:
    """The conditions of a plain "this and that" rule, or None for anything else (or, not)."""
    if isinstance(rule, Condition):
        return (rule,)
    if isinstance(rule, AllOf) and all(isinstance(r, Condition) for r in rule.rules):
        return rule.rules
    return None


def combine(conditions) -> Rule:
    """One rule from conditions: everyone, one condition, or all of them."""
    conditions = tuple(c for c in conditions if c is not None)
    if not conditions:
        return everyone()
    return conditions[0] if len(conditions) == 1 else AllOf(conditions)


def control_values(segment: Segment, factors: dict[str, Factor]) -> dict | None:
    """{column: control value} that shows ``segment`` with these factors' controls, or None
    when they cannot (a rule with "or"/"not", a column that is not a factor, two conditions on
    one column): such a segment is kept exactly as written."""
    found = parts(segment.rule)
    if found is None or len({c.column for c in found}) < len(found):
        return None
    values = {column: no_condition(item) for column, item in factors.items()}
    for given in found:
        item = factors.get(given.column)
        value = control_value(item, given) if item is not None else None
        if value is None:
            return None
        values[given.column] = value
    return values


def segment_from(name: str, factors: dict[str, Factor], values: dict,
                 description: str = "") -> Segment:
    """The segment the controls show."""
    rule = combine(condition(item, values[column]) for column, item in factors.items())
    return Segment(name, rule, description)


def keep_factors(segments, old: list[str], new: list[str]) -> list[Segment]:
    """Each segment after the factors changed from ``old`` to ``new``: the conditions on the
    factors that remain are kept, those on a removed factor go. Segments the controls could
    not show (written in code) stay exactly as they are."""
    out = []
    for segment in segments:
        found = parts(segment.rule)
        if found is None or not {c.column for c in found} <= set(old):
            out.append(segment)
            continue
        kept = [c for c in found if c.column in new]
        out.append(Segment(segment.name, combine(kept), segment.description))
    return out


def default_segments(base: Base, item: Factor | None, count: int,
                     language: str | None = None) -> list[Segment]:
    """A start: ``count`` segments that split the base on one factor (the largest values, one
    band of round numbers each, or one date band each), named Segment 1, Segment 2 …"""
    names = [msg("segment_n", language, n=i + 1) for i in range(MAX_SEGMENTS)]
    rules: list[Rule] = [everyone()] * MAX_SEGMENTS
    if item is not None and item.shape == "values":
        counts = base.category_counts(item.column)
        ranked = [item.values[j] for j in np.argsort(-counts, kind="stable")]
        for i, value in enumerate(ranked[:count]):
            rules[i] = where(item.column).is_in([value])
    elif item is not None and item.shape == "range":
        edges = base.quantiles(item.column, np.linspace(0, 1, count + 1))
        cuts = [_nearest(item.values, nice(e)) for e in edges[1:-1]]
        bounds = [item.values[0], *cuts, item.values[-1]]
        whole = all(isinstance(v, int) for v in item.values)
        for i in range(count):
            low, high = bounds[i], bounds[i + 1]
            if i > 0 and whole:
                low = _next(item.values, low)  # whole numbers: 18-33, 34-51 …
            if low <= high:
                rules[i] = condition(item, (low, high)) or everyone()
    elif item is not None:
        for i, days in enumerate(DAY_CHOICES[:count]):
            rules[i] = where(item.column).within_last_days(days)
    return [Segment(name, rule) for name, rule in zip(names, rules, strict=True)]


def _nearest(values, target):
    return min(values, key=lambda v: abs(v - target))


def _next(values, value):
    i = values.index(value)
    return values[min(i + 1, len(values) - 1)]


# ---------------------------------------------------------------- undo


@dataclass(frozen=True)
class State:
    """What the learner built: the factors, how many segments show, and every segment (also
    the hidden ones, so showing them again brings them back)."""

    factors: tuple[str, ...]
    count: int
    segments: tuple[Segment, ...]


class History:
    """The states before each change, newest last; ``undo`` returns to the one before."""

    def __init__(self, limit: int = 50):
        self.limit = limit
        self._past: list[State] = []

    def __len__(self) -> int:
        return len(self._past)

    def push(self, state: State) -> None:
        if not self._past or self._past[-1] != state:
            self._past.append(state)
            del self._past[:-self.limit]

    def undo(self) -> State | None:
        return self._past.pop() if self._past else None


# ---------------------------------------------------------------- the summary


def warnings_per_segment(result) -> dict[str, int]:
    """How many warnings and notes concern each segment (an overlap concerns both)."""
    counts = dict.fromkeys(result.names, 0)
    for warning in result.warnings:
        for name in result.names:
            pair = warning.code == "overlap" and (warning.segment or "").split(" / ")
            if warning.segment == name or (pair and name in pair):
                counts[name] += 1
    return counts


def summary(result, language: str | None = None) -> pd.DataFrame:
    """Per segment: customers, share of the base, those who consented to ads and about how many
    a platform reaches (``SegmentResult.platform_reach``; a column the data cannot tell is left
    out), and its warnings; then the rest, in no segment."""
    warned = warnings_per_segment(result)
    total = max(result.base_size, 1)
    rows = []
    for name, members, reach in zip(result.names, result.counts, result.reach, strict=True):
        rows.append({"name": name, "members": int(members), "share": members / total,
                     "consented": reach.consented, "matched": reach.matched,
                     "warnings": warned[name]})
    rest = int(result.exclusive.iloc[-1])
    rows.append({"name": msg("rest", language), "members": rest, "share": rest / total})
    frame = pd.DataFrame(rows)
    for column in ("consented", "matched"):
        if frame[column].isna().all():
            frame = frame.drop(columns=column)
    return frame


def summary_headings(language: str | None = None) -> dict[str, str]:
    return {key: msg(f"h_{key}", language)
            for key in ("segment", "members", "share", "consented", "matched", "warnings")}
