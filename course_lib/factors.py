"""From the three factors a marketer chose (catalogue data points) to columns of the customer table.

A data point such as "interests" may be held by several columns (``interests`` with every
interest a customer ticked, ``main_interest`` with the one that counts most). To segment on it
we need the one column that works best as a factor: few, clear values, or plain numbers.

>>> import pandas as pd
>>> customers = pd.DataFrame({"age": [34, 51], "city": ["Umeå", "Åre"]})
>>> factor_columns(["age", "city", "income"], customers)
{'age': 'age', 'city': 'city'}
"""

from __future__ import annotations

import pandas as pd

from . import catalog
from .core.i18n import messages, pick

msg = messages(
    {
        "h_point": {"sv": "Datapunkt", "en": "Data point"},
        "h_column": {"sv": "Kolumn", "en": "Column"},
        "h_values": {"sv": "Värden", "en": "Values"},
        "h_about": {"sv": "Beskrivning", "en": "Description"},
        "no_column": {"sv": "(finns inte i kundtabellen)", "en": "(not in the customer table)"},
        "numbers": {"sv": "tal {low}–{high}", "en": "numbers {low}–{high}"},
        "dates": {"sv": "datum", "en": "dates"},
        "categories": {"sv": "{n} kategorier", "en": "{n} categories"},
    },
    __name__,
)

# More different values than this makes a poor factor (it is nearly an identifier).
MAX_VALUES = 12
# Where the data dictionary lists several columns for one data point, the one a marketer
# segments on. Budget/luxury is the lesson's own example of purchase behaviour.
PREFERRED = {
    "interests": "main_interest",
    "purchase_behaviour": "budget_or_luxury",
    "urban_rural": "urban_rural",
}


def _candidates(key: str, customers) -> list[str]:
    """Columns of ``customers`` that hold the data point, in the data dictionary's order."""
    from .datadictionary import COLUMNS

    listed = [column for column, spec in COLUMNS["customers"].items() if spec[0] == key]
    if key not in listed:
        listed.insert(0, key)  # a learner's own table may simply use the key as its name
    return [c for c in listed if c in customers.columns]


def _usable(base, column: str) -> bool:
    """A column a marketer can segment on: numbers, dates, yes/no, or text with few values
    (counted among the values customers actually have)."""
    if base.kind(column) != "category":
        return True
    values = base.categories(column)
    if len(values) <= MAX_VALUES:
        return True
    # Hundreds of values are never a factor; counting them (an e-mail column) is not needed.
    return len(values) <= 100 * MAX_VALUES and int((base.category_counts(column) > 0).sum()) <= MAX_VALUES


def factor_columns(data_point_keys, customers) -> dict[str, str]:
    """For each data point key, the column of ``customers`` to segment on.

    Data points with no usable column in the table are left out (say, political opinion,
    which the company's own customer table rightly does not hold). ``customers`` is a
    DataFrame, or a prepared segment base (:class:`course_lib.segments.Base`, or a Parquet
    base that never loads the customers into pandas).
    """
    if isinstance(customers, pd.DataFrame):
        from .segments.base import Base  # (loaded here: segments builds on this module)

        customers = Base(customers)
    chosen: dict[str, str] = {}
    for key in data_point_keys:
        columns = _candidates(key, customers)
        preferred = PREFERRED.get(key)
        if preferred in columns and _usable(customers, preferred):
            chosen[key] = preferred
            continue
        usable_ones = [c for c in columns if _usable(customers, c)]
        if usable_ones:
            chosen[key] = usable_ones[0]
    return chosen


def factor_mapping(data_point_keys, customers: pd.DataFrame) -> dict[str, str]:
    """{column: data point key} for the chosen factors, so tables show catalogue names."""
    return {column: key for key, column in factor_columns(data_point_keys, customers).items()}


def choice_note(choice) -> str:
    """One sentence saying which three factors are used and where they come from."""
    return choice.note()


def _values(series: pd.Series) -> str:
    if pd.api.types.is_datetime64_any_dtype(series):
        return msg("dates")
    if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
        return msg("numbers", low=f"{series.min():g}", high=f"{series.max():g}")
    return msg("categories", n=series.nunique(dropna=True))


def factor_table(data_point_keys, customers: pd.DataFrame) -> pd.DataFrame:
    """The chosen data points, the column used for each, what its values look like, and why."""
    from .datadictionary import COLUMNS

    found = factor_columns(data_point_keys, customers)
    rows = []
    for key in data_point_keys:
        column = found.get(key)
        spec = COLUMNS["customers"].get(column) if column else None
        rows.append({
            msg("h_point"): catalog.name_of(key),
            msg("h_column"): column or msg("no_column"),
            msg("h_values"): _values(customers[column]) if column else "",
            msg("h_about"): pick({"sv": spec[1], "en": spec[2]}) if spec else "",
        })
    return pd.DataFrame(rows)
