"""Dates: one reading per column, decided from its values, and said in the load report.

12/1/2010 is 12 January in Sweden and 1 December in the US. Reading each cell on its own mixes
the two within a column, silently. So a whole column is read one way: a first part above 12
(25/3/2024) means day first, a second part above 12 (3/25/2024) means month first, and a column
with both is refused, naming a row of each. A column where every date could be either is read
day first, as Swedes write, and the report says it was a guess. ``date_format`` overrides.

Also read: ISO and Swedish 2024-03-01, times after the date (8:26, 08:26:00, 8:26 PM), Excel's
date numbers (45292 is 2024-01-01) and 20240301 in a column whose name says it holds dates.
No time zone is ever added.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ...core.errors import CourseError
from ...core.i18n import messages
from .names import words

msg = messages(
    {
        "mixed_orders": {
            "sv": "Kolumnen {column!r} blandar två sätt att skriva datum: rad {day_row} "
            "({day_value}) har dagen först, men rad {month_row} ({month_value}) har månaden först.",
            "en": "The column {column!r} mixes two ways of writing dates: row {day_row} "
            "({day_value}) has the day first, but row {month_row} ({month_value}) has the month "
            "first.",
        },
        "mixed_orders_hint": {
            "sv": "Skriv alla datum på samma sätt, helst som 2024-03-25. Vet du hur kolumnen ska "
            "läsas kan du säga det: date_format={{{column!r}: \"dayfirst\"}} (dag först) eller "
            "\"monthfirst\" (månad först).",
            "en": "Write all dates the same way, preferably as 2024-03-25. If you know how the "
            "column should be read, say so: date_format={{{column!r}: \"dayfirst\"}} (day first) "
            "or \"monthfirst\" (month first).",
        },
    },
    __name__,
)

ORDERS = ("dayfirst", "monthfirst")
MOSTLY = 0.8  # a column is dates when at least this share of its filled cells look like dates
SAMPLE = 2_000  # values looked at before the whole column, to rule a type out quickly
EXCEL_DAY_ZERO = pd.Timestamp("1899-12-30")  # Excel counts days from here
SERIAL_RANGE = (10_000, 100_000)  # Excel date numbers from 1927 to 2173
DATE_WORDS = {"date", "datum", "dt", "since", "sedan", "created", "skapad", "registrerad",
              "registered", "updated", "uppdaterad"}

# [0-9] rather than \d so pandas runs the pattern in pyarrow (see columns.py).
_TIME = (r"(?:[ T]+(?P<hh>[0-9]{1,2})[:.](?P<mm>[0-9]{2})(?:[:.](?P<ss>[0-9]{2})(?:[.,][0-9]+)?)?"
         r"(?: *(?P<ampm>[AaPp][Mm]))?)?")
_PARTS = r"^(?P<a>[0-9]{1,4})[-/.](?P<b>[0-9]{1,2})[-/.](?P<c>[0-9]{1,4})" + _TIME + "$"
ISO_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
SHAPE = (r"[0-9]{1,4}[-/.][0-9]{1,2}[-/.][0-9]{1,4}(?:[ T]+[0-9]{1,2}[:.][0-9]{2}"
         r"(?:[:.][0-9]{2}(?:[.,][0-9]+)?)?(?: *[AaPp][Mm])?)?")


@dataclass
class Dates:
    """A column read as dates. ``values`` is NaT where a cell could not be read."""

    values: pd.Series
    order: str  # "iso", "dayfirst", "monthfirst", "excel_serial" or "format"
    assumed: bool = False  # the values could not tell: read day first, as in Sweden
    has_time: bool = False


def is_date_name(column: str) -> bool:
    """True when the name says the column holds dates ("OrderDate", "Registreringsdatum")."""
    return any(w in DATE_WORDS or w.endswith(("datum", "date")) for w in words(column))


def read_dates(column: str, present: pd.Series, rule: str | None = None,
               forced: bool = False) -> Dates | None:
    """``present`` (filled cells as text) read as dates, or None when they do not look like
    dates. ``rule`` is "dayfirst", "monthfirst" or a format such as "%m/%d/%Y"; ``forced``
    reads the column as dates even when few cells look like dates (the learner said so)."""
    if rule is not None and "%" in rule:
        values = _as_datetime(pd.to_datetime(present, format=rule, errors="coerce"))
        return Dates(values, "format", has_time=any(p in rule for p in ("%H", "%I", "%M")))
    if rule is None and is_date_name(column):
        found = _excel_numbers(present) or _compact(present)
        if found is not None:
            return found
    if not forced and not could_be(present, SHAPE):
        return None
    if rule is None and could_be(present, ISO_DATE, share=1.0):
        iso = _iso_dates(present)
        if iso.notna().all():
            return Dates(iso, "iso")  # the common case, read in one go
    return _day_month_year(column, present, rule)


def could_be(texts: pd.Series, pattern: str, share: float = MOSTLY) -> bool:
    """False when a spread-out sample of a long column clearly does not match ``pattern``:
    ruling a type out this way costs little on 200,000 rows."""
    if len(texts) <= 4 * SAMPLE:
        return True
    sample = texts.iloc[:: len(texts) // SAMPLE]
    return bool(sample.str.fullmatch(pattern).mean() >= share - 0.2)


def _iso_dates(present: pd.Series) -> pd.Series:
    """2024-03-01, read by pyarrow (three times faster than pandas); NaT where it is not."""
    import pyarrow as pa
    import pyarrow.compute as pc

    found = pc.strptime(pa.array(present), format="%Y-%m-%d", unit="us", error_is_null=True)
    return pd.Series(found.to_numpy(zero_copy_only=False), index=present.index,
                     dtype="datetime64[us]")


def _excel_numbers(present: pd.Series) -> Dates | None:
    """45292 in a date column: Excel's number for 2024-01-01 (the decimals are the time)."""
    numbers = pd.to_numeric(present.str.replace(",", ".", regex=False), errors="coerce")
    if numbers.isna().any() or not numbers.between(*SERIAL_RANGE).all():
        return None
    values = (EXCEL_DAY_ZERO + pd.to_timedelta(numbers.astype("float64"), unit="D")).dt.round("s")
    return Dates(_as_datetime(values), "excel_serial", has_time=bool((numbers % 1 != 0).any()))


def _compact(present: pd.Series) -> Dates | None:
    """20240301 in a date column."""
    if not present.str.fullmatch(r"(?:19|20)[0-9]{6}").all():
        return None
    return Dates(_as_datetime(pd.to_datetime(present, format="%Y%m%d", errors="coerce")), "iso")


def _parts(present: pd.Series) -> dict[str, np.ndarray]:
    """The numbers of each date (a, b, c in the order written) and its time, NaN if absent."""
    import pyarrow as pa
    import pyarrow.compute as pc

    found = pc.extract_regex(pa.array(present, type=pa.large_string()), _PARTS)
    parts = {}
    for name in ("a", "b", "c", "hh", "mm", "ss"):
        digits = pc.struct_field(found, name)
        digits = pc.if_else(pc.equal(digits, ""), None, digits)
        parts[name] = pc.cast(digits, pa.float64()).to_numpy(zero_copy_only=False)
        if name in ("a", "c"):
            lengths = pc.utf8_length(digits)
            parts["len_" + name] = pc.fill_null(lengths, 0).to_numpy(zero_copy_only=False)
    ampm = pc.utf8_lower(pc.fill_null(pc.struct_field(found, "ampm"), ""))
    parts["pm"] = pc.equal(ampm, "pm").to_numpy(zero_copy_only=False)
    parts["am"] = pc.equal(ampm, "am").to_numpy(zero_copy_only=False)
    return parts


def _day_month_year(column: str, present: pd.Series, rule: str | None) -> Dates:
    p = _parts(present)
    a, b, c = p["a"], p["b"], p["c"]
    iso = p["len_a"] == 4  # 2024-03-01
    other = (p["len_a"] <= 2) & (p["len_a"] > 0) & ((p["len_c"] == 4) | (p["len_c"] == 2))
    # Evidence: a part that can only be a day (13-31) beside one that can be a month.
    day_first = other & (a > 12) & (a <= 31) & (b <= 12)
    month_first = other & (b > 12) & (b <= 31) & (a <= 12)
    if rule is None and day_first.any() and month_first.any():
        _refuse_mixed(column, present, day_first, month_first)
    order = rule or ("monthfirst" if month_first.any() else "dayfirst")
    dayfirst = order == "dayfirst"
    year = np.where(iso, a, np.where(p["len_c"] == 2, np.where(c < 70, 2000 + c, 1900 + c), c))
    hour, minute, second = (np.nan_to_num(p[k]) for k in ("hh", "mm", "ss"))
    twelve = p["am"] | p["pm"]
    valid = (iso | other) & (hour <= np.where(twelve, 12, 23)) & (minute <= 59) & (second <= 59)
    hour = np.where(p["pm"] & (hour < 12), hour + 12, np.where(p["am"] & (hour == 12), 0, hour))
    frame = pd.DataFrame({
        "year": np.where(valid, year, np.nan),
        "month": np.where(iso, b, b if dayfirst else a),
        "day": np.where(iso, c, a if dayfirst else b),
        "hour": hour, "minute": minute, "second": second,
    })
    values = _as_datetime(pd.to_datetime(frame, errors="coerce"))
    values.index = present.index
    assumed = rule is None and bool(other.any()) and not (day_first.any() or month_first.any())
    return Dates(values, order if other.any() else "iso", assumed,
                 has_time=bool((~np.isnan(p["hh"])).any()))


def _refuse_mixed(column, present, day_first, month_first):
    day_row, month_row = present.index[day_first][0], present.index[month_first][0]
    raise CourseError(
        msg("mixed_orders", column=column, day_row=day_row, day_value=present[day_row],
            month_row=month_row, month_value=present[month_row]),
        hint=msg("mixed_orders_hint", column=column),
    )


def _as_datetime(values: pd.Series) -> pd.Series:
    """One resolution for every date column (microseconds), whichever way it was read."""
    return values.astype("datetime64[us]")
