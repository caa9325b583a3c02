"""Segment rules that read like a sentence, in the spirit of data-8's ``are.between(25, 35)``.

>>> rule = where("age").between(25, 35) & where("city").is_in(["Göteborg", "Malmö"])
>>> rule.columns()
('age', 'city')
>>> (rule | where("orders_12m").at_least(5)).excluding(where("email").is_missing()).columns()
('age', 'city', 'orders_12m', 'email')

Missing values: a value condition (in, not in, between, at least, at most, within the last
days) never matches a missing value, exactly like SQL's ``coalesce(..., FALSE)``. Use
``is_missing()`` to pick them. An exclusion (``~rule`` or ``.excluding(rule)``) removes exactly
the members of ``rule``, so people with missing values stay in.
"""

from __future__ import annotations

import datetime as dt
import difflib
import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages

msg = messages(
    {
        "unknown_column": {
            "sv": "Kolumnen {column!r} finns inte i kunddatan.",
            "en": "The column {column!r} is not in the customer data.",
        },
        "unknown_column_hint": {
            "sv": "Menade du {close}? Kolumnerna som finns är: {known}.",
            "en": "Did you mean {close}? The columns that exist are: {known}.",
        },
        "known_columns": {
            "sv": "Kolumnerna som finns är: {known}.",
            "en": "The columns that exist are: {known}.",
        },
        "needs_numbers": {
            "sv": "Villkoret {op!r} på kolumnen {column!r} behöver tal, men fick {value!r}.",
            "en": "The condition {op!r} on the column {column!r} needs numbers, but got {value!r}.",
        },
        "column_not_numeric": {
            "sv": "Kolumnen {column!r} innehåller inga tal, så {op!r} går inte att använda på den.",
            "en": "The column {column!r} does not hold numbers, so {op!r} cannot be used on it.",
        },
        "column_not_numeric_hint": {
            "sv": "Välj värden med is_in([...]) i stället.",
            "en": "Pick values with is_in([...]) instead.",
        },
        "column_not_date": {
            "sv": "Kolumnen {column!r} innehåller inga datum, så 'inom de senaste dagarna' "
            "går inte att använda på den.",
            "en": "The column {column!r} does not hold dates, so 'within the last days' "
            "cannot be used on it.",
        },
        "bad_days": {
            "sv": "Antalet dagar måste vara ett heltal som är minst 1, inte {value!r}.",
            "en": "The number of days must be a whole number of at least 1, not {value!r}.",
        },
        "bad_date": {
            "sv": "{value!r} är inget datum jag känner igen. Skriv till exempel '2024-12-31'.",
            "en": "{value!r} is not a date I recognise. Write for example '2024-12-31'.",
        },
        "low_above_high": {
            "sv": "Det lägsta värdet ({low}) är större än det högsta ({high}) för {column!r}.",
            "en": "The lowest value ({low}) is larger than the highest ({high}) for {column!r}.",
        },
        "missing_in_list": {
            "sv": "En tom/saknad uppgift kan inte stå i listan för {column!r}.",
            "en": "An empty/missing value cannot be in the list for {column!r}.",
        },
        "missing_in_list_hint": {
            "sv": "Använd where({column!r}).is_missing() för att välja dem som saknar uppgiften.",
            "en": "Use where({column!r}).is_missing() to pick those without the value.",
        },
        "wrong_value_type": {
            "sv": "Kolumnen {column!r} innehåller {kind}, men villkoret jämför med {value!r}.",
            "en": "The column {column!r} holds {kind}, but the condition compares with {value!r}.",
        },
        "kind_number": {"sv": "tal", "en": "numbers"},
        "kind_category": {"sv": "kategorier", "en": "categories"},
        "kind_date": {"sv": "datum", "en": "dates"},
        "not_a_rule": {
            "sv": "{value!r} är inget villkor. Bygg villkor med where('kolumn')…",
            "en": "{value!r} is not a condition. Build conditions with where('column')…",
        },
        "empty_column_name": {
            "sv": "Ange namnet på en kolumn, till exempel where('age').",
            "en": "Give the name of a column, for example where('age').",
        },
        # Descriptions a marketer reads in the widget, in Excel and in warnings.
        "d_is_in": {"sv": "{column} är {values}", "en": "{column} is {values}"},
        "d_not_in": {"sv": "{column} är inte {values}", "en": "{column} is not {values}"},
        "d_between": {"sv": "{column} {low}–{high}", "en": "{column} {low}–{high}"},
        "d_at_least": {"sv": "{column} minst {low}", "en": "{column} at least {low}"},
        "d_at_most": {"sv": "{column} högst {high}", "en": "{column} at most {high}"},
        "d_within_last_days": {
            "sv": "{column} inom de senaste {days} dagarna",
            "en": "{column} within the last {days} days",
        },
        "d_is_missing": {"sv": "{column} saknas", "en": "{column} is missing"},
        "d_is_present": {"sv": "{column} finns", "en": "{column} is present"},
        "d_and": {"sv": " och ", "en": " and "},
        "d_or": {"sv": " eller ", "en": " or "},
        "d_not": {"sv": "inte ({rule})", "en": "not ({rule})"},
        "d_or_list": {"sv": " eller ", "en": " or "},
        "d_everyone": {"sv": "alla kunder", "en": "all customers"},
    },
    __name__,
)

OPS = (
    "is_in",
    "not_in",
    "between",
    "at_least",
    "at_most",
    "within_last_days",
    "is_missing",
    "is_present",
)
NUMERIC_OPS = ("between", "at_least", "at_most")


# ---------------------------------------------------------------- value clean-up


def _plain(value):
    """numpy/pandas scalars become plain Python values, so rules compare and save cleanly."""
    if isinstance(value, np.generic):
        return value.item()
    return value


def _is_missing_value(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _number(value, column: str, op: str):
    value = _plain(value)
    if isinstance(value, bool) or not isinstance(value, int | float) or _is_missing_value(value):
        raise CourseError(msg("needs_numbers", op=op, column=column, value=value))
    return value  # 25 stays 25 and 25.0 stays 25.0: the JSON round-trip must be identical


def iso_date(value) -> str:
    """Any date-like value as 'YYYY-MM-DD' (the form saved in JSON and used in SQL)."""
    if isinstance(value, dt.datetime | pd.Timestamp):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, np.datetime64):
        return pd.Timestamp(value).date().isoformat()
    try:
        return pd.Timestamp(str(value)).date().isoformat()
    except (ValueError, TypeError) as error:
        raise CourseError(msg("bad_date", value=value)) from error


# ---------------------------------------------------------------- the rule algebra


class Rule:
    """Something that picks customers. Combine with ``&`` (and), ``|`` (or), ``~`` (not)."""

    def __and__(self, other: Rule) -> Rule:
        return AllOf(_flatten(AllOf, self, _check_rule(other)))

    def __or__(self, other: Rule) -> Rule:
        return AnyOf(_flatten(AnyOf, self, _check_rule(other)))

    def __invert__(self) -> Rule:
        return self.rule if isinstance(self, Not) else Not(self)

    def excluding(self, other: Rule) -> Rule:
        """Everyone this rule picks, except the members of ``other``."""
        return self & ~_check_rule(other)

    def conditions(self) -> tuple[Condition, ...]:
        """Every single condition in the rule, in the order written."""
        raise NotImplementedError

    def columns(self) -> tuple[str, ...]:
        """The columns the rule looks at, each once, in the order written."""
        return tuple(dict.fromkeys(c.column for c in self.conditions()))


def _check_rule(value) -> Rule:
    if not isinstance(value, Rule):
        raise CourseError(msg("not_a_rule", value=value))
    return value


def _flatten(kind, *rules) -> tuple[Rule, ...]:
    # (a & b) & c is stored as one AND of three: simpler SQL, JSON and descriptions.
    out: list[Rule] = []
    for rule in rules:
        out.extend(rule.rules if isinstance(rule, kind) else (rule,))
    return tuple(out)


@dataclass(frozen=True)
class Condition(Rule):
    """One condition on one column, e.g. ``age between 25 and 35``.

    ``args`` depends on ``op``: the values for is_in/not_in, (low, high) for between,
    (limit,) for at_least/at_most, (days, today or None) for within_last_days, () otherwise.
    """

    column: str
    op: str
    args: tuple = ()

    def conditions(self) -> tuple[Condition, ...]:
        return (self,)

    def describe(self, label=lambda column: column) -> str:
        column = label(self.column)
        if self.op in ("is_in", "not_in"):
            shown = msg("d_or_list").join(str(v) for v in self.args)
            return msg(f"d_{self.op}", column=column, values=shown)
        if self.op == "between":
            return msg("d_between", column=column, low=_fmt(self.args[0]), high=_fmt(self.args[1]))
        if self.op == "at_least":
            return msg("d_at_least", column=column, low=_fmt(self.args[0]))
        if self.op == "at_most":
            return msg("d_at_most", column=column, high=_fmt(self.args[0]))
        if self.op == "within_last_days":
            return msg("d_within_last_days", column=column, days=self.args[0])
        return msg(f"d_{self.op}", column=column)


def _fmt(number) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)


@dataclass(frozen=True)
class AllOf(Rule):
    """Every rule must hold (AND). ``AllOf(())`` picks everyone."""

    rules: tuple[Rule, ...] = ()

    def conditions(self) -> tuple[Condition, ...]:
        return tuple(c for rule in self.rules for c in rule.conditions())

    def describe(self, label=lambda column: column) -> str:
        if not self.rules:
            return msg("d_everyone")
        return msg("d_and").join(_wrapped(r, label) for r in self.rules)


@dataclass(frozen=True)
class AnyOf(Rule):
    """At least one rule must hold (OR)."""

    rules: tuple[Rule, ...] = ()

    def conditions(self) -> tuple[Condition, ...]:
        return tuple(c for rule in self.rules for c in rule.conditions())

    def describe(self, label=lambda column: column) -> str:
        return msg("d_or").join(_wrapped(r, label) for r in self.rules)


@dataclass(frozen=True)
class Not(Rule):
    """Everyone the inner rule does not pick (an exclusion)."""

    rule: Rule

    def conditions(self) -> tuple[Condition, ...]:
        return self.rule.conditions()

    def describe(self, label=lambda column: column) -> str:
        return msg("d_not", rule=self.rule.describe(label))


def _wrapped(rule: Rule, label) -> str:
    text = rule.describe(label)
    return f"({text})" if isinstance(rule, AllOf | AnyOf) and len(rule.rules) > 1 else text


def everyone() -> Rule:
    """A rule that picks every customer (the start of a segment with only exclusions)."""
    return AllOf(())


# ---------------------------------------------------------------- where("column")...


class where:  # noqa: N801 - lower case on purpose: it reads like a sentence
    """Start a condition on a column: ``where("age").between(25, 35)``."""

    def __init__(self, column: str):
        if not isinstance(column, str) or not column.strip():
            raise CourseError(msg("empty_column_name"))
        self.column = column

    def _make(self, op: str, *args) -> Condition:
        return Condition(self.column, op, tuple(args))

    def is_in(self, values) -> Condition:
        """The value is one of ``values`` (a list; a single value also works)."""
        return self._make("is_in", *self._values(values))

    def not_in(self, values) -> Condition:
        """The value is present and none of ``values``."""
        return self._make("not_in", *self._values(values))

    def between(self, low, high) -> Condition:
        """low <= value <= high (both ends included)."""
        low, high = _number(low, self.column, "between"), _number(high, self.column, "between")
        if low > high:
            raise CourseError(msg("low_above_high", low=low, high=high, column=self.column))
        return self._make("between", low, high)

    def at_least(self, low) -> Condition:
        return self._make("at_least", _number(low, self.column, "at_least"))

    def at_most(self, high) -> Condition:
        return self._make("at_most", _number(high, self.column, "at_most"))

    def within_last_days(self, days: int, today=None) -> Condition:
        """The date falls on one of the ``days`` calendar days that end with ``today``.

        Without ``today`` the reference date of the data is used (see ``evaluate``), never
        the computer's clock, so a notebook gives the same answer every time it runs.
        """
        days = _plain(days)
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise CourseError(msg("bad_days", value=days))
        return self._make("within_last_days", days, None if today is None else iso_date(today))

    def is_missing(self) -> Condition:
        return self._make("is_missing")

    def is_present(self) -> Condition:
        return self._make("is_present")

    def _values(self, values) -> tuple:
        if isinstance(values, str | int | float | bool) or values is None:
            values = [values]
        cleaned = []
        for value in values:
            value = _plain(value)
            if _is_missing_value(value):
                raise CourseError(
                    msg("missing_in_list", column=self.column),
                    hint=msg("missing_in_list_hint", column=self.column),
                )
            # 1 and True are equal in Python but not in a column: compare the type too.
            if not any(type(v) is type(value) and v == value for v in cleaned):
                cleaned.append(value)
        return tuple(cleaned)


# ---------------------------------------------------------------- a named segment


@dataclass(frozen=True)
class Segment:
    """A named audience: ``Segment("Unga i storstan", where("age").at_most(29) & ...)``."""

    name: str
    rule: Rule
    description: str = ""

    def __post_init__(self):
        _check_rule(self.rule)

    def describe(self, label=lambda column: column) -> str:
        return self.rule.describe(label)


def column_error(column: str, known) -> CourseError:
    """The friendly error for a column that is not in the data, with a suggestion."""
    known = [str(k) for k in known]
    close = difflib.get_close_matches(str(column), known, n=1)
    shown = ", ".join(known[:30])
    hint = (
        msg("unknown_column_hint", close=repr(close[0]), known=shown)
        if close
        else msg("known_columns", known=shown)
    )
    return CourseError(msg("unknown_column", column=column), hint=hint)


def wrong_type_error(column: str, kind: str, value) -> CourseError:
    kind_text = msg(f"kind_{kind}")
    return CourseError(msg("wrong_value_type", column=column, kind=kind_text, value=value))


def not_numeric_error(column: str, op: str) -> CourseError:
    return CourseError(
        msg("column_not_numeric", column=column, op=op), hint=msg("column_not_numeric_hint")
    )


def not_date_error(column: str) -> CourseError:
    return CourseError(msg("column_not_date", column=column))
