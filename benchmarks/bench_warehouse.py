"""Segments on 10 million customers in Parquet: DuckDB reads the file, pandas never holds it.

    .venv/bin/python benchmarks/bench_warehouse.py [customers] [--file existing.parquet]

Writes the synthetic world's customers to Parquet once in a temp dir (write_customers_parquet,
in chunks), then evaluates five segments (sizes, overlaps, exclusive groups, value measures)
two ways, each in a fresh Python process so the peak memory is that path's alone:

- Parquet path: ``evaluate("customers.parquet", segments)``, the rules pushed down to DuckDB;
- pandas path: ``pd.read_parquet`` and ``evaluate(frame, segments)``;
- the segment builder in warehouse mode on the path (above ``IN_MEMORY_UP_TO`` customers):
  the time to open it, and one update (a slider moved: ``evaluate`` with the three factors'
  profiles, in the same DuckDB scan).

Peak memory is the process's peak resident set size (getrusage), which counts DuckDB's native
memory too (tracemalloc sees only Python's). Target: the Parquet path stays at or below 1 GB.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

TODAY = "2025-12-31"  # the synthetic world ends here
LIMIT_MB = 1024


def segments():
    from course_lib.segments import Segment, where

    return [
        Segment("Unga i storstan", where("age").between(18, 34)
                & where("home_store").is_in(["Stockholm", "Göteborg", "Malmö"])),
        Segment("Norrland och fjällen", where("home_store").is_in(["Umeå", "Åre"])),
        Segment("Nyss aktiva", where("last_order_date").within_last_days(90, today=TODAY)),
        Segment("Mogna storköpare", where("age").at_least(55)
                & where("revenue_12m").at_least(5000)),
        Segment("Vilande", where("last_order_date").within_last_days(730, today=TODAY)
                .excluding(where("last_order_date").within_last_days(180, today=TODAY))),
    ]


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def measure(way: str, path: str) -> dict:
    """One evaluation in this (fresh) process: seconds, peak memory and what it found."""
    from course_lib.segments import evaluate

    if way == "builder":
        return measure_builder(path)
    start = time.perf_counter()
    if way == "parquet":
        result = evaluate(path, segments(), factors=())
        loaded = 0.0
    else:
        import pandas as pd

        frame = pd.read_parquet(path)
        loaded = time.perf_counter() - start
        result = evaluate(frame, segments(), factors=())
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "load_seconds": loaded, "peak_mb": peak_mb(),
            "counts": result.counts.tolist(), "exclusive": result.exclusive.tolist(),
            "overlap": result.overlap.to_numpy().tolist(),
            "revenue_mean": result.measures.iloc[2].tolist()}


def measure_builder(path: str) -> dict:
    """The builder on the file (warehouse mode above IN_MEMORY_UP_TO customers): seconds to
    open it, seconds for one update, and the peak memory."""
    from course_lib.segments import plots
    from course_lib.widgets.segment_builder import SegmentBuilder

    plots.profiles_figure = lambda result: b""  # drawing is the same for any size: not timed
    start = time.perf_counter()
    builder = SegmentBuilder(path)
    opened = time.perf_counter() - start
    age = builder.controls[0]["age"]
    start = time.perf_counter()
    age.value = (30, 45)
    update = time.perf_counter() - start
    return {"warehouse": builder.warehouse, "open_seconds": opened, "update_seconds": update,
            "peak_mb": peak_mb(), "counts": builder.result.counts.tolist()}


def in_fresh_process(way: str, path: str) -> dict:
    out = subprocess.run([sys.executable, __file__, "--measure", way, path], check=True,
                         capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_file(n: int, folder: str) -> tuple[str, float, float]:
    """The customers written once; returns (path, seconds, peak MB of the writing process)."""
    code = ("import json, resource, sys, time; from course_lib.world import write_customers_parquet;"
            "t = time.perf_counter(); write_customers_parquet(int(sys.argv[1]), sys.argv[2], "
            "progress=False); print(json.dumps([time.perf_counter() - t, "
            "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))")
    path = os.path.join(folder, "customers.parquet")
    out = subprocess.run([sys.executable, "-c", code, str(n), path], check=True,
                         capture_output=True, text=True,
                         cwd=os.path.join(os.path.dirname(__file__), ".."))
    seconds, peak = json.loads(out.stdout.strip().splitlines()[-1])
    return path, seconds, peak


def main() -> None:
    if sys.argv[1:2] == ["--measure"]:
        print(json.dumps(measure(sys.argv[2], sys.argv[3])))
        return
    args = sys.argv[1:]
    path = None
    if "--file" in args:
        path = args[args.index("--file") + 1]
        args = [a for a in args if a not in ("--file", path)]
    n = int(args[0]) if args else 10_000_000
    folder = tempfile.mkdtemp(prefix="bench-warehouse-")
    if path is None:
        path, seconds, peak = write_file(n, folder)
        print(f"Wrote {n:,} customers to Parquet in {seconds:.0f} s "
              f"(peak {peak:,.0f} MB, {os.path.getsize(path) / 1e6:,.0f} MB on disk)")
    else:
        print(f"Reusing {path} ({os.path.getsize(path) / 1e6:,.0f} MB on disk)")

    parquet = in_fresh_process("parquet", path)
    in_pandas = in_fresh_process("pandas", path)
    print("5 segments: sizes, overlaps, exclusive groups, value measures (each in a fresh process)")
    print(f"  Parquet + DuckDB (evaluate on the path): {parquet['seconds']:7.1f} s, "
          f"peak {parquet['peak_mb']:7,.0f} MB")
    print(f"  pandas (read_parquet + evaluate):        {in_pandas['seconds']:7.1f} s, "
          f"peak {in_pandas['peak_mb']:7,.0f} MB (reading: {in_pandas['load_seconds']:.1f} s)")
    same = all(parquet[k] == in_pandas[k] for k in ("counts", "exclusive", "overlap"))
    print(f"  same sizes, overlaps and exclusive groups: {'yes' if same else 'NO'}")
    for name, count in zip([s.name for s in segments()], parquet["counts"], strict=True):
        print(f"    {name:<22} {count:>12,}")
    verdict = "within" if parquet["peak_mb"] <= LIMIT_MB else "OVER"
    print(f"  Parquet path peak {parquet['peak_mb']:,.0f} MB: {verdict} the {LIMIT_MB:,} MB target")
    builder = in_fresh_process("builder", path)
    mode = "warehouse mode" if builder["warehouse"] else "read into pandas (below the limit)"
    print(f"Segment builder on the path, {mode} (pictures not drawn):")
    print(f"  opening (controls, default segments, first count): {builder['open_seconds']:7.1f} s")
    print(f"  one update (a slider let go: sizes + 3 profiles):  {builder['update_seconds']:7.1f} s, "
          f"peak {builder['peak_mb']:7,.0f} MB")


if __name__ == "__main__":
    main()
