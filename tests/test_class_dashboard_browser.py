"""The class dashboard page: Voilà shows the heat map with its alt text and the tables, no code."""

import sys
from pathlib import Path

import pytest

from tests.browser import chromium_page, require_chromium, voila
from tests.classroom_data import STUDENTS, make_class

ROOT = Path(__file__).resolve().parents[1]
pytestmark = [pytest.mark.browser, pytest.mark.slow]
sys.path.insert(0, str(ROOT / "tools"))


def test_class_dashboard_page_shows_the_heat_map_and_the_tables(tmp_path):
    require_chromium()
    from class_dashboard import write_dashboard

    simulated = make_class(tmp_path / "inlamningar")
    notebook = write_dashboard("sv", simulated.folder, tmp_path / "page")
    with voila(notebook) as base, chromium_page(viewport=(1280, 1200)) as page:
        page.goto(base, timeout=120_000)
        page.wait_for_selector("table.class-table caption", timeout=120_000)
        assert page.evaluate("document.documentElement.lang") == "sv"
        assert page.title() == "Klassöversikt – Data är guld"
        alts = page.evaluate("[...document.querySelectorAll('.jp-OutputArea-output img')]"
                             ".map(i => i.getAttribute('alt'))")
        heat = [a for a in alts if a.startswith("Värmekarta")]
        assert heat and f"{STUDENTS} studenter" in heat[0], alts
        assert any(a.startswith("Stapeldiagram") for a in alts), alts
        captions = page.locator("table.class-table caption").all_inner_texts()
        assert captions == ["Per fråga", "Per student"]
        rows = page.locator("table.class-table").nth(1).locator("tbody tr")
        assert rows.count() == STUDENTS
        assert page.locator("text=Filer som inte räknades").count() == 1
        assert page.locator("text=edited.json").count() >= 1
        assert page.locator(".jp-InputArea-editor:visible").count() == 0  # no code shown
