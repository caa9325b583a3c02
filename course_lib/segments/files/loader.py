"""``load_customer_file``: from a file (or bytes) to a typed table and its load report.

The steps, each in its own module: what kind of file is it (sniff), where is the table in it
(table), what type is each column (columns, dates). This module joins them, names the columns
(unique, none empty) and writes the report. Anything unexpected while reading becomes a
CourseError that says the file could not be read and why: a learner never sees a traceback.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from pathlib import Path

import numpy as np
import pandas as pd

from ...core.errors import CourseError
from ...core.i18n import messages
from .columns import is_birth_year_name, type_column
from .dates import ORDERS
from .report import ColumnReport, LoadReport, Note
from .sniff import decode, kind_of
from .table import PROGRESS_FROM_BYTES, RawTable, read_excel_table, read_text_table

msg = messages(
    {
        "not_found": {"sv": "Filen {file} finns inte.", "en": "The file {file} does not exist."},
        "not_found_hint": {
            "sv": "Kontrollera namnet och mappen. Från notebooks-mappen når du dina egna filer "
            "som \"../my_work/kunder.csv\".",
            "en": "Check the name and the folder. From the notebooks folder your own files are "
            "at \"../my_work/customers.csv\".",
        },
        "not_a_file": {
            "sv": "load_customer_file behöver ett filnamn, en öppen fil eller bytes, inte {value}.",
            "en": "load_customer_file needs a file name, an open file or bytes, not {value}.",
        },
        "is_folder": {
            "sv": "{file} är en mapp, inte en fil.",
            "en": "{file} is a folder, not a file.",
        },
        "cannot_open": {
            "sv": "Filen {file} går inte att öppna: {reason}.",
            "en": "The file {file} cannot be opened: {reason}.",
        },
        "no_customers": {
            "sv": "Filen {file} har kolumnnamn ({names}) men inga kunder under dem.",
            "en": "The file {file} has column names ({names}) but no customers below them.",
        },
        "no_customers_hint": {
            "sv": "Var exporten filtrerad så att inga kunder kom med, eller sparades filen innan "
            "raderna klistrades in?",
            "en": "Was the export filtered so that no customers came along, or was the file "
            "saved before the rows were pasted in?",
        },
        "unreadable": {
            "sv": "Filen {file} gick inte att läsa: {reason}",
            "en": "The file {file} could not be read: {reason}",
        },
        "unreadable_hint": {
            "sv": "Öppna filen i Excel och spara den som CSV UTF-8 eller .xlsx, och läs in den "
            "igen.",
            "en": "Open the file in Excel, save it as CSV UTF-8 or .xlsx, and load it again.",
        },
        "too_big": {
            "sv": "Filen {file} är för stor för datorns minne.",
            "en": "The file {file} is too large for the computer's memory.",
        },
        "too_big_hint": {
            "sv": "Ta bara med de kolumner och kunder du behöver när du exporterar.",
            "en": "Export only the columns and customers you need.",
        },
        "unknown_columns": {
            "sv": "Filen har ingen kolumn som heter {names}. Kolumnerna är: {columns}.",
            "en": "The file has no column called {names}. The columns are: {columns}.",
        },
        "bad_date_format": {
            "sv": "date_format={value!r} går inte att använda. Skriv \"dayfirst\" (dag först), "
            "\"monthfirst\" (månad först) eller ett format som \"%m/%d/%Y\".",
            "en": "date_format={value!r} cannot be used. Write \"dayfirst\", \"monthfirst\" or a "
            "format such as \"%m/%d/%Y\".",
        },
        "no_report": {
            "sv": "Tabellen har ingen inläsningsrapport: den lästes inte in med "
            "load_customer_file.",
            "en": "The table has no load report: it was not read with load_customer_file.",
        },
        "unnamed": {"sv": "Kolumn {position}", "en": "Column {position}"},
        "no_name": {"sv": "(utan namn)", "en": "(no name)"},
        "reading": {"sv": "Läser {file}", "en": "Reading {file}"},
        "no_reason": {"sv": "okänt fel ({kind})", "en": "unknown error ({kind})"},
    },
    __name__,
)

LOAD_REPORT = "load_report"  # the key in DataFrame.attrs


def load_customer_file(source, sheet=0, *, date_format=None, text_columns=None) -> pd.DataFrame:
    """Read a CSV or Excel customer file into a table the segment builder can use.

    ``source`` is a path, an open file or bytes. Every column gets a type (numbers, dates,
    yes/no, categories, text); identifiers stay text. What was decided is in the load report:
    ``load_report(frame)`` or ``frame.attrs["load_report"]``.

    - ``sheet``: which sheet of an .xlsx workbook, by name or number (0 is the first).
    - ``date_format``: how to read dates, for every date column ("dayfirst", "monthfirst" or a
      format such as "%m/%d/%Y") or per column: ``{"Orderdatum": "monthfirst"}``.
    - ``text_columns``: columns to keep as text whatever they look like.
    """
    raw, file = _read_bytes(source)
    shown = file or msg("no_name")
    try:
        table, notes, file_type = _read_table(raw, shown, sheet)
        frame, report = _typed_frame(table, shown, file_type, notes, date_format, text_columns)
        report.file = file  # "" for bytes: the report names it in the language it is shown in
    except CourseError:
        raise
    except MemoryError as error:
        raise CourseError(msg("too_big", file=shown), hint=msg("too_big_hint")) from error
    except Exception as error:  # never a traceback: say what went wrong, in plain words
        raise CourseError(msg("unreadable", file=shown, reason=_reason(error)),
                          hint=msg("unreadable_hint")) from error
    frame.attrs[LOAD_REPORT] = report
    return frame


def load_report(frame: pd.DataFrame) -> LoadReport:
    """The load report of a table read with :func:`load_customer_file`."""
    report = getattr(frame, "attrs", {}).get(LOAD_REPORT)
    if report is None:
        raise CourseError(msg("no_report"))
    return report


# ---------------------------------------------------------------- reading


def _read_bytes(source) -> tuple[bytes, str]:
    """The bytes of ``source`` and a name to show: the file name only, never its folder."""
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), ""
    if hasattr(source, "read"):
        data = source.read()
        name = Path(str(getattr(source, "name", ""))).name
        return (data.encode("utf-8") if isinstance(data, str) else bytes(data)), name
    if not isinstance(source, str | os.PathLike):
        raise CourseError(msg("not_a_file", value=type(source).__name__))
    path = Path(source).expanduser()
    try:
        if path.is_dir():
            raise CourseError(msg("is_folder", file=path.name))
        if not path.exists():
            raise CourseError(msg("not_found", file=path.name), hint=msg("not_found_hint"))
        return path.read_bytes(), path.name
    except CourseError:
        raise
    except (OSError, ValueError) as error:  # no permission, a locked file, a name with \0
        reason = getattr(error, "strerror", None) or type(error).__name__
        raise CourseError(msg("cannot_open", file=path.name, reason=reason)) from error


def _read_table(raw: bytes, file: str, sheet) -> tuple[RawTable, list[Note], str]:
    progress = _progress_bar(len(raw), file)
    try:
        return _read_kind(raw, file, sheet, progress)
    finally:
        if progress is not None:
            progress.close()


def _read_kind(raw: bytes, file: str, sheet, progress) -> tuple[RawTable, list[Note], str]:
    notes = []
    if kind_of(raw, file) == "xlsx":
        table = read_excel_table(raw, file, sheet, progress)
        if table.other_sheets:
            notes.append(Note("other_sheets", {"sheets": ", ".join(map(repr, table.other_sheets))}))
        return table, notes, "xlsx"
    if file.lower().endswith(".xlsx"):
        notes.append(Note("text_named_xlsx"))
    text, encoding, utf8 = decode(raw, file)
    table = read_text_table(text, file, progress, utf8)
    table.encoding = encoding
    return table, notes, "csv"


def _progress_bar(size: int, file: str):
    if size <= PROGRESS_FROM_BYTES:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=size, unit="B", unit_scale=True, desc=msg("reading", file=file),
                leave=False)


def _reason(error: Exception) -> str:
    first = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return first[:200] if first else msg("no_reason", kind=type(error).__name__)


# ---------------------------------------------------------------- naming and typing


def _typed_frame(table: RawTable, file, file_type, notes, date_format, text_columns):
    names, cells = _named_columns(table, notes)
    cells = _without_blank_rows([c.str.strip() for c in cells], notes)
    if not len(cells[0]):
        # Column names but no customers: refused rather than loaded as an empty table. Zero
        # rows would only surface later as puzzling empty segments and charts; here the
        # learner learns at once what is wrong, and which file it is.
        raise CourseError(msg("no_customers", file=file, names=", ".join(names[:6])),
                          hint=msg("no_customers_hint"))
    as_text = set(_known(_as_list(text_columns), names))
    rules, default_rule = _date_rules(date_format, names)
    texts = dict(zip(names, cells, strict=True))

    def typed(name: str, rule=None):
        return type_column(
            name, texts[name], as_text=name in as_text,
            date_rule=rule or rules.get(name, default_rule), date_forced=name in rules,
            excel_dates=names.index(name) in table.excel_date_columns,
            prefer_comma=file_type == "csv" and table.separator != ",")

    columns = {name: typed(name) for name in names}
    _follow_proven_date_order(columns, typed)
    frame = pd.DataFrame({name: c.values for name, c in columns.items()}).reset_index(drop=True)
    reports = [ColumnReport(name, c.kind, c.missing, c.markers, c.date_order, c.date_assumed,
                            c.date_format, c.decimal_mark, c.date_order_from)
               for name, c in columns.items()]
    notes = _above_header_notes(table) + notes
    for name, column in columns.items():
        notes.extend(_column_notes(name, column))
    if len(names) == 1 and file_type == "csv":
        notes.append(Note("one_column"))
    report = LoadReport(file, file_type, len(frame), reports, table.encoding, table.separator,
                        table.sheet, table.other_sheets, table.header_row, notes)
    return frame, report


def _without_blank_rows(cells: list[pd.Series], notes: list[Note]) -> list[pd.Series]:
    blank = np.ones(len(cells[0]), dtype=bool)
    for column in cells:
        blank &= (column == "").to_numpy()
    if not blank.any():
        return cells
    rows = cells[0].index[blank]
    shown = ", ".join(str(r) for r in rows[:5]) + (" …" if len(rows) > 5 else "")
    notes.append(Note("blank_rows", {"count": int(blank.sum()), "rows": shown}))
    return [c[~blank] for c in cells]


def _follow_proven_date_order(columns: dict, typed) -> None:
    """One export writes all its dates one way. When some date column shows the order (25/3 or
    3/25) and another cannot, the undecided one follows it instead of the Swedish guess."""
    proven = {name: c.date_order for name, c in columns.items()
              if c.date_order in ORDERS and not c.date_assumed}
    if len(set(proven.values())) != 1:
        return  # no column shows the order, or columns disagree: keep the day-first guess
    source, order = next(iter(proven.items()))
    for name, column in columns.items():
        if column.date_assumed:
            columns[name] = typed(name, order) if order != column.date_order else column
            columns[name].date_assumed = False
            columns[name].date_order_from = source


def _named_columns(table: RawTable, notes: list[Note]) -> tuple[list[str], list[pd.Series]]:
    """Every column a unique, non-empty name. Nameless columns without values (a trailing
    separator, an empty column A in Excel) are dropped."""
    names, cells = [], []
    for position, (name, column) in enumerate(zip(table.names, table.columns, strict=True),
                                              start=1):
        if not name:
            if not column.str.strip().astype(bool).any():
                continue
            name = msg("unnamed", position=position)
            notes.append(Note("unnamed", {"position": position, "new": name}))
        unique = _unique(name, names)
        if unique != name:
            notes.append(Note("duplicate", {"name": name, "new": unique}))
        names.append(unique)
        cells.append(column)
    if not names:  # only nameless, empty columns: there is nothing to read
        raise CourseError(msg("no_customers", file=table.sheet or "", names=""))
    return names, cells


def _unique(name: str, taken: list[str]) -> str:
    """Name, Name (2), Name (3): pandas cannot work with two columns of the same name."""
    if name not in taken:
        return name
    number = 2
    while f"{name} ({number})" in taken:
        number += 1
    return f"{name} ({number})"


def _above_header_notes(table: RawTable) -> list[Note]:
    if table.header_row == 1:
        return []
    row = table.header_row
    if table.above_header:
        texts = " / ".join(repr(t[:60]) for t in table.above_header[:3])
        return [Note("above_header", {"row": row, "texts": texts})]
    return [Note("blank_above", {"row": row})]


def _column_notes(name: str, column) -> list[Note]:
    notes = []
    if column.odd is not None:
        wanted, row, value, count = column.odd
        notes.append(Note("odd_" + wanted, {"column": name, "row": row, "value": value,
                                            "count": count}))
    if column.date_assumed:
        notes.append(Note("assumed_dayfirst", {"column": name}))
    if column.date_order_from:
        notes.append(Note("order_from_column", {"column": name, "source": column.date_order_from,
                                                "order": column.date_order}))
    if column.kind == "whole_number" and is_birth_year_name(name):
        notes.append(Note("birth_year", {"column": name}))
    return notes


# ---------------------------------------------------------------- the learner's overrides


def _as_list(value) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return list(value) if isinstance(value, Iterable) else [value]


def _known(requested: list, names: list[str]) -> list[str]:
    """The requested columns by their names in the table (case and spaces forgiven)."""
    by_key = {str(n).strip().casefold(): n for n in names}
    found, unknown = [], []
    for name in requested:
        exact = name if name in names else by_key.get(str(name).strip().casefold())
        (found if exact is not None else unknown).append(exact if exact is not None else name)
    if unknown:
        raise CourseError(msg("unknown_columns", names=", ".join(map(repr, unknown)),
                              columns=", ".join(map(repr, names))))
    return found


def _date_rules(date_format, names) -> tuple[dict[str, str], str | None]:
    """Per-column rules (read as dates whatever they look like) and one rule for the rest."""
    if date_format is None:
        return {}, None
    if isinstance(date_format, Mapping):
        columns = _known(list(date_format), names)
        return {c: _rule(v) for c, v in zip(columns, date_format.values(), strict=True)}, None
    return {}, _rule(date_format)


def _rule(value) -> str:
    text = str(value).strip()
    key = text.lower().replace(" ", "").replace("_", "").replace("-", "")
    if key in ORDERS:
        return key
    if isinstance(value, str) and "%" in text and _known_format(text):
        return text
    raise CourseError(msg("bad_date_format", value=value))


def _known_format(text: str) -> bool:
    """"%d/%m/%Y" is a format; "%Q" is not (pandas would stop on it halfway)."""
    try:
        pd.to_datetime(pd.Series(["2024-01-01"]), format=text, errors="coerce")
    except ValueError:
        return False
    return True
