"""A data-driven grouping to hold up against rule-based segments: k-means on the same factors.

Rule-based segments start from a marketer's idea ("young city dwellers who hike"); k-means
starts from the data and puts customers who resemble each other in the same group. It is
written here in a few lines of numpy, seeded, so a notebook gives the same groups every run.

>>> import pandas as pd, course_lib
>>> _ = course_lib.set_language("sv")
>>> customers = pd.DataFrame({"age": [61, 20, 21, 22, 60, 23],
...                           "city": ["Åre", "Umeå", "Umeå", "Umeå", "Åre", "Umeå"]})
>>> cluster_customers(customers, ["age", "city"], k=2).tolist()
['Kluster 2', 'Kluster 1', 'Kluster 1', 'Kluster 1', 'Kluster 2', 'Kluster 1']
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .core.errors import CourseError
from .core.i18n import messages, percent
from .labels import translate

msg = messages(
    {
        "cluster": {"sv": "Kluster {n}", "en": "Cluster {n}"},
        "clusters": {"sv": "Kluster", "en": "Cluster"},
        "segment": {"sv": "Segment", "en": "Segment"},
        "customers": {"sv": "Antal kunder", "en": "Customers"},
        "typical": {"sv": "{value} ({share})", "en": "{value} ({share})"},
        "bad_k": {
            "sv": "Antalet kluster måste vara ett heltal mellan 2 och {most}, inte {k!r}.",
            "en": "The number of clusters must be a whole number from 2 to {most}, not {k!r}.",
        },
        "no_columns": {
            "sv": "Välj minst en faktor (kolumn) att gruppera på.",
            "en": "Choose at least one factor (column) to group on.",
        },
    },
    __name__,
)


def factor_matrix(customers: pd.DataFrame, columns) -> np.ndarray:
    """The factors as numbers k-means can measure distances in.

    Numbers (and dates, as days) are standardised to mean 0 and spread 1; categories become one
    0/1 column per value. Two customers who differ on a category are then about as far apart
    as two customers picked at random on a number, so no factor drowns the others.
    """
    from .segments.rules import column_error

    columns = list(columns)
    if not columns:
        raise CourseError(msg("no_columns"))
    blocks = []
    for column in columns:
        if column not in customers.columns:
            raise column_error(column, customers.columns)
        series = customers[column]
        if pd.api.types.is_datetime64_any_dtype(series):
            series = (series - series.min()).dt.days
        if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
            values = series.to_numpy(dtype="float64", na_value=np.nan)
            spread = np.nanstd(values)
            values = (values - np.nanmean(values)) / (spread if spread > 0 else 1.0)
            blocks.append(np.nan_to_num(values, nan=0.0)[:, None])  # missing: the average
        else:
            blocks.append(pd.get_dummies(series.astype("category"), dtype="float64").to_numpy())
    return np.hstack(blocks)


def _squared_distances(points: np.ndarray, centres: np.ndarray) -> np.ndarray:
    # |x - c|² = |x|² - 2 x·c + |c|²: an n × k table without an n × k × d array in memory.
    out = (points**2).sum(1)[:, None] - 2 * points @ centres.T + (centres**2).sum(1)[None, :]
    return np.maximum(out, 0.0)


def _first_centres(points: np.ndarray, k: int, rng) -> np.ndarray:
    """k-means++: each new centre is drawn far from those already chosen."""
    centres = [points[rng.integers(len(points))]]
    for _ in range(1, k):
        nearest = _squared_distances(points, np.array(centres)).min(axis=1)
        total = nearest.sum()
        index = rng.choice(len(points), p=nearest / total) if total > 0 else rng.integers(len(points))
        centres.append(points[index])
    return np.array(centres)


def kmeans(points: np.ndarray, k: int, seed: int = 0, n_init: int = 4, max_iter: int = 100):
    """Group the rows of ``points`` into ``k`` clusters. Returns (labels, centres, inertia).

    Several starts (``n_init``) and the best kept, all from one seeded random generator, so
    the same input always gives the same clusters.
    """
    points = np.asarray(points, dtype="float64")
    if isinstance(k, bool) or not isinstance(k, int | np.integer) or not 2 <= k <= len(points):
        raise CourseError(msg("bad_k", k=k, most=len(points)))
    rng = np.random.default_rng(seed)
    best = None
    for _ in range(n_init):
        centres = _first_centres(points, k, rng)
        labels = None
        for _ in range(max_iter):
            distances = _squared_distances(points, centres)
            new = distances.argmin(axis=1)
            if labels is not None and np.array_equal(new, labels):
                break
            labels = new
            for j in range(k):
                members = points[labels == j]
                if len(members):
                    centres[j] = members.mean(axis=0)
                else:  # an empty cluster restarts at the customer worst served so far
                    centres[j] = points[distances.min(axis=1).argmax()]
        inertia = float(_squared_distances(points, centres).min(axis=1).sum())
        if best is None or inertia < best[2] - 1e-9:
            best = (labels, centres.copy(), inertia)
    return best


def cluster_customers(customers: pd.DataFrame, columns, k: int = 5, seed: int = 0) -> pd.Series:
    """Each customer's k-means cluster on ``columns``, named "Kluster 1" (largest) to "Kluster k".

    Equal sizes are named in the order the clusters first appear in the table, so the names
    never depend on where k-means happened to start.
    """
    labels, _, _ = kmeans(factor_matrix(customers, columns), k, seed=seed)
    sizes = np.bincount(labels, minlength=k)
    first_seen = np.full(k, len(labels))
    first_seen[labels[::-1]] = np.arange(len(labels))[::-1]
    order = np.lexsort((first_seen, -sizes))
    rank = np.empty(k, dtype=int)
    rank[order] = np.arange(k)
    names = [msg("cluster", n=i + 1) for i in range(k)]
    return pd.Series(pd.Categorical.from_codes(rank[labels], categories=names),
                     index=customers.index, name=msg("clusters"))


def describe_clusters(customers: pd.DataFrame, clusters: pd.Series, columns,
                      mapping: dict | None = None) -> pd.DataFrame:
    """One row per cluster: its size, and for each factor its median or its commonest value.

    ``mapping`` ({column: data point key}) gives each column its catalogue name.
    """
    from .segments import column_label

    rows = {}
    for name, members in customers.groupby(clusters, observed=False):
        row = {msg("customers"): len(members)}
        for column in columns:
            series, label = members[column], column_label(column, mapping)
            if pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series):
                row[label] = f"{series.median():g}" if len(series) else ""
            elif len(series.dropna()):
                counts = series.value_counts()
                share = percent(counts.iloc[0] / len(series))
                row[label] = msg("typical", value=translate(counts.index[0]), share=share)
            else:
                row[label] = ""
        rows[name] = row
    return pd.DataFrame.from_dict(rows, orient="index")


def compare_groupings(groups: pd.Series, clusters: pd.Series) -> pd.DataFrame:
    """How many customers of each rule-based group fall in each cluster (a crosstab)."""
    table = pd.crosstab(groups, clusters)
    table.index.name, table.columns.name = msg("segment"), msg("clusters")
    return table
