"""Every rule operator goes through every place that must know it: evaluation, SQL, words,
saving and the builder. A new operator that is forgotten somewhere fails here."""

import duckdb
import numpy as np
import pandas as pd
import pytest

import course_lib
from course_lib.core.errors import CourseError
from course_lib.segments import Base, Segment, load_segments, save_segments, store, where
from course_lib.segments import base as base_module
from course_lib.segments import sql as sql_module
from course_lib.segments.rules import Condition, Op

DATA = pd.DataFrame({
    "age": [22.0, 35.0, np.nan, 61.0, 47.0],
    "city": pd.Categorical(["Umeå", "Malmö", "Umeå", None, "Luleå"]),
    "last_order_date": pd.to_datetime(["2024-12-30", "2024-11-01", None, "2024-06-01",
                                       "2024-12-01"]),
})
TODAY = "2024-12-31"

# One example per operator, with the customers (row numbers) it must pick.
EXAMPLES = {
    Op.IS_IN: (where("city").is_in(["Umeå", "Luleå"]), [0, 2, 4]),
    Op.NOT_IN: (where("city").not_in(["Umeå"]), [1, 4]),
    Op.BETWEEN: (where("age").between(30, 50), [1, 4]),
    Op.AT_LEAST: (where("age").at_least(47), [3, 4]),
    Op.AT_MOST: (where("age").at_most(35), [0, 1]),
    Op.WITHIN_LAST_DAYS: (where("last_order_date").within_last_days(31, today=TODAY), [0, 4]),
    Op.IS_MISSING: (where("age").is_missing(), [2]),
    Op.IS_PRESENT: (where("city").is_present(), [0, 1, 2, 4]),
}


def test_every_operator_has_an_example_and_every_table_knows_it():
    assert set(EXAMPLES) == set(Op)
    assert set(base_module._MASKS) == set(Op)
    assert set(sql_module._CONDITIONS) == set(Op)
    assert {op.shape for op in Op} <= set(store._ARGS_TO_JSON) == set(store._ARGS_FROM_JSON)


@pytest.mark.parametrize("op", list(Op), ids=str)
def test_evaluation_and_sql_pick_the_same_customers(op):
    rule, expected = EXAMPLES[op]
    assert list(np.flatnonzero(Base(DATA).mask(rule))) == expected
    found = duckdb.sql("SELECT row_number() OVER () - 1 AS i, * FROM DATA").df()  # noqa: F841
    query = f"SELECT i FROM found WHERE {sql_module.sql_where(rule, 'found', today=TODAY)} ORDER BY i"
    assert [int(i) for i in duckdb.sql(query).df()["i"]] == expected


@pytest.mark.parametrize("op", list(Op), ids=str)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_operator_reads_as_words(op, language):
    course_lib.set_language(language)
    rule, _ = EXAMPLES[op]
    text = rule.describe(lambda column: column.upper())
    assert rule.column.upper() in text and "{" not in text and "_" not in text.replace(
        rule.column.upper(), "")


@pytest.mark.parametrize("op", list(Op), ids=str)
def test_every_operator_survives_a_save_and_load(op):
    rule, expected = EXAMPLES[op]
    save_segments([Segment("S", rule)])
    (loaded,) = load_segments()
    assert loaded.rule == rule
    assert list(np.flatnonzero(Base(DATA).mask(loaded.rule))) == expected


@pytest.mark.parametrize("op", list(Op), ids=str)
def test_the_builder_shows_every_operator_with_the_same_members(op):
    from course_lib.widgets.segment_builder import SegmentBuilder

    rule, expected = EXAMPLES[op]
    builder = SegmentBuilder(DATA, factors=list(rule.columns()), segments=[Segment("S", rule)],
                             today=TODAY)
    assert int(builder.result.counts.iloc[0]) == len(expected)


@pytest.mark.parametrize("bad", [
    lambda: where("city").is_in([["Umeå", "Luleå"]]),
    lambda: where("city").is_in({"Umeå": 1}),
    lambda: where("city").is_in([object()]),
    lambda: where("age").at_most(float("inf")),
    lambda: where("age").at_least(float("nan")),
    lambda: where("age").between(10**400, 10**401),
    lambda: where("age").between(50, 20),
    lambda: where("age").within_last_days(10**9),
    lambda: Condition("age", "roughly", (30,)),
    lambda: Condition("", "is_missing"),
])
def test_bad_rules_are_refused_with_a_message_not_a_traceback(bad):
    with pytest.raises(CourseError) as caught:
        bad()
    assert caught.value.message


@pytest.mark.parametrize("rule", [
    '{"column": "city", "is_in": [["Umeå"]]}',
    '{"column": "city", "is_in": "Umeå"}',
    '{"column": "age", "between": [1, 2, 3]}',
    '{"column": "age", "at_least": "many"}',
    '{"column": "age", "at_least": 1e308, "at_most": 3}',
    '{"column": "age", "roughly": 3}',
    '{"column": 5, "is_missing": true}',
    '{"all": {"column": "age", "is_missing": true}}',
    '[1, 2]',
])
def test_saved_rules_of_the_wrong_shape_get_a_message(tmp_path, rule):
    path = tmp_path / "segments.json"
    path.write_text('{"format": "data-ar-guld/segments", "version": 1, "segments": '
                    f'[{{"name": "A", "rule": {rule}}}]}}', encoding="utf-8")
    with pytest.raises(CourseError) as caught:
        load_segments(path)
    assert "Segment nummer 1" in caught.value.message


def test_a_table_with_two_columns_of_the_same_name_is_refused_kindly():
    twice = pd.DataFrame([[1, 2, 3]], columns=["age", "age", "city"])
    with pytest.raises(CourseError, match="age"):
        Base(twice)
