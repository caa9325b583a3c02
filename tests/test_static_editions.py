"""The slides and the reading site make sense without code and without a kernel.

No exercise placeholders, no "run the cell", no bare Python values as a whole output, and a
described picture of every widget instead of nothing (tools/static_notebook.py does the work).
"""

import json
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.slow  # each test reads a whole edition built from every notebook

ROOT = Path(__file__).resolve().parents[1]
JUPYTER_WORDS = re.compile(r"____|kör cellen|köra cellen|run the cell|Kör cellen för att visa|"
                           r"i en ny cell|in a new cell|kör resten|run the remaining|"
                           r"Run the cell to show|q\d+\.(check|hint|solution|widget)\(", re.IGNORECASE)
BARE_REPR = re.compile(r"\A\s*(\(.*\)|'.*'|\".*\"|\[.*\])\s*\Z", re.DOTALL)
PLACEHOLDER_ALT = "No description has been provided for this image"
WIDGET_MIME = "text/vnd.course.static+html"


def _soup(path):
    soup = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    for node in soup(["script", "style"]):
        node.decompose()
    return soup


def _pages(folder):
    return sorted(folder.glob("*/*.html"))


def _widget_outputs(page):
    stem = page.name.split(".")[0]
    nb = json.loads((ROOT / "notebooks" / page.parent.name / f"{stem}.ipynb").read_text("utf-8"))
    return sum(WIDGET_MIME in o.get("data", {}) for c in nb["cells"] for o in c.get("outputs", []))


def _problems(page):
    soup = _soup(page)
    text = " ".join(soup.get_text(" ").split())
    found = [f"says {m.group(0)!r}" for m in JUPYTER_WORDS.finditer(text)]
    for output in soup.select(".jp-OutputArea-output"):
        shown = output.get_text("\n").strip()
        if shown and BARE_REPR.match(shown):
            found.append(f"bare value {shown[:60]!r}")
    found += [f"image without alt text ({img.get('alt')!r})" for img in soup.find_all("img")
              if not (img.get("alt") or "").strip() or img.get("alt") == PLACEHOLDER_ALT]
    widgets, figures = _widget_outputs(page), len(soup.select("figure.course-widget"))
    if figures != widgets:
        found.append(f"{widgets} widgets but {figures} described pictures of them")
    return found


@pytest.mark.parametrize("edition", ["html", "slides"])
def test_static_editions_make_sense_without_code(request, edition):
    folder = request.getfixturevalue(f"{edition}_edition")
    problems = {p.relative_to(folder).as_posix(): _problems(p) for p in _pages(folder)}
    problems = {k: v for k, v in problems.items() if v}
    assert problems == {}


def test_every_widget_has_a_captioned_description(html_edition):
    page = html_edition / "sv" / "06-segment.html"
    figures = _soup(page).select("figure.course-widget")
    assert figures, "the segment builder is described"
    for figure in figures:
        assert figure.find("figcaption").get_text(strip=True)
        assert figure.select_one(".course-widget-body").get_text(strip=True) or figure.find("img")


def test_exercises_say_where_to_answer(html_edition):
    text = " ".join(_soup(html_edition / "sv" / "00-borja-har.html").get_text(" ").split())
    assert "Hur många datapunkter har den psykografiska dimensionen?" in text
    assert "svarar du på i notebooken i JupyterLab" in text


def test_pages_mark_passages_in_the_other_language(html_edition):
    soup = _soup(html_edition / "en" / "06-segments.html")
    assert soup.html["lang"] == "en"
    marked = {" ".join(n.get_text().split()) for n in soup.select('[lang="sv"]')}
    assert '"mindre ort och landsbygd"' in marked and "Unga och aktiva i storstan" in marked
    assert not any("Fjällgården's" in text for text in marked)  # a name in English prose stays
    assert _soup(html_edition / "sv" / "06-segment.html").html["lang"] == "sv"
