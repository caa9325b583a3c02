"""The presenter view: Voilà renders the segment builder without code, and it reacts live."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import chromium_page, free_port, require_chromium, wait_until_up

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.slow]
sys.path.insert(0, str(ROOT / "tools"))


@pytest.mark.parametrize("language,size_word", [("sv", "Storlek"), ("en", "Size")])
def test_presenter_renders_builder_and_reacts(tmp_path, language, size_word):
    require_chromium()
    from presenter import write_presenter

    notebook = write_presenter(language, tmp_path)
    port = free_port()
    env = dict(os.environ, COURSE_WORK_DIR=str(tmp_path / "work"))
    env.pop("COURSE_LANGUAGE", None)
    log = tmp_path / "voila.log"
    with open(log, "wb") as out:
        voila = subprocess.Popen(
            [sys.executable, "-m", "voila", notebook.name, "--no-browser", f"--port={port}",
             "--Voila.ip=127.0.0.1"],
            cwd=notebook.parent, env=env, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base, voila, log)
        with chromium_page(viewport=(1280, 1600)) as page:
            page.goto(base, timeout=120_000)
            page.wait_for_selector(".widget-slider .noUi-handle", timeout=120_000)
            assert page.locator(f"text={size_word}").count() >= 1
            # The page says its language and its name; every picture says what it shows.
            assert page.evaluate("document.documentElement.lang") == language
            assert page.title() == {"sv": "Data är guld – presentation",
                                    "en": "Data is gold – presentation"}[language]
            # (an ipywidgets Image has no alt attribute: see docs/accessibility.md)
            alts = page.evaluate("[...document.querySelectorAll('.jp-OutputArea-output img"
                                 ":not(.widget-image)')].map(i => i.getAttribute('alt'))")
            assert alts and all(a and "No description" not in a for a in alts), alts
            assert page.locator(".jp-InputArea-editor:visible").count() == 0  # no code shown
            assert page.locator(".jp-OutputArea-output img").count() >= 4  # the key pictures
            sizes = page.locator(".widget-html").filter(has_text="%").first
            before = sizes.inner_text()
            page.locator(".widget-slider .noUi-handle").first.focus()
            page.keyboard.press("End")
            page.wait_for_function(
                "([el, old]) => el.innerText !== old", arg=[sizes.element_handle(), before],
                timeout=30_000)
            after = sizes.inner_text()
            assert re.search(r"\d", after) and after != before
    finally:
        voila.terminate()
        voila.wait(timeout=20)


def test_presenter_starts_with_the_lessons_segments_in_large_type(tmp_path):
    """The five named segments of notebook 06, in type that reads from the back of a hall,
    with a switch back to normal that the keyboard reaches."""
    require_chromium()
    from presenter import write_presenter

    from course_lib.segments.lesson import lesson_segments
    from tests.browser import voila

    notebook = write_presenter("sv", tmp_path)
    with voila(notebook) as base, chromium_page(viewport=(1280, 850)) as page:
        page.goto(base, timeout=120_000)
        page.wait_for_selector(".cl-builder .cl-summary-table", timeout=120_000)
        names = page.locator(".cl-summary-table tbody tr th").all_inner_texts()
        assert [n.strip() for n in names[:5]] == [s.name for s in lesson_segments()]
        assert page.locator(".cl-builder .widget-readout").first.inner_text() == "18-34"

        def size(selector: str) -> float:
            return page.locator(selector).first.evaluate(
                "e => parseFloat(getComputedStyle(e).fontSize)")

        assert size(".cl-builder select") >= 20 and size(".cl-summary-table td") >= 20
        assert size(".jp-RenderedMarkdown p") >= 20
        normal = page.get_by_role("radio", name="Normal")
        normal.focus()
        page.keyboard.press("Space")
        page.wait_for_function(
            "() => !document.querySelector('.cl-large-on')", timeout=30_000)
        assert size(".cl-builder select") == 13
        page.get_by_role("radio", name="Stor").check()
        page.wait_for_selector(".cl-large-on", timeout=30_000)
        shot = os.environ.get("COURSE_PRESENTER_SCREENSHOT")
        if shot:
            page.locator(".cl-builder").first.scroll_into_view_if_needed()
            page.screenshot(path=shot)
