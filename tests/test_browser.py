"""A real browser: JupyterLab in headless Chromium, Run All on notebook 06, move a segment slider
and see the segment's size change on screen.

Chromium comes from the Debian package (``apt-get install chromium``), never from
``playwright install``. Without it the test is skipped with that advice; with
COURSE_REQUIRE_BROWSER=1 (CI, see .ci/run) a missing browser is a failure instead.
Set COURSE_BROWSER_SCREENSHOT to a file name to keep a screenshot of the finished notebook.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import (
    ARGS,
    CLIPPED,
    INSTALL_ADVICE,
    free_port,
    require_chromium,
    run_all,
    skip_or_fail,
    wait_until_up,
)

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = Path("sv") / "06-segment.ipynb"
SWEDISH = sorted((ROOT / "notebooks" / "sv").glob("*.ipynb"))
# JupyterLab settings for a quiet, predictable page: no news popup, no update check, no
# autosave (the notebook is a copy anyway), every cell rendered (no virtual scrolling).
OVERRIDES = {
    "@jupyterlab/apputils-extension:notification": {"fetchNews": "false",
                                                     "checkForUpdates": False},
    "@jupyterlab/docmanager-extension:plugin": {"autosave": False},
    "@jupyterlab/notebook-extension:tracker": {"windowingMode": "none"},
}
# The builder's summary above its rows: one row per segment, the customers in its first cell.
SIZES_TABLE = ".cl-builder .cl-summary-table"

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _copy_without_outputs(source: Path, target: Path) -> None:
    """A fresh copy, as a learner opens it after "Clear all outputs": any count seen later is new."""
    import nbformat

    nb = nbformat.read(source, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            cell.outputs, cell.execution_count = [], None
    nbformat.write(nb, target)


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A JupyterLab server on copies of the Swedish notebooks, with fresh work folder and settings."""
    home = tmp_path_factory.mktemp("lab")
    notebooks = home / "notebooks"
    (notebooks / "sv").mkdir(parents=True)
    for source in SWEDISH:
        _copy_without_outputs(source, notebooks / "sv" / source.name)
    settings = home / "app-settings"
    settings.mkdir()
    (settings / "overrides.json").write_text(json.dumps(OVERRIDES), encoding="utf-8")
    env = {**os.environ,
           "COURSE_WORK_DIR": str(home / "work"),
           "JUPYTER_CONFIG_DIR": str(home / "config"),
           "JUPYTER_RUNTIME_DIR": str(home / "runtime"),
           "JUPYTERLAB_SETTINGS_DIR": str(home / "user-settings"),
           "JUPYTERLAB_WORKSPACES_DIR": str(home / "workspaces")}
    env.pop("COURSE_LANGUAGE", None)
    port = free_port()
    command = [sys.executable, "-m", "jupyter", "lab", "--no-browser", f"--port={port}",
               "--ip=127.0.0.1", "--ServerApp.port_retries=0", "--IdentityProvider.token=",
               f"--ServerApp.root_dir={notebooks}", f"--LabApp.app_settings_dir={settings}"]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    log = home / "jupyter.log"
    with open(log, "wb") as out:
        server = subprocess.Popen(command, env=env, cwd=home, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(f"{url}/api/status", server, log)
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


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


@pytest.mark.parametrize("notebook", [p.name for p in SWEDISH])
def test_every_notebook_runs_in_jupyterlab_with_its_widgets(lab, notebook):
    """Run All in the real JupyterLab: no error output, every widget drawn by the browser."""
    chromium = require_chromium()
    from playwright.sync_api import sync_playwright

    source = nbformat_read(ROOT / "notebooks" / "sv" / notebook)
    code_cells = sum(c.cell_type == "code" for c in source.cells)
    widget_cells = sum("nbval-ignore-output" in c.metadata.get("tags", []) for c in source.cells)
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 1400})
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{lab}/lab/tree/sv/{notebook}?reset")  # no tabs restored from before
            run_all(page)
            page.wait_for_function(
                f"() => [...document.querySelectorAll('.jp-InputPrompt')].filter("
                f"p => /\\[\\d+\\]/.test(p.textContent)).length >= {code_cells}",
                timeout=120_000)
            assert page.locator("[data-mime-type='application/vnd.jupyter.stderr']").count() == 0
            assert page.locator("text=Traceback").count() == 0
            assert page.locator("text=Error displaying widget").count() == 0
            assert page.locator(".jp-OutputArea-output .widget-box, "
                                ".jp-OutputArea-output .jupyter-widgets").count() >= widget_cells
        finally:
            browser.close()
    assert not errors, errors


def nbformat_read(path):
    import nbformat

    return nbformat.read(path, as_version=4)


def test_missing_browser_is_a_skip_for_learners_and_a_failure_in_ci(monkeypatch):
    monkeypatch.delenv("COURSE_REQUIRE_BROWSER", raising=False)
    with pytest.raises(pytest.skip.Exception, match="apt-get install chromium"):
        skip_or_fail(INSTALL_ADVICE)
    monkeypatch.setenv("COURSE_REQUIRE_BROWSER", "1")
    with pytest.raises(pytest.fail.Exception, match="COURSE_REQUIRE_BROWSER=1"):
        skip_or_fail(INSTALL_ADVICE)
