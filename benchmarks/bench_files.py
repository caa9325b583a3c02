"""How fast is reading a 200,000-row customer file? Prints figures; not a test.

    .venv/bin/python benchmarks/bench_files.py [rows] [runs]

Writes a Swedish-style CSV (``;`` between fields, decimal comma, dates as åååå-mm-dd and
dd-mm-åååå, ja/nej, a BOM) to a temporary folder, then times course_lib's
``load_customer_file`` (which also types every column and writes a load report) beside a plain
``pandas.read_csv`` with the options a person would have to know in advance. Median of ``runs``.
Target: the loader within 3x of pandas.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))

from course_lib.segments import load_customer_file  # noqa: E402

CITIES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Växjö", "Luleå", "Kiruna"]
GENDERS = ["Kvinna", "Man", "Annat", "okänd"]


def _kronor(values: np.ndarray) -> pd.Series:
    """32 000,50 the way Swedish Excel writes money: space between thousands, decimal comma."""
    whole = (values // 1).astype(np.int64)
    ore = np.round((values % 1) * 100).astype(np.int64) % 100
    text = pd.Series(whole).map("{:,}".format).str.replace(",", " ")
    return text + "," + pd.Series(ore).astype(str).str.zfill(2)


def write_file(path: Path, rows: int) -> None:
    rng = np.random.default_rng(8)
    days = pd.Timestamp("2024-12-31") - pd.to_timedelta(rng.integers(0, 730, rows), unit="D")
    dates = pd.Series(days.strftime("%Y-%m-%d"))
    dates[rng.random(rows) < 0.1] = ""  # never bought
    age = pd.Series(rng.integers(18, 90, rows)).astype(str)
    age[rng.random(rows) < 0.01] = "okänd"
    frame = pd.DataFrame(
        {
            "kund_id": [f"K{n:07d}" for n in range(1, rows + 1)],
            "ålder": age,
            "kön": rng.choice(GENDERS, rows, p=[0.49, 0.49, 0.01, 0.01]),
            "ort": rng.choice(CITIES, rows),
            "postnummer": pd.Series(rng.integers(10000, 99999, rows)).astype(str).str.replace(
                r"^(\d{3})", r"\1 ", regex=True),
            "inkomst": _kronor(np.round(rng.gamma(4.0, 8000.0, rows), 2)),
            "senaste_köp": dates,
            "samtycke": rng.choice(["ja", "nej"], rows),
            "e-post": [f"kund{n}@exempel.se" for n in range(1, rows + 1)],
        }
    )
    text = frame.to_csv(sep=";", index=False, lineterminator="\r\n")
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))


def plain_pandas(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep=";", decimal=",", thousands=" ", encoding="utf-8-sig",
                       dtype={"kund_id": str, "postnummer": str})


def timed(functions: dict, path: Path, runs: int) -> dict:
    """Median wall time and CPU time of each function. The runs take turns, so a busy moment on
    a shared machine hits both alike."""
    wall = {name: [] for name in functions}
    cpu = {name: [] for name in functions}
    for _ in range(runs):
        for name, function in functions.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            function(path)
            wall[name].append(time.perf_counter() - start)
            cpu[name].append(time.process_time() - start_cpu)
    return {name: (statistics.median(wall[name]), statistics.median(cpu[name]))
            for name in functions}


def main(rows: int = 200_000, runs: int = 3) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "kunder.csv"
        write_file(path, rows)
        size = path.stat().st_size / 1e6
        load_customer_file(path)  # imports and first-call set-up are not what we measure
        plain_pandas(path)
        found = timed({"ours": load_customer_file, "pandas": plain_pandas}, path, runs)
        frame = load_customer_file(path)
    (ours, ours_cpu), (theirs, theirs_cpu) = found["ours"], found["pandas"]
    print(f"{rows:,} rows, {size:.1f} MB, median of {runs} (wall clock; CPU time in brackets)")
    print(f"pandas.read_csv (options given):  {theirs:6.2f} s  ({theirs_cpu:.2f} s)")
    print(f"load_customer_file (everything):  {ours:6.2f} s  ({ours_cpu:.2f} s)")
    print(f"ratio: {ours / theirs:.1f}x (CPU {ours_cpu / theirs_cpu:.1f}x), target <= 3x")
    print(frame.dtypes.to_string())


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
