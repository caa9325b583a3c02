"""Whatever bytes a learner loads, load_customer_file returns a table (with its report) or raises
a CourseError: never any other exception. Random CSV text in every style exports use, random
workbooks and random binary data."""

import csv
import datetime as dt
import io
from unittest.mock import patch

import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import course_lib
from course_lib import CourseError
from course_lib.segments import load_customer_file, load_report, suggest_mapping
from course_lib.segments.files import loader
from tests.examples import examples

FAST = settings(max_examples=examples(80), deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
FEW = settings(max_examples=examples(15), deadline=None, derandomize=True,
               suppress_health_check=[HealthCheck.too_slow])

MARKERS = ["okänd", "saknas", "vet ej", "-", "–", "N/A", "NA", "n/a", "NULL", "null", "None",
           "#N/A", "?", ""]
NAMES = ["Kundnr", "CustomerID", "Ålder", "age", "Kön", "Ort", "Inkomst", "Datum", "OrderDate",
         "Samtycke", "E-post", "Telefon", "Postnummer", "InvoiceNo", "", "Namn", "Namn"]


def _number(draw):
    value = draw(st.floats(-1e7, 1e7, allow_nan=False) | st.integers(-10**12, 10**12))
    style = draw(st.sampled_from(["plain", "sv", "en", "int", "kr"]))
    if style == "sv":
        return f"{value:,.2f}".replace(",", " ").replace(".", ",")
    if style == "en":
        return f"{value:,.2f}"
    if style == "int":
        return str(int(value))
    if style == "kr":
        return f"{int(value)} kr"
    return str(value)


def _date(draw):
    day = draw(st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2030, 12, 31)))
    style = draw(st.sampled_from(["%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y %H:%M", "%d-%m-%Y",
                                  "%d.%m.%Y", "%m/%d/%y", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y %I:%M %p",
                                  "serial"]))
    if style == "serial":
        return str((day - dt.datetime(1899, 12, 30)).days)
    return day.strftime(style)


@st.composite
def cells(draw):
    kind = draw(st.sampled_from(["number", "date", "marker", "yes_no", "text", "code"]))
    if kind == "number":
        return _number(draw)
    if kind == "date":
        return _date(draw)
    if kind == "marker":
        return draw(st.sampled_from(MARKERS))
    if kind == "yes_no":
        return draw(st.sampled_from(["ja", "nej", "Yes", "no", "TRUE", "false", "x"]))
    if kind == "code":
        return draw(st.sampled_from(["0701740605", "+46 70 174 06 05", "C536379", "01234"]))
    return draw(st.text(max_size=12))  # anything: quotes, separators, line breaks, emoji


@st.composite
def csv_files(draw):
    width = draw(st.integers(1, 6))
    header = [draw(st.sampled_from(NAMES) | st.text(max_size=8)) for _ in range(width)]
    column_kinds = [draw(cells()) for _ in range(width)]  # a typical cell per column
    rows = [header]
    for _ in range(draw(st.integers(0, 25))):
        row = [draw(st.just(typical) | cells()) for typical in column_kinds]
        if draw(st.integers(0, 9)) == 0:  # now and then a short or a long row
            row = row[: draw(st.integers(0, width))] + draw(st.lists(cells(), max_size=2))
        rows.append(row)
    sep = draw(st.sampled_from([";", ",", "\t", "|"]))
    buffer = io.StringIO()
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
    csv.writer(buffer, delimiter=sep, quoting=quoting,
               lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"]))).writerows(rows)
    text = buffer.getvalue()
    if draw(st.booleans()):
        text = draw(st.sampled_from(["Kundlista 2024\n\n", "\n\n", "Export;;\n"])) + text
    if draw(st.integers(0, 4)) == 0:
        text = text[: draw(st.integers(0, len(text)))]  # cut off anywhere, even in a quote
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.integers(0, 9)) == 0:
        data += draw(st.binary(max_size=40))  # junk at the end
    return data


def _loads_or_refuses(data, **options):
    # The loader turns any unexpected error into a CourseError ("could not be read"); here that
    # safety net re-raises, so a bug in the loader fails the test instead of hiding.
    def unexpected(error):
        raise error

    try:
        with patch.object(loader, "_reason", unexpected):
            frame = load_customer_file(data, **options)
    except CourseError as error:
        assert str(error).strip()
        return None
    assert isinstance(frame, pd.DataFrame)
    report = load_report(frame)
    assert report.rows == len(frame) and len(report.columns) == frame.shape[1]
    assert frame.columns.is_unique
    report._repr_html_()
    report._repr_markdown_()
    report.to_frame()
    suggest_mapping(frame)
    return frame


@FAST
@given(csv_files())
def test_random_csv_files_load_or_are_refused(data):
    _loads_or_refuses(data)


@FEW
@given(csv_files(), st.sampled_from(["dayfirst", "monthfirst", "%d/%m/%Y", "%Y-%m-%d"]))
def test_random_csv_files_with_a_date_format(data, date_format):
    course_lib.set_language("en")
    try:
        _loads_or_refuses(data, date_format=date_format)
    finally:
        course_lib.set_language("sv")


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes_load_or_are_refused(data):
    _loads_or_refuses(data)


@FAST
@given(st.sampled_from([b"PK\x03\x04", b"\x89PNG", b"%PDF", b"\xd0\xcf\x11\xe0", b"\xef\xbb\xbf",
                        b"\xff\xfe", b"\x1f\x8b", b""]), st.binary(max_size=500))
def test_random_bytes_after_a_known_start(start, rest):
    _loads_or_refuses(start + rest)


@FEW
@given(st.lists(st.lists(st.none() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False,
                                                                          allow_infinity=False)
                         | st.booleans() | st.text(max_size=10)
                         | st.datetimes(dt.datetime(1950, 1, 1), dt.datetime(2050, 1, 1)),
                         min_size=1, max_size=5), max_size=12))
def test_random_workbooks_load_or_are_refused(rows):
    import openpyxl
    from openpyxl.utils.exceptions import IllegalCharacterError

    book = openpyxl.Workbook()
    try:
        for row in rows:
            book.active.append(row)
    except IllegalCharacterError:
        return  # Excel itself cannot hold such text
    buffer = io.BytesIO()
    book.save(buffer)
    _loads_or_refuses(buffer.getvalue())
