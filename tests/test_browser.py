"""A real browser: JupyterLab in headless Chromium, Run All on notebook 06, move a segment slider
and see the segment's size change on screen. (Every notebook's Run All in JupyterLab is in
tests/test_notebooks_browser.py.)

Chromium comes from the Debian package (``apt-get install chromium``), never from
``playwright install``. Without it the test is skipped with that advice; with
COURSE_REQUIRE_BROWSER=1 (CI, see .ci/run) a missing browser is a failure instead.
Set COURSE_BROWSER_SCREENSHOT to a file name to keep a screenshot of the finished notebook.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser import (
    ARGS,
    CLIPPED,
    INSTALL_ADVICE,
    jupyter_lab,
    require_chromium,
    run_all,
    skip_or_fail,
)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = Path("sv") / "06-segment.ipynb"
# The builder's summary above its rows: one row per segment, the customers in its first cell.
SIZES_TABLE = ".cl-builder .cl-summary-table"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """JupyterLab on a fresh copy of notebook 06, with a fresh work folder and settings."""
    with jupyter_lab(tmp_path_factory.mktemp("lab"), [ROOT / "notebooks" / NOTEBOOK]) as url:
        yield url


def test_run_all_then_moving_a_slider_changes_the_size_on_screen(lab, tmp_path):
    chromium = require_chromium()
    try:
        from playwright.sync_api import expect, sync_playwright
    except ImportError:
        skip_or_fail("The playwright package is missing: run `make install`.")

    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{lab}/lab/tree/{NOTEBOOK.as_posix()}?reset")
            run_all(page)

            sizes = page.locator(SIZES_TABLE).first
            sizes.wait_for(timeout=120_000)
            first_size = sizes.locator("tbody tr").first.locator("td").first
            before = first_size.inner_text()
            assert before.replace("\xa0", "").isdigit(), before

            # Segment 1's first control is its age slider: End moves the lower handle up to
            # the upper one, so the segment keeps only one age and shrinks.
            handle = page.locator(".widget-slider .noUi-handle").first
            handle.scroll_into_view_if_needed()
            handle.focus()
            page.keyboard.press("End")
            expect(first_size).not_to_have_text(before, timeout=30_000)
            after = first_size.inner_text()
            assert int(after.replace("\xa0", "")) < int(before.replace("\xa0", ""))
            # JupyterLab too: the handle is named for its factor and segment, and the summary
            # stays in view while the segments' rows scroll under it.
            assert handle.get_attribute("aria-label") == "Ålder, segment 1, lägsta värde"
            page.locator(".cl-builder .cl-row").nth(4).scroll_into_view_if_needed()
            panel = page.locator(".jp-NotebookPanel-notebook").first.evaluate(
                "e => e.getBoundingClientRect().top")
            top = page.locator(".cl-sticky").first.evaluate("e => e.getBoundingClientRect().top")
            assert panel - 1 <= top < panel + 60, (panel, top)
            assert not page.locator(".cl-builder").first.evaluate(CLIPPED)  # at 1280 px

            shot = os.environ.get("COURSE_BROWSER_SCREENSHOT") or str(tmp_path / "notebook-06.png")
            sizes.screenshot(path=shot)
        finally:
            browser.close()
    assert not errors, errors


def test_missing_browser_is_a_skip_for_learners_and_a_failure_in_ci(monkeypatch):
    monkeypatch.delenv("COURSE_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        skip_or_fail(INSTALL_ADVICE)
    monkeypatch.setenv("COURSE_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="COURSE_REQUIRE_BROWSER=1"):
        skip_or_fail(INSTALL_ADVICE)
