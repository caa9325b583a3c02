"""Audience exports: customer lists for Meta and Google, and an Excel summary for people.

What goes into a platform file (facts: shared/facts/marketing.md, "Hashing customer identifiers"):

- Meta customer list: columns ``email``, ``phone``, ``country``; all three SHA-256-hashed after
  Meta's normalisation (phone as 46701234567, country as lower-case "se").
- Google Customer Match: columns ``Email``, ``Phone``, ``Country`` (Google's English header
  names); email and phone hashed after Google's normalisation (phone in E.164, +46701234567),
  country left as the plain code "SE", since Google asks that country is not hashed.

Every file that carries an identifier passes one consent step (:func:`consent_mask`): only
customers who said yes to ads are in it, and only hashes of their identifiers: never a raw
e-mail address or phone number. Hashes are pseudonymised personal data, not anonymous ones.
Values that are not e-mail addresses or phone numbers are left out and counted, never hashed.
Every text cell is protected against formula injection, so a value like ``=HYPERLINK(...)`` is
shown as text when Excel opens it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages
from ..core.paths import shown_path, work_dir
from ..core.storage import atomic_file, atomic_write
from ..identity import PLATFORMS, hashed_identifiers, sha256_hex
from . import warehouse
from .base import Base
from .consent import (
    CONSENT_TO_ADS,
    consent_column_of,
    consent_mask,
    required_consent,
    required_consent_rule,
    role_column,
)
from .evaluate import evaluate
from .rules import Segment

HEADERS = {
    "meta": {"email": "email", "phone": "phone", "country": "country"},
    "google": {"email": "Email", "phone": "Phone", "country": "Country"},
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

msg = messages(
    {
        "unknown_platform": {
            "sv": 'Okänd plattform {platform!r}. Välj "meta" eller "google".',
            "en": 'Unknown platform {platform!r}. Choose "meta" or "google".',
        },
        "no_identifiers": {
            "sv": "Kunddatan har varken e-post ({email!r}) eller telefon ({phone!r}), så "
            "plattformen har inget att matcha mot.",
            "en": "The customer data has neither email ({email!r}) nor phone ({phone!r}), "
            "so the platform has nothing to match on.",
        },
        "summary": {"sv": "Sammanfattning", "en": "Summary"},
        "members": {"sv": "Medlemmar", "en": "Members"},
        "h_segment": {"sv": "Segment", "en": "Segment"},
        "h_description": {"sv": "Beskrivning", "en": "Description"},
        "h_rule": {"sv": "Villkor", "en": "Conditions"},
        "h_count": {"sv": "Antal", "en": "Customers"},
        "h_share": {"sv": "Andel av basen (%)", "en": "Share of base (%)"},
        "h_exclusive": {"sv": "Antal (var kund en gång)", "en": "Customers (each once)"},
        "h_with_consent": {"sv": "Med samtycke till annonser", "en": "With consent to ads"},
        "h_email": {"sv": "E-post (SHA-256)", "en": "Email (SHA-256)"},
        "h_phone": {"sv": "Telefon (SHA-256)", "en": "Phone (SHA-256)"},
        "h_file": {"sv": "Fil", "en": "File"},
        "h_rows": {"sv": "Rader i filen", "en": "Rows in the file"},
        "h_no_consent": {"sv": "Utan samtycke (utelämnade)", "en": "Without consent (left out)"},
        "h_junk": {
            "sv": "Ogiltig e-post eller telefon (utelämnade)",
            "en": "Invalid email or phone (left out)",
        },
        "no_consent_sheet": {
            "sv": "Ingen kolumn med samtycke till annonser valdes, så filen innehåller inga "
            "identifierare (inte ens hashade). Välj samtyckeskolumnen för att få med "
            "medlemmarna.",
            "en": "No column with consent to ads was chosen, so the file holds no identifiers "
            "(not even hashed ones). Choose the consent column to include the members.",
        },
        "pseudonymised": {
            "sv": "E-post och telefon är hashade med SHA-256. Det är pseudonymiserade "
            "personuppgifter, inte anonyma: hantera filen som persondata.",
            "en": "Email and phone are hashed with SHA-256. They are pseudonymised personal "
            "data, not anonymous: handle the file as personal data.",
        },
        "audience_done": {
            "sv": "{name}: {rows} personer i {path}. Utelämnade: {no_consent} utan samtycke "
            "till annonser, {junk} med ogiltig e-post eller telefon, {no_id} utan någon "
            "identifierare.",
            "en": "{name}: {rows} people in {path}. Left out: {no_consent} without consent to "
            "ads, {junk} with an invalid email or phone, {no_id} with no identifier at all.",
        },
        "excel_done": {
            "sv": "Excel-filen finns i {path}: {rows} medlemmar med samtycke till annonser. "
            "Utelämnade: {no_consent} utan samtycke, {junk} ogiltiga e-postadresser eller "
            "telefonnummer.",
            "en": "The Excel file is in {path}: {rows} members with consent to ads. Left out: "
            "{no_consent} without consent, {junk} invalid email addresses or phone numbers.",
        },
        "excel_from_parquet": {
            "sv": "En Excel-fil rymmer högst 1 048 576 rader, så en Parquet-bas exporteras som "
            "kundlistor i stället: export_audiences(...).",
            "en": "An Excel file holds at most 1,048,576 rows, so a Parquet base is exported as "
            "customer lists instead: export_audiences(...).",
        },
        "excel_done_no_ids": {
            "sv": "Excel-filen finns i {path}: bara sammanfattningen, utan identifierare, "
            "eftersom ingen samtyckeskolumn valdes.",
            "en": "The Excel file is in {path}: the summary only, without identifiers, since "
            "no consent column was chosen.",
        },
    },
    __name__,
)


@dataclass(frozen=True)
class AudienceExport:
    """What an export wrote, so the learner sees how many made it and why others did not."""

    path: Path
    platform: str
    rows: int  # customers in the file
    members: int  # customers in the segment
    without_consent: int  # members left out for lack of consent to ads
    without_identifier: int  # members with consent but no usable e-mail or phone
    invalid_identifiers: int = 0  # e-mail addresses or phone numbers that were junk
    segment: str = ""

    def __repr__(self) -> str:
        return self._repr_markdown_()

    def _repr_markdown_(self) -> str:
        return msg("audience_done", name=self.segment, rows=self.rows,
                   path=shown_path(self.path), no_consent=self.without_consent,
                   junk=self.invalid_identifiers, no_id=self.without_identifier)


@dataclass(frozen=True)
class ExcelExport:
    """What the Excel export wrote: the file, and who is in it and who was left out."""

    path: Path
    rows: int  # member rows with identifiers (0 without a consent column)
    without_consent: int
    invalid_identifiers: int
    with_identifiers: bool

    @property
    def name(self) -> str:
        return self.path.name

    def __fspath__(self) -> str:  # open(...) and openpyxl accept the export itself
        return str(self.path)

    def __repr__(self) -> str:
        return self._repr_markdown_()

    def _repr_markdown_(self) -> str:
        if not self.with_identifiers:
            return msg("excel_done_no_ids", path=shown_path(self.path))
        return msg("excel_done", path=shown_path(self.path), rows=self.rows,
                   no_consent=self.without_consent, junk=self.invalid_identifiers)


def safe_cell(value):
    """Text that Excel would run as a formula gets a leading apostrophe; the rest is unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """Every text cell and header made safe with :func:`safe_cell`."""
    out = frame.copy()
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]):
            out[column] = out[column].map(safe_cell).astype(object)
    out.columns = [safe_cell(str(c)) for c in out.columns]
    return out


def slug(text: str) -> str:
    """A file-name-safe version of a segment name: 'Unga i Göteborg' -> 'unga-i-goteborg'."""
    plain = str(text).lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9]+", "-", plain).strip("-") or "segment"


# ---------------------------------------------------------------- platform lists


def audience_frame(
    customers,
    segment: Segment,
    platform: str = "meta",
    *,
    email_column: str | None = None,
    phone_column: str | None = None,
    consent_column: str | None = CONSENT_TO_ADS,
    country_column: str | None = None,
    country: str = "SE",
    mapping: dict | None = None,
) -> tuple[pd.DataFrame, dict]:
    """The platform's customer list for ``segment`` (hashed) and counts of who was left out.

    ``country_column`` (or a column the mapping calls ``country``) says how to read phone
    numbers written without a country code; ``country`` is the default (Sweden).
    """
    if platform not in PLATFORMS:
        raise CourseError(msg("unknown_platform", platform=platform))
    if _is_parquet(customers):
        rows, counts = _parquet_rows(customers, segment, platform, email_column, phone_column,
                                     consent_column, country_column, country, mapping)
        frames = list(rows)
        out = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
            columns=_headers_of(customers, platform, email_column, phone_column, mapping))
        return out, counts
    base = customers if isinstance(customers, Base) else Base(customers)
    frame = base.customers
    email = role_column(frame, "email", email_column, mapping)
    phone = role_column(frame, "phone", phone_column, mapping)
    if email is None and phone is None:
        raise CourseError(msg("no_identifiers", email=email_column or "email",
                              phone=phone_column or "phone"))
    members = base.mask(segment.rule)
    chosen = members & required_consent(base, consent_column, mapping)
    places = role_column(frame, "country", country_column, mapping)
    ids = hashed_identifiers(frame.loc[chosen], platform, email=email, phone=phone,
                             country=places, default_country=country)
    headers = HEADERS[platform]
    out = pd.DataFrame(index=frame.index[chosen])
    if ids.emails is not None:
        out[headers["email"]] = ids.emails
    if ids.phones is not None:
        out[headers["phone"]] = ids.phones
    usable = out.notna().any(axis=1)
    out = out.loc[usable]
    out[headers["country"]] = sha256_hex(country.lower()) if platform == "meta" else country
    out = out.drop_duplicates().reset_index(drop=True)
    counts = {
        "members": int(members.sum()),
        "without_consent": int((members & ~chosen).sum()),
        "without_identifier": int((~usable).sum()),
        "invalid_identifiers": ids.invalid_emails + ids.invalid_phones,
    }
    return out, counts


def export_audience(
    customers,
    segment: Segment,
    platform: str = "meta",
    path=None,
    **options,
) -> AudienceExport:
    """Write ``segment`` as a CSV customer list for ``platform`` ("meta" or "google").

    The default path is ``exports/<segment>-<platform>.csv`` in the learner's work folder.
    ``options`` are those of :func:`audience_frame` (email_column, phone_column,
    consent_column, country_column, country, mapping).
    """
    if path is None:
        path = work_dir() / "exports" / f"{slug(segment.name)}-{platform}.csv"
    if _is_parquet(customers):
        return _export_parquet_audience(customers, segment, platform, Path(path), **options)
    table, counts = audience_frame(customers, segment, platform, **options)
    text = safe_frame(table).to_csv(index=False, lineterminator="\n")
    written = atomic_write(Path(path), text.encode("utf-8"))
    return AudienceExport(written, platform, len(table), segment=segment.name, **counts)


# ---------------------------------------------------------------- a base bigger than memory


def _is_parquet(customers) -> bool:
    return warehouse.is_parquet_source(customers) or isinstance(customers, warehouse.ParquetBase)


def _headers_of(base, platform, email_column, phone_column, mapping) -> list[str]:
    base = warehouse.base_of(base)
    headers = HEADERS[platform]
    found = [headers[role] for role, given in (("email", email_column), ("phone", phone_column))
             if role_column(base, role, given, mapping) is not None]
    return [*found, headers["country"]]


def _parquet_rows(customers, segment, platform, email_column=None, phone_column=None,
                  consent_column=CONSENT_TO_ADS, country_column=None, country="SE", mapping=None):
    """The hashed, unique rows of a Parquet base's customer list (chunks) and the tally."""
    if platform not in PLATFORMS:
        raise CourseError(msg("unknown_platform", platform=platform))
    base = warehouse.base_of(customers)
    email = role_column(base, "email", email_column, mapping)
    phone = role_column(base, "phone", phone_column, mapping)
    if email is None and phone is None:
        raise CourseError(msg("no_identifiers", email=email_column or "email",
                              phone=phone_column or "phone"))
    consent = required_consent_rule(base, consent_column, mapping)  # the one consent step
    places = role_column(base, "country", country_column, mapping)
    return warehouse.audience_rows(base, segment, platform, consent, email=email, phone=phone,
                                   places=places, country=country, headers=HEADERS[platform])


def _export_parquet_audience(customers, segment, platform, path: Path, **options):
    """The customer list written a chunk at a time: the same bytes as for a DataFrame."""
    rows, counts = _parquet_rows(customers, segment, platform, **options)
    written_rows = 0
    with atomic_file(path) as file:
        for frame in rows:
            text = safe_frame(frame).to_csv(index=False, header=written_rows == 0,
                                            lineterminator="\n")
            file.write(text.encode("utf-8"))
            written_rows += len(frame)
        if written_rows == 0:
            headers = _headers_of(customers, platform, options.get("email_column"),
                                  options.get("phone_column"), options.get("mapping"))
            file.write((",".join(headers) + "\n").encode("utf-8"))
    return AudienceExport(path, platform, written_rows, segment=segment.name, **counts)


def export_audiences(customers, segments, platforms=("meta", "google"), **options) -> pd.DataFrame:
    """Export every segment to every platform; a table of what went where, for people.

    File names are shown relative to the work folder (``exports/…``), never as full paths.
    ``options`` are those of :func:`audience_frame`.
    """
    if _is_parquet(customers):
        base = warehouse.base_of(customers)  # opened once for every list
    else:
        base = customers if isinstance(customers, Base) else Base(customers)
    segments = [segments] if isinstance(segments, Segment) else list(segments)
    rows = []
    for segment in segments:
        for platform in platforms:
            done = export_audience(base, segment, platform, **options)
            rows.append({
                msg("h_segment"): segment.name,
                msg("h_file"): shown_path(done.path),
                msg("members"): done.members,
                msg("h_rows"): done.rows,
                msg("h_no_consent"): done.without_consent,
                msg("h_junk"): done.invalid_identifiers,
            })
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- Excel for people


def export_excel(
    customers,
    segments,
    path=None,
    *,
    email_column: str | None = None,
    phone_column: str | None = None,
    consent_column: str | None = CONSENT_TO_ADS,
    country_column: str | None = None,
    mapping: dict | None = None,
    today=None,
) -> ExcelExport:
    """An Excel workbook a marketer can open: a summary sheet and the members, hashed only.

    Members are those with consent to ads, each in the first segment they match, identified
    by their SHA-256-hashed e-mail and phone (Meta's normalisation). Without a consent column
    (``consent_column=None``, or none found) the file holds the summary only and says why.
    """
    if _is_parquet(customers):
        raise CourseError(msg("excel_from_parquet"))
    base = customers if isinstance(customers, Base) else Base(customers, today=today)
    segments = [segments] if isinstance(segments, Segment) else list(segments)
    result = evaluate(base, segments, factors=(), mapping=mapping)
    column = consent_column_of(base.customers, consent_column, mapping)
    consent = consent_mask(base, column) if column is not None else None
    sheets = {msg("summary"): _summary_sheet(base, segments, result, consent)}
    counts = {"rows": 0, "without_consent": 0, "invalid_identifiers": 0}
    if consent is not None:
        members, counts = _members_sheet(base, result, consent, mapping, email_column,
                                         phone_column, country_column)
        sheets[msg("members")] = members
    if path is None:
        path = work_dir() / "exports" / "segments.xlsx"
    written = atomic_write(Path(path), _xlsx_bytes(sheets))
    return ExcelExport(written, with_identifiers=consent is not None, **counts)


def _summary_sheet(base, segments, result, consent) -> pd.DataFrame:
    table = pd.DataFrame({
        msg("h_segment"): result.names,
        msg("h_description"): [s.description for s in segments],
        msg("h_rule"): [s.describe() for s in segments],
        msg("h_count"): result.counts.to_numpy(),
        msg("h_share"): (100 * result.counts / max(base.n, 1)).round(1).to_numpy(),
        msg("h_exclusive"): result.exclusive.iloc[:-1].to_numpy(),
    })
    if consent is None:
        note = pd.DataFrame({msg("h_segment"): ["", msg("no_consent_sheet")]})
        return pd.concat([table, note], ignore_index=True)
    table[msg("h_with_consent")] = [int((result.mask(n) & consent).sum()) for n in result.names]
    note = pd.DataFrame({msg("h_segment"): ["", msg("pseudonymised")]})
    return pd.concat([table, note], ignore_index=True)


def _members_sheet(base, result, consent, mapping, email_column, phone_column, country_column):
    frame = base.customers
    groups = result.groups
    member = groups.isin(result.names).to_numpy()
    keep = member & consent
    email = role_column(frame, "email", email_column, mapping)
    phone = role_column(frame, "phone", phone_column, mapping)
    places = role_column(frame, "country", country_column, mapping)
    ids = hashed_identifiers(frame.loc[keep], "meta", email=email, phone=phone, country=places)
    out = pd.DataFrame({msg("h_segment"): groups[keep].astype(str).to_numpy()})
    if ids.emails is not None:
        out[msg("h_email")] = ids.emails.to_numpy()
    if ids.phones is not None:
        out[msg("h_phone")] = ids.phones.to_numpy()
    if ids.emails is not None or ids.phones is not None:
        out = out.loc[ids.usable.to_numpy()].reset_index(drop=True)
    counts = {"rows": len(out), "without_consent": int((member & ~consent).sum()),
              "invalid_identifiers": ids.invalid_emails + ids.invalid_phones}
    return out, counts


def _xlsx_bytes(sheets: dict[str, pd.DataFrame]) -> bytes:
    """The sheets as an .xlsx file, written row by row with xlsxwriter (200,000 members in a
    couple of seconds, several times faster than pandas' default openpyxl). Text is always
    written as text, never as a formula, link or number, and made formula-safe first."""
    import xlsxwriter

    buffer = io.BytesIO()
    # Row by row to temporary files, text inline: a table of 200,000 unique hashes
    # is not worth keeping in memory or in a shared-strings table.
    book = xlsxwriter.Workbook(buffer, {"constant_memory": True})
    bold = book.add_format({"bold": True})
    for name, table in sheets.items():
        sheet = book.add_worksheet(name[:31])
        sheet.set_column(0, max(len(table.columns) - 1, 0), 24)
        for j, heading in enumerate(table.columns):
            sheet.write_string(0, j, safe_cell(str(heading)), bold)
        writers, columns = zip(*(_cells(sheet, table[c]) for c in table.columns), strict=True)
        for i, row in enumerate(zip(*columns, strict=True), start=1):  # in row order
            for j, value in enumerate(row):
                if value is not None:  # a missing value stays an empty cell
                    writers[j](i, j, value)
    book.close()
    return buffer.getvalue()


def _cells(sheet, column: pd.Series):
    """How one column's cells are written, and its values ready for that (None: an empty
    cell), prepared a whole column at a time (the export writes hundreds of thousands)."""
    present = column.notna().tolist()
    if pd.api.types.is_bool_dtype(column):
        write, values = sheet.write_boolean, [bool(v) for v in column.tolist()]
    elif pd.api.types.is_numeric_dtype(column):
        write, values = sheet.write_number, column.astype(float).tolist()
    else:  # text; what Excel would run as a formula made safe (a hash never needs it)
        write = sheet.write_string
        values = [v if isinstance(v, str) and not v.startswith(FORMULA_STARTS)
                  else safe_cell(str(v)) for v in column.astype(object).tolist()]
    return write, [v if keep else None for v, keep in zip(values, present, strict=True)]
