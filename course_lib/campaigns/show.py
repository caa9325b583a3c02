"""Tables for the eye: numbers and shares written the learner's way (1 234 and 2,5 % in
Swedish), while the tables code works with keep plain numbers."""

from __future__ import annotations

import html
import math
import numbers

import pandas as pd

from ..core.i18n import number, percent


def formatted(frame: pd.DataFrame, shares=(), points=(), decimals=None,
              language: str | None = None) -> pd.DataFrame:
    """A copy with text cells: ``shares`` as percentages, ``points`` with two decimals,
    ``decimals`` ({column: n}) with n decimals, other numbers as whole numbers."""
    decimals = decimals or {}
    out = frame.copy().astype(object)
    for column in frame.columns:
        values = frame[column]
        if column in shares:
            out[column] = [percent(v, 1, language) for v in values]
        elif column in points:
            out[column] = [number(v, 2, language) for v in values]
        elif column in decimals:
            out[column] = [number(v, decimals[column], language) for v in values]
        elif pd.api.types.is_numeric_dtype(values) and not pd.api.types.is_bool_dtype(values):
            out[column] = [number(v, 0, language) if pd.notna(v) else "–" for v in values]
        elif values.dtype == object:  # whole numbers mixed with None ("needed per group")
            out[column] = [_cell(v, language) for v in values]
    return out


def _cell(value, language):
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if isinstance(value, numbers.Number) and not isinstance(value, bool):
        return number(value, 0, language)
    return value


def escape(text: str) -> str:
    return html.escape(str(text))
