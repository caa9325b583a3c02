"""Bring your own data: Swedish CSV and Excel exports, and mapping their columns."""

import io

import pandas as pd
import pytest

import course_lib
from course_lib import CourseError
from course_lib.segments import load_customer_file, load_report, suggest_mapping


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


def test_one_odd_cell_keeps_the_column_as_text_with_a_note_naming_the_row():
    rows = "".join(f"{i};{i * 10}\n" for i in range(1, 12))
    frame = load_customer_file(("id;belopp\n" + rows.replace("5;50", "5;tio")).encode())
    assert frame["belopp"].tolist()[4] == "tio" and frame["belopp"].tolist()[0] == "10"
    note = load_report(frame).notes[0].text()
    assert "'belopp'" in note and "rad 6" in note and "'tio'" in note
    course_lib.set_language("en")
    assert "row 6" in load_report(frame).notes[0].text()


def test_one_odd_date_keeps_the_column_as_text_with_a_note():
    rows = "".join(f"{i};0{i % 9 + 1}-03-2024\n" for i in range(1, 12))
    frame = load_customer_file(("id;datum\n" + rows.replace("4;05-03-2024", "4;igår")).encode())
    assert frame["datum"].tolist()[3] == "igår"
    assert "'datum'" in load_report(frame).notes[0].text()


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
                                      "Inkomst": "income", "Samtycke annonser": "consent_ads",
                                      "Telefon": "phone"}
    english = pd.DataFrame(columns=["Age", "Gender", "City", "E-mail", "Consent e-mail"])
    assert suggest_mapping(english) == {"Age": "age", "Gender": "gender", "City": "city",
                                        "E-mail": "email", "Consent e-mail": "consent_email"}


# ---------------------------------------------------------------- dates: one reading per column


def _us_retail_rows(days: int = 20) -> bytes:
    """An export in US order: 12/1/2010 8:26 is 1 December, as 12/13/2010 further down shows."""
    lines = ["InvoiceNo,InvoiceDate,UnitPrice"]
    lines += [f"5363{d:02d},12/{d}/2010 8:{d:02d},2.55" for d in range(1, days + 1)]
    return ("\n".join(lines) + "\n").encode()


def test_us_dates_are_read_month_first_in_every_row():
    frame = load_customer_file(_us_retail_rows())
    dates = frame["InvoiceDate"]
    assert (dates.dt.month == 12).all() and dates.dt.day.tolist() == list(range(1, 21))
    assert dates.iloc[0] == pd.Timestamp("2010-12-01 08:01")  # the time of day is kept
    assert dates.dt.tz is None  # and no time zone is invented
    assert load_report(frame).column("InvoiceDate").date_order == "monthfirst"


def test_day_first_is_seen_from_a_day_above_12():
    frame = load_customer_file(b"Kundnr;Datum\nK1;01/03/2024\nK2;25/03/2024\n")
    assert frame["Datum"].tolist() == [pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-25")]


def test_undecidable_dates_are_read_day_first_and_the_report_says_so():
    frame = load_customer_file(b"Kundnr;Datum\nK1;01/03/2024\nK2;02/03/2024\n")
    assert frame["Datum"].tolist() == [pd.Timestamp("2024-03-01"), pd.Timestamp("2024-03-02")]
    report = load_report(frame)
    assert report.column("Datum").date_assumed
    assert "monthfirst" in report.notes[0].text() and "gissat" in report.to_frame().iloc[1, 2]


def test_contradicting_date_orders_are_refused_naming_a_row_of_each():
    text = b"Kundnr;Datum\nK1;25/03/2024\nK2;01/03/2024\nK3;03/26/2024\n"
    with pytest.raises(CourseError, match=r"rad 2 \(25/03/2024\).*rad 4 \(03/26/2024\)") as info:
        load_customer_file(text)
    assert "date_format" in info.value.hint


@pytest.mark.parametrize("date_format", ["monthfirst", {"Datum": "monthfirst"}, "%m/%d/%Y",
                                         {"datum": "Month first"}])
def test_date_format_overrides_the_reading(date_format):
    frame = load_customer_file(b"Kundnr;Datum\nK1;01/03/2024\nK2;02/03/2024\n",
                               date_format=date_format)
    assert frame["Datum"].tolist() == [pd.Timestamp("2024-01-03"), pd.Timestamp("2024-02-03")]
    assert not load_report(frame).notes


def test_date_format_per_column_reads_a_column_that_does_not_look_like_dates():
    frame = load_customer_file(b"Kundnr;Dag\nK1;1 mars 2024\nK2;2024-03-02\n",
                               date_format={"Dag": "%Y-%m-%d"})
    assert frame["Dag"].tolist() == ["1 mars 2024", "2024-03-02"]  # kept, with a note
    assert "rad 2" in load_report(frame).notes[0].text()


def test_a_wrong_date_format_or_column_is_a_clear_error():
    data = b"Kundnr;Datum\nK1;01/03/2024\n"
    for wrong in ("dd/mm", "%Q", 5):
        with pytest.raises(CourseError, match="dayfirst"):
            load_customer_file(data, date_format=wrong)
    with pytest.raises(CourseError, match="'Dattum'.*'Kundnr', 'Datum'"):
        load_customer_file(data, date_format={"Dattum": "dayfirst"})


@pytest.mark.parametrize("text, expected", [
    ("2024-03-01", "2024-03-01"), ("2024-03-01T10:05:00", "2024-03-01 10:05"),
    ("01.03.2024", "2024-03-01"), ("1-3-2024", "2024-03-01"), ("2024/03/01", "2024-03-01"),
    ("12/13/2010 8:26 PM", "2010-12-13 20:26"), ("25/12/2024 07.30", "2024-12-25 07:30"),
    ("31/12/99", "1999-12-31"), ("12/1/2010 12:05 AM", "2010-01-12 00:05"),
])
def test_date_styles(text, expected):
    frame = load_customer_file(f"Kundnr;Datum\nK1;{text}\nK2;2024-12-13\n".encode())
    assert frame["Datum"].iloc[0] == pd.Timestamp(expected)


def test_excel_date_numbers_only_in_a_column_named_as_dates():
    frame = load_customer_file(b"Kundnr;Datum;Antal\nK1;45292;45292\nK2;45293,5;45293\n")
    assert frame["Datum"].tolist() == [pd.Timestamp("2024-01-01"),
                                       pd.Timestamp("2024-01-02 12:00")]
    assert frame["Antal"].tolist() == [45292, 45293]


# ---------------------------------------------------------------- types that fit real exports


def test_an_age_with_one_okand_loads_as_numbers_with_one_missing_value():
    frame = load_customer_file("Kundnr;Ålder\nK1;34\nK2;okänd\nK3;52\n".encode())
    assert str(frame["Ålder"].dtype) == "Int64" and frame["Ålder"].isna().sum() == 1
    assert load_report(frame).column("Ålder").markers == {"okänd": 1}
    assert "okänd (1)" in load_report(frame).to_frame().iloc[1, 5]


def test_identifiers_stay_text():
    text = ("InvoiceNo;CustomerID;Postnummer;Telefon;Belopp\n"
            "536365;17850;01234;0701740605;10\n"
            "C536379;17851;11122;+46701740606;20\n")
    frame = load_customer_file(text.encode())
    assert frame["InvoiceNo"].tolist() == ["536365", "C536379"]
    assert frame["CustomerID"].tolist() == ["17850", "17851"]
    assert frame["Postnummer"].iloc[0] == "01234" and frame["Telefon"].iloc[0] == "0701740605"
    assert frame["Belopp"].tolist() == [10, 20]


def test_an_invoice_column_with_cancellations_but_no_telling_name_stays_text_with_a_note():
    rows = "".join(f"K{i};53636{i}\n" for i in range(9)) + "K9;C536379\n"
    frame = load_customer_file(("Kundnr;Faktura\n" + rows).encode())
    assert frame["Faktura"].iloc[-1] == "C536379" and frame["Faktura"].iloc[0] == "536360"


def test_text_columns_overrides():
    frame = load_customer_file(b"Kundnr;Kod;Belopp\nK1;12;5\nK2;13;6\n",
                               text_columns=["Kod", "belopp"])
    assert frame["Kod"].tolist() == ["12", "13"] and frame["Belopp"].tolist() == ["5", "6"]
    with pytest.raises(CourseError, match="'Kood'"):
        load_customer_file(b"Kundnr;Kod\nK1;12\n", text_columns="Kood")


def test_decimal_marks():
    frame = load_customer_file("a;b;c;d\n1 234,50;1.234,50;0,5;−3\n2;2;1;4\n".encode())
    assert frame["a"].tolist() == [1234.5, 2.0] and frame["b"].tolist() == [1234.5, 2.0]
    assert frame["c"].tolist() == [0.5, 1.0] and frame["d"].tolist() == [-3, 4]
    english = load_customer_file(b'name,amount\nA,"1,234.50"\nB,12.5\n')
    assert english["amount"].tolist() == [1234.5, 12.5]
    assert load_report(english).decimal_mark == "."


# ---------------------------------------------------------------- files that are not quite right


def test_duplicate_and_missing_column_names():
    frame = load_customer_file(b"Namn;;Namn;Namn\nAnna;x;Exempel;A\nBo;y;Testsson;B\n")
    assert list(frame.columns) == ["Namn", "Kolumn 2", "Namn (2)", "Namn (3)"]
    notes = " ".join(n.text() for n in load_report(frame).notes)
    assert "'Namn (2)'" in notes and "'Kolumn 2'" in notes


def test_header_only_is_refused_kindly():
    with pytest.raises(CourseError, match="inga kunder") as info:
        load_customer_file(b"Kundnr;Namn\n\n\n")
    assert "Kundnr" in str(info.value)


def test_a_title_above_the_header_is_skipped_and_reported():
    text = "Kundlista mars 2024;;\n;;\nKundnr;Ålder;Ort\nK1;34;Umeå\nK2;45;Luleå\n"
    frame = load_customer_file(text.encode())
    assert list(frame.columns) == ["Kundnr", "Ålder", "Ort"] and len(frame) == 2
    assert "Kundlista mars 2024" in load_report(frame).notes[0].text()
    assert load_report(frame).header_row == 3


def test_quoted_newlines_and_separators_inside_quotes():
    frame = load_customer_file(b'Kundnr;Kommentar\nK1;"rad ett\nrad tv\xc3\xa5; med semikolon"\n'
                               b'K2;kort\n')
    assert frame["Kommentar"].tolist() == ["rad ett\nrad två; med semikolon", "kort"]


def test_a_short_row_is_filled_up_and_row_numbers_stay_right():
    frame = load_customer_file(b"a;b;c\n1;2;3\n4;5\n\n7;8;9\n")
    assert frame["c"].tolist()[:1] == [3] and pd.isna(frame["c"].iloc[1])
    assert "rad 4" in load_report(frame).notes[0].text()  # the blank row, as Excel counts


def test_excel_sheets(tmp_path):
    path = tmp_path / "kunder.xlsx"
    with pd.ExcelWriter(path) as writer:
        pd.DataFrame({"Kundnr": ["K1"], "Ålder": [30]}).to_excel(writer, sheet_name="Kunder",
                                                                  index=False)
        pd.DataFrame({"Ordernr": ["O1", "O2"]}).to_excel(writer, sheet_name="Ordrar", index=False)
    assert list(load_customer_file(path).columns) == ["Kundnr", "Ålder"]
    assert "'Ordrar'" in load_report(load_customer_file(path)).notes[0].text()
    assert len(load_customer_file(path, sheet="ordrar")) == 2
    assert len(load_customer_file(path, sheet=1)) == 2
    with pytest.raises(CourseError, match="'Fakturor'.*'Kunder', 'Ordrar'"):
        load_customer_file(path, sheet="Fakturor")
    with pytest.raises(CourseError, match="sheet=5"):
        load_customer_file(path, sheet=5)


def test_a_broken_xlsx_is_a_clear_error():
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("xl/workbook.xml", "not a workbook")
    with pytest.raises(CourseError, match="trasig"):
        load_customer_file(buffer.getvalue())
    with pytest.raises(CourseError, match=r"Filen \(utan namn\) är ingen tabell"):
        load_customer_file(b"PK\x03\x04" + bytes(200))


def test_nothing_unexpected_escapes_as_a_traceback(monkeypatch):
    from course_lib.segments.files import loader

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(loader, "read_text_table", broken)
    with pytest.raises(CourseError, match="gick inte att läsa: disk on fire") as info:
        load_customer_file(b"a;b\n1;2\n")
    assert info.value.hint


def _workbook(rows: int) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Kundnr", "Ålder"])
    for n in range(rows):
        book.active.append([f"K{n}", 20 + n % 60])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("kind", ["fast", "careful", "excel"])
def test_a_large_file_shows_a_progress_bar(monkeypatch, kind):
    import tqdm.auto

    from course_lib.segments.files import loader

    body = {"fast": b"a;b\n" + b"1;2\n" * 3000,
            "careful": b"a;b\n" + b"1;2\n" * 3000 + b"3\n",  # a short row: the csv module
            "excel": _workbook(3000)}[kind]
    shown = []

    class Bar:
        def __init__(self, total, **options):
            self.total, self.n, self.closed = total, 0, False
            shown.append(self)

        def update(self, count):
            self.n += count

        def reset(self, total=None):
            self.total, self.n = total, 0

        def close(self):
            self.closed = True

    monkeypatch.setattr(loader, "PROGRESS_FROM_BYTES", 1000)
    monkeypatch.setattr(tqdm.auto, "tqdm", Bar)
    assert len(load_customer_file(body)) >= 3000
    assert len(shown) == 1 and shown[0].closed and shown[0].n > 0.9 * shown[0].total
    shown.clear()
    load_customer_file(b"a;b\n1;2\n")
    assert not shown  # small files: no bar


# ---------------------------------------------------------------- the load report


def test_the_report_is_attached_and_survives_head(tmp_path):
    path = tmp_path / "kunder.csv"
    path.write_bytes(("\ufeff" + SWEDISH).encode("utf-8"))
    frame = load_customer_file(path)
    report = frame.attrs["load_report"]
    assert load_report(frame.head(2)) == report
    assert (report.file, report.encoding, report.separator, report.decimal_mark) == (
        "kunder.csv", "utf-8-bom", ";", ",")
    shown = report._repr_html_() + report._repr_markdown_() + str(report)
    assert str(tmp_path) not in shown  # the file name only, never the folder
    assert report._repr_html_() == load_report(load_customer_file(path))._repr_html_()


def test_the_report_table_speaks_the_learners_language():
    frame = load_customer_file(SWEDISH.encode("utf-8"))
    table = load_report(frame).to_frame()
    assert list(table.columns)[:3] == ["Kolumn", "Typ", "Datumordning"]
    assert table.set_index("Kolumn").loc["Ålder", "Andel saknas"] == "33,3\u00a0%"
    assert table.set_index("Kolumn").loc["Köpbelopp", "Typ"] == "decimaltal"
    course_lib.set_language("en")
    table = load_report(frame).to_frame()
    assert table.set_index("Column").loc["Ålder", "Share missing"] == "33.3%"
    assert "How the file" in load_report(frame)._repr_markdown_()


def test_load_report_of_a_table_not_read_from_a_file():
    with pytest.raises(CourseError, match="load_customer_file"):
        load_report(pd.DataFrame({"a": [1]}))


# ---------------------------------------------------------------- mapping


def test_mapping_of_real_export_names():
    names = ["CustomerID", "Customer ID", "Kund-ID", "Genre", "Year_Birth", "Dt_Customer",
             "Income", "Land", "Postort", "Postnummer", "E-postadress", "Mobilnummer",
             "Marital_Status", "Utbildning", "Marketing_Optin", "Opt-in annonser",
             "HasOptedOutOfEmail"]
    found = suggest_mapping(pd.DataFrame(columns=names))
    assert found == {
        "CustomerID": "customer_id", "Genre": "gender", "Year_Birth": "age",
        "Dt_Customer": "purchase_behaviour", "Income": "income", "Land": "country",
        "Postort": "city", "Postnummer": "city_district", "E-postadress": "email",
        "Mobilnummer": "phone", "Marital_Status": "lifestyle", "Utbildning": "education",
        "Marketing_Optin": "consent_email", "Opt-in annonser": "consent_ads"}


def test_an_age_column_wins_over_a_birth_year_and_consent_must_be_yes_no():
    frame = pd.DataFrame({"Födelseår": [1980], "Ålder": [44], "OPTIN_TIME": [pd.Timestamp(0)],
                          "Samtycke": [True]})
    assert suggest_mapping(frame) == {"Ålder": "age", "Samtycke": "consent_email"}


def test_mapping_table_to_confirm():
    from course_lib.segments import mapping_table

    frame = load_customer_file(SWEDISH.encode("utf-8"))
    table = mapping_table(suggest_mapping(frame), frame)
    assert list(table.columns) == ["Kolumn", "Föreslagen datapunkt", "Exempel på värden"]
    rows = table.set_index("Kolumn")
    assert rows.loc["Ålder", "Föreslagen datapunkt"] == "Ålder"
    assert rows.loc["Samtycke annonser", "Föreslagen datapunkt"] == "Samtycke till annonser"
    assert rows.loc["Köpbelopp", "Föreslagen datapunkt"] == "–"
    assert rows.loc["Köpbelopp", "Exempel på värden"] == "1\u00a0234,50; 99,90; 0,50"
    assert rows.loc["Samtycke annonser", "Exempel på värden"] == "ja; nej"
    course_lib.set_language("en")
    table = mapping_table(suggest_mapping(frame), frame)
    assert table.set_index("Column").loc["Ort", "Suggested data point"] == "City"


def test_age_from_birth_year():
    from course_lib.segments import add_age_from_birth_year

    frame = load_customer_file(b"ID\tYear_Birth\n1\t1957\n2\t\n")
    aged = add_age_from_birth_year(frame, "Year_Birth", 2014)
    assert aged["age"].tolist()[0] == 57 and pd.isna(aged["age"].iloc[1])
    assert "age" not in frame.columns and load_report(aged) == load_report(frame)
    with pytest.raises(CourseError, match="redan"):
        add_age_from_birth_year(aged, "Year_Birth", 2014)
    with pytest.raises(CourseError, match="årtal"):
        add_age_from_birth_year(frame, "Year_Birth", "i år")
    with pytest.raises(CourseError, match="årtal"):
        add_age_from_birth_year(frame, "ID", 2014)
