"""Random segment rules and a small customer table with every awkward value, shared by the tests
that compare SQL members with pandas members (hypothesis strategies over every operator,
nested AND/OR/NOT, exclusions and missing values)."""

from __future__ import annotations

import numpy as np
import pandas as pd
from hypothesis import strategies as st

from course_lib.segments import where

CITIES = ["Umeå", "Göteborg", "O'Brien", 'Sa"lt', "Malmö"]
NAMES = ["Anna", "O'Brien", "Eva", "=1+1", "Sm\\ith", "Åsa Ärlig"]
TABLE = "data"


def frame() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    n = 400
    day = pd.Timestamp("2024-12-31") - pd.to_timedelta(rng.integers(0, 400, n), unit="D")
    out = pd.DataFrame(
        {
            "age": rng.integers(18, 90, n).astype(float),
            "orders": rng.integers(0, 8, n),
            "revenue": np.round(rng.gamma(2, 300, n), 2),
            "balance": rng.integers(-50, 50, n).astype(float),
            "city": pd.Categorical(rng.choice(CITIES, n)),
            "name": rng.choice(NAMES, n).astype(object),
            "consent": rng.random(n) < 0.5,
            # A time of day too: "within the last N days" counts calendar days.
            "last order": day + pd.to_timedelta(rng.integers(0, 86_400, n), unit="s"),
        }
    )
    out.loc[rng.random(n) < 0.1, "age"] = np.nan
    out.loc[rng.random(n) < 0.1, "balance"] = np.nan
    out.loc[rng.random(n) < 0.1, "city"] = np.nan
    out.loc[rng.random(n) < 0.1, "name"] = None
    out.loc[rng.random(n) < 0.1, "last order"] = pd.NaT
    return out


DATA = frame()
NUMBERS = ["age", "orders", "revenue", "balance"]
TEXTS = [("city", CITIES + ["Kiruna"]), ("name", NAMES + ["Okänd"])]
MISSING_ANYWHERE = ["age", "balance", "city", "name", "last order", "orders", "consent"]


@st.composite
def number_conditions(draw):
    column = draw(st.sampled_from(NUMBERS))
    op = draw(st.sampled_from(["between", "at_least", "at_most", "is_in", "not_in"]))
    if op == "between":
        low = draw(st.integers(-60, 95))
        return where(column).between(low, draw(st.integers(low, 100)))
    if op in ("is_in", "not_in"):
        values = draw(st.lists(st.one_of(st.integers(-10, 90),
                                         st.sampled_from([0.0, 1.5, 3.0, -2.0])), max_size=3))
        return getattr(where(column), op)(values)
    limit = draw(st.one_of(st.integers(-60, 90), st.floats(-100, 900, allow_nan=False)))
    return getattr(where(column), op)(limit)


@st.composite
def text_conditions(draw):
    column, values = draw(st.sampled_from(TEXTS))
    chosen = draw(st.lists(st.sampled_from(values), max_size=3))
    return getattr(where(column), draw(st.sampled_from(["is_in", "not_in"])))(chosen)


@st.composite
def yes_no_conditions(draw):
    op = draw(st.sampled_from(["is_in", "not_in"]))
    return getattr(where("consent"), op)(draw(st.lists(st.booleans(), max_size=2)))


@st.composite
def date_conditions(draw):
    today = draw(st.sampled_from([None, "2024-12-31", "2024-10-01", "2025-03-01"]))
    return where("last order").within_last_days(draw(st.integers(1, 420)), today=today)


@st.composite
def missing_conditions(draw):
    column = draw(st.sampled_from(MISSING_ANYWHERE))
    return getattr(where(column), draw(st.sampled_from(["is_missing", "is_present"])))()


conditions = st.one_of(number_conditions(), text_conditions(), yes_no_conditions(),
                       date_conditions(), missing_conditions())

rules = st.recursive(
    conditions,
    lambda inner: st.one_of(
        st.lists(inner, min_size=2, max_size=3).map(lambda rs: _combine(rs, "and")),
        st.lists(inner, min_size=2, max_size=3).map(lambda rs: _combine(rs, "or")),
        inner.map(lambda r: ~r),
        st.tuples(inner, inner).map(lambda p: p[0].excluding(p[1])),
    ),
    max_leaves=8,
)


def _combine(rules_, how):
    out = rules_[0]
    for rule in rules_[1:]:
        out = (out & rule) if how == "and" else (out | rule)
    return out
