"""Segments as SQL, so the same definitions can run in a data warehouse (DuckDB dialect).

>>> from course_lib.segments import Segment, where
>>> print(sql_where(where("age").between(25, 35) & where("city").is_in(["Göteborg"])))
(coalesce("age" BETWEEN 25 AND 35, FALSE) AND coalesce(CAST("city" AS VARCHAR) IN ('Göteborg'), FALSE))
>>> print(sql_where(where("last_name").is_in(["O'Brien"])))
coalesce(CAST("last_name" AS VARCHAR) IN ('O''Brien'), FALSE)

NULL semantics match the pandas evaluation: every value condition is wrapped in
``coalesce(..., FALSE)``, so a missing value never matches it, and NOT/exclusions then work on
plain true/false (no three-valued logic surprises with NOT IN).
"""  # noqa: E501

from __future__ import annotations

import math

from .rules import AllOf, AnyOf, Condition, Not, Op, Rule, Segment, iso_date


def quote_identifier(name: str) -> str:
    """A column or table name, safe whatever characters it holds."""
    return '"' + str(name).replace('"', '""') + '"'


def literal(value) -> str:
    """A value as an SQL literal; quotes inside text are doubled, so O'Brien stays text."""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(value)
        return repr(value)
    return "'" + str(value).replace("'", "''") + "'"


def _in_list(column: str, values: tuple, negate: bool) -> str:
    word, joiner = ("NOT IN", " AND ") if negate else ("IN", " OR ")
    texts = [literal(v) for v in values if isinstance(v, str)]
    others = [literal(v) for v in values if not isinstance(v, str)]
    parts = []
    # Text is compared as VARCHAR: works for text, ENUM/categorical and warehouse columns alike.
    if texts:
        parts.append(f"CAST({column} AS VARCHAR) {word} ({', '.join(texts)})")
    if others:
        parts.append(f"{column} {word} ({', '.join(others)})")
    return f"coalesce({joiner.join(parts)}, FALSE)"


def _missing(c: Condition, col: str, table: str, today) -> str:
    return f"{col} IS NULL"


def _present(c: Condition, col: str, table: str, today) -> str:
    return f"{col} IS NOT NULL"


def _membership(c: Condition, col: str, table: str, today) -> str:
    if not c.args:
        return "FALSE" if c.op == Op.IS_IN else f"{col} IS NOT NULL"
    return _in_list(col, c.args, negate=c.op == Op.NOT_IN)


def _between(c: Condition, col: str, table: str, today) -> str:
    return f"coalesce({col} BETWEEN {literal(c.args[0])} AND {literal(c.args[1])}, FALSE)"


def _at_least(c: Condition, col: str, table: str, today) -> str:
    return f"coalesce({col} >= {literal(c.args[0])}, FALSE)"


def _at_most(c: Condition, col: str, table: str, today) -> str:
    return f"coalesce({col} <= {literal(c.args[0])}, FALSE)"


def _recent(c: Condition, col: str, table: str, today) -> str:
    days, own_today = c.args
    reference = own_today or today
    if reference is not None:
        day = f"DATE {literal(iso_date(reference))}"
    else:  # the latest date in the column, as the pandas evaluation does
        day = f"CAST((SELECT max({col}) FROM {quote_identifier(table)}) AS DATE)"
    start = f"{day} - INTERVAL {days - 1} DAY"
    end = f"{day} + INTERVAL 1 DAY"
    return f"coalesce({col} >= {start} AND {col} < {end}, FALSE)"


# One SQL form per operator (a test checks that none is missing).
_CONDITIONS = {
    Op.IS_IN: _membership,
    Op.NOT_IN: _membership,
    Op.BETWEEN: _between,
    Op.AT_LEAST: _at_least,
    Op.AT_MOST: _at_most,
    Op.WITHIN_LAST_DAYS: _recent,
    Op.IS_MISSING: _missing,
    Op.IS_PRESENT: _present,
}


def _condition(c: Condition, table: str, today) -> str:
    return _CONDITIONS[c.op](c, quote_identifier(c.column), table, today)


def sql_where(rule: Rule, table: str = "customers", today=None) -> str:
    """The WHERE condition (without the word WHERE) that picks the rule's members.

    ``today`` is the reference date for "within the last N days"; without it the latest date
    in the column is used, as in :func:`course_lib.segments.evaluate`.
    """
    if isinstance(rule, Condition):
        return _condition(rule, table, today)
    if isinstance(rule, AllOf | AnyOf):
        if not rule.rules:
            return "TRUE" if isinstance(rule, AllOf) else "FALSE"
        word = " AND " if isinstance(rule, AllOf) else " OR "
        inner = word.join(sql_where(r, table, today) for r in rule.rules)
        return inner if len(rule.rules) == 1 else f"({inner})"
    if isinstance(rule, Not):
        return f"(NOT {sql_where(rule.rule, table, today)})"
    raise TypeError(rule)


def to_sql(segment: Segment | Rule, table: str = "customers", columns="*", today=None) -> str:
    """A full SELECT for the segment's members, with its name as a comment."""
    rule = segment.rule if isinstance(segment, Segment) else segment
    shown = "*" if columns == "*" else ", ".join(quote_identifier(c) for c in columns)
    lines = []
    if isinstance(segment, Segment):
        # One line only: a name with a line break must not end the comment.
        lines.append("-- " + " ".join(segment.name.splitlines()))
    lines.append(f"SELECT {shown} FROM {quote_identifier(table)}")
    lines.append(f"WHERE {sql_where(rule, table, today)}")
    return "\n".join(lines)
