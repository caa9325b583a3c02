"""The corpus of awkward customer files (tests/files/corpus/): each loads as expected.toml says,
or is refused with a clear message in both languages. Never a traceback."""

import math
import tomllib
from pathlib import Path

import pandas as pd
import pytest

import course_lib
from course_lib import CourseError
from course_lib.segments import load_customer_file, load_report, suggest_mapping

FOLDER = Path(__file__).parent / "files"
EXPECTED = tomllib.loads((FOLDER / "expected.toml").read_text(encoding="utf-8"))["file"]
LOADS = [e for e in EXPECTED if "refuses" not in e]
REFUSED = [e for e in EXPECTED if "refuses" in e]


@pytest.fixture(autouse=True)
def _english():
    course_lib.set_language("en")
    yield
    course_lib.set_language("sv")


def test_the_corpus_has_every_file_and_at_least_25():
    on_disk = {p.name for p in (FOLDER / "corpus").iterdir()}
    assert on_disk == {e["name"] for e in EXPECTED}
    assert len(EXPECTED) >= 25


@pytest.mark.parametrize("expected", LOADS, ids=[e["name"] for e in LOADS])
def test_file_loads_as_expected(expected):
    frame = load_customer_file(FOLDER / "corpus" / expected["name"])
    report = load_report(frame)
    assert len(frame) == report.rows == expected["rows"]
    for column, kind in expected.get("types", {}).items():
        assert report.column(column).kind == kind, column
    for column, order in expected.get("orders", {}).items():
        assert report.column(column).date_order == order, column
    for column, (row, value) in expected.get("values", {}).items():
        _same(frame[column].iloc[row], value, column)
    for column, count in expected.get("missing", {}).items():
        assert frame[column].isna().sum() == report.column(column).missing == count, column
    for field in ("encoding", "separator"):
        if field in expected:
            assert getattr(report, field) == expected[field]
    if "decimal" in expected:
        assert report.decimal_mark == expected["decimal"]
    notes = " ".join(note.text() for note in report.notes)
    for words in expected.get("notes", []):
        assert words in notes, (words, notes)
    mapping = suggest_mapping(frame)
    for column, key in expected.get("mapping", {}).items():
        assert mapping.get(column, "") == key, column


def _same(found, value, column):
    if isinstance(found, pd.Timestamp):
        assert found == pd.Timestamp(value), column
    elif isinstance(value, float):
        assert math.isclose(found, value), column
    else:
        assert found == value, column


@pytest.mark.parametrize("expected", REFUSED, ids=[e["name"] for e in REFUSED])
def test_file_is_refused_with_a_clear_message(expected):
    path = FOLDER / "corpus" / expected["name"]
    with pytest.raises(CourseError) as english:
        load_customer_file(path)
    assert expected["refuses"] in str(english.value)
    if "hint" in expected:
        assert expected["hint"] in english.value.hint
    course_lib.set_language("sv")
    with pytest.raises(CourseError) as swedish:
        load_customer_file(path)
    assert expected["refuses_sv"] in str(swedish.value)


@pytest.mark.parametrize("expected", LOADS, ids=[e["name"] for e in LOADS])
def test_the_report_shows_in_both_languages(expected):
    report = load_report(load_customer_file(FOLDER / "corpus" / expected["name"]))
    for language in ("sv", "en"):
        course_lib.set_language(language)
        shown = report._repr_html_() + report._repr_markdown_() + str(report)
        assert expected["name"] in shown
        assert len(report.to_frame()) == len(report.columns)


def test_the_generator_writes_the_committed_text_files():
    import importlib.util

    spec = importlib.util.spec_from_file_location("make_corpus", FOLDER / "make_corpus.py")
    make_corpus = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_corpus)
    for name, make in make_corpus.FILES.items():
        if not name.endswith(".xlsx") or name == "csv_text_named.xlsx":
            assert make() == (FOLDER / "corpus" / name).read_bytes(), name
