"""Evaluate a set of segments on the customer base: sizes, overlaps, the rest, profiles.

The trick that makes it fast: each customer gets one small number, the *pattern*, whose bit i
says "is in segment i". Counting customers per pattern (and per pattern and factor value) is a
single ``np.bincount``; sizes, overlaps, the exclusive assignment and every profile are then
sums over at most 2**k patterns instead of over a million rows.

>>> import pandas as pd
>>> from course_lib.segments import Segment, where, evaluate
>>> customers = pd.DataFrame({"age": [22, 31, 45, 38],
...                           "city": ["Umeå", "Göteborg", "Umeå", "Malmö"]})
>>> result = evaluate(customers, [Segment("Unga", where("age").at_most(35)),
...                               Segment("Umeå", where("city").is_in(["Umeå"]))])
>>> result.counts.to_dict()
{'Unga': 2, 'Umeå': 2}
>>> int(result.overlap.loc["Unga", "Umeå"])
1
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages
from . import warehouse
from .base import Base, missing_label
from .consent import consent_column_of, consent_mask, consent_rule
from .guards import Reach, SegmentWarning, check_segments, column_label
from .rules import Segment

msg = messages(
    {
        "rest": {"sv": "Resten", "en": "The rest"},
        "whole_base": {"sv": "Hela basen", "en": "Whole base"},
        "count": {"sv": "Antal", "en": "Customers"},
        "share": {"sv": "Andel av basen (%)", "en": "Share of base (%)"},
        "r_consented": {"sv": "Samtycke till annonser", "en": "Consented to ads"},
        "r_matched": {"sv": "Matchas på plattformen (cirka)", "en": "Matched on the platform (about)"},
        "m_customers": {"sv": "Antal kunder", "en": "Customers"},
        "m_share": {"sv": "Andel av basen (%)", "en": "Share of base (%)"},
        "m_revenue_mean": {"sv": "Omsättning per kund (kr)", "en": "Revenue per customer (SEK)"},
        "m_revenue_share": {"sv": "Andel av omsättningen (%)", "en": "Share of revenue (%)"},
        "m_orders_mean": {"sv": "Ordrar per kund", "en": "Orders per customer"},
        "m_consent_email": {"sv": "Samtycke till e-post (%)", "en": "Consent to email (%)"},
        "m_consent_ads": {"sv": "Samtycke till annonser (%)", "en": "Consent to ads (%)"},
        "too_many": {
            "sv": "Högst {limit} segment åt gången, men du har {count}.",
            "en": "At most {limit} segments at a time, but you have {count}.",
        },
        "no_segments": {
            "sv": "Det finns inga segment att räkna på ännu.",
            "en": "There are no segments to count yet.",
        },
        "same_name": {
            "sv": "Två segment heter ”{name}”. Ge varje segment ett eget namn.",
            "en": "Two segments are called “{name}”. Give each segment its own name.",
        },
        "not_segment": {
            "sv": "{value!r} är inget segment. Skapa det med Segment(namn, villkor).",
            "en": "{value!r} is not a segment. Create it with Segment(name, rule).",
        },
    },
    __name__,
)

# The lesson's advice, once for code and the builder: three factors and four to five segments.
MAX_FACTORS = 3
MAX_SEGMENTS = 5  # the pattern below is one byte, so it has room for eight

# Value measures: role -> column name. Any that are missing from the data are skipped.
DEFAULT_MEASURES = {
    "revenue": "revenue_12m",
    "orders": "orders_12m",
    "channel": "main_channel",
    "consent_email": "consent_email",
    "consent_ads": "consent_ads",
}


@dataclass
class SegmentResult:
    """Everything the evaluation found. Tables are pandas objects a notebook can show."""

    segments: tuple[Segment, ...]
    factors: tuple[str, ...]
    base_size: int
    counts: pd.Series  # customers per segment
    overlap: pd.DataFrame  # customers in both row and column segment; diagonal = sizes
    exclusive: pd.Series  # each customer counted once, first segment wins, then the rest
    profiles: dict[str, pd.DataFrame]  # factor/channel -> share per group, per segment
    measures: pd.DataFrame  # value measures per segment, the rest and the whole base
    warnings: list[SegmentWarning] = field(default_factory=list)
    reach: list[Reach] = field(default_factory=list)  # what a platform could use, per segment
    _pattern: np.ndarray | None = field(default=None, repr=False)
    _index: pd.Index | None = field(default=None, repr=False)

    @property
    def names(self) -> list[str]:
        return [s.name for s in self.segments]

    @property
    def sizes(self) -> pd.DataFrame:
        """Customers and percent of the base per segment (a customer may be in several)."""
        share = self.counts / self.base_size if self.base_size else self.counts * 0.0
        return pd.DataFrame({msg("count"): self.counts, msg("share"): (100 * share).round(1)})

    @property
    def platform_reach(self) -> pd.DataFrame:
        """Per segment: members, consented to ads, and about how many a platform matches."""
        rows = {name: {msg("count"): r.members, msg("r_consented"): r.consented,
                       msg("r_matched"): r.matched} for name, r in zip(self.names, self.reach,
                                                                       strict=True)}
        table = pd.DataFrame.from_dict(rows, orient="index")
        return table.dropna(axis=1, how="all").astype("Int64")

    @property
    def overlap_share(self) -> pd.DataFrame:
        """Share of the row segment that is also in the column segment."""
        sizes = self.counts.replace(0, np.nan)
        return self.overlap.div(sizes, axis=0).fillna(0.0)

    def mask(self, name: str) -> np.ndarray:
        """True for every member of the segment called ``name``."""
        if self._pattern is None:  # a Parquet base: the members stay in the file
            raise warehouse.no_rows_kept()
        i = self.names.index(name)
        return (self._pattern >> i) & 1 == 1

    @cached_property
    def groups(self) -> pd.Series:
        """Each customer's group in the exclusive assignment (a segment name or the rest)."""
        if self._pattern is None:
            raise warehouse.no_rows_kept()
        pattern = self._pattern.astype(np.int32)
        first = np.full(len(pattern), len(self.segments), dtype=np.int32)
        for i in reversed(range(len(self.segments))):  # first segment in the list wins
            first[(pattern >> i) & 1 == 1] = i
        labels = [*self.names, msg("rest")]
        return pd.Series(
            pd.Categorical.from_codes(first, categories=labels), index=self._index, name="segment"
        )


def evaluate(
    customers,
    segments: list[Segment],
    factors=None,
    *,
    measures: dict | None = None,
    mapping: dict | None = None,
    today=None,
) -> SegmentResult:
    """Count and profile ``segments`` on ``customers`` (a DataFrame or a prepared ``Base``).

    ``factors`` are the columns to profile (default: every column the rules use, at most
    ``MAX_FACTORS``).
    ``measures`` overrides the value-measure columns of ``DEFAULT_MEASURES``.
    ``mapping`` says which catalogue data point a column is ({column: key}).

    ``customers`` may also be the path of a Parquet file or folder (or a ``ParquetBase``):
    then DuckDB counts everything in one query and nothing is loaded into pandas. Sizes,
    overlaps, the exclusive assignment, measures, reach, warnings and profiles are the same;
    single members are not kept (a text column with more than a thousand different values
    is not profiled).
    """
    if warehouse.is_parquet_source(customers) or isinstance(customers, warehouse.ParquetBase):
        return _evaluate_parquet(customers, segments, factors, measures, mapping, today)
    base = customers if isinstance(customers, Base) else Base(customers, today=today)
    segments = _check_segments(segments)
    masks = [base.mask(s.rule) for s in segments]
    pattern = _pattern(masks, base.n)
    k = len(segments)
    per_pattern = np.bincount(pattern, minlength=1 << k)
    bits = _bits(k)  # bits[p, i] == 1 when pattern p includes segment i

    names = [s.name for s in segments]
    counts = bits.T @ per_pattern
    both = bits.T @ (bits * per_pattern[:, None])
    exclusive = _exclusive(per_pattern, k)
    if factors is None:
        factors = [c for s in segments for c in s.rule.columns()]
    factors = tuple(dict.fromkeys(factors))[:MAX_FACTORS] if factors else ()
    for column in factors:
        base.column(column)  # a friendly error now for a factor that does not exist

    groups = [*names, msg("rest"), msg("whole_base")]
    roles = {**DEFAULT_MEASURES, **(measures or {})}
    profiles = {c: _profile(base, c, pattern, bits, groups, mapping)
                for c in _profiled(base, factors, roles)}

    result = SegmentResult(
        segments=tuple(segments),
        factors=factors,
        base_size=base.n,
        counts=pd.Series(counts, index=names, name=msg("count"), dtype="int64"),
        overlap=pd.DataFrame(both, index=names, columns=names, dtype="int64"),
        exclusive=pd.Series(exclusive, index=[*names, msg("rest")], name=msg("count")),
        profiles=profiles,
        measures=_measures(base, roles, pattern, bits, per_pattern, groups),
        _pattern=pattern,
        _index=base.customers.index,
    )
    result.reach = reach_of(base, masks, mapping)
    result.warnings = check_segments(segments, counts, both, base.n, mapping, result.reach)
    return result


def _evaluate_parquet(source, segments, factors, measures, mapping, today) -> SegmentResult:
    """evaluate() for a Parquet base: one GROUP BY pattern query in DuckDB."""
    base = warehouse.base_of(source, today)
    segments = _check_segments(segments)
    k = len(segments)
    names = [s.name for s in segments]
    roles = {**DEFAULT_MEASURES, **(measures or {})}
    measured = measured_columns(base, roles)
    try:
        column = consent_column_of(base, mapping=mapping)
        consent = consent_rule(base, column) if column is not None else None
    except CourseError:  # a consent column we cannot read: count members only
        consent = None
    if factors is None:
        factors = [c for s in segments for c in s.rule.columns()]
    factors = tuple(dict.fromkeys(factors))[:MAX_FACTORS] if factors else ()
    for column in factors:
        base.kind(column)  # a friendly error now for a factor that does not exist
    counted = warehouse.count_patterns(base, segments, measured, consent,
                                       _profiled(base, factors, roles))
    per_pattern = counted.customers
    bits = _bits(k)
    counts = bits.T @ per_pattern
    both = bits.T @ (bits * per_pattern[:, None])
    consented = None if consent is None else bits.T @ counted.consented
    reach = [Reach(int(counts[i]), None if consented is None else int(consented[i]), None)
             for i in range(k)]
    groups = [*names, msg("rest"), msg("whole_base")]
    result = SegmentResult(
        segments=tuple(segments),
        factors=factors,
        base_size=base.n,
        counts=pd.Series(counts, index=names, name=msg("count"), dtype="int64"),
        overlap=pd.DataFrame(both, index=names, columns=names, dtype="int64"),
        exclusive=pd.Series(_exclusive(per_pattern, k), index=[*names, msg("rest")],
                            name=msg("count")),
        profiles={c: _profile_frame(table, labels, bits, groups, c, mapping)
                  for c, (table, labels) in counted.bands.items()},
        measures=measures_table(counted.sums, per_pattern, bits, base.n, groups),
        reach=reach,
    )
    result.warnings = check_segments(segments, counts, both, base.n, mapping, reach)
    return result


def reach_of(base: Base, masks: list[np.ndarray], mapping=None) -> list[Reach]:
    """Per segment: members, members who consented to ads, and the platform's match rate.

    The match rate comes from the data (``customers.attrs["match_rate"]``, which the
    synthetic world sets); for a learner's own file it is unknown.
    """
    try:
        column = consent_column_of(base.customers, mapping=mapping)
        consent = consent_mask(base, column) if column is not None else None
    except CourseError:  # a consent column we cannot read: count members only
        consent = None
    rate = base.match_rate
    return [Reach(int(mask.sum()), None if consent is None else int((mask & consent).sum()),
                  rate) for mask in masks]


def _check_segments(segments) -> list[Segment]:
    if isinstance(segments, Segment):
        segments = [segments]
    segments = list(segments or [])
    if not segments:
        raise CourseError(msg("no_segments"))
    if len(segments) > MAX_SEGMENTS:
        raise CourseError(msg("too_many", limit=MAX_SEGMENTS, count=len(segments)))
    seen = set()
    for segment in segments:
        if not isinstance(segment, Segment):
            raise CourseError(msg("not_segment", value=segment))
        if segment.name in seen:
            raise CourseError(msg("same_name", name=segment.name))
        seen.add(segment.name)
    return segments


def _pattern(masks: list[np.ndarray], n: int) -> np.ndarray:
    pattern = np.zeros(n, dtype=np.uint8)
    for i, mask in enumerate(masks):
        pattern |= mask.view(np.uint8) << np.uint8(i)
    return pattern


def _bits(k: int) -> np.ndarray:
    patterns = np.arange(1 << k)
    return ((patterns[:, None] >> np.arange(k)) & 1).astype(np.int64)


def _exclusive(per_pattern: np.ndarray, k: int) -> np.ndarray:
    """Customers per group when each one belongs only to the first segment they match."""
    out = np.zeros(k + 1, dtype=np.int64)
    for p, count in enumerate(per_pattern):
        if p == 0:
            out[k] += count
        else:
            out[(p & -p).bit_length() - 1] += count  # lowest set bit = first in the list
    return out


def _per_group(table: np.ndarray, bits: np.ndarray) -> np.ndarray:
    """Rows per pattern -> rows per segment, plus the rest (pattern 0) and the whole base."""
    return np.vstack([bits.T @ table, table[0], table.sum(axis=0)])


def _profiled(base, factors, roles) -> list[str]:
    """The columns to profile: the factors, and the main channel (for the value measures)."""
    profiled = list(factors)
    channel = roles.get("channel")
    if channel and base.has(channel) and channel not in profiled:
        profiled.append(channel)
    return profiled


def _profile(base: Base, column: str, pattern, bits, groups, mapping=None) -> pd.DataFrame:
    bands = base.bands(column)
    width = len(bands.labels) + 1
    joint = pattern.astype(np.int32) * width + bands.codes
    table = np.bincount(joint, minlength=len(bits) * width).reshape(len(bits), width)
    return _profile_frame(table, bands.labels, bits, groups, column, mapping)


def _profile_frame(table, labels, bits, groups, column, mapping=None) -> pd.DataFrame:
    """Shares per band and group from customers per pattern (rows) and band (columns, band 0
    is missing): numpy counts them for a DataFrame, DuckDB for a Parquet file."""
    counts = _per_group(table, bits).astype(float)
    totals = counts.sum(axis=1, keepdims=True)
    shares = np.divide(counts, totals, out=np.zeros_like(counts), where=totals > 0)
    frame = pd.DataFrame(shares.T, index=[missing_label(), *labels], columns=groups)
    if counts[-1, 0] == 0:  # nobody in the base lacks the value: no "missing" row
        frame = frame.iloc[1:]
    frame.index.name = column_label(column, mapping)
    return frame


def measured_columns(base, roles) -> dict[str, str]:
    """Role -> column for each value measure the data can give: revenue and orders need
    numbers, the consents yes/no (or 0/1). ``base`` is a Base or a Parquet base."""
    found = {}
    for role in ("revenue", "orders", "consent_email", "consent_ads"):
        column = roles.get(role)
        if not column or not base.has(column):
            continue
        kind = base.kind(column)
        yes_no = kind == "category" and list(base.categories(column)) == [False, True]
        if kind == "number" or (role.startswith("consent") and yes_no):
            found[role] = column
    return found


def _measures(base: Base, roles, pattern, bits, per_pattern, groups) -> pd.DataFrame:
    sums = {}
    for role, column in measured_columns(base, roles).items():
        data = base.column(column)
        values = np.where(data.present, data.values, 0.0) if data.kind == "number" else (
            (data.codes == 1).astype(float)  # booleans: True counts as 1
        )
        total = np.bincount(pattern, weights=values, minlength=len(bits))
        present = np.bincount(pattern, weights=data.present, minlength=len(bits))
        sums[role] = (total, present)
    return measures_table(sums, per_pattern, bits, base.n, groups)


def measures_table(sums: dict, per_pattern, bits, base_size: int, groups) -> pd.DataFrame:
    """The value-measure table from per-pattern sums: ``sums[role] = (total, present)``, each
    an array with one number per pattern (computed with numpy or in SQL)."""
    sizes = _per_group(np.asarray(per_pattern, float)[:, None], bits)[:, 0]
    # Shares as percent and money in whole kronor: the table is read by marketers.
    rows = {msg("m_customers"): sizes, msg("m_share"): 100 * sizes / max(base_size, 1)}

    def per_group(role):
        total, present = (np.asarray(a, float)[:, None] for a in sums[role])
        return _per_group(total, bits)[:, 0], _per_group(present, bits)[:, 0]

    def mean(total, present):
        return np.divide(total, present, out=np.full_like(total, np.nan), where=present > 0)

    if "revenue" in sums:
        total, present = per_group("revenue")
        rows[msg("m_revenue_mean")] = mean(total, present).round(0)
        rows[msg("m_revenue_share")] = 100 * total / total[-1] if total[-1] else total * 0
    if "orders" in sums:
        rows[msg("m_orders_mean")] = mean(*per_group("orders"))
    for role in ("consent_email", "consent_ads"):
        if role in sums:
            rows[msg(f"m_{role}")] = 100 * mean(*per_group(role))
    return pd.DataFrame(rows, index=groups).T.round(1)
