"""Small vectorised drawing helpers shared by the world's modules."""

from __future__ import annotations

import numpy as np
import pandas as pd


def pick_rows(rng: np.random.Generator, weights: np.ndarray) -> np.ndarray:
    """One index per row of ``weights`` (rows need not sum to 1): a vectorised choice."""
    cum = np.cumsum(weights, axis=1)
    u = rng.random(len(weights)) * cum[:, -1]
    return np.minimum((cum < u[:, None]).sum(axis=1), weights.shape[1] - 1)


def pick_by_logits(rng: np.random.Generator, base: np.ndarray, shift: np.ndarray) -> np.ndarray:
    """Choose among len(base) options with probabilities ``base`` tilted per row by ``shift``."""
    logits = np.log(base)[None, :] + shift
    weights = np.exp(logits - logits.max(axis=1, keepdims=True))
    return pick_rows(rng, weights)


def category(codes: np.ndarray, labels, ordered: bool = False) -> pd.Categorical:
    """Integer codes (-1 for missing) -> a pandas Categorical with fixed label order."""
    return pd.Categorical.from_codes(np.asarray(codes, dtype=np.int16),
                                     categories=list(labels), ordered=ordered)


def text(values) -> pd.Series:
    """A compact pyarrow-backed string column."""
    return pd.Series(values, dtype="string[pyarrow]")
