"""The one consent step every export passes: which column holds consent to ads, and who said yes.

A customer without a clear yes (no, missing, or a file without a consent column) is never in
a file that carries an identifier. The guard rails use the same step to say how many of a
segment a platform could actually use.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages
from .base import Base
from .guards import data_point_key
from .rules import Rule, where

CONSENT_TO_ADS = "consent_ads"  # the column (or mapping role) that holds consent to ads
YES = {"ja", "j", "yes", "y", "true", "sant", "1", "x"}
NO = {"nej", "n", "no", "false", "falskt", "0"}

msg = messages(
    {
        "no_consent_column": {
            "sv": "Kunddatan har ingen kolumn med samtycke till annonser. Utan samtycke får "
            "ingen kund laddas upp till en annonsplattform.",
            "en": "The customer data has no column with consent to ads. Without consent no "
            "customer may be uploaded to an ad platform.",
        },
        "no_consent_hint": {
            "sv": "Säg vilken kolumn som har samtycket: consent_column='namn' (eller välj den "
            "i segmentbyggaren).",
            "en": "Say which column holds the consent: consent_column='name' (or pick it in the "
            "segment builder).",
        },
        "consent_not_found": {
            "sv": "Kolumnen {column!r} finns inte. Kolumnerna som finns är: {known}.",
            "en": "There is no column {column!r}. The columns that exist are: {known}.",
        },
        "consent_not_yes_no": {
            "sv": "Kolumnen {column!r} måste innehålla ja/nej (True/False eller 1/0), men "
            "innehåller till exempel {example!r}.",
            "en": "The column {column!r} must hold yes/no (True/False or 1/0), but holds for "
            "example {example!r}.",
        },
    },
    __name__,
)


def role_column(customers: pd.DataFrame, role: str, given=None, mapping=None) -> str | None:
    """The column that plays ``role`` (email, phone, country, consent_ads …), if any."""
    if given is not None:
        return given if given in customers.columns else None
    for column in customers.columns:
        if data_point_key(str(column), mapping) == role or (mapping or {}).get(column) == role:
            return column
    return None


def consent_column_of(customers: pd.DataFrame, given=CONSENT_TO_ADS, mapping=None) -> str | None:
    """The column that holds consent to ads, or None when there is none.

    ``given`` is a column name, or None for "this file has no consent column". The default
    looks for ``consent_ads``, then for a column the mapping says holds consent to ads.
    """
    if given is None:
        return None
    if given in customers.columns:
        return given
    if given == CONSENT_TO_ADS:
        return role_column(customers, CONSENT_TO_ADS, None, mapping)
    known = ", ".join(str(c) for c in customers.columns)
    raise CourseError(msg("consent_not_found", column=given, known=known))


def consent_rule(base, column: str) -> Rule:
    """Who said yes to ads, as a segment rule: 1, True, or a yes word ("ja", "yes", "x" …).

    One rule for both engines: pandas evaluates it on a DataFrame (:func:`consent_mask`),
    DuckDB runs its SQL on a Parquet base, so a warehouse export filters exactly the same
    customers. ``base`` is a :class:`Base` or a Parquet base; a missing answer is no.
    """
    kind = base.kind(column)
    if kind == "number":
        return where(column).is_in([1])
    categories = list(base.categories(column)) if kind == "category" else []
    if categories == [False, True]:
        return where(column).is_in([True])
    if kind == "category":
        words = [str(c).strip().lower() for c in categories]
        odd = [c for c, w in zip(categories, words, strict=True) if w not in YES | NO]
        if not odd:
            return where(column).is_in([c for c, w in zip(categories, words, strict=True)
                                         if w in YES])
        raise CourseError(msg("consent_not_yes_no", column=column, example=str(odd[0])))
    raise CourseError(msg("consent_not_yes_no", column=column, example=column))


def consent_mask(base: Base, column: str) -> np.ndarray:
    """True for each customer who said yes to ads; a missing answer is no."""
    return base.mask(consent_rule(base, column))


def required_consent_rule(base, given, mapping) -> Rule:
    """The consent rule an export needs; without a consent column no export is allowed."""
    columns = base.customers if isinstance(base, Base) else base  # a Parquet base has .columns
    column = consent_column_of(columns, given, mapping)
    if column is None:
        raise CourseError(msg("no_consent_column"), hint=msg("no_consent_hint"))
    return consent_rule(base, column)


def required_consent(base: Base, given, mapping) -> np.ndarray:
    return base.mask(required_consent_rule(base, given, mapping))
