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
import numbers
from dataclasses import dataclass
from enum import StrEnum

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages, number

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
        "needs_finite": {
            "sv": "Villkoret {op!r} på kolumnen {column!r} behöver ett ändligt tal, inte "
            "oändligheten eller ett tal med hundratals siffror.",
            "en": "The condition {op!r} on the column {column!r} needs a finite number, not "
            "infinity or a number with hundreds of digits.",
        },
        "needs_finite_hint": {
            "sv": "Vill du ha alla värden uppåt eller nedåt använder du at_least(...) eller "
            "at_most(...) med ett vanligt tal.",
            "en": "For every value above or below a limit, use at_least(...) or at_most(...) "
            "with an ordinary number.",
        },
        "unknown_op": {
            "sv": "{op} är inget villkor som arbetsboken känner till. De som finns är: {known}.",
            "en": "{op} is not a condition the workbook knows. The ones that exist are: {known}.",
        },
        "bad_list_value": {
            "sv": "Listan för {column!r} får bara innehålla text, tal eller ja/nej, men "
            "innehåller {value}.",
            "en": "The list for {column!r} may only hold text, numbers or yes/no, but holds "
            "{value}.",
        },
        "bad_list_value_hint": {
            "sv": "Skriv värdena direkt i en lista, till exempel is_in([\"Umeå\", \"Luleå\"]), "
            "inte en lista i en lista.",
            "en": "Write the values straight into one list, for example is_in([\"Umeå\", "
            "\"Luleå\"]), not a list inside a list.",
        },
        "bad_list": {
            "sv": "Värdena för {column!r} ska vara en lista, till exempel [\"Umeå\", \"Luleå\"], "
            "inte {kind}.",
            "en": "The values for {column!r} should be a list, for example [\"Umeå\", "
            "\"Luleå\"], not {kind}.",
        },
        "too_many_days": {
            "sv": "{days} dagar är längre än hundra år. Välj färre dagar.",
            "en": "{days} days is longer than a hundred years. Choose fewer days.",
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
        "d_at_least": {"sv": "{column} minst {limit}", "en": "{column} at least {limit}"},
        "d_at_most": {"sv": "{column} högst {limit}", "en": "{column} at most {limit}"},
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



class Op(StrEnum):
    """Every operator a condition can use. A new one must be added to every table keyed by
    ``Op`` (evaluation, SQL, saving, describing); a test walks each operator through them all.
    """

    IS_IN = "is_in"
    NOT_IN = "not_in"
    BETWEEN = "between"
    AT_LEAST = "at_least"
    AT_MOST = "at_most"
    WITHIN_LAST_DAYS = "within_last_days"
    IS_MISSING = "is_missing"
    IS_PRESENT = "is_present"

    @property
    def shape(self) -> str:
        """How the arguments look: "values", "range", "limit", "days" or "none"."""
        return _SHAPES[self]


_SHAPES = {
    Op.IS_IN: "values", Op.NOT_IN: "values", Op.BETWEEN: "range", Op.AT_LEAST: "limit",
    Op.AT_MOST: "limit", Op.WITHIN_LAST_DAYS: "days", Op.IS_MISSING: "none",
    Op.IS_PRESENT: "none",
}
OPS = tuple(Op)
NUMERIC_OPS = (Op.BETWEEN, Op.AT_LEAST, Op.AT_MOST)
MAX_DAYS = 36_500  # a hundred years: longer than any customer history


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
        raise CourseError(msg("needs_numbers", op=op, column=column, value=_short(value)))
    if not _finite(value):
        raise CourseError(msg("needs_finite", op=op, column=column), hint=msg("needs_finite_hint"))
    return value  # 25 stays 25 and 25.0 stays 25.0: the JSON round-trip must be identical


def _finite(value: int | float) -> bool:
    try:
        return math.isfinite(float(value))
    except OverflowError:  # an integer with hundreds of digits
        return False


def _short(value) -> str:
    """A value as the learner wrote it, cut short so a message stays readable."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


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
    op: Op
    args: tuple = ()

    def __post_init__(self):
        if not isinstance(self.column, str) or not self.column.strip():
            raise CourseError(msg("empty_column_name"))
        try:
            object.__setattr__(self, "op", Op(self.op))
        except ValueError:
            known = ", ".join(op.value for op in Op)
            raise CourseError(msg("unknown_op", op=_short(self.op), known=known)) from None

    def conditions(self) -> tuple[Condition, ...]:
        return (self,)

    def describe(self, label=lambda column: column) -> str:
        """The condition in words, e.g. "Ålder 25–35" or "Ort är Umeå eller Luleå"."""
        shape, args = self.op.shape, self.args
        values = {"column": label(self.column)}
        if shape == "values":
            values["values"] = msg("d_or_list").join(_fmt(v) for v in args)
        elif shape == "range":
            values.update(low=_fmt(args[0]), high=_fmt(args[1]))
        elif shape == "limit":
            values["limit"] = _fmt(args[0])
        elif shape == "days":
            values["days"] = _fmt(args[0])
        return msg(f"d_{self.op.value}", **values)


def _fmt(value) -> str:
    """A value in the learner's language: 1 234,5 in Swedish; text as it is."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return str(value)
    decimals = 0 if float(value).is_integer() else min(len(f"{value:g}".partition(".")[2]), 4)
    return number(value, decimals)


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

    def _make(self, op: Op, *args) -> Condition:
        return Condition(self.column, op, tuple(args))

    def is_in(self, values) -> Condition:
        """The value is one of ``values`` (a list; a single value also works)."""
        return self._make(Op.IS_IN, *self._values(values))

    def not_in(self, values) -> Condition:
        """The value is present and none of ``values``."""
        return self._make(Op.NOT_IN, *self._values(values))

    def between(self, low, high) -> Condition:
        """low <= value <= high (both ends included)."""
        low, high = _number(low, self.column, "between"), _number(high, self.column, "between")
        if low > high:
            raise CourseError(msg("low_above_high", low=low, high=high, column=self.column))
        return self._make(Op.BETWEEN, low, high)

    def at_least(self, low) -> Condition:
        return self._make(Op.AT_LEAST, _number(low, self.column, "at_least"))

    def at_most(self, high) -> Condition:
        return self._make(Op.AT_MOST, _number(high, self.column, "at_most"))

    def within_last_days(self, days: int, today=None) -> Condition:
        """The date falls on one of the ``days`` calendar days that end with ``today``.

        Without ``today`` the reference date of the data is used (see ``evaluate``), never
        the computer's clock, so a notebook gives the same answer every time it runs.
        """
        days = _plain(days)
        if isinstance(days, bool) or not isinstance(days, int) or days < 1:
            raise CourseError(msg("bad_days", value=_short(days)))
        if days > MAX_DAYS:
            raise CourseError(msg("too_many_days", days=days))
        return self._make(Op.WITHIN_LAST_DAYS, days, None if today is None else iso_date(today))

    def is_missing(self) -> Condition:
        return self._make(Op.IS_MISSING)

    def is_present(self) -> Condition:
        return self._make(Op.IS_PRESENT)

    def _values(self, values) -> tuple:
        if isinstance(values, str | numbers.Number) or values is None:
            values = [values]
        elif isinstance(values, dict | bytes) or not hasattr(values, "__iter__"):
            raise CourseError(msg("bad_list", column=self.column, kind=type(values).__name__))
        cleaned = []
        for value in values:
            value = self._value(value)
            # 1 and True are equal in Python but not in a column: compare the type too.
            if not any(type(v) is type(value) and v == value for v in cleaned):
                cleaned.append(value)
        return tuple(cleaned)

    def _value(self, value):
        """One value of a list: text, a finite number, yes/no, or a date (kept as 'YYYY-MM-DD')."""
        value = _plain(value)
        if _is_missing_value(value):
            raise CourseError(
                msg("missing_in_list", column=self.column),
                hint=msg("missing_in_list_hint", column=self.column),
            )
        if isinstance(value, dt.date | pd.Timestamp):
            return iso_date(value)
        if isinstance(value, str | bool) or (isinstance(value, int | float) and _finite(value)):
            return value
        raise CourseError(msg("bad_list_value", column=self.column, value=_short(value)),
                          hint=msg("bad_list_value_hint"))


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
