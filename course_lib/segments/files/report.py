"""The load report: what the loader decided about a file, for the learner to check.

It holds facts and message keys, not finished sentences, so it speaks the language chosen when
it is shown. Nothing in it depends on the computer or the clock (no timings, no folders), so a
notebook shows the same report every time.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

import pandas as pd

from ...core.i18n import get_language, messages, number, percent

msg = messages(
    {
        "title": {"sv": "Så lästes filen {file}", "en": "How the file {file} was read"},
        "no_name": {"sv": "(utan namn)", "en": "(no name)"},
        "f_file_type": {"sv": "Filtyp", "en": "File type"},
        "f_rows": {"sv": "Kunder (rader)", "en": "Customers (rows)"},
        "f_columns": {"sv": "Kolumner", "en": "Columns"},
        "f_encoding": {"sv": "Teckenkodning", "en": "Encoding"},
        "f_separator": {"sv": "Avgränsare", "en": "Separator"},
        "f_decimal": {"sv": "Decimaltecken", "en": "Decimal mark"},
        "f_sheet": {"sv": "Blad", "en": "Sheet"},
        "f_header": {"sv": "Rubrikrad", "en": "Header row"},
        "csv": {"sv": "CSV (text)", "en": "CSV (text)"},
        "xlsx": {"sv": "Excel-arbetsbok (.xlsx)", "en": "Excel workbook (.xlsx)"},
        "utf-8": {"sv": "UTF-8", "en": "UTF-8"},
        "utf-8-bom": {"sv": "UTF-8 med BOM", "en": "UTF-8 with BOM"},
        "utf-16": {"sv": "UTF-16 (Excels Unicode-text)", "en": "UTF-16 (Excel's Unicode text)"},
        "cp1252": {"sv": "Windows-1252 (äldre Excel)", "en": "Windows-1252 (older Excel)"},
        "sep_;": {"sv": "semikolon (;)", "en": "semicolon (;)"},
        "sep_,": {"sv": "komma (,)", "en": "comma (,)"},
        "sep_\t": {"sv": "tabb", "en": "tab"},
        "sep_|": {"sv": "lodstreck (|)", "en": "vertical bar (|)"},
        "sep_none": {"sv": "ingen (en kolumn)", "en": "none (one column)"},
        "dec_,": {"sv": "komma (,)", "en": "comma (,)"},
        "dec_.": {"sv": "punkt (.)", "en": "point (.)"},
        "dec_both": {"sv": "komma och punkt (olika kolumner)", "en": "comma and point (different "
                     "columns)"},
        "dec_none": {"sv": "inga decimaltal", "en": "no decimal numbers"},
        "header_row": {"sv": "rad {row}", "en": "row {row}"},
        "h_column": {"sv": "Kolumn", "en": "Column"},
        "h_type": {"sv": "Typ", "en": "Type"},
        "h_date_order": {"sv": "Datumordning", "en": "Date order"},
        "h_missing": {"sv": "Saknas", "en": "Missing"},
        "h_share": {"sv": "Andel saknas", "en": "Share missing"},
        "h_markers": {"sv": "Varför saknas", "en": "Why missing"},
        "notes": {"sv": "Att känna till", "en": "Worth knowing"},
        "k_whole_number": {"sv": "heltal", "en": "whole number"},
        "k_decimal_number": {"sv": "decimaltal", "en": "decimal number"},
        "k_date": {"sv": "datum", "en": "date"},
        "k_date_time": {"sv": "datum och tid", "en": "date and time"},
        "k_yes_no": {"sv": "ja/nej", "en": "yes/no"},
        "k_category": {"sv": "kategori", "en": "category"},
        "k_text": {"sv": "text", "en": "text"},
        "k_code": {"sv": "kod (text)", "en": "code (text)"},
        "k_empty": {"sv": "tom", "en": "empty"},
        "o_iso": {"sv": "år-månad-dag", "en": "year-month-day"},
        "o_dayfirst": {"sv": "dag först", "en": "day first"},
        "o_monthfirst": {"sv": "månad först", "en": "month first"},
        "o_assumed": {"sv": "dag först (gissat)", "en": "day first (a guess)"},
        "o_excel_serial": {"sv": "Excels datumnummer", "en": "Excel date numbers"},
        "o_excel_cells": {"sv": "Excels datumceller", "en": "Excel date cells"},
        "o_format": {"sv": "formatet {format}", "en": "the format {format}"},
        "o_like": {"sv": "{order} (som {column!r})", "en": "{order} (like {column!r})"},
        "marker": {"sv": "{value} ({count})", "en": "{value} ({count})"},
        "empty_cells": {"sv": "tomma celler ({count})", "en": "empty cells ({count})"},
        "n_above_header": {
            "sv": "Rubrikraden är rad {row}. Raderna ovanför lästes inte som kunder: {texts}.",
            "en": "The header row is row {row}. The rows above it were not read as customers: "
            "{texts}.",
        },
        "n_blank_above": {
            "sv": "Rubrikraden är rad {row}; tomma rader ovanför hoppades över.",
            "en": "The header row is row {row}; blank rows above it were skipped.",
        },
        "n_blank_rows": {
            "sv": "{count} tomma rader togs bort (rad {rows}).",
            "en": "{count} blank rows were dropped (row {rows}).",
        },
        "n_duplicate": {
            "sv": "Kolumnnamnet {name!r} fanns redan, så den här kolumnen heter nu {new!r}.",
            "en": "The column name {name!r} was already taken, so this column is now called "
            "{new!r}.",
        },
        "n_unnamed": {
            "sv": "Kolumn {position} har inget namn i rubrikraden och heter nu {new!r}.",
            "en": "Column {position} has no name in the header row and is now called {new!r}.",
        },
        "n_other_sheets": {
            "sv": "Arbetsboken har fler blad: {sheets}. Vill du läsa ett annat skriver du "
            "sheet=\"namn\".",
            "en": "The workbook has more sheets: {sheets}. To read another, write "
            "sheet=\"name\".",
        },
        "n_odd_number": {
            "sv": "Kolumnen {column!r} lästes som text, fast nästan alla värden är tal. Värden "
            "som inte är tal: {count}, det första på rad {row} ({value!r}). Rätta eller töm "
            "cellen och läs in filen igen, så blir kolumnen tal.",
            "en": "The column {column!r} was read as text, although nearly all its values are "
            "numbers. Values that are not: {count}, the first on row {row} ({value!r}). Fix or "
            "empty the cell and load the file again to get numbers.",
        },
        "n_odd_date": {
            "sv": "Kolumnen {column!r} lästes som text, fast nästan alla värden är datum. Värden "
            "som inte är datum: {count}, det första på rad {row} ({value!r}). Rätta eller töm "
            "cellen och läs in filen igen, så blir kolumnen datum.",
            "en": "The column {column!r} was read as text, although nearly all its values are "
            "dates. Values that are not: {count}, the first on row {row} ({value!r}). Fix or "
            "empty the cell and load the file again to get dates.",
        },
        "n_order_from_column": {
            "sv": "I kolumnen {column!r} syns inte om dagen eller månaden står först, men i "
            "{source!r} gör det. Den lästes därför likadant ({order}).",
            "en": "The column {column!r} does not show whether the day or the month comes first, "
            "but {source!r} does. So it was read the same way ({order}).",
        },
        "n_assumed_dayfirst": {
            "sv": "I kolumnen {column!r} är både dag och månad 12 eller lägre i alla datum, så "
            "ordningen syns inte. Den lästes med dagen först, som vi skriver i Sverige. Är det "
            "amerikanska datum (månaden först)? Läs då in filen med "
            "date_format={{{column!r}: \"monthfirst\"}}.",
            "en": "In the column {column!r} both day and month are 12 or less in every date, so "
            "the order cannot be seen. It was read day first, as Swedes write dates. Are they US "
            "dates (month first)? Then load the file with "
            "date_format={{{column!r}: \"monthfirst\"}}.",
        },
        "n_birth_year": {
            "sv": "Kolumnen {column!r} ser ut att vara födelseår. För att segmentera på ålder: "
            "add_age_from_birth_year(tabell, {column!r}, år) lägger till kolumnen age.",
            "en": "The column {column!r} looks like birth years. To segment on age: "
            "add_age_from_birth_year(table, {column!r}, year) adds the column age.",
        },
        "n_text_named_xlsx": {
            "sv": "Filen heter .xlsx men innehåller text (CSV), så den lästes som CSV.",
            "en": "The file is named .xlsx but holds text (CSV), so it was read as CSV.",
        },
        "n_one_column": {
            "sv": "Filen har bara en kolumn. Borde den ha flera? Då delas raderna av ett tecken "
            "som inte är ; , tabb eller |: spara filen som CSV från Excel igen.",
            "en": "The file has only one column. Should it have several? Then its rows are split "
            "by a character other than ; , tab or |: save the file as CSV from Excel again.",
        },
    },
    __name__,
)


@dataclass
class Note:
    """One thing worth knowing, as a message key and its values."""

    key: str
    values: dict = field(default_factory=dict)

    def text(self, language: str | None = None) -> str:
        values = dict(self.values)
        if "count" in values:
            values["count"] = number(values["count"], 0, language)
        if "order" in values:
            values["order"] = msg("o_" + values["order"], language)
        return msg("n_" + self.key, language, **values)


@dataclass
class ColumnReport:
    """What was decided about one column (its kind is a key such as "whole_number")."""

    name: str
    kind: str
    missing: int = 0
    markers: dict[str, int] = field(default_factory=dict)
    date_order: str | None = None
    date_assumed: bool = False
    date_format: str | None = None
    decimal_mark: str | None = None
    date_order_from: str | None = None  # another column whose dates showed the order


@dataclass
class LoadReport:
    """What ``load_customer_file`` did. Show it in a notebook, or ``to_frame()`` for a table."""

    file: str
    file_type: str  # "csv" or "xlsx"
    rows: int
    columns: list[ColumnReport]
    encoding: str | None = None
    separator: str | None = None
    sheet: str | None = None
    other_sheets: tuple[str, ...] = ()
    header_row: int = 1
    notes: list[Note] = field(default_factory=list)

    def __deepcopy__(self, memo) -> LoadReport:
        # pandas deep-copies DataFrame.attrs on every operation (head, filters, columns). The
        # report does not change after loading, so every copy of the table can share it.
        return self

    @property
    def decimal_mark(self) -> str | None:
        """"," or "." as used by the decimal columns; "both" or None (no decimals)."""
        marks = {c.decimal_mark for c in self.columns if c.decimal_mark}
        return marks.pop() if len(marks) == 1 else ("both" if marks else None)

    def column(self, name: str) -> ColumnReport:
        """What was decided about one column, by its name in the table."""
        for column in self.columns:
            if column.name == name:
                return column
        raise KeyError(name)

    def facts(self, language: str | None = None) -> list[tuple[str, str]]:
        """The file-wide facts as (label, value) pairs in the learner's language."""
        lang = language or get_language()
        facts = [(msg("f_file_type", lang), msg(self.file_type, lang)),
                 (msg("f_rows", lang), number(self.rows, 0, lang)),
                 (msg("f_columns", lang), number(len(self.columns), 0, lang))]
        if self.file_type == "csv":
            facts += [(msg("f_encoding", lang), msg(self.encoding, lang)),
                      (msg("f_separator", lang), msg(f"sep_{self.separator or 'none'}", lang))]
        else:
            facts.append((msg("f_sheet", lang), self.sheet))
        facts += [(msg("f_decimal", lang), msg(f"dec_{self.decimal_mark or 'none'}", lang)),
                  (msg("f_header", lang), msg("header_row", lang, row=self.header_row))]
        return facts

    def to_frame(self, language: str | None = None) -> pd.DataFrame:
        """One row per column: type, date order, missing values and why."""
        lang = language or get_language()
        rows = [[c.name, msg("k_" + c.kind, lang), _date_order(c, lang),
                 number(c.missing, 0, lang), percent(c.missing / self.rows if self.rows else 0.0,
                                                     1, lang),
                 _why_missing(c, lang)]
                for c in self.columns]
        headers = [msg(k, lang) for k in ("h_column", "h_type", "h_date_order", "h_missing",
                                          "h_share", "h_markers")]
        return pd.DataFrame(rows, columns=headers)

    def _title(self, lang: str) -> str:
        return msg("title", lang, file=self.file or msg("no_name", lang))

    def _repr_markdown_(self) -> str:
        lang = get_language()
        lines = [f"**{self._title(lang)}**", ""]
        lines += [f"- {label}: {value}" for label, value in self.facts(lang)]
        if self.notes:
            lines += ["", f"**{msg('notes', lang)}**", ""]
            lines += [f"- {note.text(lang)}" for note in self.notes]
        frame = self.to_frame(lang)
        lines += ["", "| " + " | ".join(frame.columns) + " |",
                  "|" + "---|" * len(frame.columns)]
        lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in frame.itertuples(
            index=False)]
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        lang = get_language()
        facts = "".join(f"<li>{html.escape(label)}: {html.escape(str(value))}</li>"
                        for label, value in self.facts(lang))
        parts = [f"<p><strong>{html.escape(self._title(lang))}</strong></p><ul>{facts}</ul>"]
        if self.notes:
            notes = "".join(f"<li>{html.escape(note.text(lang))}</li>" for note in self.notes)
            parts.append(f"<p><strong>{msg('notes', lang)}</strong></p><ul>{notes}</ul>")
        parts.append(self.to_frame(lang).to_html(index=False))
        return "<div>" + "".join(parts) + "</div>"

    def __str__(self) -> str:
        lang = get_language()
        lines = [self._title(lang)] + [f"  {label}: {value}" for label, value in self.facts(lang)]
        lines += [f"  - {note.text(lang)}" for note in self.notes]
        return "\n".join(lines) + "\n" + self.to_frame(lang).to_string(index=False)


def _why_missing(column: ColumnReport, lang: str) -> str:
    """Empty cells, then each missing marker: "tomma celler (3), okänd (1)"."""
    empty = column.missing - sum(column.markers.values())
    parts = [msg("empty_cells", lang, count=number(empty, 0, lang))] if empty else []
    parts += [msg("marker", lang, value=v, count=number(n, 0, lang))
              for v, n in column.markers.items()]
    return ", ".join(parts)


def _date_order(column: ColumnReport, lang: str) -> str:
    if column.date_order is None:
        return ""
    if column.date_order == "format":
        return msg("o_format", lang, format=column.date_format)
    order = msg("o_assumed" if column.date_assumed else "o_" + column.date_order, lang)
    if column.date_order_from:
        order = msg("o_like", lang, order=order, column=column.date_order_from)
    return order


def _cell(value) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")
