"""Small vectorised drawing helpers shared by the world's modules."""

from __future__ import annotations

import numpy as np
import pandas as pd


def pick_rows(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One index per row of ``weights`` (rows need not sum to 1): a vectorised choice."""
    cum = np.cumsum(weights, axis=1)
    u = rng.random(len(weights)) * cum[:, -1]
    return _below(cum, u)


def _below(cum: np.ndarray, u: np.ndarray, key: np.ndarray | None = None) -> np.ndarray:
    """How many of a row's cumulative weights lie below its ``u``, at most (columns - 1).

    Row i's weights are ``cum[i]``, or ``cum[key[i]]`` when rows share a table. The cumulative
    weights never decrease, so counting column by column gives the same index as comparing
    the whole row at once.
    """
    count = np.zeros(len(u), dtype=np.intp)
    for j in range(cum.shape[1] - 1):
        column = cum[:, j] if key is None else cum[:, j][key]
        count += column < u
    return count


def grid(*columns: np.ndarray) -> tuple[np.ndarray, list[np.ndarray]]:
    """Every combination of some small-range integer (or boolean) columns.

    Returns a key per row and, for every column, its value at each key, so that a formula of
    these columns can be computed once per combination and looked up with ``table[key]``.
    """
    n = len(columns[0])
    key = np.zeros(n, dtype=np.intp)
    lows, spans = [], []
    for column in columns:
        values = np.asarray(column).astype(np.intp)
        low = int(values.min()) if n else 0
        span = int(values.max()) - low + 1 if n else 1
        key = key * span + (values - low)
        lows.append(low)
        spans.append(span)
    combos = np.indices(spans).reshape(len(spans), -1)
    return key, [(combo + low).astype(np.asarray(column).dtype)
                 for combo, low, column in zip(combos, lows, columns, strict=True)]


def pick_by_logits(rng: np.random.Generator, base: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """Choose among len(base) options with probabilities ``base`` tilted per row by ``shift``."""
    logits = np.log(base)[None, :] + shift
    weights = np.exp(logits - logits.max(axis=1, keepdims=True))
    return pick_rows(rng, weights)


def pick_by_table(rng: np.random.Generator, base: np.ndarray, shift: np.ndarray,
                  key: np.ndarray) -> np.ndarray:
    """``pick_by_logits(rng, base, shift[key])`` without building a row of weights per person.

    The weights are computed once per row of ``shift`` (one per combination of the columns
    the tilt depends on); the draws and the picks are the same.
    """
    logits = np.log(base)[None, :] + shift
    weights = np.exp(logits - logits.max(axis=1, keepdims=True))
    cum = np.cumsum(weights, axis=1)
    u = rng.random(len(key)) * cum[:, -1][key]
    return _below(cum, u, key)


def category(codes: np.ndarray, labels, ordered: bool = False) -> pd.Categorical:
    """Integer codes (-1 for missing) -> a pandas Categorical with fixed label order."""
    return pd.Categorical.from_codes(np.asarray(codes, dtype=np.int16),
                                     categories=list(labels), ordered=ordered)


def text(values) -> pd.Series:
    """A compact pyarrow-backed string column."""
    return pd.Series(values, dtype="string[pyarrow]")
