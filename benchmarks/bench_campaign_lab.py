"""How long does the campaign lab take on the workbook's world? Prints figures; not a test.

    .venv/bin/python benchmarks/bench_campaign_lab.py [runs]

Times, in one fresh process: loading the world, making the widget, the first Run (which
also prepares the world's hidden truth and loads statsmodels and matplotlib), then the median
of further Runs, each another week (a fresh draw), split into the campaign with its
statistics (campaigns.panel.run_lab, with the two figures) and drawing the HTML the widget
shows (tables and the two PNG pictures). Last, the static description with its example run.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main(runs: int = 10) -> None:
    start = time.perf_counter()
    from course_lib import datasets

    world = datasets.load()
    print(f"load the world ({len(world.customers):,} customers): {ms(start):8.0f} ms")

    from course_lib.campaigns import panel
    from course_lib.widgets.campaign_lab import campaign_lab, details_html, live_html, pictures_html

    start = time.perf_counter()
    lab = campaign_lab(world)
    print(f"make the widget:                      {ms(start):8.0f} ms")
    lab.audience.value = "lesson:1"
    lab.themes["safety"].value = True
    start = time.perf_counter()
    lab.run_button.click()
    print(f"first Run (prepares the world):       {ms(start):8.0f} ms")

    simulate, draw, both = [], [], []
    for week in range(2, runs + 2):
        settings = panel.LabSettings("lesson:1", "email", ("adventure", "safety", "price"),
                                     0.2, week)
        start = time.perf_counter()
        outcome = panel.run_lab(world, settings, lab.choices)
        middle = time.perf_counter()
        live_html(outcome), details_html(outcome), pictures_html(outcome)
        end = time.perf_counter()
        simulate.append((middle - start) * 1000)
        draw.append((end - middle) * 1000)
        both.append((end - start) * 1000)
    print(f"a Run, median of {runs} weeks:            {statistics.median(both):8.0f} ms")
    print(f"    of which run_lab (campaign, statistics, figures): "
          f"{statistics.median(simulate):6.0f} ms")
    print(f"    of which the HTML and the two PNG pictures:      {statistics.median(draw):6.0f} ms")
    start = time.perf_counter()
    lab.static_html()
    print(f"static description (example run):     {ms(start):8.0f} ms")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)
