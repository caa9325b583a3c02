"""Bring your own data: read a customer file the way Swedish exports come, and map its columns.

Swedish Excel writes CSV with ``;`` between fields, a decimal comma, a BOM or the old cp1252
encoding, spaces as thousand separators and dates like 01-03-2024. All of that is understood.
A file that cannot be read gets a message naming the row and the column.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages

msg = messages(
    {
        "not_found": {"sv": "Filen {path} finns inte.", "en": "The file {path} does not exist."},
        "empty": {"sv": "Filen {path} är tom.", "en": "The file {path} is empty."},
        "too_many_fields": {
            "sv": "Rad {row} har {found} fält, men rubrikraden har bara {expected}.",
            "en": "Row {row} has {found} fields, but the header row has only {expected}.",
        },
        "too_many_hint": {
            "sv": "Kanske finns det ett avgränsningstecken ({sep}) i en text utan citattecken "
            "runt?",
            "en": "Perhaps a separator ({sep}) sits inside a text without quotes around it?",
        },
        "bad_number": {
            "sv": "Rad {row}, kolumn {column!r}: {value!r} är inget tal, men resten av "
            "kolumnen är tal.",
            "en": "Row {row}, column {column!r}: {value!r} is not a number, but the rest of "
            "the column is numbers.",
        },
        "bad_date": {
            "sv": "Rad {row}, kolumn {column!r}: {value!r} är inget datum, men resten av "
            "kolumnen är datum.",
            "en": "Row {row}, column {column!r}: {value!r} is not a date, but the rest of the "
            "column is dates.",
        },
        "fix_hint": {
            "sv": "Rätta värdet i filen (eller töm cellen) och läs in den igen.",
            "en": "Fix the value in the file (or empty the cell) and load it again.",
        },
        "unreadable": {
            "sv": "Filen {path} går inte att läsa som CSV eller Excel.",
            "en": "The file {path} cannot be read as CSV or Excel.",
        },
        "no_header": {
            "sv": "Filen {path} saknar rubrikrad med kolumnnamn.",
            "en": "The file {path} has no header row with column names.",
        },
    },
    __name__,
)

SEPARATORS = (";", ",", "\t", "|")
SHARE_TO_TYPE = 0.9  # a column is numbers (or dates) when at least 90 % of its cells are
TEXT_CATEGORY_LIMIT = 50  # text with at most this many different values becomes categories
TRUE_WORDS = {"ja", "j", "yes", "y", "true", "sant", "x"}
FALSE_WORDS = {"nej", "n", "no", "false", "falskt"}
# Columns that look like numbers but are codes: keep leading zeros and spaces.
KEEP_AS_TEXT = re.compile(r"phone|telefon|mobil|tel\b|postnummer|postnr|zip|personnummer|id$",
                          re.IGNORECASE)
DATE_FORMATS = ("%Y-%m-%d", "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%Y", "%d.%m.%Y", "%Y%m%d")
_SPACES = str.maketrans("", "", " \u00a0\u202f\u2009")


# ---------------------------------------------------------------- reading the raw text


def _decode(raw: bytes) -> str:
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")  # Excel's "CSV" on Swedish Windows


def _separator(text: str) -> str:
    head = "\n".join(text.splitlines()[:20])
    try:
        return csv.Sniffer().sniff(head, delimiters="".join(SEPARATORS)).delimiter
    except csv.Error:
        first = text.splitlines()[0] if text else ""
        return max(SEPARATORS, key=first.count)


def _read_bytes(source) -> tuple[bytes, str]:
    if isinstance(source, bytes | bytearray):
        return bytes(source), "data"
    if hasattr(source, "read"):
        data = source.read()
        return (data.encode("utf-8") if isinstance(data, str) else data), getattr(
            source, "name", "data"
        )
    path = Path(source)
    if not path.exists():
        raise CourseError(msg("not_found", path=path.name))
    return path.read_bytes(), path.name


def _csv_cells(text: str, name: str) -> pd.DataFrame:
    sep = _separator(text)
    rows = list(csv.reader(io.StringIO(text), delimiter=sep))
    while rows and not any(cell.strip() for cell in rows[-1]):
        rows.pop()
    if not rows or not any(c.strip() for c in rows[0]):
        raise CourseError(msg("no_header", path=name))
    header = [c.strip() for c in rows[0]]
    while header and not header[-1]:
        header.pop()  # a trailing separator on the header line
    width = len(header)
    body = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue  # blank lines are common at the end of exports
        if len(row) > width:
            if any(cell.strip() for cell in row[width:]):
                shown = {"\t": "tab"}.get(sep, sep)
                raise CourseError(
                    msg("too_many_fields", row=number, found=len(row), expected=width),
                    hint=msg("too_many_hint", sep=shown),
                )
            row = row[:width]
        body.append(row + [""] * (width - len(row)))
    frame = pd.DataFrame(body, columns=header, dtype=object)
    frame.index = pd.RangeIndex(2, 2 + len(frame))  # the row numbers Excel shows
    return frame


# ---------------------------------------------------------------- typing the columns


def _number(text: str) -> float | None:
    value = text.translate(_SPACES)
    if not value:
        return None
    if "," in value and "." in value:
        # 1.234,56 (Swedish/German) or 1,234.56 (English): the last one is the decimal mark.
        if value.rfind(",") > value.rfind("."):
            value = value.replace(".", "").replace(",", ".")
        else:
            value = value.replace(",", "")
    else:
        value = value.replace(",", ".")
    value = value.removesuffix("kr").removesuffix("%")
    try:
        return float(value)
    except ValueError:
        return None


def _looks_like_code(texts: pd.Series) -> bool:
    # 0701234567 or 01234: numbers with a leading zero are codes, not amounts.
    return bool(texts.str.match(r"^0\d").any())


def _as_numbers(column: str, texts: pd.Series):
    if KEEP_AS_TEXT.search(column) or _looks_like_code(texts):
        return None
    parsed = texts.map(_number)
    ok = parsed.notna()
    if ok.mean() < SHARE_TO_TYPE:
        return None
    bad = texts.index[~ok]
    if len(bad):
        row = bad[0]
        raise CourseError(
            msg("bad_number", row=row, column=column, value=texts[row]), hint=msg("fix_hint")
        )
    values = parsed.astype("float64")
    whole = bool((values % 1 == 0).all()) and not texts.str.contains(r"[.,]\d*[1-9]").any()
    return values.astype("int64") if whole else values


def _as_dates(column: str, texts: pd.Series):
    if not texts.str.contains(r"\d[-/.]\d|^\d{8}$").mean() >= SHARE_TO_TYPE:
        return None  # not even shaped like dates: skip the slow parsing
    day = texts.str.split(" ").str[0]
    # Each cell may use its own format (exports get merged): try them in order, ISO first.
    parsed = pd.Series(pd.NaT, index=texts.index, dtype="datetime64[us]")
    for fmt in DATE_FORMATS:
        todo = parsed.isna()
        if not todo.any():
            break
        parsed[todo] = pd.to_datetime(day[todo], format=fmt, errors="coerce")
    todo = parsed.isna()
    if todo.any():  # 1/3/2024 without leading zeros: day first, as Swedes write it
        parsed[todo] = pd.to_datetime(day[todo], dayfirst=True, errors="coerce", format="mixed")
    if parsed.notna().mean() < SHARE_TO_TYPE:
        return None
    bad = texts.index[parsed.isna()]
    if len(bad):
        row = bad[0]
        raise CourseError(
            msg("bad_date", row=row, column=column, value=texts[row]), hint=msg("fix_hint")
        )
    return parsed


def _as_yes_no(texts: pd.Series):
    lowered = texts.str.lower()
    if not lowered.isin(TRUE_WORDS | FALSE_WORDS).all():
        return None
    if lowered.isin({"x"}).all():
        return None
    return lowered.isin(TRUE_WORDS)


def _typed(column: str, cells: pd.Series) -> pd.Series:
    texts = cells.astype(str).str.strip()
    present = texts != ""
    known = texts[present]
    if known.empty:
        return pd.Series(np.nan, index=cells.index, dtype="float64")
    for convert in (_as_yes_no, lambda t: _as_numbers(column, t), lambda t: _as_dates(column, t)):
        converted = convert(known)
        if converted is not None:
            out = converted.reindex(cells.index)
            if out.dtype == "int64" or out.isna().any():
                if pd.api.types.is_integer_dtype(converted) and out.isna().any():
                    out = converted.astype("Int64").reindex(cells.index)
                elif converted.dtype == bool and out.isna().any():
                    out = converted.astype("boolean").reindex(cells.index)
            return out
    text = texts.where(present, None)
    if known.nunique() <= min(TEXT_CATEGORY_LIMIT, max(len(known) // 2, 1)):
        return text.astype("category")
    return text.astype("str")


def _type_columns(frame: pd.DataFrame) -> pd.DataFrame:
    typed = {str(column): _typed(str(column), frame[column]) for column in frame.columns}
    out = pd.DataFrame(typed)
    return out.reset_index(drop=True)


def load_customer_file(source, sheet=0) -> pd.DataFrame:
    """Read a CSV or Excel customer file into a table the segment builder can use.

    ``source`` is a path, an open file or bytes. Numbers, dates and yes/no columns get their
    types; text with few different values becomes categories.
    """
    raw, name = _read_bytes(source)
    if not raw.strip():
        raise CourseError(msg("empty", path=name))
    if raw[:4] == b"PK\x03\x04":  # .xlsx is a zip file
        return _load_excel(raw, name, sheet)
    return _type_columns(_csv_cells(_decode(raw), name))


def _load_excel(raw: bytes, name: str, sheet) -> pd.DataFrame:
    try:
        frame = pd.read_excel(io.BytesIO(raw), sheet_name=sheet, dtype=object, engine="openpyxl")
    except Exception as error:  # openpyxl raises many kinds for a broken file
        raise CourseError(msg("unreadable", path=name)) from error
    frame.index = pd.RangeIndex(2, 2 + len(frame))
    cells = frame.map(_excel_text)
    return _type_columns(cells)


def _excel_text(value) -> str:
    """Excel cells as the text a CSV would have held, so both go through the same typing."""
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    if isinstance(value, pd.Timestamp | np.datetime64) or hasattr(value, "isoformat"):
        return pd.Timestamp(value).strftime("%Y-%m-%d")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


# ---------------------------------------------------------------- mapping to the catalogue

# Swedish and English names a CRM export may use for each catalogue key (after clean-up:
# lower case, å/ä/ö kept, anything else between words becomes "_").
SYNONYMS = {
    "customer_id": ["customer_id", "kund_id", "kundid", "kundnummer", "kundnr", "id"],
    "email": ["email", "e_mail", "epost", "e_post", "mejl", "mail", "e_postadress"],
    "phone": ["phone", "telefon", "telefonnummer", "mobil", "mobilnummer", "tel", "mobile"],
    "age": ["age", "ålder", "alder", "years"],
    "gender": ["gender", "kön", "kon", "sex"],
    "education": ["education", "utbildning", "utbildningsnivå"],
    "job": ["job", "jobb", "yrke", "occupation", "titel", "title", "befattning"],
    "industry": ["industry", "bransch", "sektor", "sector"],
    "income": ["income", "inkomst", "lön", "lon", "salary", "årsinkomst", "månadsinkomst"],
    "housing": ["housing", "boende", "boendeform", "bostad", "bostadstyp"],
    "socioeconomic_class": ["socioeconomic_class", "socioekonomisk_klass", "klass"],
    "country": ["country", "land"],
    "city": ["city", "stad", "ort", "postort", "kommun", "town"],
    "city_district": ["city_district", "stadsdel", "district", "område", "omrade"],
    "urban_rural": ["urban_rural", "storstad_landsbygd", "kommungrupp", "ortstyp"],
    "interests": ["interests", "interest", "intressen", "intresse"],
    "purchase_behaviour": ["purchase_behaviour", "köpbeteende", "kopbeteende"],
    "lifestyle": ["lifestyle", "livsstil"],
    "political_opinion": ["political_opinion", "politik", "parti", "politisk_åsikt", "party"],
    "movement_patterns": ["movement_patterns", "rörelsemönster", "pendling", "resvanor"],
    "digital_behaviour": ["digital_behaviour", "digitalt_beteende"],
    "psychological_type": ["psychological_type", "personlighet", "personlighetstyp"],
    "triggers": ["triggers", "trigger", "utlösare"],
}


def _clean(name: str) -> str:
    return re.sub(r"[^0-9a-zåäöéü]+", "_", str(name).strip().lower()).strip("_")


def suggest_mapping(customers: pd.DataFrame) -> dict[str, str]:
    """A guess at which catalogue data point (or identifier) each column is.

    >>> import pandas as pd
    >>> suggest_mapping(pd.DataFrame(columns=["Ålder", "Kön", "Ort", "Inkomst (kr)", "Övrigt"]))
    {'Ålder': 'age', 'Kön': 'gender', 'Ort': 'city', 'Inkomst (kr)': 'income'}
    """
    found: dict[str, str] = {}
    lookup = {word: key for key, words in SYNONYMS.items() for word in words}
    names = {str(column): _clean(column) for column in customers.columns}
    # First exact names, then names where one word gives it away ("inkomst_kr").
    for column, cleaned in names.items():
        key = lookup.get(cleaned)
        if key is not None and key not in found.values():
            found[column] = key
    for column, cleaned in names.items():
        if column in found or re.search(r"samtycke|consent|opt_?in", cleaned):
            continue  # "samtycke_epost" is a consent flag, not an e-mail address
        key = next((lookup[w] for w in cleaned.split("_") if w in lookup), None)
        if key is not None and key not in found.values():
            found[column] = key
    return {str(c): found[str(c)] for c in customers.columns if str(c) in found}
