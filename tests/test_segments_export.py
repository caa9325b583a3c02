"""Audience exports: platform formats, hashing, consent, formula injection, Excel."""

import hashlib

import openpyxl
import pandas as pd
import pytest

import course_lib
from course_lib import CourseError
from course_lib.segments import Segment, everyone, export_audience, export_excel, safe_cell, where
from course_lib.segments.export import audience_frame


def sha(text):
    return hashlib.sha256(text.encode()).hexdigest()


@pytest.fixture(autouse=True)
def _work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_WORK_DIR", str(tmp_path))
    course_lib.set_language("sv")


def people():
    return pd.DataFrame(
        {
            "email": [" Anna.Svensson@Gmail.com ", "bo@exempel.se", "cia@exempel.se", None],
            "phone": ["070-123 45 67", "08-123 456 78", None, "070-765 43 21"],
            "name": ["=HYPERLINK(\"http://x\")", "Bo", "Cia", "Dan"],
            "age": [30, 40, 50, 60],
            "consent_ads": [True, True, False, True],
        }
    )


def test_meta_format_and_known_hash_vectors(tmp_path):
    done = export_audience(people(), Segment("Alla", everyone()), "meta")
    assert done.path == tmp_path / "exports" / "alla-meta.csv"
    table = pd.read_csv(done.path, dtype=str)
    assert list(table.columns) == ["email", "phone", "country"]
    assert table.loc[0, "email"] == sha("anna.svensson@gmail.com")
    assert table.loc[0, "phone"] == sha("46701234567")
    assert set(table["country"]) == {sha("se")}
    assert (done.rows, done.members, done.without_consent) == (3, 4, 1)


def test_google_format_and_rules(tmp_path):
    done = export_audience(people(), Segment("Alla", everyone()), "google", tmp_path / "g.csv")
    table = pd.read_csv(done.path, dtype=str)
    assert list(table.columns) == ["Email", "Phone", "Country"]
    assert table.loc[0, "Email"] == sha("annasvensson@gmail.com")  # gmail dots dropped
    assert table.loc[0, "Phone"] == sha("+46701234567")
    assert set(table["Country"]) == {"SE"}  # Google asks for the country unhashed


def test_only_consenting_members_and_never_raw_identifiers(tmp_path):
    segment = Segment("Över 35", where("age").at_least(35))
    done = export_audience(people(), segment, "meta")
    text = done.path.read_text(encoding="utf-8")
    assert "@" not in text and "070" not in text
    assert sha("cia@exempel.se") not in text  # no consent to ads
    assert done.rows == 2 and done.without_consent == 1


def test_export_needs_a_consent_column():
    with pytest.raises(CourseError, match="samtycke"):
        export_audience(people().drop(columns="consent_ads"), Segment("A", everyone()))
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="consent"):
        export_audience(people().drop(columns="consent_ads"), Segment("A", everyone()))


def test_mapping_finds_a_learners_identifier_columns():
    frame = people().rename(columns={"email": "E-post", "phone": "Mobil"})
    table, _ = audience_frame(frame, Segment("A", everyone()), "meta",
                              mapping={"E-post": "email", "Mobil": "phone"})
    assert table.loc[0, "email"] == sha("anna.svensson@gmail.com")


@pytest.mark.parametrize("value", ["=1+1", "+46", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_formula_injection_is_neutralised(value):
    assert safe_cell(value) == "'" + value
    assert safe_cell("Anna") == "Anna" and safe_cell(3) == 3


def test_excel_summary_and_members_are_safe_and_hashed(tmp_path):
    segments = [Segment("=HYPERLINK(\"http://x\")", where("age").at_most(45),
                        description="@evil"), Segment("Äldre", where("age").at_least(46))]
    path = export_excel(people(), segments)
    book = openpyxl.load_workbook(path)
    summary, members = book.worksheets
    assert summary.title == "Sammanfattning"
    assert summary["A2"].value == "'=HYPERLINK(\"http://x\")"
    assert summary["B2"].value == "'@evil"
    assert summary["A2"].data_type == "s"
    values = [c.value for row in members.iter_rows() for c in row]
    assert sha("anna.svensson@gmail.com") in values
    assert not any(isinstance(v, str) and "@" in v and "exempel" in v for v in values)
    assert members.max_row == 1 + 3  # three members with consent
