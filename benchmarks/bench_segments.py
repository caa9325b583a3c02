"""How fast is a segment refresh at 1,000,000 customers? Prints figures; not a test.

    .venv/bin/python benchmarks/bench_segments.py [rows] [runs]

Compares one refresh of course_lib.segments.evaluate (sizes, overlap matrix, exclusive groups,
profiles on 3 factors, value measures) for 5 segments with the same counts from DuckDB SQL on the
same DataFrame and with a naive pandas .query() per segment. Targets: <= 100 ms, and as fast
as DuckDB or faster.
"""

from __future__ import annotations

import itertools
import os
import statistics
import sys
import tempfile
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from course_lib.segments import Base, Segment, evaluate, where  # noqa: E402
from course_lib.segments.sql import sql_where  # noqa: E402

CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Växjö", "Luleå", "Kiruna"]
FACTORS = ["age", "city", "last_order_date"]
TODAY = "2024-12-31"


def customers(n: int) -> pd.DataFrame:
    try:  # the real synthetic world, when that part of the workbook is in this tree
        from course_lib.world import generate  # type: ignore[import-not-found]

        return generate(n).customers
    except ImportError:
        pass
    rng = np.random.default_rng(1)
    age = rng.integers(18, 90, n).astype(float)
    age[rng.random(n) < 0.05] = np.nan
    city = pd.Categorical.from_codes(rng.integers(-1, len(CITIES), n), categories=CITIES)
    orders = rng.poisson(3, n)
    days = rng.integers(0, 730, n)
    last = pd.Timestamp(TODAY) - pd.to_timedelta(days, unit="D")
    return pd.DataFrame(
        {
            "customer_id": np.arange(n),
            "age": age,
            "city": city,
            "orders_12m": orders,
            "revenue_12m": np.round(orders * rng.gamma(2.0, 400.0, n), 2),
            "last_order_date": last,
            "main_channel": pd.Categorical(rng.choice(["E-post", "Sök", "Socialt", "Butik"], n)),
            "consent_email": rng.random(n) < 0.7,
            "consent_ads": rng.random(n) < 0.6,
        }
    )


def segments(age_low: int = 18) -> list[Segment]:
    return [
        Segment("Unga i storstan", where("age").between(age_low, 34)
                & where("city").is_in(["Stockholm", "Göteborg", "Malmö"])),
        Segment("Norrland", where("city").is_in(["Umeå", "Luleå", "Kiruna"])),
        Segment("Nyss aktiva", where("last_order_date").within_last_days(90, today=TODAY)),
        Segment("Mogna", where("age").at_least(55) & where("last_order_date").within_last_days(
            365, today=TODAY)),
        Segment("Vilande", where("last_order_date").within_last_days(730, today=TODAY)
                .excluding(where("last_order_date").within_last_days(180, today=TODAY))),
    ]


def median_ms(action, runs: int) -> float:
    action()  # warm-up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def duckdb_refresh(frame: pd.DataFrame, segs: list[Segment]):
    import duckdb

    con = duckdb.connect()
    con.register("customers", frame)
    flags = ", ".join(f"{sql_where(s.rule, 'customers')} AS s{i}" for i, s in enumerate(segs))
    k = len(segs)
    counts = [f"count(*) FILTER (WHERE s{i})" for i in range(k)]
    counts += [f"count(*) FILTER (WHERE s{i} AND s{j})"
               for i, j in itertools.combinations(range(k), 2)]
    bands = ("CASE WHEN date_diff('day', last_order_date, DATE '2025-01-01') <= 30 THEN 1 "
             "WHEN date_diff('day', last_order_date, DATE '2025-01-01') <= 90 THEN 2 "
             "WHEN date_diff('day', last_order_date, DATE '2025-01-01') <= 180 THEN 3 "
             "WHEN date_diff('day', last_order_date, DATE '2025-01-01') <= 365 THEN 4 ELSE 5 END")
    per_segment = ", ".join(f"count(*) FILTER (WHERE s{i})" for i in range(k))
    sums = ", ".join(f"sum(revenue_12m) FILTER (WHERE s{i}), avg(CAST(consent_ads AS INT)) "
                     f"FILTER (WHERE s{i})" for i in range(k))

    def run():
        con.execute(f"CREATE OR REPLACE TEMP VIEW flagged AS SELECT *, {flags} FROM customers")
        con.execute(f"SELECT {', '.join(counts)}, {sums} FROM flagged").fetchall()
        for band in ("floor(age / 10)", "city", bands, "main_channel"):
            con.execute(f"SELECT {band} AS b, count(*), {per_segment} FROM flagged "
                        "GROUP BY b").fetchall()

    return run


def naive_refresh(frame: pd.DataFrame):
    queries = [
        "age >= 18 and age <= 34 and city in ['Stockholm', 'Göteborg', 'Malmö']",
        "city in ['Umeå', 'Luleå', 'Kiruna']",
        "last_order_date >= '2024-10-03'",
        "age >= 55 and last_order_date >= '2024-01-02'",
        "last_order_date >= '2023-01-02' and not last_order_date >= '2024-07-05'",
    ]

    def run():
        members = [frame.query(q) for q in queries]
        _ = [len(m) for m in members]
        _ = [len(a.index.intersection(b.index)) for a, b in itertools.combinations(members, 2)]
        for m in members:
            for column in ("age", "city", "main_channel"):
                m[column].value_counts()
            m["revenue_12m"].sum(), m["consent_ads"].mean()

    return run


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 15
    frame = customers(n)
    segs = segments()
    print(f"{n:,} customers, 5 segments, 3 factors, median of {runs} runs (ms)")

    base = Base(frame, today=TODAY)
    few = max(runs // 3, 3)
    prepare = median_ms(lambda: evaluate(Base(frame, today=TODAY), segs, FACTORS), few)
    cached = median_ms(lambda: evaluate(base, segs, FACTORS), runs)
    lows = itertools.cycle(range(18, 34))
    one_changed = median_ms(lambda: evaluate(base, segments(next(lows)), FACTORS), runs)
    duck = median_ms(duckdb_refresh(frame, segs), runs)
    naive = median_ms(naive_refresh(frame), few)

    print(f"  course_lib, first refresh (prepares columns):     {prepare:8.1f}")
    print(f"  course_lib, refresh with one condition changed:   {one_changed:8.1f}")
    print(f"  course_lib, refresh with nothing changed:         {cached:8.1f}")
    print(f"  DuckDB SQL on the same DataFrame:                 {duck:8.1f}")
    print(f"  naive pandas .query() per segment:                {naive:8.1f}")

    os.environ.setdefault("COURSE_WORK_DIR", tempfile.mkdtemp())
    from course_lib.widgets.segment_builder import SegmentBuilder

    builder = SegmentBuilder(base, factors=FACTORS, segments=segs)
    builder._painter.live = True  # pictures in the background, as in a kernel: not timed here
    slider = builder.controls[0]["age"]
    values = itertools.cycle([(20, 34), (21, 34), (22, 35), (19, 33)])
    widget = median_ms(lambda: setattr(slider, "value", next(values)), runs)
    from course_lib.segments.plots import profiles_figure

    picture = median_ms(lambda: profiles_figure(builder.result), few)
    print(f"  widget: move a slider -> sizes, overlap, warnings: {widget:7.1f}")
    print(f"  widget: redraw the profile pictures (background): {picture:7.1f}")


if __name__ == "__main__":
    main()
