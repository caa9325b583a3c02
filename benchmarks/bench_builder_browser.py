"""How fast does the segment builder answer in a real browser? Prints figures; not a test.

    .venv/bin/python benchmarks/bench_builder_browser.py [sizes] [moves]
    .venv/bin/python benchmarks/bench_builder_browser.py 3000,1000000 9

For each size (customers) and each front end (JupyterLab, Voilà) it opens a notebook with the
lesson's five segments in the builder and focuses the upper handle of segment 1's age slider.
It presses an arrow key once (a single move from rest) or five times 100 ms apart (a burst, like
a held key or a drag, where each update waits for the ones before it). Each figure is the time
from the (last) key press to the frame painted when the first size text (the first HTML text
with a "%") first showed its final value, measured inside the page with performance.now();
the median and the spread are printed. Between moves it waits until the kernel is idle.
Targets: 100 ms at 3,000 customers, 200 ms at 1,000,000.

A million customers are the world's 3,000 repeated (same columns, dtypes and distributions);
generating a new world of that size takes a minute and changes nothing about the timing.
Chromium is Debian's (/usr/bin/chromium), never downloaded.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.browser import ARGS, CHROMIUM, jupyter_lab, run_all, voila  # noqa: E402

SETUP = '''\
import course_lib
course_lib.start("sv")
import pandas as pd
from course_lib import datasets
from course_lib.choices import DEFAULT_FACTORS
from course_lib.factors import factor_columns, factor_mapping
from course_lib.segments import Segment, where
from course_lib.widgets.segment_builder import SegmentBuilder

customers = datasets.load().customers
N = {n}
if N > len(customers):  # the world's customers repeated: same columns, N rows
    attrs = dict(customers.attrs)
    customers = pd.concat([customers] * -(-N // len(customers)), ignore_index=True).iloc[:N]
    customers.attrs.update(attrs)
columns = list(factor_columns(DEFAULT_FACTORS, customers).values())
mapping = factor_mapping(DEFAULT_FACTORS, customers)
'''
# The five segments of notebook 06 (course_lib.segments.lesson keeps them equal to it).
SEGMENTS = '''\
from course_lib.segments.lesson import lesson_segments
segments = lesson_segments()
builder = SegmentBuilder(customers, factors=columns, segments=segments, mapping=mapping)
builder
'''

# Watch the size text (the summary; in older builders the first HTML text with a "%"):
# note each key press and the frame painted after each change of the text, with the text shown.
ARM = """() => {
  const bench = window.__bench = {keys: [], shown: []};
  const watched = document.querySelector('.cl-summary') || [...document.querySelectorAll(
    '.widget-html')].find(e => e.textContent.includes('%') && !e.querySelector('style'));
  let last = watched.textContent;
  const observer = new MutationObserver(() => {
    if (!watched.isConnected || watched.textContent === last) return;
    last = watched.textContent;
    const text = last;
    requestAnimationFrame(() => bench.shown.push([performance.now(), text]));
  });
  observer.observe(watched, {subtree: true, childList: true, characterData: true});
  bench.stop = () => observer.disconnect();
  window.addEventListener('keydown', () => bench.keys.push(performance.now()), {capture: true});
}"""
READ = "() => { const b = window.__bench; b.stop(); return [b.keys, b.shown]; }"

def notebook(folder: Path, n: int) -> Path:
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(SETUP.format(n=n)),
                                         nbformat.v4.new_code_cell(SEGMENTS)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / "bench.ipynb"
    nbformat.write(nb, path)
    return path


def measure(page, moves: int, idle, settle: float) -> tuple[list[float], list[float]]:
    """(single moves from rest, bursts): ms from the (last) key press to the final size shown.

    A burst is five presses 100 ms apart, like a held key or a drag: each move waits for the
    ones before it, so a slow update shows here even when one move alone looks fast.
    """
    handle = page.locator(".widget-slider .noUi-handle").nth(1)  # segment 1, age, upper
    handle.scroll_into_view_if_needed()
    handle.focus()
    results: tuple[list[float], list[float]] = ([], [])
    for i in range(2 * moves + 1):
        burst = i % 2 == 0 and i > 0
        key = "ArrowLeft" if (i // 2) % 2 == 0 else "ArrowRight"
        page.evaluate(ARM)
        for _ in range(5 if burst else 1):
            page.keyboard.press(key)
            if burst:
                time.sleep(0.1)
        idle()
        time.sleep(settle)
        keys, shown = page.evaluate(READ)
        if not shown:  # nobody of that age in the segment: the size did not change
            continue
        final = shown[-1][1]
        first_final = next(t for t, text in shown if text == final)
        if i:  # the first move warms up caches
            results[burst].append(first_final - keys[-1])
    return results


def in_lab(browser, folder: Path, n: int, moves: int):
    path = notebook(folder, n)
    with jupyter_lab(folder / "home", root=folder) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 850})
        page.goto(f"{url}/lab/tree/{path.name}?reset")
        run_all(page)
        page.wait_for_selector(".widget-slider .noUi-handle", timeout=600_000)

        def idle():
            page.wait_for_selector(
                ".jp-Notebook-ExecutionIndicator[data-status='idle']", timeout=600_000)

        idle()
        time.sleep(2)
        try:
            return measure(page, moves, idle, settle=1.0 if n <= 200_000 else 2.0)
        finally:
            page.close()


def in_voila(browser, folder: Path, n: int, moves: int):
    path = notebook(folder, n)
    with voila(path) as url:
        page = browser.new_page(viewport={"width": 1280, "height": 850})
        page.goto(url, timeout=600_000)
        page.wait_for_selector(".widget-slider .noUi-handle", timeout=600_000)
        time.sleep(3)
        try:  # Voilà shows no kernel status: give the debounced pictures time instead
            return measure(page, moves, lambda: None, settle=1.5 if n <= 200_000 else 3.0)
        finally:
            page.close()


def _figure(times: list[float]) -> str:
    return f"{statistics.median(times):6.0f} [{min(times):.0f}-{max(times):.0f}]"


def main() -> None:
    sizes = [int(s) for s in (sys.argv[1] if len(sys.argv) > 1 else "3000,1000000").split(",")]
    moves = int(sys.argv[2]) if len(sys.argv) > 2 else 9
    from playwright.sync_api import sync_playwright

    print(f"Key press on a slider -> final size text painted (ms), median of {moves} [min-max]")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            for n in sizes:
                for name, run in (("JupyterLab", in_lab), ("Voilà", in_voila)):
                    with tempfile.TemporaryDirectory(prefix="bench-builder-") as tmp:
                        single, bursts = run(browser, Path(tmp), n, moves)
                    print(f"  {name:<10} {n:>9,} customers: one move {_figure(single)}, "
                          f"burst of 5 {_figure(bursts)}", flush=True)
        finally:
            browser.close()


if __name__ == "__main__":
    os.environ.setdefault("COURSE_WORK_DIR", tempfile.mkdtemp(prefix="bench-builder-work-"))
    main()
