"""The presenter view: Voilà renders the segment builder without code, and it reacts live."""

import os
import re
import sys
from pathlib import Path

import pytest

from tests.browser import (
    CLIPPED,
    accessible_nodes,
    chromium_browser,
    require_chromium,
)

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.slow]
sys.path.insert(0, str(ROOT / "tools"))


def renders_and_reacts(page, language: str, size_word: str) -> None:
    """The page in its language and with its title, no code, every picture described, and
    the builder's first slider, moved with the keyboard, changes a share on screen."""
    page.wait_for_selector(".widget-slider .noUi-handle", timeout=120_000)
    assert page.locator(f"text={size_word}").count() >= 1
    assert page.evaluate("document.documentElement.lang") == language
    assert page.title() == {"sv": "Data är guld – presentation",
                            "en": "Data is gold – presentation"}[language]
    # Every picture, the builder's too (the naming script gives an ipywidgets Image its alt).
    images = "[...document.querySelectorAll('.jp-OutputArea-output img')]"
    page.wait_for_function(f"() => {images}.every(i => i.getAttribute('alt'))", timeout=30_000)
    alts = page.evaluate(f"{images}.map(i => i.getAttribute('alt'))")
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


@pytest.fixture(scope="module")
def browser():
    """One Chromium for the module's pages."""
    require_chromium()
    with chromium_browser() as launched:
        yield launched


def test_the_english_presenter_renders_the_builder_and_reacts(browser, tmp_path):
    from presenter import write_presenter

    from tests.browser import voila

    with voila(write_presenter("en", tmp_path)) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 1600})
        try:
            page.goto(base, timeout=120_000)
            renders_and_reacts(page, "en", "Size")
        finally:
            page.close()


@pytest.fixture(scope="module")
def presenter_sv(browser, tmp_path_factory):
    """One Voilà server and one page of the Swedish presenter view, shared by the tests below
    (a server start and a run of the notebook cost seconds of both cores)."""
    from presenter import write_presenter

    from tests.browser import voila

    notebook = write_presenter("sv", tmp_path_factory.mktemp("presenter"))
    with voila(notebook) as base:
        page = browser.new_page(viewport={"width": 1280, "height": 850})
        try:
            page.goto(base, timeout=120_000)
            page.wait_for_selector(".cl-builder .cl-summary-table", timeout=120_000)
            yield page
        finally:
            page.close()


def font_size(page, selector: str) -> float:
    return page.locator(selector).first.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")


def test_presenter_starts_with_the_lessons_segments_in_large_type(presenter_sv):
    """The five named segments of notebook 06, in type that reads from the back of a hall,
    with a switch back to normal that the keyboard reaches."""
    from course_lib.segments.lesson import lesson_segments

    page = presenter_sv
    names = page.locator(".cl-summary-table tbody tr th").all_inner_texts()
    assert [n.strip() for n in names[:5]] == [s.name for s in lesson_segments()]
    assert page.locator(".cl-builder .widget-readout").first.inner_text() == "18-34"

    def size(selector: str) -> float:
        return font_size(page, selector)

    assert size(".cl-builder select") >= 20 and size(".cl-summary-table td") >= 20
    assert size(".jp-RenderedMarkdown p") >= 20
    assert page.locator(".cl-builder").first.evaluate(CLIPPED) == []  # nothing cut off at 1280 px
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


# Every control of the campaign lab, as the accessibility tree names it.
LAB_CONTROLS = ".cl-lab :is(button, select, input, textarea, [role=slider])"
FOCUSED_NAME = """() => {
  const e = document.activeElement;
  if (!e) return '';
  const label = e.labels && e.labels.length ? e.labels[0].textContent : '';
  return (label || e.getAttribute('aria-label') || e.textContent || '').trim();
}"""


def lab_control_names(page) -> list[dict]:
    cdp = page.context.new_cdp_session(page)
    try:
        root = cdp.send("DOM.getDocument", {"depth": 0})["root"]["nodeId"]
        found = []
        for node in cdp.send("DOM.querySelectorAll",
                             {"nodeId": root, "selector": LAB_CONTROLS})["nodeIds"]:
            ax = cdp.send("Accessibility.getPartialAXTree", {"nodeId": node,
                                                             "fetchRelatives": False})
            info = ax["nodes"][0]
            if info.get("ignored"):
                continue
            found.append({"role": info.get("role", {}).get("value"),
                          "name": (info.get("name", {}).get("value") or "").strip()})
    finally:
        cdp.detach()
    return found


def tab_to(page, name: str, presses: int = 40) -> None:
    """Press Tab until the focused control's name starts with ``name``."""
    for _ in range(presses):
        page.keyboard.press("Tab")
        if page.evaluate(FOCUSED_NAME).startswith(name):
            return
    pytest.fail(f"Tab never reached {name!r}")


def test_presenter_runs_a_campaign_with_the_keyboard(presenter_sv):
    """The campaign lab after the segment builder: every control named, a campaign chosen and
    run with the keyboard only, and its result read on screen, in large type."""
    from course_lib import datasets
    from course_lib.campaigns.panel import LabSettings, audience_choices, run_lab

    page = presenter_sv
    page.wait_for_selector(".cl-lab .cl-live[role=status][aria-live=polite]", timeout=120_000)
    controls = lab_control_names(page)
    assert len(controls) >= 10, controls  # audience, size, 3 channels, 4 themes, slider, week, Run
    assert all(c["name"] for c in controls), controls
    names = {c["name"] for c in controls}
    assert {"Målgrupp", "Kontrollgrupp, andel", "Vecka (1–52)", "Kör kampanjen",
            "e-post"} <= names, names
    groups = {(n["role"], n["name"]) for n in accessible_nodes(page, ("radiogroup", "group"))}
    assert {("radiogroup", "Kanal"), ("group", "Budskap att testa (2–4)")} <= groups, groups
    assert any(n.startswith("trygghet") for n in names)
    assert font_size(page, ".cl-lab button") >= 20 and font_size(page, ".cl-lab select") >= 20

    # Keyboard only: from the audience list, Tab to "trygghet", tick it, Tab to Run, press it.
    page.get_by_role("combobox", name="Målgrupp").focus()
    tab_to(page, "trygghet")
    page.keyboard.press("Space")
    tab_to(page, "Kör kampanjen")
    page.keyboard.press("Enter")
    live = page.locator(".cl-lab .cl-live")
    live.filter(has_text="Slutsats").wait_for(timeout=60_000)
    page.wait_for_function(  # the pictures follow the sentences
        "() => document.querySelectorAll('.cl-lab img').length >= 2", timeout=60_000)

    expected = run_lab(datasets.load(), LabSettings("everyone", "email",
                                                    ("adventure", "safety", "price"), 0.2, 1),
                       audience_choices(saved=[]), "sv")
    text = live.inner_text()
    assert expected.headline in text
    assert "har samtyckt till e-post" in text  # the reach and why
    assert expected.verdict_lines[0] in text  # the verdict, "… ungefär N per grupp …" or sure
    shown = page.locator(".cl-lab").inner_text()
    assert expected.rate_lines[0] in shown and expected.rate_lines[1] in shown  # trygghet too
    alts = page.locator(".cl-lab img").evaluate_all("imgs => imgs.map(i => i.alt)")
    assert len(alts) == 2 and all(a.startswith(("Punktdiagram", "Diagram")) for a in alts), alts


def test_the_swedish_presenter_renders_the_builder_and_reacts(presenter_sv):
    """Last on the shared page: it moves the builder's first slider."""
    renders_and_reacts(presenter_sv, "sv", "Storlek")
