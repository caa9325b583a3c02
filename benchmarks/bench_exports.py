"""How fast is an Excel export of 200,000 customers? Prints figures; not a test.

    .venv/bin/python benchmarks/bench_exports.py [rows] [runs]

Times course_lib.segments.export_excel (consent step, cleaning, hashing, summary and members
sheets, xlsxwriter) beside the same two sheets written with openpyxl, pandas' default engine,
in the same run. Target: at most 3 s for 200,000 rows.
"""

from __future__ import annotations

import io
import os
import statistics
import sys
import tempfile
import time

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from course_lib.segments import Segment, everyone, export_excel, where  # noqa: E402


def customers(n: int) -> pd.DataFrame:
    rng = np.random.default_rng(7)
    ids = np.arange(n)
    return pd.DataFrame({
        "email": [f"kund{i}@exempel.se" for i in ids],
        "phone": [f"070-{i % 1000:03d} {i // 1000 % 100:02d} {i % 97:02d}" for i in ids],
        "age": rng.integers(18, 90, n),
        "consent_ads": rng.random(n) < 0.5,
    })


def median_seconds(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(rows: int = 200_000, runs: int = 3) -> None:
    table = customers(rows)
    segments = [Segment("Unga", where("age").at_most(35)), Segment("Övriga", everyone())]
    with tempfile.TemporaryDirectory() as folder:
        os.environ["COURSE_WORK_DIR"] = folder
        ours = median_seconds(lambda: export_excel(table, segments), runs)
        done = export_excel(table, segments)
        members = pd.read_excel(done.path, sheet_name=1)

        def openpyxl_only():
            buffer = io.BytesIO()
            with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
                members.to_excel(writer, sheet_name="Medlemmar", index=False)

        baseline = median_seconds(openpyxl_only, runs)
    print(f"Excel export of {rows:,} customers ({done.rows:,} member rows with consent)")
    print(f"  course_lib export_excel (hashing + xlsxwriter): {ours:6.2f} s   target <= 3 s")
    print(f"  pandas + openpyxl, writing the members only:    {baseline:6.2f} s")
    print(f"  ratio: {ours / baseline:.2f}x the openpyxl write alone")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
