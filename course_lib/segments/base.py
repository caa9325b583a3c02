"""The customer base, prepared once so every refresh of the segments is fast.

Each column is turned into plain numpy arrays the first time a rule or a profile needs it:
categories (and text) become integer codes, numbers become float64 with NaN for missing, dates
stay datetime64 with NaT. Each condition becomes a boolean mask once and is kept, so moving one
slider in the widget only evaluates the condition that changed.

The few summaries the builder's controls and the profiles need (a column's kind, its
categories and how many customers have each, a number column's range and quantiles) are
methods with the same names on :class:`course_lib.segments.warehouse.ParquetBase`, so one set
of functions serves a DataFrame and a Parquet file alike.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import get_language, messages, number
from .rules import (
    AllOf,
    AnyOf,
    Condition,
    Not,
    Op,
    Rule,
    column_error,
    not_date_error,
    not_numeric_error,
    wrong_type_error,
)

msg = messages(
    {
        "missing": {"sv": "saknas", "en": "missing"},
        "yes": {"sv": "ja", "en": "yes"},
        "no": {"sv": "nej", "en": "no"},
        "days_first": {"sv": "≤ {high} dagar sedan", "en": "≤ {high} days ago"},
        "days_band": {"sv": "{low}–{high} dagar sedan", "en": "{low}–{high} days ago"},
        "days_last": {"sv": "> {low} dagar sedan", "en": "> {low} days ago"},
        "same_column_twice": {
            "sv": "Kunddatan har flera kolumner med samma namn: {names}.",
            "en": "The customer data has several columns with the same name: {names}.",
        },
        "same_column_hint": {
            "sv": "Ge varje kolumn ett eget namn, till exempel med "
            "kunder.columns = [...] eller genom att läsa in filen med load_customer_file.",
            "en": "Give each column its own name, for example with customers.columns = [...] "
            "or by reading the file with load_customer_file.",
        },
        "not_a_table": {
            "sv": "Kunddatan måste vara en tabell (en pandas DataFrame), inte {kind}.",
            "en": "The customer data must be a table (a pandas DataFrame), not {kind}.",
        },
    },
    __name__,
)

# How far back the bands of a date factor reach, in days before the reference date.
DATE_BANDS = (30, 90, 180, 365)
NUMBER_BANDS = 5  # quintiles of the whole base
# A whole-number column with at most this many values gets one band per value (0-5 orders) …
FEW_VALUES = 8
# … when it has at most this many customers with a value (finding the values costs a sort).
FEW_VALUES_UP_TO = 200_000
MASK_CACHE = 64  # conditions kept between refreshes (one boolean per customer each)


@dataclass
class ColumnData:
    """One column as numpy arrays. ``kind`` is "category", "number" or "date"."""

    kind: str
    present: np.ndarray
    codes: np.ndarray | None = None  # category: int codes, -1 for missing
    categories: pd.Index | None = None
    values: np.ndarray | None = None  # number: float64 with NaN; date: datetime64 with NaT

    @property
    def has_missing(self) -> bool:
        return not bool(self.present.all())


@dataclass(frozen=True)
class NumberSummary:
    """What a slider needs of a number column: how many customers have a value, the lowest
    and highest value, and whether every value is a whole number."""

    count: int
    low: float
    high: float
    whole: bool


@dataclass
class Bands:
    """A factor cut into groups for a profile: code 0 is "missing", then one per label."""

    codes: np.ndarray
    labels: list[str]


def _column_data(series: pd.Series) -> ColumnData:
    dtype = series.dtype
    if isinstance(dtype, pd.CategoricalDtype):
        codes = series.cat.codes.to_numpy()
        return ColumnData("category", codes >= 0, codes=codes, categories=dtype.categories)
    if pd.api.types.is_bool_dtype(dtype):
        present = series.notna().to_numpy()
        codes = np.where(present, series.fillna(False).to_numpy(dtype=bool), -1).astype(np.int8)
        return ColumnData("category", present, codes=codes, categories=pd.Index([False, True]))
    if pd.api.types.is_numeric_dtype(dtype):
        values = series.to_numpy(dtype="float64", na_value=np.nan)
        return ColumnData("number", ~np.isnan(values), values=values)
    if pd.api.types.is_datetime64_any_dtype(dtype):
        if getattr(dtype, "tz", None) is not None:
            series = series.dt.tz_localize(None)  # keep the local wall-clock date
        values = series.to_numpy()
        return ColumnData("date", ~np.isnat(values), values=values)
    # Text: factorise once; the codes make "is one of" as fast as for categories.
    try:
        codes, uniques = pd.factorize(series, sort=True)
    except TypeError:  # mixed types cannot be sorted
        codes, uniques = pd.factorize(series)
    return ColumnData("category", codes >= 0, codes=codes, categories=pd.Index(uniques))


class Base:
    """A customer table prepared for fast segment evaluation.

    ``today`` is the reference date for "within the last N days"; without it the table's
    ``attrs["reference_date"]`` is used, and otherwise the latest date in the column itself.
    """

    def __init__(self, customers: pd.DataFrame, today=None):
        if not isinstance(customers, pd.DataFrame):
            raise CourseError(msg("not_a_table", kind=type(customers).__name__))
        twice = customers.columns[customers.columns.duplicated()].unique()
        if len(twice):
            names = ", ".join(repr(str(c)) for c in twice)
            raise CourseError(msg("same_column_twice", names=names), hint=msg("same_column_hint"))
        self.customers = customers
        self.n = len(customers)
        if today is None:
            today = customers.attrs.get("reference_date")
        self.today = None if today is None else pd.Timestamp(today).normalize()
        self._columns: dict[str, ColumnData] = {}
        self._bands: dict[tuple[str, str], Bands] = {}
        self._masks: OrderedDict = OrderedDict()

    @cached_property
    def match_rate(self) -> float | None:
        """The ad platform's match rate for these customers, when the data knows it
        (``attrs["match_rate"]``, a number or a function the synthetic world provides)."""
        rate = self.customers.attrs.get("match_rate")
        return float(rate()) if callable(rate) else rate

    # -------------------------------------------------------------- columns
    @property
    def columns(self) -> pd.Index:
        return self.customers.columns

    def has(self, column: str) -> bool:
        return column in self.customers.columns

    def column(self, column: str) -> ColumnData:
        if column not in self._columns:
            if not self.has(column):
                raise column_error(column, self.customers.columns)
            self._columns[column] = _column_data(self.customers[column])
        return self._columns[column]

    def kind(self, column: str) -> str:
        return self.column(column).kind

    def categories(self, column: str) -> list:
        """The different values of a category (or yes/no, or text) column."""
        return list(self.column(column).categories)

    def category_counts(self, column: str) -> np.ndarray:
        """Customers per category, in the order of :meth:`categories`."""
        data = self.column(column)
        return np.bincount(data.codes[data.present], minlength=len(data.categories))

    def number_summary(self, column: str) -> NumberSummary:
        present = self._numbers_present(column)
        if present.size == 0:
            return NumberSummary(0, np.nan, np.nan, True)
        return NumberSummary(int(present.size), float(present.min()), float(present.max()),
                             bool(np.all(np.mod(present, 1) == 0)))

    def quantiles(self, column: str, shares) -> np.ndarray:
        """The values below which these shares of the customers fall (numpy's linear rule)."""
        present = self._numbers_present(column)
        if present.size == 0:
            return np.full(len(shares), np.nan)
        return np.quantile(present, shares)

    def distinct_numbers(self, column: str, limit: int) -> np.ndarray | None:
        """The different values in order, or None when there are more than ``limit``."""
        found = np.unique(self._numbers_present(column))
        return found if found.size <= limit else None

    def _numbers_present(self, column: str) -> np.ndarray:
        data = self.column(column)
        if data.kind != "number":
            raise not_numeric_error(column, "between")
        return data.values[data.present]

    def reference_date(self, column: str) -> pd.Timestamp:
        """The "today" that date conditions and date profiles count back from."""
        if self.today is not None:
            return self.today
        data = self.column(column)
        if data.kind != "date" or not data.present.any():
            return pd.Timestamp("1970-01-01")
        return pd.Timestamp(data.values[data.present].max()).normalize()

    # -------------------------------------------------------------- masks
    def mask(self, rule: Rule) -> np.ndarray:
        """A boolean array: True for every customer the rule picks."""
        if isinstance(rule, Condition):
            return self._condition_mask(rule)
        if isinstance(rule, AllOf):
            if not rule.rules:
                return np.ones(self.n, dtype=bool)
            return np.logical_and.reduce([self.mask(r) for r in rule.rules])
        if isinstance(rule, AnyOf):
            if not rule.rules:
                return np.zeros(self.n, dtype=bool)
            return np.logical_or.reduce([self.mask(r) for r in rule.rules])
        if isinstance(rule, Not):
            return ~self.mask(rule.rule)
        raise TypeError(rule)

    def _condition_mask(self, condition: Condition) -> np.ndarray:
        cached = self._masks.get(condition)
        if cached is not None:
            self._masks.move_to_end(condition)
            return cached
        mask = self._compute(condition)
        mask.flags.writeable = False  # shared between refreshes: nobody may change it
        self._masks[condition] = mask
        if len(self._masks) > MASK_CACHE:
            self._masks.popitem(last=False)
        return mask

    def _compute(self, c: Condition) -> np.ndarray:
        return _MASKS[c.op](self, c, self.column(c.column))

    def _missing(self, c: Condition, data: ColumnData) -> np.ndarray:
        return ~data.present

    def _present(self, c: Condition, data: ColumnData) -> np.ndarray:
        return data.present.copy()

    def _numbers(self, c: Condition, data: ColumnData) -> np.ndarray:
        if data.kind != "number":
            raise not_numeric_error(c.column, c.op.value)
        v = data.values
        if c.op == Op.BETWEEN:
            return (v >= c.args[0]) & (v <= c.args[1])
        return v >= c.args[0] if c.op == Op.AT_LEAST else v <= c.args[0]

    def _recent(self, c: Condition, data: ColumnData) -> np.ndarray:
        if data.kind != "date":
            raise not_date_error(c.column)
        days, today = c.args
        end = (pd.Timestamp(today) if today else self.reference_date(c.column))
        end = end.normalize() + pd.Timedelta(days=1)
        start = end - pd.Timedelta(days=days)
        v = data.values
        return (v >= start.to_datetime64()) & (v < end.to_datetime64())

    def _membership(self, c: Condition, data: ColumnData) -> np.ndarray:
        values = list(c.args)
        if data.kind == "category":
            _check_category_values(c.column, data.categories, values)
            hit = np.asarray(data.categories.isin(values), dtype=bool)
            if c.op == Op.NOT_IN:
                hit = ~hit
            # Code -1 (missing) picks the appended False: missing never matches.
            return np.append(hit, False)[data.codes]
        if data.kind == "number":
            for value in values:
                if isinstance(value, bool) or not isinstance(value, int | float):
                    raise wrong_type_error(c.column, "number", value)
            hit = np.isin(data.values, np.asarray(values, dtype="float64"))
        else:
            try:
                wanted = pd.to_datetime(pd.Series(values)).to_numpy()
            except (ValueError, TypeError) as error:
                raise wrong_type_error(c.column, "date", values[0]) from error
            hit = np.isin(data.values, wanted)
        return hit if c.op == Op.IS_IN else (~hit & data.present)

    # -------------------------------------------------------------- profile bands
    def bands(self, column: str) -> Bands:
        """The column cut into groups for profiles (categories, quintiles or day bands)."""
        key = (column, get_language())  # date labels are words: one set per language
        if key not in self._bands:
            data = self.column(column)
            if data.kind == "category":
                bands = Bands(data.codes.astype(np.int32) + 1,
                              [category_text(c) for c in data.categories])
            elif data.kind == "number":
                cuts, labels = number_cuts(self, column)
                codes = np.zeros(self.n, dtype=np.int32)
                codes[data.present] = np.searchsorted(cuts, data.values[data.present],
                                                      side="right") + 1
                bands = Bands(codes, labels)
            else:
                bands = _date_bands(data, self.reference_date(column))
            self._bands[key] = bands
        return self._bands[key]


# How each operator picks customers: one entry per Op (a test checks none is missing).
_MASKS = {
    Op.IS_IN: Base._membership,
    Op.NOT_IN: Base._membership,
    Op.BETWEEN: Base._numbers,
    Op.AT_LEAST: Base._numbers,
    Op.AT_MOST: Base._numbers,
    Op.WITHIN_LAST_DAYS: Base._recent,
    Op.IS_MISSING: Base._missing,
    Op.IS_PRESENT: Base._present,
}


def _check_category_values(column: str, categories: pd.Index, values: list) -> None:
    """A text column compared with a number (or the reverse) is a learner's slip: say so."""
    if len(categories) == 0:
        return
    sample = categories[0]
    for value in values:
        if isinstance(sample, str) and not isinstance(value, str):
            raise wrong_type_error(column, "category", value)
        if isinstance(sample, bool | np.bool_) and not isinstance(value, bool):
            raise wrong_type_error(column, "category", value)


def number_cuts(base, column: str) -> tuple[np.ndarray, list[str]]:
    """Where a number column's profile bands begin, and their labels: a customer with value
    x is in band 1 + (how many cuts are at most x); band 0 is "missing".

    Few whole values (0-5 orders) get one band each; otherwise the quintiles, rounded to
    numbers a marketer reads easily. ``base`` is a :class:`Base` or a Parquet base.
    """
    summary = base.number_summary(column)
    if summary.count == 0:
        return np.array([]), []
    if summary.whole and summary.count <= FEW_VALUES_UP_TO:
        edges = base.distinct_numbers(column, FEW_VALUES)
        if edges is not None:
            return np.asarray(edges[1:], float), [number_text(e) for e in edges]
    edges = base.quantiles(column, np.linspace(0, 1, NUMBER_BANDS + 1))
    # Round edges a marketer can read (25 000, not 25 461); the outer ones outwards.
    edges = np.unique([nice(edges[0], "down"), *(nice(e) for e in edges[1:-1]),
                       nice(edges[-1], "up")])
    if edges.size < 2:
        return np.array([]), [number_text(edges[0])]
    labels = []
    for i in range(edges.size - 1):
        low, high = edges[i], edges[i + 1]
        if summary.whole and i < edges.size - 2:
            high -= 1  # whole numbers: 25-34, 35-44 rather than 25-35, 35-45
        labels.append(number_text(low) if low == high else f"{number_text(low)}–{number_text(high)}")
    return edges[1:-1], labels


def nice(value: float, direction: str = "nearest") -> float:
    """``value`` at two significant digits, so an edge reads easily: 25 461 -> 25 000 (or
    26 000 "up"), 3 321 -> 3 300, 84 -> 84, 4.73 -> 4.7.

    >>> nice(25_461), nice(25_461, "up"), nice(3_321, "down"), nice(84), nice(4.73), nice(0)
    (25000.0, 26000.0, 3300.0, 84.0, 4.7, 0.0)
    """
    if value == 0 or not np.isfinite(value):
        return float(value)
    exponent = int(np.floor(np.log10(abs(value)))) - 1
    scaled = value / 10.0 ** exponent
    rounded = {"down": np.floor, "up": np.ceil}.get(direction, np.round)(scaled)
    return float(round(rounded * 10.0 ** exponent, max(0, -exponent)))


def number_text(value: float) -> str:
    """A number as the learner's language writes it, with the decimals it needs (at most 2):
    ``25 000``, ``4,7`` in Swedish."""
    value = float(value)
    decimals = 0 if value.is_integer() else min(len(f"{value:.2f}".rstrip("0").partition(".")[2]), 2)
    return number(value, decimals)


def _date_bands(data: ColumnData, today: pd.Timestamp) -> Bands:
    end = (today + pd.Timedelta(days=1)).to_datetime64()
    days_ago = (end - data.values[data.present]) / np.timedelta64(1, "D")
    codes = np.zeros(len(data.values), dtype=np.int32)
    codes[data.present] = np.searchsorted(np.asarray(DATE_BANDS, float), days_ago, "left") + 1
    return Bands(codes, date_labels())


def date_labels() -> list[str]:
    """The date bands' labels: within 30 days, 31-90 days ago … more than 365 days ago."""
    labels = [msg("days_first", high=DATE_BANDS[0])]
    for low, high in zip(DATE_BANDS, DATE_BANDS[1:], strict=False):
        labels.append(msg("days_band", low=low + 1, high=high))
    labels.append(msg("days_last", low=DATE_BANDS[-1]))
    return labels


def category_text(value, language: str | None = None) -> str:
    """A category as a label: yes/no for a yes/no column, else the value as written."""
    if isinstance(value, bool | np.bool_):
        return msg("yes" if value else "no", language)
    return str(value)


def missing_label() -> str:
    return msg("missing")
