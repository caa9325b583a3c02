"""A real browser: open notebook 06 in JupyterLab, restart the kernel, run a cell in the middle
and see friendly help (the missing name, its section, how to run the cells above), with the
real traceback behind "Visa detaljer". Set COURSE_BROWSER_SCREENSHOT to keep a screenshot.
"""

from __future__ import annotations

import os
from pathlib import Path

import nbformat
import pytest

from tests.browser import ARGS, IDLE, jupyter_lab, require_chromium

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "sv" / "06-segment.ipynb"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _heading_above_first(text: str) -> str:
    """The heading above the first code cell containing ``text``, found the plain way."""
    heading = None
    for cell in nbformat.read(NOTEBOOK, as_version=4).cells:
        if cell.cell_type == "markdown":
            lines = [line for line in cell.source.splitlines() if line.startswith("#")]
            heading = lines[-1].lstrip("#").strip() if lines else heading
        elif text in cell.source:
            return heading
    raise AssertionError(text)


def _run_cell(page, text: str):
    """Click into the code cell whose source contains ``text`` and press Shift+Enter."""
    cell = page.locator(".jp-CodeCell").filter(
        has=page.locator(".jp-InputArea-editor", has_text=text)).first
    cell.scroll_into_view_if_needed()
    cell.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    return cell


def _restart_kernel(page) -> None:
    page.get_by_role("menuitem", name="Kernel", exact=True).click()
    page.click(".lm-Menu-item[data-command='kernelmenu:restart']")
    page.locator(".jp-Dialog .jp-mod-accept").click()
    page.wait_for_selector(".jp-Dialog", state="detached")
    page.wait_for_selector(IDLE, timeout=90_000)


def test_after_a_restart_a_middle_cell_shows_help_not_a_traceback(tmp_path):
    chromium = require_chromium()
    from playwright.sync_api import expect, sync_playwright

    errors: list[str] = []
    with jupyter_lab(tmp_path, [NOTEBOOK]) as lab, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1000})
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{lab}/lab/tree/sv/{NOTEBOOK.name}?reset")
            page.wait_for_selector(IDLE, timeout=90_000)
            _restart_kernel(page)

            # First thing in the new kernel: only JupyterLab's __session__ can say which notebook.
            cell = _run_cell(page, "q1.check()")
            help_box = cell.locator(".course-notebook-help")
            expect(help_box).to_contain_text(
                f"Den här cellen behöver q1, som skapas längre upp i avsnittet "
                f"”{_heading_above_first('import q1')}”", timeout=60_000)

            cell = _run_cell(page, "SegmentBuilder(customers")
            help_box = cell.locator(".course-notebook-help")
            expect(help_box).to_contain_text(
                f"Den här cellen behöver customers, som skapas längre upp i avsnittet "
                f"”{_heading_above_first('customers = ')}”", timeout=60_000)
            expect(help_box).to_contain_text("Run → Run All Above Selected Cell")
            assert cell.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
            details = help_box.locator("details pre")
            expect(details).to_be_hidden()
            assert not cell.get_by_text("Traceback").first.is_visible()
            help_box.get_by_text("Visa detaljer").click()
            expect(details).to_be_visible()
            expect(details).to_contain_text("NameError: name 'customers' is not defined")

            shot = os.environ.get("COURSE_BROWSER_SCREENSHOT") or str(tmp_path / "help.png")
            cell.screenshot(path=shot)
        finally:
            browser.close()
    assert not errors, errors
