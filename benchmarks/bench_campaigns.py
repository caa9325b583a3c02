"""How fast is one campaign on 1,000,000 customers? Prints figures; not a test.

    .venv/bin/python benchmarks/bench_campaigns.py [customers] [runs]

Builds a real synthetic world with course_lib.world.generate (not a stand-in table), prepares
it for campaigns once (hidden truth, weather, who the ad platform matches), then times one
campaign: run_campaign (assignment, opens, clicks, orders, revenue for every recipient) plus
the statistics a report shows (Wilson intervals, Newcombe lift intervals, z-tests and sample
sizes). Each timed run is another week, so a fresh draw. Beside it, in the same run, the
counting alone done two ways on the same outcomes: the numpy bincount the library uses, and
a plain pandas group-by. Target: campaign plus statistics <= 300 ms (median).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

from course_lib.campaigns import (  # noqa: E402
    campaign,
    lift_estimates,
    rate_estimates,
    run_campaign,
    sample_size,
)
from course_lib.campaigns.lab import prepare  # noqa: E402
from course_lib.world import generate  # noqa: E402

THEMES = ["äventyr", "trygghet", "hållbarhet", "pris"]


def timed(action) -> tuple[float, object]:
    start = time.perf_counter()
    value = action()
    return (time.perf_counter() - start) * 1000, value


def median_ms(action, runs: int) -> float:
    return statistics.median(timed(lambda i=i: action(i))[0] for i in range(1, runs + 1))


def campaign_and_statistics(world, test, runs: int) -> tuple[float, float, float]:
    """Median ms of (simulation, statistics, both) over ``runs`` weeks, each a fresh draw."""
    times = []
    for week in range(1, runs + 1):
        start = time.perf_counter()
        result = run_campaign(world, test, week)
        middle = time.perf_counter()
        rate_estimates(result), lift_estimates(result)
        end = time.perf_counter()
        times.append(((middle - start) * 1000, (end - middle) * 1000, (end - start) * 1000))
    return tuple(statistics.median(t[i] for t in times) for i in range(3))


def pandas_counts(result):
    frame = pd.DataFrame({"group": result.group, "seen": result.seen,
                          "clicked": result.clicked, "ordered": result.ordered,
                          "revenue": result.revenue})
    return frame.groupby("group").agg(recipients=("seen", "size"), seen=("seen", "sum"),
                                      clicked=("clicked", "sum"), ordered=("ordered", "sum"),
                                      revenue=("revenue", "sum"))


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    ms, world = timed(lambda: generate(n, progress=False))
    print(f"generate({n:,}): {ms / 1000:.1f} s (a real world, not a stand-in table)")
    ms, lab = timed(lambda: prepare(world))
    print(f"prepare once: hidden truth and weather: {ms:.0f} ms")
    ms, _ = timed(lambda: lab.reachable("meta"))
    print(f"prepare once: who Meta matches (hashing {n:,} e-mails and phones): {ms / 1000:.1f} s")
    sample_size(0.01, 0.005)  # imports statsmodels (a few seconds, once per kernel)

    email = campaign("Höst", THEMES, channel="email", control_share=0.2)
    meta = campaign("Höst", THEMES[:2], channel="meta", control_share=0.2)
    first = run_campaign(world, email)
    counts = first.counts()
    assert np.array_equal(pandas_counts(first)["ordered"].to_numpy(), counts["ordered"])
    print(f"\nOne campaign, {len(first.positions):,} e-mail recipients "
          f"({first.reach.reachable:,} of {n:,} consented), 4 variants and a control group; "
          f"median of {runs} runs (ms):")
    simulate_ms, stats_ms, email_ms = campaign_and_statistics(world, email, runs)
    numpy_ms = median_ms(lambda week: first.counts(), runs)
    pandas_ms = median_ms(lambda week: pandas_counts(first), runs)
    print(f"  campaign + statistics (the target: <= 300):    {email_ms:8.1f}")
    print(f"    of which the simulation (run_campaign):      {simulate_ms:8.1f}")
    print(f"    of which the statistics (rates, lifts):      {stats_ms:8.1f}")
    print(f"  counting per group, numpy bincount (library):  {numpy_ms:8.1f}")
    print(f"  counting per group, plain pandas group-by:     {pandas_ms:8.1f}")

    ads = run_campaign(world, meta)
    meta_ms = campaign_and_statistics(world, meta, runs)[2]
    print(f"  Meta campaign + statistics ({len(ads.positions):,} matched and consented): "
          f"{meta_ms:6.1f}")
    ms, events = timed(lambda: first.events)
    print(f"  the events table, built when first asked for ({len(events):,} rows): {ms:8.1f}")


if __name__ == "__main__":
    main()
