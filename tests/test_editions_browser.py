"""Slides and the reading site open in a real browser, scroll with the keyboard, and never reach
beyond localhost (that every slide fits the projector is checked with axe, in
tests/test_accessibility_browser.py, on the same visit to each deck). One browser for the
whole module; the editions are built once per session."""

from pathlib import Path

import pytest

from tests.browser import chromium_page, require_chromium, serve

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.usefixtures("chromium")]

@pytest.fixture(scope="module")
def page():
    require_chromium()
    with chromium_page(viewport=(1280, 720)) as page:
        yield page


@pytest.fixture(scope="module")
def slides_url(slides_edition):
    with serve(slides_edition) as base:
        yield base


def _open_deck(page, url):
    page.goto(url)
    page.wait_for_selector("html[data-course-long-slides]", timeout=30_000)
    page.evaluate("Reveal.configure({transition: 'none'})")


@pytest.mark.parametrize("deck", ["sv/00-borja-har.slides.html", "en/00-start-here.slides.html"])
def test_slides_start_offline(page, slides_url, deck):
    requests = []

    def record(request):
        requests.append(request.url)

    page.on("request", record)
    try:
        _open_deck(page, f"{slides_url}/{deck}")
        assert page.locator(".slides > section").count() >= 4
        page.keyboard.press("ArrowRight")
        page.wait_for_function("document.querySelector('.slides > section.present')"
                               " !== document.querySelector('.slides > section')")
    finally:
        page.remove_listener("request", record)
    outside = [u for u in requests if not u.startswith(slides_url) and not u.startswith("data:")]
    assert outside == []


def test_a_scroll_box_scrolls_with_the_keyboard(page, slides_url):
    """Tab to the JSON example, arrow down: the box scrolls and the slide stays."""
    _open_deck(page, f"{slides_url}/sv/02-tre-datatyper.slides.html")
    where = page.evaluate("""() => {
      const stacks = [...document.querySelectorAll('.reveal .slides > section')];
      for (let h = 0; h < stacks.length; h++) {
        const leaves = [...stacks[h].querySelectorAll(':scope > section')];
        for (let v = 0; v < leaves.length; v++)
          if (leaves[v].querySelector('pre.course-scroll') &&
              leaves[v].textContent.includes('anonymousId')) return [h, v];
      }
    }""")
    page.evaluate(f"Reveal.slide({where[0]}, {where[1]})")
    box = page.locator(".reveal .slides section.present section.present pre.course-scroll").first
    box.focus()
    assert box.evaluate("b => b.scrollHeight > b.clientHeight"), "the JSON example is taller than its box"
    page.keyboard.press("ArrowDown")
    page.keyboard.press("PageDown")
    # Scrolling may be smooth: give it a moment before reading where the box is.
    handle = box.element_handle()
    page.wait_for_function("b => b.scrollTop > 0", arg=handle, timeout=3_000)
    assert page.evaluate("Reveal.getIndices()")["h"] == where[0]


def test_reading_site_has_every_notebook_and_loads_nothing_from_outside(page, html_edition):
    pages = sorted(p.relative_to(html_edition).as_posix() for p in html_edition.glob("*/*.html"))
    notebooks = sorted(p.relative_to(ROOT / "notebooks").with_suffix(".html").as_posix()
                       for p in (ROOT / "notebooks").glob("*/*.ipynb"))
    assert pages == notebooks
    requests = []

    def record(request):
        requests.append(request.url)

    page.set_viewport_size({"width": 390, "height": 844})  # a phone
    page.on("request", record)
    try:
        with serve(html_edition) as base:
            page.goto(f"{base}/index.html")
            page.get_by_role("link").first.click()
            page.wait_for_load_state("load")
            assert page.locator("img").count() >= 1
            assert page.locator("a[href$='.html']").count() >= 1
    finally:
        page.remove_listener("request", record)
        page.set_viewport_size({"width": 1280, "height": 720})
    outside = [u for u in requests if not u.startswith(base) and not u.startswith("data:")]
    assert outside == []
