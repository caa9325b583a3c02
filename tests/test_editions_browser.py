"""Slides and the reading site open in a real browser and never reach beyond localhost."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.browser import chromium_page, require_chromium, serve, skip_or_fail

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _build(edition, out):
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_editions.py"), edition,
                    "--out", str(out)], check=True, capture_output=True, text=True)


@pytest.fixture(scope="module")
def slides(tmp_path_factory):
    require_chromium()
    if shutil.which("npm") is None:
        skip_or_fail("Slides need npm to fetch reveal.js once: sudo apt-get install npm")
    out = tmp_path_factory.mktemp("slides")
    cached = ROOT / "build" / "slides" / "node_modules"
    if cached.exists():  # reuse a `make slides` download instead of fetching it again
        (out / "node_modules").symlink_to(cached)
    _build("slides", out)
    return out


@pytest.mark.parametrize("deck", ["sv/00-borja-har.slides.html", "en/00-start-here.slides.html"])
def test_slides_start_offline(slides, deck):
    with serve(slides) as base, chromium_page() as page:
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(f"{base}/{deck}")
        page.wait_for_selector(".reveal.ready", timeout=30_000)
        assert page.locator(".slides > section").count() >= 4
        page.keyboard.press("ArrowRight")
        page.wait_for_function("document.querySelector('.slides > section.present')"
                               " !== document.querySelector('.slides > section')")
        outside = [u for u in requests if not u.startswith(base) and not u.startswith("data:")]
        assert outside == []


def test_reading_site_has_every_notebook_and_loads_nothing_from_outside(tmp_path):
    require_chromium()
    _build("html", tmp_path)
    pages = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.glob("*/*.html"))
    notebooks = sorted(p.relative_to(ROOT / "notebooks").with_suffix(".html").as_posix()
                       for p in (ROOT / "notebooks").glob("*/*.ipynb"))
    assert pages == notebooks
    with serve(tmp_path) as base, chromium_page(viewport=(390, 844)) as page:  # a phone
        requests = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(f"{base}/index.html")
        page.get_by_role("link").first.click()
        page.wait_for_load_state("load")
        assert page.locator("img").count() >= 1
        assert page.locator("a[href$='.html']").count() >= 1
        outside = [u for u in requests if not u.startswith(base) and not u.startswith("data:")]
        assert outside == []
