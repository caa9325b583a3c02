"""Each segment's SQL selects exactly the members pandas finds, also with missing values."""

import duckdb
import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from course_lib.segments import Base, Segment, where
from course_lib.segments.sql import literal, quote_identifier, sql_where, to_sql
from tests.examples import examples

CITIES = ["Umeå", "Göteborg", "O'Brien", 'Sa"lt', "Malmö"]


def frame() -> pd.DataFrame:
    rng = np.random.default_rng(3)
    n = 400
    out = pd.DataFrame(
        {
            "age": rng.integers(18, 90, n).astype(float),
            "orders": rng.integers(0, 8, n),
            "revenue": np.round(rng.gamma(2, 300, n), 2),
            "city": pd.Categorical(rng.choice(CITIES, n)),
            "name": rng.choice(["Anna", "O'Brien", "Eva", "=1+1"], n).astype(object),
            "consent": rng.random(n) < 0.5,
            "last order": pd.Timestamp("2024-12-31")
            - pd.to_timedelta(rng.integers(0, 400, n), unit="D"),
        }
    )
    out.loc[rng.random(n) < 0.1, "age"] = np.nan
    out.loc[rng.random(n) < 0.1, "city"] = np.nan
    out.loc[rng.random(n) < 0.1, "name"] = None
    out.loc[rng.random(n) < 0.1, "last order"] = pd.NaT
    return out


DATA = frame()

numbers = st.sampled_from(["age", "orders", "revenue"])
texts = st.sampled_from([("city", CITIES + ["Kiruna"]), ("name", ["Anna", "O'Brien", "=1+1"])])


@st.composite
def conditions(draw):
    kind = draw(st.sampled_from(["number", "text", "bool", "date", "missing"]))
    if kind == "number":
        column = draw(numbers)
        low = draw(st.integers(-5, 95))
        high = draw(st.integers(low, 100))
        op = draw(st.sampled_from(["between", "at_least", "at_most", "is_in"]))
        if op == "between":
            return where(column).between(low, high)
        if op == "is_in":
            return where(column).is_in(draw(st.lists(st.integers(0, 7), max_size=3)))
        return getattr(where(column), op)(draw(st.one_of(st.integers(0, 90),
                                                          st.floats(0, 900, allow_nan=False))))
    if kind == "text":
        column, values = draw(texts)
        chosen = draw(st.lists(st.sampled_from(values), max_size=3))
        return getattr(where(column), draw(st.sampled_from(["is_in", "not_in"])))(chosen)
    if kind == "bool":
        return where("consent").is_in([draw(st.booleans())])
    if kind == "date":
        today = draw(st.sampled_from([None, "2024-12-31", "2024-10-01"]))
        return where("last order").within_last_days(draw(st.integers(1, 400)), today=today)
    column = draw(st.sampled_from(["age", "city", "name", "last order"]))
    return getattr(where(column), draw(st.sampled_from(["is_missing", "is_present"])))()


rules = st.recursive(
    conditions(),
    lambda inner: st.one_of(
        st.tuples(inner, inner).map(lambda p: p[0] & p[1]),
        st.tuples(inner, inner).map(lambda p: p[0] | p[1]),
        inner.map(lambda r: ~r),
        st.tuples(inner, inner).map(lambda p: p[0].excluding(p[1])),
    ),
    max_leaves=6,
)


def sql_members(rule) -> list[int]:
    data = DATA.reset_index(names="row_id")  # noqa: F841 - DuckDB reads the local frame
    query = f"SELECT row_id FROM data WHERE {sql_where(rule, table='data')} ORDER BY row_id"
    return [row[0] for row in duckdb.sql(query).fetchall()]


@settings(max_examples=examples(150), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rules)
def test_pandas_and_duckdb_pick_the_same_customers(rule):
    assert list(np.flatnonzero(Base(DATA).mask(rule))) == sql_members(rule)


def test_full_select_runs_and_names_the_segment():
    segment = Segment("Kunder\nDROP TABLE x", where("name").is_in(["O'Brien"]))
    sql = to_sql(segment, table="data", columns=["name"])
    assert sql.splitlines()[0] == "-- Kunder DROP TABLE x"
    data = DATA  # noqa: F841
    rows = duckdb.sql(sql).fetchall()
    assert rows and {r[0] for r in rows} == {"O'Brien"}


def test_quoting():
    assert literal("O'Brien") == "'O''Brien'"
    assert quote_identifier('a"b') == '"a""b"'
    assert literal(True) == "TRUE" and literal(3) == "3"
