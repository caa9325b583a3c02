"""Audience exports: customer lists for Meta and Google, and an Excel summary for people.

What goes into a platform file (facts: shared/facts/marketing.md, "Hashing customer identifiers"):

- Meta customer list: columns ``email``, ``phone``, ``country``; all three SHA-256-hashed after
  Meta's normalisation (phone as 46701234567, country as lower-case "se").
- Google Customer Match: columns ``Email``, ``Phone``, ``Country`` (Google's English header
  names); email and phone hashed after Google's normalisation (phone in E.164, +46701234567),
  country left as the plain code "SE", since Google asks that country is not hashed.

Only customers who said yes to ads (``consent_ads``) are included, and only hashes leave the
building: never a raw e-mail address or phone number. Every text cell is protected against
formula injection, so a value like ``=HYPERLINK(...)`` is shown as text when Excel opens it.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages
from ..core.paths import work_dir
from ..core.storage import atomic_write
from ..identity import PLATFORMS, hash_emails, hash_phones, sha256_hex
from .base import Base
from .evaluate import evaluate
from .guards import data_point_key
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
        "no_consent_column": {
            "sv": "Kunddatan har ingen kolumn {column!r} med samtycke till annonser. Utan "
            "samtycke får ingen kund laddas upp till en annonsplattform.",
            "en": "The customer data has no column {column!r} with consent to ads. Without "
            "consent no customer may be uploaded to an ad platform.",
        },
        "no_consent_hint": {
            "sv": "Säg vilken kolumn som har samtycket: consent_column='namn'.",
            "en": "Say which column holds the consent: consent_column='name'.",
        },
        "consent_not_yes_no": {
            "sv": "Kolumnen {column!r} måste innehålla ja/nej (True/False eller 1/0).",
            "en": "The column {column!r} must hold yes/no (True/False or 1/0).",
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
        "h_share": {"sv": "Andel av basen", "en": "Share of base"},
        "h_exclusive": {"sv": "Antal (var kund en gång)", "en": "Customers (each once)"},
        "h_with_consent": {
            "sv": "Med samtycke till annonser",
            "en": "With consent to ads",
        },
        "h_email": {"sv": "E-post (SHA-256)", "en": "Email (SHA-256)"},
        "h_file": {"sv": "Fil", "en": "File"},
        "h_rows": {"sv": "Rader i filen", "en": "Rows in the file"},
        "h_no_consent": {"sv": "Utan samtycke (utelämnade)", "en": "Without consent (left out)"},
        "h_phone": {"sv": "Telefon (SHA-256)", "en": "Phone (SHA-256)"},
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


def _role_column(customers: pd.DataFrame, role: str, given, mapping) -> str | None:
    if given is not None:
        return given if given in customers.columns else None
    for column in customers.columns:
        if data_point_key(str(column), mapping) == role:
            return column
    return None


def _consent(base: Base, column: str) -> np.ndarray:
    if not base.has(column):
        raise CourseError(msg("no_consent_column", column=column), hint=msg("no_consent_hint"))
    data = base.column(column)
    if data.kind == "number":
        return data.values == 1
    if data.kind == "category" and list(data.categories) == [False, True]:
        return data.codes == 1
    raise CourseError(msg("consent_not_yes_no", column=column))


def audience_frame(
    customers,
    segment: Segment,
    platform: str = "meta",
    *,
    email_column: str | None = None,
    phone_column: str | None = None,
    consent_column: str = "consent_ads",
    country: str = "SE",
    mapping: dict | None = None,
) -> tuple[pd.DataFrame, dict]:
    """The platform's customer list for ``segment`` (hashed) and counts of who was left out."""
    if platform not in PLATFORMS:
        raise CourseError(msg("unknown_platform", platform=platform))
    base = customers if isinstance(customers, Base) else Base(customers)
    frame = base.customers
    email = _role_column(frame, "email", email_column, mapping)
    phone = _role_column(frame, "phone", phone_column, mapping)
    if email is None and phone is None:
        raise CourseError(msg("no_identifiers", email=email_column or "email",
                              phone=phone_column or "phone"))
    members = base.mask(segment.rule)
    chosen = members & _consent(base, consent_column)
    rows = frame.loc[chosen]
    headers = HEADERS[platform]
    out = pd.DataFrame(index=rows.index)
    if email is not None:
        out[headers["email"]] = hash_emails(rows[email], platform=platform)
    if phone is not None:
        out[headers["phone"]] = hash_phones(rows[phone], platform=platform)
    usable = out.notna().any(axis=1)
    out = out.loc[usable]
    out[headers["country"]] = sha256_hex(country.lower()) if platform == "meta" else country
    out = out.drop_duplicates().reset_index(drop=True)
    counts = {
        "members": int(members.sum()),
        "without_consent": int((members & ~chosen).sum()),
        "without_identifier": int((~usable).sum()),
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
    consent_column, country, mapping).
    """
    table, counts = audience_frame(customers, segment, platform, **options)
    if path is None:
        path = work_dir() / "exports" / f"{slug(segment.name)}-{platform}.csv"
    text = safe_frame(table).to_csv(index=False, lineterminator="\n")
    written = atomic_write(Path(path), text.encode("utf-8"))
    return AudienceExport(written, platform, len(table), **counts)


def export_excel(
    customers,
    segments,
    path=None,
    *,
    email_column: str | None = None,
    phone_column: str | None = None,
    consent_column: str = "consent_ads",
    mapping: dict | None = None,
    today=None,
) -> Path:
    """An Excel workbook a marketer can open: a summary sheet and the members, hashed only.

    Members are those with consent to ads, each in the first segment they match, identified
    by their SHA-256-hashed e-mail and phone (Meta's normalisation).
    """
    base = customers if isinstance(customers, Base) else Base(customers, today=today)
    segments = [segments] if isinstance(segments, Segment) else list(segments)
    result = evaluate(base, segments, factors=(), mapping=mapping)
    consent = _consent(base, consent_column) if base.has(consent_column) else None
    summary = pd.DataFrame(
        {
            msg("h_segment"): result.names,
            msg("h_description"): [s.description for s in segments],
            msg("h_rule"): [s.describe() for s in segments],
            msg("h_count"): result.counts.to_numpy(),
            msg("h_share"): (result.counts / max(base.n, 1)).round(4).to_numpy(),
            msg("h_exclusive"): result.exclusive.iloc[:-1].to_numpy(),
            msg("h_with_consent"): [
                int((result.mask(n) & consent).sum()) if consent is not None else 0
                for n in result.names
            ],
        }
    )
    members = _members_sheet(base, result, consent, email_column, phone_column, mapping)
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        safe_frame(summary).to_excel(writer, sheet_name=msg("summary"), index=False)
        safe_frame(members).to_excel(writer, sheet_name=msg("members"), index=False)
    if path is None:
        path = work_dir() / "exports" / "segments.xlsx"
    return atomic_write(Path(path), buffer.getvalue())


def _members_sheet(base, result, consent, email_column, phone_column, mapping) -> pd.DataFrame:
    frame = base.customers
    groups = result.groups
    keep = groups.isin(result.names).to_numpy()
    if consent is not None:
        keep = keep & consent
    rows = frame.loc[keep]
    out = pd.DataFrame({msg("h_segment"): groups[keep].astype(str).to_numpy()})
    email = _role_column(frame, "email", email_column, mapping)
    phone = _role_column(frame, "phone", phone_column, mapping)
    if email is not None:
        out[msg("h_email")] = hash_emails(rows[email]).to_numpy()
    if phone is not None:
        out[msg("h_phone")] = hash_phones(rows[phone]).to_numpy()
    return out


def export_audiences(customers, segments, platforms=("meta", "google"), **options) -> pd.DataFrame:
    """Export every segment to every platform; a table of what went where, for people.

    File names are shown relative to the work folder (``exports/…``), never as full paths.
    ``options`` are those of :func:`audience_frame`.
    """
    base = customers if isinstance(customers, Base) else Base(customers)
    segments = [segments] if isinstance(segments, Segment) else list(segments)
    rows = []
    for segment in segments:
        for platform in platforms:
            done = export_audience(base, segment, platform, **options)
            rows.append({
                msg("h_segment"): segment.name,
                msg("h_file"): f"exports/{done.path.name}",
                msg("members"): done.members,
                msg("h_rows"): done.rows,
                msg("h_no_consent"): done.without_consent,
            })
    return pd.DataFrame(rows)
