"""Bring your own data: Swedish CSV and Excel exports, and mapping their columns."""

import io

import pandas as pd
import pytest

import course_lib
from course_lib import CourseError
from course_lib.segments import load_customer_file, suggest_mapping


@pytest.fixture(autouse=True)
def _language():
    course_lib.set_language("sv")
    yield
    course_lib.set_language("sv")


SWEDISH = (
    "Kundnr;Ålder;Ort;Inkomst;Köpbelopp;Senaste köp;Samtycke annonser;Telefon\n"
    "1;34;Göteborg;32 000;1 234,50;01-03-2024;ja;070-123 45 67\n"
    "2;;Umeå;28\u00a0500;99,90;15-03-2024;nej;0701112233\n"
    "3;61;Växjö;41 000;0,5;2024-03-20;ja;\n"
)


def test_semicolon_decimal_comma_and_bom():
    frame = load_customer_file(("\ufeff" + SWEDISH).encode("utf-8"))
    assert list(frame.columns)[0] == "Kundnr"  # the BOM is gone
    assert frame["Köpbelopp"].tolist() == [1234.5, 99.9, 0.5]
    assert frame["Inkomst"].tolist() == [32000, 28500, 41000]
    assert str(frame["Ålder"].dtype) == "Int64" and frame["Ålder"].isna().sum() == 1
    assert frame["Samtycke annonser"].tolist() == [True, False, True]
    assert frame["Telefon"].iloc[1] == "0701112233"  # leading zero kept: it is a code


def test_dates_day_first_and_mixed_formats():
    frame = load_customer_file(SWEDISH.encode("utf-8"))
    assert frame["Senaste köp"].tolist() == [pd.Timestamp("2024-03-01"),
                                            pd.Timestamp("2024-03-15"),
                                            pd.Timestamp("2024-03-20")]
    slashes = load_customer_file(b"id,datum\n1,1/3/2024\n2,15/3/2024\n3,2024/03/02\n")
    assert slashes["datum"].tolist()[:2] == [pd.Timestamp("2024-03-01"),
                                             pd.Timestamp("2024-03-15")]


def test_cp1252_with_swedish_letters_and_tabs():
    text = "Namn\tStad\tÅlder\nÅsa\tÖrebro\t41\nÄrling\tLuleå\t52\n"
    frame = load_customer_file(io.BytesIO(text.encode("cp1252")))
    assert frame["Stad"].tolist() == ["Örebro", "Luleå"]
    assert frame["Ålder"].tolist() == [41, 52]


def test_comma_separated_english_file():
    frame = load_customer_file(b"age,city,revenue\n30,Oslo,\"1,234.50\"\n40,Bergen,99.5\n")
    assert frame["revenue"].tolist() == [1234.5, 99.5]


def test_a_row_with_too_many_fields_is_named():
    with pytest.raises(CourseError, match="Rad 3 har 4 fält") as info:
        load_customer_file(b"a;b;c\n1;2;3\n4;5;6;7\n")
    assert info.value.hint


def test_a_trailing_separator_is_forgiven():
    frame = load_customer_file(b"a;b;\n1;2;\n3;4;\n")
    assert list(frame.columns) == ["a", "b"]


def test_a_non_number_in_a_numeric_column_is_named():
    rows = "".join(f"{i};{i * 10}\n" for i in range(1, 12))
    with pytest.raises(CourseError, match="Rad 6, kolumn 'belopp': 'tio'"):
        load_customer_file(("id;belopp\n" + rows.replace("5;50", "5;tio")).encode())
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="Row 6, column 'belopp'"):
        load_customer_file(("id;belopp\n" + rows.replace("5;50", "5;tio")).encode())


def test_a_bad_date_is_named():
    rows = "".join(f"{i};0{i % 9 + 1}-03-2024\n" for i in range(1, 12))
    with pytest.raises(CourseError, match="kolumn 'datum'"):
        load_customer_file(("id;datum\n" + rows.replace("4;05-03-2024", "4;igår")).encode())


def test_empty_and_missing_files(tmp_path):
    with pytest.raises(CourseError, match="tom"):
        load_customer_file(b"  \n")
    with pytest.raises(CourseError, match="finns inte"):
        load_customer_file(tmp_path / "nope.csv")


def test_excel_file(tmp_path):
    source = pd.DataFrame({"Ålder": [30, 40], "Ort": ["Kiruna", "Umeå"],
                           "Belopp": ["1 234,50", "10"]})
    path = tmp_path / "kunder.xlsx"
    source.to_excel(path, index=False)
    frame = load_customer_file(path)
    assert frame["Ålder"].tolist() == [30, 40]
    assert frame["Belopp"].tolist() == [1234.5, 10.0]


def test_suggest_mapping_swedish_and_english_names():
    frame = load_customer_file(SWEDISH.encode("utf-8"))
    assert suggest_mapping(frame) == {"Kundnr": "customer_id", "Ålder": "age", "Ort": "city",
                                      "Inkomst": "income", "Telefon": "phone"}
    english = pd.DataFrame(columns=["Age", "Gender", "City", "E-mail", "Consent e-mail"])
    assert suggest_mapping(english) == {"Age": "age", "Gender": "gender", "City": "city",
                                        "E-mail": "email"}
