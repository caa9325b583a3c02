"""The segment builder in a real browser (Voilà in Debian's Chromium): names, not columns;
a name for every control as Chromium computes it; the keyboard alone builds a segment;
changing a factor keeps the segments and undo brings them back; the summary stays in view.

The Swedish tests share one page, in the order they stand here: the checks that only read come
first, the undo test leaves the builder as it found it, and the keyboard test (which names and
saves a segment) and the labels test (which changes factor 3) come last. Each page load runs
the notebook in a new kernel, seconds of both cores: two loads in all instead of six.

Chromium comes from ``apt-get install chromium``; without it these tests are skipped with that
advice, and with COURSE_REQUIRE_BROWSER=1 a missing browser fails instead.
"""

from __future__ import annotations

import json
import re
import time

import nbformat
import pytest

from course_lib.datadictionary import COLUMNS
from tests.browser import CLIPPED, accessible_nodes, chromium_browser, require_chromium, voila

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CELLS = [
    'import course_lib\ncourse_lib.start("{language}")',
    # The lesson's builder (as the presenter starts it), and the world's customers unmapped.
    "from course_lib.widgets.segment_builder import SegmentBuilder, lesson_builder\n"
    "builder = lesson_builder()\nbuilder",
    # A learner's own file with the workbook's guess at its mapping.
    "from course_lib import example_file\n"
    "from course_lib.segments import load_customer_file, suggest_mapping\n"
    'own = load_customer_file(example_file("kunder_exempel.csv"))\n'
    'SegmentBuilder(own, factors=["Ålder", "Intresse", "Köpt för (kr)"], '
    "mapping=suggest_mapping(own))",
]
RAW = sorted(COLUMNS["customers"], key=len, reverse=True)
# Factors of every shape whose column names the first version showed as they are.
FACTORS = {"sv": ["SKR:s kommungrupp", "Registreringsdag", "Öppenhet (OCEAN)",
                  "Handlar vid rabatt", "Ordrar 2024–2025", "Närmaste butik"],
           "en": ["SKR municipality group", "Sign-up date", "Openness (OCEAN)",
                  "Buys on discount", "Orders 2024–2025", "Nearest store"]}


def _serve(language: str, tmp_path_factory):
    """Voilà serving a notebook with the two builders, in one language."""
    require_chromium()
    folder = tmp_path_factory.mktemp(f"builder-{language}")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c.format(language=language))
                                         for c in CELLS])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                 "language": "python"}
    path = folder / "builder.ipynb"
    nbformat.write(nb, path)
    with voila(path) as url:
        yield language, url, folder / "work"


@pytest.fixture(scope="module")
def browser():
    with chromium_browser() as launched:
        yield launched


def _page(browser, language: str, tmp_path_factory):
    """One page on the builders in ``language``: (page, the page's work folder)."""
    for _language, url, work in _serve(language, tmp_path_factory):
        page = browser.new_page(viewport={"width": 1280, "height": 850})
        try:
            page.goto(url, timeout=180_000)
            page.wait_for_selector(".cl-builder .noUi-handle[aria-label]", timeout=180_000)
            page.wait_for_function("() => document.querySelectorAll('.cl-builder').length === 2",
                                   timeout=180_000, polling=200)
            yield page, work
        finally:
            page.close()


@pytest.fixture(scope="module")
def swedish(browser, tmp_path_factory):
    yield from _page(browser, "sv", tmp_path_factory)


@pytest.fixture(scope="module")
def english(browser, tmp_path_factory):
    yield from _page(browser, "en", tmp_path_factory)


@pytest.fixture(params=["sv", "en"])
def served(request):
    return request.param, request.getfixturevalue({"sv": "swedish", "en": "english"}[request.param])[0]


SHOWN = """(root) => {
  const texts = [root.innerText];
  root.querySelectorAll('option').forEach(o => texts.push(o.textContent));
  root.querySelectorAll('[aria-label], [alt], [title]').forEach(e => {
    for (const a of ['aria-label', 'alt', 'title', 'aria-valuetext']) {
      if (e.getAttribute(a)) texts.push(e.getAttribute(a));
    }
  });
  return texts;
}"""


def raw_names(texts) -> set[str]:
    """World column names shown as such: snake_case anywhere, or a whole line equal to one."""
    found = set()
    for text in texts:
        for line in str(text).splitlines():
            for column in RAW:
                if ("_" in column and column in line) or line.strip() == column or re.search(
                        rf"(^|[,;(]\s*){column}(?=[:,)]|$)", line.strip()):
                    found.add(column)
    return found


ROWS = """(table) => [...table.querySelectorAll('tbody tr')].map(
  tr => [...tr.children].map(cell => cell.textContent.trim()))"""


def _summary(page, builder: int = 0) -> list[list[str]]:
    """The summary's rows, each a list of cells: name, customers, share, … warnings."""
    table = page.locator(".cl-builder").nth(builder).locator(".cl-summary-table")
    return table.evaluate(ROWS)


def _changed(page, before, builder: int = 0, timeout: float = 30, until=None):
    """The summary once it differs from ``before`` (and ``until(rows)`` holds, if given)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        now = _summary(page, builder)
        if now != before and (until is None or until(now)):
            return now
        time.sleep(0.1)
    raise AssertionError(f"the summary did not change as expected: {before}")


def test_axe_finds_no_wcag_violation_in_the_builder(swedish):
    """axe-core's WCAG 2.0/2.1 A and AA rules over both builders (lesson and own file).

    axe-core comes bundled in the axe-playwright-python package (a dev dependency where the
    accessibility tests live); without it this one check is skipped, saying so.
    """
    try:
        from axe_playwright_python.base import AXE_SCRIPT
    except ImportError:
        pytest.skip("axe-playwright-python is not installed (uv sync --group dev)")
    page, _work = swedish
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
               "resultTypes": ["violations"]}
    page.evaluate(AXE_SCRIPT)
    for builder in range(2):
        found = page.evaluate(
            "([i, o]) => axe.run(document.querySelectorAll('.cl-builder')[i], o)",
            [builder, options])["violations"]
        assert not found, [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in found]


def test_the_summary_stays_in_view_while_the_rows_scroll(swedish):
    page, _work = swedish
    last = page.locator(".cl-builder").first.locator(".cl-row").nth(4)
    last.scroll_into_view_if_needed()
    top = page.locator(".cl-sticky").first.evaluate("e => e.getBoundingClientRect().top")
    row = last.evaluate("e => e.getBoundingClientRect().top")
    assert 0 <= top < 60 and row > top, (top, row)


def test_changing_a_factor_keeps_the_segments_and_undo_brings_them_back(swedish):
    page, _work = swedish
    lesson = page.locator(".cl-builder").first
    start = _summary(page)
    assert [row[0] for row in start[:5]] == [
        "Unga och aktiva i storstan", "Fjällvandrare 35+", "Fiske och jakt på landsbygden",
        "Motionärer 35+ i större städer", "Unga äventyrare"]
    lesson.get_by_role("combobox", name="Faktor 3").select_option(label="Stad")
    after = _changed(page, start)
    assert [row[0] for row in after] == [row[0] for row in start]
    assert not any(row[2] == "100\xa0%" for row in after[:5])  # nobody holds everyone
    grown = [int(a[1].replace("\xa0", "")) >= int(b[1].replace("\xa0", ""))
             for a, b in zip(after[:5], start[:5], strict=True)]
    assert all(grown)  # a condition less: as many or more, never everyone
    lesson.get_by_role("button", name="Ångra").focus()
    page.keyboard.press("Enter")
    assert _changed(page, after) == start
    assert lesson.get_by_role("combobox", name="Faktor 3").evaluate(
        "s => s.options[s.selectedIndex].text") == "Intressen"


# The focused element, its name, and whether an outline or a shadow shows where it is.
FOCUSED = """() => {
  const e = document.activeElement;
  const s = getComputedStyle(e);
  const name = e.getAttribute('aria-label') || (e.labels && e.labels[0] && e.labels[0].textContent)
    || e.textContent.trim();
  const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
  return {name: name.trim(), visible: outline || s.boxShadow !== 'none'};
}"""


def test_every_control_is_named_and_the_keyboard_alone_builds_a_segment(swedish):
    page, work = swedish
    nodes = [n for n in accessible_nodes(page) if n["focusable"]]
    # Five age ranges, and two ranges in each of the own file's four segments: two handles.
    assert len([n for n in nodes if n["role"] == "slider"]) == 2 * (5 + 2 * 4)
    unnamed = [n for n in nodes if not n["name"].strip()]
    assert not unnamed, unnamed
    names = {n["name"] for n in nodes}
    for i in range(1, 6):
        assert {f"Namn, segment {i}", f"Ålder, segment {i}, lägsta värde",
                f"Ålder, segment {i}, högsta värde",
                f"Storstad eller landsbygd, segment {i}",
                f"Intressen, segment {i}"} <= names
    assert {"Faktor 1", "Antal segment", "Spara segmenten", "Exportera segmenten",
            "Överlapp (antal kunder i båda)", "Visa siffrorna (andel i procent)"} <= names
    assert not any("\uf000" <= ch <= "\uf8ff" for n in names for ch in n)  # no icon glyphs
    picture = page.locator(".cl-builder img").first
    assert picture.get_attribute("alt").startswith("Stapeldiagram: andel av varje segment")

    # From the top of the page, with the keyboard only (the tests before left the focus lower).
    page.evaluate("() => { document.activeElement.blur(); window.scrollTo(0, 0); }")
    page.mouse.click(2, 2)  # the page's empty top corner: Tab starts from there

    def tab_to(name: str, limit: int = 60) -> None:
        for _ in range(limit):
            page.keyboard.press("Tab")
            focused = page.evaluate(FOCUSED)
            assert focused["visible"], focused  # focus is always to be seen
            if focused["name"] == name:
                return
        raise AssertionError(f"Tab never reached {name!r}")

    before = _summary(page)
    tab_to("Namn, segment 1")
    page.keyboard.press("Control+A")
    page.keyboard.type("Unga, vandrare")
    page.keyboard.press("Tab")  # the name counts when the field is left
    before = _changed(page, before, until=lambda rows: rows[0][0] == "Unga, vandrare")
    assert page.evaluate(FOCUSED)["name"] == "Ålder, segment 1, lägsta värde"
    for _ in range(2):
        page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    for _ in range(4):
        page.keyboard.press("ArrowLeft")
    readout = page.locator(".cl-row").first.locator(".widget-readout")
    assert readout.inner_text() == "20-30"
    before = _changed(page, before)
    tab_to("Storstad eller landsbygd, segment 1")
    page.keyboard.press("ArrowDown")  # storstadsområde -> större stad
    before = _changed(page, before)
    tab_to("Intressen, segment 1")
    page.keyboard.press("Home")  # vandring only …
    page.keyboard.press("Shift+ArrowDown")  # … and löpning
    before = _changed(page, before)
    tab_to("Överlapp (antal kunder i båda)")  # a wide table: focusable, scrolls
    tab_to("Spara segmenten")
    page.keyboard.press("Enter")
    page.locator(".cl-sticky").get_by_text("segments.json").wait_for(timeout=30_000)
    saved = json.loads((work / "segments.json").read_text(encoding="utf-8"))
    first = saved["segments"][0]
    assert first["name"] == "Unga, vandrare"
    assert first["rule"] == {"all": [
        {"column": "age", "between": [20, 30]},
        {"column": "urban_rural", "is_in": ["större stad"]},
        {"column": "main_interest", "is_in": ["vandring", "löpning"]}]}


def test_every_label_is_a_name_in_the_learners_language(served):
    language, page = served
    lesson, own = page.locator(".cl-builder").nth(0), page.locator(".cl-builder").nth(1)
    # At 1280 px nothing is cut off: "mindre ort och landsbygd", "Spara segmenten" …
    assert not lesson.evaluate(CLIPPED) and not own.evaluate(CLIPPED)
    assert not raw_names(lesson.evaluate(SHOWN))
    assert not raw_names(own.evaluate(SHOWN))
    picker = lesson.get_by_role("combobox", name="Faktor 3" if language == "sv"
                                else "Factor 3")
    for label in FACTORS[language]:
        picker.select_option(label=label)
        lesson.locator(".cl-header").get_by_text(label, exact=True).wait_for()
        # The pictures come last (drawn in the background): their alt text names the factor.
        lesson.locator(".cl-alt").filter(has_text=label).wait_for(state="attached")
        assert not raw_names(lesson.evaluate(SHOWN)), label
    # A learner's amounts: round stops in the learner's format, never 2.546e+04.
    readouts = own.locator(".widget-readout").all_inner_texts()
    assert any(re.fullmatch(r"0-25[\xa0 ,]500", t) for t in readouts), readouts
    assert not any("e+" in t or ".00" in t for t in own.evaluate(SHOWN))
