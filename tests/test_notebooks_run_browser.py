"""The other Swedish notebooks show in the real JupyterLab as they ran, without an error, every
widget drawn (see tests/test_notebooks_browser.py, which holds the check; a file of its own so
that the two test workers share the notebooks). And notebook 06's segment builder, live in
JupyterLab with a kernel: a slider moved with the keyboard changes the segment's size on screen.

Set COURSE_BROWSER_SCREENSHOT to a file name to keep a screenshot of notebook 06's builder.
"""

from __future__ import annotations

import os

import nbformat
import pytest

from tests.browser import CLIPPED, end_sessions, run_all, start_session, wait_until_all_ran
from tests.test_notebooks_browser import OTHERS, _id, browser, lab, lab_page, shows_in_jupyterlab

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.executed]
NOTEBOOKS = OTHERS
__all__ = ["browser", "lab", "lab_page"]  # the fixtures: one browser, JupyterLab and page here
# The builder's summary above its rows: one row per segment, the customers in its first cell.
SIZES_TABLE = ".cl-builder .cl-summary-table"


def the_builder_reacts(page) -> None:
    """Segment 1's first control is its age slider: End moves the lower handle up to the upper
    one, so the segment keeps only one age and shrinks, on screen."""
    from playwright.sync_api import expect

    sizes = page.locator(SIZES_TABLE).first
    sizes.wait_for(timeout=120_000)
    first_size = sizes.locator("tbody tr").first.locator("td").first
    before = first_size.inner_text()
    assert before.replace("\xa0", "").isdigit(), before
    handle = page.locator(".widget-slider .noUi-handle").first
    handle.scroll_into_view_if_needed()
    handle.focus()
    page.keyboard.press("End")
    expect(first_size).not_to_have_text(before, timeout=30_000)
    after = first_size.inner_text()
    assert int(after.replace("\xa0", "")) < int(before.replace("\xa0", ""))
    # JupyterLab too: the handle is named for its factor and segment, and the summary stays
    # in view while the segments' rows scroll under it.
    assert handle.get_attribute("aria-label") == "Ålder, segment 1, lägsta värde"
    page.locator(".cl-builder .cl-row").nth(4).scroll_into_view_if_needed()
    panel = page.locator(".jp-NotebookPanel-notebook").first.evaluate(
        "e => e.getBoundingClientRect().top")
    top = page.locator(".cl-sticky").first.evaluate("e => e.getBoundingClientRect().top")
    assert panel - 1 <= top < panel + 60, (panel, top)
    assert not page.locator(".cl-builder").first.evaluate(CLIPPED)  # at 1280 px
    shot = os.environ.get("COURSE_BROWSER_SCREENSHOT")
    if shot:
        sizes.screenshot(path=shot)


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=_id)
def test_every_other_notebook_shows_in_jupyterlab(lab, lab_page, notebook, request):
    shows_in_jupyterlab(lab, lab_page, notebook, request.config)


# Notebook 06's builder (lesson_builder starts it as the notebook does), in a notebook of its own.
BUILDER = ['import course_lib\ncourse_lib.start("sv")',
           "from course_lib.widgets.segment_builder import lesson_builder\nlesson_builder()"]


def test_the_builder_reacts_in_jupyterlab(lab, browser):
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in BUILDER])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    (lab.root / "sv").mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, lab.root / "sv" / "builder.ipynb")
    start_session(lab.url, "sv/builder.ipynb")
    errors: list[str] = []
    page = browser.new_page(viewport={"width": 1280, "height": 800})  # the rows scroll
    try:
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.goto(f"{lab.url}/lab/tree/sv/builder.ipynb?reset")
        run_all(page)
        wait_until_all_ran(page, len(BUILDER))
        the_builder_reacts(page)
    finally:
        page.close()
        end_sessions(lab.url)
    assert not errors, errors
