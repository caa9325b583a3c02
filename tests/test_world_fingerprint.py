"""The customer table is frozen: the same seed gives the same values, dtypes and random state.

The fingerprints were computed before the table's generation was optimised; any change of a
value, a dtype, a category list or the number of random draws used is a defect (notebooks'
stored outputs and data/world/ depend on them).
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest

from course_lib.world.customers import make_customers


def dtype_fingerprint(frame: pd.DataFrame) -> str:
    parts = []
    for column, dtype in frame.dtypes.items():
        extra = list(dtype.categories) + [dtype.ordered] if isinstance(dtype, pd.CategoricalDtype) \
            else ""
        parts.append(f"{column}:{dtype!r}:{extra}")
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()


DTYPES = "19adcc0fe4767ba6f8f1a407dd202701ae277423ccdcd979b5862a9fdfd27b5f"


@pytest.mark.parametrize("n, seed, csv_sha256, next_draw", [
    (5000, 2025, "3fedcc04adebd2bbdf60ee920cf633a9bdd7174fe3351cb5836d2706243d702b",
     2493531202300970537),
    (5000, 7, "975f1635a7c711b28b6559c1e528d72d279273affa0fcf88057630cbfd519d78",
     3557742832351119657),
    (1, 1, "73434686875b39425b8e546feb8926dd6ad97793fe0a6ba68f421c7badaa1901", 883674022626518624),
    (7, 11, "96320d5f6b663d6aa263f6ccaaffa86b27287165450a553db62a3ece0a01177f",
     1146688956624741245),
    (7, 3, "e061a256bc1db83002dbcadee3496e6e40f575b7d4117b571a3c6c613a792810",
     2165479397486839614),
])
def test_customer_table_matches_its_frozen_fingerprint(n, seed, csv_sha256, next_draw):
    rng = np.random.default_rng(seed)
    customers = make_customers(rng, n)
    assert hashlib.sha256(customers.to_csv(index=False).encode()).hexdigest() == csv_sha256
    assert dtype_fingerprint(customers) == DTYPES
    assert rng.integers(0, 2**62) == next_draw  # the same number of draws, in the same order
