"""Where is the table in the file? Find the separator and the header row, and cut the rows into
cells: text for now, one column of strings per header cell. Typing the columns is columns.py.

Exports often have something above the header: a title ("Kundlista, exporterad 2024-03-01"),
a blank row, a note. The header is the first row whose filled cells look like names and fill
at least half the row. Row numbers are kept as Excel shows them, so a message can say "row 13".

A CSV is cut by pyarrow (fast: 200,000 rows in a tenth of a second). Rows with too many or too
few cells make pyarrow stop; then Python's own csv module reads the file again, slower but row
by row, so the message can name the row.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import statistics
from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from ...core.errors import CourseError
from ...core.i18n import messages

msg = messages(
    {
        "no_header": {
            "sv": "Filen {file} saknar en rubrikrad med kolumnnamn. Första raden innehåller "
            "värden: {first}.",
            "en": "The file {file} has no header row with column names. The first row holds "
            "values: {first}.",
        },
        "no_header_hint": {
            "sv": "Lägg till en rad överst med ett namn på varje kolumn, till exempel Kundnr; "
            "Ålder; Ort.",
            "en": "Add a row at the top with a name for each column, for example CustomerID, "
            "Age, City.",
        },
        "too_many_fields": {
            "sv": "Rad {row} har {found} fält, men rubrikraden har bara {expected}.",
            "en": "Row {row} has {found} fields, but the header row has only {expected}.",
        },
        "too_many_hint": {
            "sv": "Kanske finns det ett avgränsningstecken ({sep}) i en text utan citattecken "
            "runt?",
            "en": "Perhaps a separator ({sep}) sits inside a text without quotes around it?",
        },
        "open_quote": {
            "sv": "Rad {row} börjar ett citattecken (\") som aldrig avslutas, så resten av filen "
            "blev en enda cell.",
            "en": "Row {row} opens a quotation mark (\") that is never closed, so the rest of the "
            "file became one cell.",
        },
        "open_quote_hint": {
            "sv": "Ta bort citattecknet eller lägg till det avslutande i filen och läs in den igen.",
            "en": "Remove the quotation mark, or add the closing one, and load the file again.",
        },
        "broken_excel": {
            "sv": "Excelfilen {file} går inte att öppna: den verkar vara trasig eller skyddad med "
            "lösenord.",
            "en": "The Excel file {file} cannot be opened: it seems to be damaged or protected "
            "with a password.",
        },
        "broken_excel_hint": {
            "sv": "Öppna den i Excel, ta bort eventuellt lösenord och spara den igen som .xlsx.",
            "en": "Open it in Excel, remove any password and save it again as .xlsx.",
        },
        "unknown_sheet": {
            "sv": "Arbetsboken {file} har inget blad som heter {sheet!r}. Bladen är: {sheets}.",
            "en": "The workbook {file} has no sheet called {sheet!r}. The sheets are: {sheets}.",
        },
        "sheet_number": {
            "sv": "Arbetsboken {file} har {count} blad, så sheet={sheet} finns inte. Bladen är: "
            "{sheets} (det första är sheet=0).",
            "en": "The workbook {file} has {count} sheets, so sheet={sheet} does not exist. The "
            "sheets are: {sheets} (the first is sheet=0).",
        },
        "empty_sheet": {
            "sv": "Bladet {sheet!r} i {file} är tomt.",
            "en": "The sheet {sheet!r} in {file} is empty.",
        },
        "empty_sheet_hint": {
            "sv": "Välj ett annat blad med sheet=\"namn\". Bladen är: {sheets}.",
            "en": "Choose another sheet with sheet=\"name\". The sheets are: {sheets}.",
        },
        "tab": {"sv": "tab", "en": "tab"},
    },
    __name__,
)

SEPARATORS = (";", ",", "\t", "|")  # on a tie the first wins: Swedish Excel writes ";"
SAMPLE_CHARS = 65_536  # enough rows to see the separator and the header
HEADER_SEARCH_ROWS = 20  # titles and notes above the header rarely take more rows
PROGRESS_FROM_BYTES = 20_000_000  # show a progress bar for files larger than this
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_LETTER = re.compile(r"[^\W\d_]")
_VALUE_LIKE = re.compile(r"^[-+]?[\d\s.,:/%]+$|@")  # numbers, dates, e-mail addresses


@dataclass
class RawTable:
    """The cells of a file as text, before any column gets a type."""

    names: list[str]  # header cells as written
    columns: list[pd.Series]  # one str Series per header cell, indexed by Excel's row number
    header_row: int  # the row number of the header (1 = the first row)
    above_header: list[str] = field(default_factory=list)  # titles and notes skipped
    separator: str | None = None
    encoding: str | None = None
    sheet: str | None = None
    other_sheets: tuple[str, ...] = ()
    excel_date_columns: set[int] = field(default_factory=set)  # Excel cells that are dates


def show_separator(sep: str) -> str:
    return msg("tab") if sep == "\t" else sep


# ---------------------------------------------------------------- CSV text


def read_text_table(text: str, file: str, progress=None, utf8: bytes | None = None) -> RawTable:
    """The table in a CSV text: separator, header and cells. ``utf8``: the text as UTF-8 bytes,
    when the file already holds them."""
    sample = _sample(text)
    sep = choose_separator(sample) or ","
    records, lines = _records_with_lines(sample, sep)
    header_at = find_header(records, file)
    names = [cell.strip() for cell in records[header_at]]
    start = _offset_after_lines(text, lines[header_at])
    if utf8 is not None:  # the file's own bytes, without copying them
        data = memoryview(utf8)[len(text[:start].encode("utf-8")):]
    else:
        data = memoryview(text[start:].encode("utf-8"))
    first_row = header_at + 2
    columns = _cells_fast(data, sep, len(names), first_row, progress)
    if columns is None:  # a row with too many or too few cells: read it the careful way
        columns = _cells_careful(text[start:], sep, len(names), first_row, progress)
    above = [_first_filled(r) for r in records[:header_at] if _first_filled(r)]
    return RawTable(names, columns, header_at + 1, above, separator=sep)


def _sample(text: str) -> str:
    if len(text) <= SAMPLE_CHARS:
        return text
    cut = text.rfind("\n", 0, SAMPLE_CHARS)
    return text[: cut if cut > 0 else SAMPLE_CHARS]


def choose_separator(sample: str) -> str | None:
    """The separator that cuts the most rows into the same number of cells (more than one).

    Counting consistent rows, not characters, keeps decimal commas in a ``;`` file and
    semicolons inside quoted text from fooling it.

    >>> choose_separator("Namn;Belopp\\nAnna;1,5\\nBo;2,25\\n")
    ';'
    >>> choose_separator('name,note\\nAnna,"a;b"\\nBo,c\\n')
    ','
    """
    best, best_score = None, (0, 0)
    for sep in SEPARATORS:
        widths = [len(r) for r in csv.reader(io.StringIO(sample, newline=""), delimiter=sep)
                  if len(r) > 1 and any(c.strip() for c in r)]
        if not widths:
            continue
        width, rows = Counter(widths).most_common(1)[0]
        if (rows, width) > best_score:
            best, best_score = sep, (rows, width)
    return best


def _records_with_lines(sample: str, sep: str) -> tuple[list[list[str]], list[int]]:
    """The first records and, for each, how many lines of the file it ends on."""
    reader = csv.reader(io.StringIO(sample, newline=""), delimiter=sep)
    records, lines = [], []
    for record in reader:
        records.append(record)
        lines.append(reader.line_num)
        if len(records) > HEADER_SEARCH_ROWS:
            break
    return records, lines


def find_header(records: list[list], file: str) -> int:
    """The index of the header: the first row whose filled cells are mostly names (at least
    two) and fill at least half as many cells as a typical row. A title above fills one or two
    cells; data rows hold numbers, dates and e-mail addresses.

    >>> find_header([["Kundlista mars"], [], ["Kundnr", "Ålder", "Ort"], ["1", "34", "Umeå"]], "f")
    2
    """
    filled = [[str(c).strip() for c in r if str(c).strip()] for r in records]
    typical = statistics.median([len(cells) for cells in filled if cells] or [0])
    for index, cells in enumerate(filled[: HEADER_SEARCH_ROWS + 1]):
        if not cells or len(cells) * 2 < typical:
            continue
        names = sum(1 for c in cells if _LETTER.search(c) and not _VALUE_LIKE.search(c))
        if names * 2 >= len(cells) and names >= min(2, len(cells)):
            return index
        if len(cells) >= typical:
            break  # a full row of values: the file has no header
    first = next((cells for cells in filled if cells), [])
    raise CourseError(msg("no_header", file=file, first=", ".join(first[:4])),
                      hint=msg("no_header_hint"))


def _first_filled(record: list) -> str:
    return next((str(c).strip() for c in record if str(c).strip()), "")


def _offset_after_lines(text: str, lines: int) -> int:
    """Where the text after the first ``lines`` lines starts (whatever the line ending)."""
    for count, match in enumerate(_LINE_BREAK.finditer(text), start=1):
        if count == lines:
            return match.end()
    return len(text)


def _numbered(values, first_row: int) -> pd.Series:
    series = pd.Series(values, dtype="str")
    series.index = pd.RangeIndex(first_row, first_row + len(series))
    return series


def _cells_fast(data: memoryview, sep: str, width: int, first_row: int, progress) -> list | None:
    """Cut the rows with pyarrow; None when a row has the wrong number of cells."""
    import pyarrow as pa
    import pyarrow.csv as pcsv

    if _blank(data):
        return [_numbered([], first_row) for _ in range(width)]
    names = [f"c{i}" for i in range(width)]
    wrong = []

    def count_wrong(row) -> str:
        wrong.append(row)
        return "skip"

    source = pa.BufferReader(pa.py_buffer(data))
    table = pcsv.read_csv(
        _Reading(source, progress) if progress else source,
        # One thread: on a shared laptop or a two-core server it is the faster choice.
        read_options=pcsv.ReadOptions(column_names=names, block_size=1 << 22, use_threads=False),
        parse_options=pcsv.ParseOptions(
            delimiter=sep, ignore_empty_lines=False, invalid_row_handler=count_wrong,
            newlines_in_values=b'"' in data.obj),  # line breaks inside quotes cost time: only if any
        convert_options=pcsv.ConvertOptions(column_types={n: pa.string() for n in names},
                                            strings_can_be_null=False,
                                            quoted_strings_can_be_null=False),
    )
    if wrong:
        return None
    columns = [_numbered(table.column(n).to_pandas(), first_row) for n in names]
    if table.num_rows:
        _check_quotes([c.iloc[-1] for c in columns], first_row + table.num_rows - 1, sep)
    return columns


def _blank(data: memoryview) -> bool:
    """Nothing but spaces and line breaks (looked at in pieces: the file is not copied)."""
    return all(bytes(data[i:i + 65_536]).isspace() for i in range(0, len(data), 65_536))


def _cells_careful(body: str, sep: str, width: int, first_row: int, progress) -> list:
    """Cut the rows with Python's csv module: short rows are filled up, and a row with extra
    filled cells is named in the message."""
    lines = io.StringIO(body, newline="")
    reader = csv.reader(_tracked(lines, progress) if progress else lines, delimiter=sep)
    rows = []
    for number, row in enumerate(reader, start=first_row):
        if len(row) > width:
            if any(cell.strip() for cell in row[width:]):
                raise CourseError(
                    msg("too_many_fields", row=number, found=len(row), expected=width),
                    hint=msg("too_many_hint", sep=show_separator(sep)),
                )
            row = row[:width]
        rows.append(row + [""] * (width - len(row)))
    if rows:
        _check_quotes(rows[-1], first_row + len(rows) - 1, sep)
    return [_numbered([row[i] for row in rows], first_row) for i in range(width)]


def _tracked(lines, progress):
    for line in lines:
        progress.update(len(line))
        yield line


def _check_quotes(last_row: list[str], row: int, sep: str) -> None:
    """A quote that is never closed swallows the rest of the file into one cell of the last
    row: many lines, each with separators. A note over a few lines has no such pattern."""
    for cell in last_row:
        breaks = cell.count("\n")
        if breaks > 2 and cell.count(sep) >= breaks:
            raise CourseError(msg("open_quote", row=row), hint=msg("open_quote_hint"))


class _Reading(io.RawIOBase):
    """A file that moves a progress bar as pyarrow reads it."""

    def __init__(self, source, progress):
        self.source, self.progress = source, progress

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        chunk = self.source.read(len(buffer))
        buffer[: len(chunk)] = chunk
        self.progress.update(len(chunk))
        return len(chunk)


# ---------------------------------------------------------------- Excel workbooks


def read_excel_table(raw: bytes, file: str, sheet, progress=None) -> RawTable:
    """The table on one sheet of an .xlsx workbook (the first sheet unless ``sheet`` says)."""
    import openpyxl

    try:
        book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a broken or encrypted file
        raise CourseError(msg("broken_excel", file=file), hint=msg("broken_excel_hint")) from error
    try:
        names = list(book.sheetnames)
        chosen = _pick_sheet(names, sheet, file)
        records = _sheet_rows(book[chosen], progress)
    finally:
        book.close()
    others = tuple(n for n in names if n != chosen)
    if not any(v is not None and str(v).strip() for row in records for v in row):
        raise CourseError(msg("empty_sheet", sheet=chosen, file=file),
                          hint=msg("empty_sheet_hint", sheets=", ".join(names)))
    texts = [[excel_text(v) for v in row] for row in records]
    header_at = find_header(texts, file)
    names_row = [cell.strip() for cell in texts[header_at]]
    width = len(names_row)
    body = [row[:width] + [""] * (width - len(row)) for row in texts[header_at + 1:]]
    first_row = header_at + 2
    columns = [_numbered([row[i] for row in body], first_row) for i in range(width)]
    dates = {i for i in range(width) if _all_dates([row[i] for row in records[header_at + 1:]
                                                    if i < len(row)])}
    above = [_first_filled(r) for r in texts[:header_at] if _first_filled(r)]
    return RawTable(names_row, columns, header_at + 1, above, sheet=chosen, other_sheets=others,
                    excel_date_columns=dates)


def _sheet_rows(sheet, progress) -> list[list]:
    rows = sheet.iter_rows(min_row=1, min_col=1, values_only=True)
    if progress is None:
        return [list(row) for row in rows]
    progress.reset(total=sheet.max_row or None)  # rows, now that the sheet is open
    records = []
    for row in rows:
        records.append(list(row))
        if len(records) % 1000 == 0:
            progress.update(1000)
    return records


def _pick_sheet(names: list[str], sheet, file: str) -> str:
    shown = ", ".join(repr(n) for n in names)
    if isinstance(sheet, bool) or not isinstance(sheet, int | str):
        sheet = str(sheet)
    if isinstance(sheet, int):
        if -len(names) <= sheet < len(names):
            return names[sheet]
        raise CourseError(msg("sheet_number", file=file, count=len(names), sheet=sheet,
                              sheets=shown))
    wanted = sheet.strip().casefold()
    for name in names:
        if name.strip().casefold() == wanted:
            return name
    raise CourseError(msg("unknown_sheet", file=file, sheet=sheet, sheets=shown))


def _all_dates(values: list) -> bool:
    present = [v for v in values if v is not None and str(v).strip()]
    return bool(present) and all(isinstance(v, dt.date | dt.datetime) for v in present)


def excel_text(value) -> str:
    """An Excel cell as the text a CSV would hold, so both go through the same typing.

    >>> excel_text(dt.datetime(2024, 3, 1)), excel_text(dt.datetime(2024, 3, 1, 8, 26))
    ('2024-03-01', '2024-03-01 08:26:00')
    >>> excel_text(17850.0), excel_text(0.5), excel_text(True), excel_text(None)
    ('17850', '0.5', 'true', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d" if value.time() == dt.time() else "%Y-%m-%d %H:%M:%S")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)
