"""Accessibility fixes on the HTML that nbconvert writes, for the slides and the reading site.

nbconvert gets some things wrong for us (WCAG 2.1 AA): every page says ``lang="en"`` and is
titled after the file; pandas tables have empty header cells; outputs bring their own heading
levels (a data point card starts at h4); every cell is a tab stop even when nothing in it
scrolls. Each fix is a small function on a BeautifulSoup document.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Comment

from course_lib.core.i18n import messages

msg = messages(
    {
        "table": {"sv": "Tabell", "en": "Table"},
        "row": {"sv": "Rad", "en": "Row"},
        "slides": {"sv": "bildspel", "en": "slides"},
        "navigation": {"sv": "Föregående, innehåll och nästa", "en": "Previous, contents and next"},
    },
    "tools.html_fixes",
)

# Short, common words that give a passage away as one language (and are not words of the other).
FUNCTION_WORDS = {
    "en": re.compile(r"\b(the|and|with|your|this|is|are|of|to)\b", re.IGNORECASE),
    "sv": re.compile(r"\b(och|på|inte|eller|för|är|av|med|i|år|till|som)\b", re.IGNORECASE),
}
SWEDISH_LETTERS = re.compile(r"\w*[åäöÅÄÖ]\w*")
OTHER = {"sv": "en", "en": "sv"}
# Where a phrase in the other language shows up: Swedish data values in English pages.
PHRASE_TAGS = ["code", "td", "th", "li", "em", "strong"]


def parse(page: str) -> BeautifulSoup:
    return BeautifulSoup(page, "html.parser")


def set_language_and_title(soup: BeautifulSoup, language: str, title: str) -> None:
    soup.html["lang"] = language
    if soup.title is None:
        soup.head.append(soup.new_tag("title"))
    soup.title.string = title


def one_h1_and_levels_in_order(soup: BeautifulSoup) -> None:
    """The first heading is the only h1; no heading skips a level below the one before it."""
    previous = 0
    for i, heading in enumerate(soup.find_all(re.compile(r"^h[1-6]$"))):
        level = int(heading.name[1])
        wanted = 1 if i == 0 else max(2, min(level, previous + 1))
        if wanted != level:
            heading.name = f"h{wanted}"
        previous = wanted


def _header_cells(row) -> list:
    return row.find_all(["th", "td"], recursive=False)


def _text(cell) -> str:
    return cell.get_text(" ", strip=True)


def fix_table_headers(soup: BeautifulSoup, language: str) -> None:
    """pandas tables: one header row where every cell names its column, rows headed by th.

    pandas writes the index's name on a second header row and leaves the corner empty; we
    move the names up. An unnamed 0, 1, 2 … index says nothing and is dropped; another unnamed
    index gets a generic name.
    """
    for table in soup.find_all("table"):
        head = table.find("thead")
        if head is None:  # a table of our own widgets: its first row may be the header
            first = table.find("tr")
            for cell in first.find_all("th", recursive=False) if first else []:
                if not _text(cell):
                    cell.string = msg("row", language)
            continue
        rows = head.find_all("tr", recursive=False)
        if len(rows) == 2:
            top, names = (_header_cells(r) for r in rows)
            named = [c for c in names if _text(c)]
            leading = len(named) and all(_text(c) for c in names[:len(named)]) and not any(
                _text(c) for c in names[len(named):])
            if leading and len(top) >= len(named):
                # The index's names join the corner (which may hold the columns' name).
                for cell, name in zip(top, named, strict=False):
                    cell.string = " / ".join(t for t in (_text(name), _text(cell)) if t)
                rows[1].decompose()
        body = table.find("tbody")
        body_rows = body.find_all("tr", recursive=False) if body else []
        row_heads = [r.find("th", recursive=False) for r in body_rows]
        counting = row_heads and all(h is not None for h in row_heads) and [
            _text(h) for h in row_heads] == [str(i) for i in range(len(row_heads))]
        first_row = head.find("tr")
        for cell in _header_cells(first_row) if first_row else []:
            if not _text(cell):
                if counting:
                    cell.decompose()
                else:
                    cell.string = msg("row", language)
        if counting:
            for h in row_heads:
                h.decompose()
        for cell in head.find_all("th"):
            cell["scope"] = "col"
        for h in table.select("tbody > tr > th"):
            h["scope"] = "row"
            if not _text(h):
                h.string = "–"  # an empty label in the data: say so rather than nothing


def scroll_boxes(soup: BeautifulSoup, language: str) -> None:
    """Tables and printed text scroll inside a box a keyboard can reach (WCAG 2.1.1)."""
    for table in soup.find_all("table"):
        if table.find_parent(class_="course-scroll"):
            continue
        box = soup.new_tag("div", attrs={"class": "course-scroll", "tabindex": "0", "role": "region",
                                         "aria-label": msg("table", language)})
        table.wrap(box)
    for pre in soup.select(".jp-OutputArea-output pre"):
        pre["tabindex"] = "0"
        pre["class"] = [*pre.get("class", []), "course-scroll"]
    for body in soup.select(".course-widget-body"):
        body["tabindex"] = "0"
        body["class"] = [*body.get("class", []), "course-scroll"]


def fewer_tab_stops(soup: BeautifulSoup) -> None:
    """nbconvert makes every cell a tab stop; only what scrolls needs one."""
    for node in soup.select(".jp-Cell-inputWrapper[tabindex], .jp-OutputArea-output[tabindex]"):
        del node["tabindex"]


def mark_other_language(soup: BeautifulSoup, language: str) -> None:
    """Short passages in the other language get their own lang (WCAG 3.1.2)."""
    for node in soup.main.find_all(PHRASE_TAGS) if soup.main else []:
        if node.find(PHRASE_TAGS) or node.get("lang"):
            continue
        text = _text(node)
        if 0 < len(text) <= 120 and in_other_language(text, language):
            node["lang"] = OTHER[language]


def in_other_language(text: str, language: str) -> bool:
    """A short phrase of the other language: its little words, none of ours (names alone are
    not phrases: "Fjällgården's data" stays English)."""
    other = OTHER[language]
    if FUNCTION_WORDS[language].search(text) or not re.search(r"\w\s+\w", text):
        return False
    if FUNCTION_WORDS[other].search(text):
        return True
    return other == "sv" and len(SWEDISH_LETTERS.findall(text)) >= 2


def navigation_landmarks(soup: BeautifulSoup, language: str) -> None:
    """The previous / contents / next links of each notebook become a labelled nav."""
    for marker in soup.find_all(string=lambda s: isinstance(s, Comment) and s.strip() == "nav"):
        cell = marker.find_parent(class_="jp-Cell")
        if cell is not None and cell.name != "nav":
            cell.name = "nav"
            cell["aria-label"] = msg("navigation", language)


def fix_page(page: str, language: str, title: str) -> str:
    soup = parse(page)
    set_language_and_title(soup, language, title)
    one_h1_and_levels_in_order(soup)
    fix_table_headers(soup, language)
    fewer_tab_stops(soup)
    scroll_boxes(soup, language)
    mark_other_language(soup, language)
    navigation_landmarks(soup, language)
    return str(soup)
