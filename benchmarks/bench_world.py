"""Benchmark of the synthetic world (prints figures; not a test).

- generate(100_000) and generate(1_000_000) with orders and events: wall time and peak
  memory. Peak memory is the process's peak resident set size (resource.getrusage
  ru_maxrss) minus the size before generating, each size in a fresh subprocess.
- DataFrame memory of the 1M customer table (memory_usage(deep=True)).
- Per-customer speed of the customer table against a row-by-row Faker (sv_SE) generator
  that produces the same columns with the same kind of dependencies: Faker on 3,000 rows,
  ours as the median of three runs at 1,000,000 rows (machine load varies), and the ratio.

    .venv/bin/python benchmarks/bench_world.py
"""

from __future__ import annotations

import json
import math
import random
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402

from course_lib.world import customers, generate, geography, people, psyche  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_size(n: int) -> dict:
    before = _rss_mb()
    start = time.perf_counter()
    world = generate(n, seed=1, progress=False)
    seconds = time.perf_counter() - start
    return {"n": n, "seconds": seconds, "peak_mb": _rss_mb() - before,
            "customers_mb": world.customers.memory_usage(deep=True).sum() / 1e6,
            "orders": len(world.orders), "order_lines": len(world.order_lines),
            "events": len(world.events)}


def faker_customers(n: int, seed: int = 1) -> list[dict]:
    """What a learner would write: one customer at a time with Faker and random.choices."""
    from faker import Faker

    fake = Faker("sv_SE")
    Faker.seed(seed)
    rnd = random.Random(seed)
    places = geography.municipalities()
    munis, weights = places["municipality"].tolist(), places["weight"].tolist()
    edu_levels, edu_share = list(people.EDUCATION), list(people.EDUCATION.values())
    rows = []
    for i in range(n):
        gender = rnd.choices(people.GENDERS, [49.5, 49.5, 1])[0]
        age = rnd.randint(18, 84)
        city = rnd.choices(munis, weights)[0]
        shift = [0.3 * (r - 3) * (age < 30) for r in people.EDU_RANK]
        w = [s * math.exp(x) for s, x in zip(edu_share, shift, strict=True)]
        education = rnd.choices(edu_levels, w)[0]
        rank = people.EDU_RANK[edu_levels.index(education)]
        job = rnd.choices(people.JOBS[:9], [s * math.exp(0.45 * (k - 3.5) * (rank - 3.5))
                                            for s, k in zip(people.JOB_SHARE, people.JOB_SKILL,
                                                            strict=True)])[0]
        income = round(337_400 * math.exp(0.1 * (rank - 3) + rnd.gauss(0, 0.35)), -2)
        z = math.log(income / 337_400) / 0.5
        interest = rnd.choices(psyche.INTERESTS, psyche.INTEREST_SHARE)[0]
        rows.append({
            "customer_id": f"C{i + 1:07d}", "first_name": fake.first_name(),
            "last_name": fake.last_name(), "email": fake.email(), "phone": fake.phone_number(),
            "signup_date": fake.date_between("-10y", "today"),
            "consent_email": rnd.random() < 0.62, "consent_ads": rnd.random() < 0.45,
            "age": age, "gender": gender, "education": education, "job": job,
            "industry": rnd.choice(people.INDUSTRIES), "income": income,
            "housing": rnd.choices(list(people.HOUSING), list(people.HOUSING.values()))[0],
            "socioeconomic_class": rnd.choice(people.CLASSES), "country": "Sverige",
            "city": city, "city_district": rnd.choice(geography.GENERIC_DISTRICTS),
            "skr_group": places.loc[munis.index(city), "skr_group_name"],
            "urban_rural": places.loc[munis.index(city), "urban_rural"],
            "home_store": places.loc[munis.index(city), "store"],
            "interests": interest, "main_interest": interest,
            "lifestyle": rnd.choice(psyche.LIFESTYLES),
            "budget_or_luxury": rnd.choices(psyche.BUDGET, [math.exp(-1.2 * z), 1,
                                                             math.exp(1.2 * z)])[0],
            "commuting": rnd.choice(psyche.COMMUTING), "trips_per_year": rnd.randint(0, 10),
            "preferred_device": rnd.choice(psyche.DEVICES),
            "newsletter_opens_12m": rnd.randint(0, 52),
            "social_minutes_per_day": rnd.randint(0, 180),
            **{t: min(100, max(0, round(rnd.gauss(50, 15)))) for t in psyche.OCEAN},
            "trigger_discount": rnd.random() < 0.4, "trigger_weather": rnd.random() < 0.3,
            "trigger_payday": rnd.random() < 0.3,
        })
    return rows


def speed_ratio(sample: int = 3000, ours_n: int = 1_000_000, runs: int = 3) -> dict:
    """Per-customer time of the Faker loop (``sample`` rows) and of ours (median of ``runs``
    runs at ``ours_n`` rows), their ratio, and the DataFrame memory of our table."""
    start = time.perf_counter()
    faker_customers(sample)
    faker_per = (time.perf_counter() - start) / sample
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        table = customers.make_customers(np.random.default_rng(1), ours_n)
        times.append(time.perf_counter() - start)
    ours_per = statistics.median(times) / ours_n
    return {"sample": sample, "ours_n": ours_n, "runs": runs,
            "faker_us": faker_per * 1e6, "ours_us": ours_per * 1e6,
            "ours_runs_us": [t / ours_n * 1e6 for t in times],
            "ratio": faker_per / ours_per,
            "customers_mb": table.memory_usage(deep=True).sum() / 1e6}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--size":
        print(json.dumps(run_size(int(sys.argv[2]))))
        return
    print("generate(n) with orders and events (peak = ru_maxrss delta, fresh process each)")
    for n in (100_000, 1_000_000):
        out = subprocess.run([sys.executable, __file__, "--size", str(n)], check=True,
                             capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"  n={n:>9,}: {r['seconds']:6.1f} s, peak +{r['peak_mb']:6.0f} MB, "
              f"customers table {r['customers_mb']:.0f} MB, {r['orders']:,} orders, "
              f"{r['order_lines']:,} lines, {r['events']:,} events")
    s = speed_ratio()
    runs = ", ".join(f"{x:.2f}" for x in s["ours_runs_us"])
    print("customer table per customer:")
    print(f"  Faker row by row: {s['faker_us']:.0f} µs ({s['sample']:,} rows)")
    print(f"  vectorised:       {s['ours_us']:.2f} µs ({s['ours_n']:,} rows, median of "
          f"{s['runs']} runs: {runs})")
    print(f"  ratio:            {s['ratio']:.0f}× faster (target: at least 100×)")
    print(f"  memory:           {s['customers_mb']:.0f} MB DataFrame memory for "
          f"{s['ours_n']:,} customers (target: at most 200 MB)")


if __name__ == "__main__":
    main()
