"""What is this file? Recognise workbooks, images and archives by their first bytes, and decode
text the way Swedish and English exports are written (UTF-8, UTF-8 with BOM, Windows cp1252).

A file's name says little: learners rename files, and mail programs save attachments under
any name. So the first bytes decide, and a file that is no table gets a message saying what
it seems to be.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
import zipfile

from ...core.errors import CourseError
from ...core.i18n import messages

msg = messages(
    {
        "empty": {"sv": "Filen {file} är tom.", "en": "The file {file} is empty."},
        "not_a_table": {
            "sv": "Filen {file} är ingen tabell: den ser ut att vara {what}.",
            "en": "The file {file} is not a table: it seems to be {what}.",
        },
        "export_hint": {
            "sv": "Exportera kundlistan från ert system som CSV eller Excel (.xlsx) och läs in "
            "den filen.",
            "en": "Export the customer list from your system as CSV or Excel (.xlsx) and load "
            "that file.",
        },
        "save_as_hint": {
            "sv": "Öppna filen i Excel och spara den som Excel-arbetsbok (.xlsx) eller CSV UTF-8.",
            "en": "Open the file in Excel and save it as an Excel workbook (.xlsx) or CSV UTF-8.",
        },
        "unzip_hint": {
            "sv": "Packa upp den och läs in tabellen som ligger i den{inside}.",
            "en": "Unpack it and load the table inside{inside}.",
        },
        "inside": {"sv": " (till exempel {names})", "en": " (for example {names})"},
        "png": {"sv": "en bild (PNG)", "en": "an image (PNG)"},
        "jpeg": {"sv": "en bild (JPEG)", "en": "an image (JPEG)"},
        "gif": {"sv": "en bild (GIF)", "en": "an image (GIF)"},
        "pdf": {"sv": "ett PDF-dokument", "en": "a PDF document"},
        "xls": {
            "sv": "en arbetsbok från en gammal Excel-version (.xls)",
            "en": "a workbook from an old Excel version (.xls)",
        },
        "gzip": {"sv": "en packad fil (gzip)", "en": "a compressed file (gzip)"},
        "rar": {"sv": "en packad fil (RAR)", "en": "a compressed file (RAR)"},
        "7z": {"sv": "en packad fil (7-Zip)", "en": "a compressed file (7-Zip)"},
        "zip": {"sv": "en packad fil (ZIP)", "en": "a compressed file (ZIP)"},
        "docx": {"sv": "ett Word-dokument", "en": "a Word document"},
        "pptx": {"sv": "en PowerPoint-presentation", "en": "a PowerPoint presentation"},
        "ods": {
            "sv": "ett kalkylark från LibreOffice eller OpenOffice (.ods)",
            "en": "a spreadsheet from LibreOffice or OpenOffice (.ods)",
        },
        "binary": {
            "sv": "en binärfil (ett program eller en bild), inte text",
            "en": "a binary file (a program or a picture), not text",
        },
    },
    __name__,
)

# First bytes -> what the file really is (a message key above).
MAGIC = (
    (b"\x89PNG", "png"),
    (b"\xff\xd8\xff", "jpeg"),
    (b"GIF8", "gif"),
    (b"%PDF", "pdf"),
    (b"\xd0\xcf\x11\xe0", "xls"),  # Excel 97-2003 (and other old Office files)
    (b"\x1f\x8b", "gzip"),
    (b"Rar!", "rar"),
    (b"7z\xbc\xaf", "7z"),
)
SAVE_AS = {"xls", "ods"}  # files Excel can open and save as something we read
UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)  # Excel's "Unicode text"
CONTROL_SHARE = 0.05  # text with more control characters than this is a binary file


def refuse(file: str, what: str) -> CourseError:
    hint = msg("save_as_hint") if what in SAVE_AS else msg("export_hint")
    return CourseError(msg("not_a_table", file=file, what=msg(what)), hint=hint)


def kind_of(raw: bytes, file: str) -> str:
    """``"xlsx"`` for an Excel workbook, ``"text"`` for anything that may be a CSV.

    Anything else is refused with a message saying what the file seems to be.
    """
    if not raw or raw.isspace():  # (isspace stops at the first letter; strip would copy)
        raise CourseError(msg("empty", file=file))
    if raw.startswith(b"PK\x03\x04"):
        return _kind_of_zip(raw, file)
    for start, what in MAGIC:
        if raw.startswith(start):
            raise refuse(file, what)
    if not raw.startswith(UTF16_BOMS) and b"\x00" in raw[:8192]:
        raise refuse(file, "binary")
    return "text"


def _kind_of_zip(raw: bytes, file: str) -> str:
    """.xlsx, .docx and .ods are all ZIP files; the names inside tell them apart."""
    try:
        names = zipfile.ZipFile(io.BytesIO(raw)).namelist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise refuse(file, "zip") from None
    if "xl/workbook.xml" in names:
        return "xlsx"
    for folder, what in (("word/", "docx"), ("ppt/", "pptx")):
        if any(name.startswith(folder) for name in names):
            raise refuse(file, what)
    if "content.xml" in names and "mimetype" in names:
        raise refuse(file, "ods")
    tables = sorted(n for n in names if n.lower().endswith((".csv", ".xlsx", ".txt")))
    inside = msg("inside", names=", ".join(tables[:3])) if tables else ""
    raise CourseError(msg("not_a_table", file=file, what=msg("zip")),
                      hint=msg("unzip_hint", inside=inside))


def decode(raw: bytes, file: str) -> tuple[str, str, bytes | None]:
    """The text of a CSV file, the name of its encoding, and the text as UTF-8 bytes when the
    file already holds exactly those (then they need not be encoded again).

    UTF-8 is tried first because cp1252 would "succeed" on any bytes (and turn å into Ã¥).
    """
    utf8 = None
    if raw.startswith(UTF16_BOMS):
        text, encoding = raw.decode("utf-16", errors="replace").lstrip("\ufeff"), "utf-16"
    else:
        bom = raw.startswith(codecs.BOM_UTF8)
        body = raw[3:] if bom else raw
        encoding = "utf-8-bom" if bom else "utf-8"
        try:
            text, utf8 = body.decode("utf-8"), body
        except UnicodeDecodeError:
            if bom:  # a BOM says UTF-8: keep it, with � for the broken bytes
                text = body.decode("utf-8", errors="replace")
            else:  # Excel's "CSV" on Swedish Windows
                text, encoding = raw.decode("cp1252", errors="replace"), "cp1252"
    if _looks_binary(text):
        raise refuse(file, "binary")
    # Macs may write å as a + ring; a file written that way shows it in its first lines.
    if not unicodedata.is_normalized("NFC", text[:65_536]):
        text, utf8 = unicodedata.normalize("NFC", text), None
    return text, encoding, utf8


def _looks_binary(text: str) -> bool:
    head = text[:8192]
    controls = sum(1 for ch in head if ch < " " and ch not in "\t\r\n")
    return "\x00" in head or controls > CONTROL_SHARE * max(len(head), 1)
