"""Identifiers across platforms: clean, normalise e-mail and phone, then SHA-256, by each
platform's rules.

Meta and Google match a customer list against their own users by comparing hashes, so both
sides must normalise the same way before hashing (see shared facts: "Hashing customer
identifiers"). For customer lists (Meta custom audiences, Google Customer Match):

- e-mail: trim and lowercase. (Google *enhanced conversions* also drop the dots before
  @gmail.com; Customer Match does not, so neither do we.)
- phone, Meta: digits only with country code, no "+" and no leading zeros -> 46701234567;
- phone, Google: E.164 with the plus -> +46701234567.

Before any of that, invisible characters that come with copied text (zero-width spaces,
non-breaking spaces) are removed, and a value that is not an e-mail address or a phone number
is left out and counted: junk is never hashed. A hash is pseudonymised personal data, not
anonymous: anyone with the address can compute it, which is exactly how matching works.

>>> normalize_phone("070-123 45 67", platform="meta")
'46701234567'
>>> normalize_phone("070-123 45 67", platform="google")
'+46701234567'
>>> normalize_phone("0049 30 1234567", platform="meta"), normalize_phone("412 34 567", region="NO")
('49301234567', '4741234567')
>>> normalize_email("\u200b Anna.Svensson@Gmail.com\u00a0", platform="google")
'anna.svensson@gmail.com'
>>> normalize_email("anna@@example.se") is None, normalize_email("n/a") is None
(True, True)
>>> sha256_hex("anna.svensson@gmail.com")[:12]
'e48d629d67d7'
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .core.errors import CourseError
from .core.i18n import messages

PLATFORMS = ("meta", "google")

msg = messages(
    {
        "unknown_platform": {
            "sv": 'Okänd plattform {platform!r}. Välj "meta" eller "google".',
            "en": 'Unknown platform {platform!r}. Choose "meta" or "google".',
        },
    },
    __name__,
)

# Characters copy-paste brings along: removed, or turned into ordinary spaces and trimmed.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_ODD_SPACES = {ord(c): " " for c in "\u00a0\u202f\u2007\u2009\t"}
# One @, something before it, and a domain of dot-separated labels ending in letters. Letters
# outside a-z are allowed (IDN domains like åäö.se); spaces, quotes and separators are not.
_EMAIL = re.compile(r"^[^@\s\"'<>(),;:\\\[\]]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")
# Country names an export may use, to read phone numbers written without a country code.
_COUNTRY_CODES = {
    "sverige": "SE", "sweden": "SE", "norge": "NO", "norway": "NO", "danmark": "DK",
    "denmark": "DK", "finland": "FI", "suomi": "FI", "island": "IS", "iceland": "IS",
    "tyskland": "DE", "germany": "DE", "deutschland": "DE", "storbritannien": "GB",
    "united kingdom": "GB", "uk": "GB", "usa": "US", "united states": "US",
}


def clean_text(value: object) -> str | None:
    """Text without invisible characters and surrounding space; None for a missing value."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    text = str(value).translate(_INVISIBLE).translate(_ODD_SPACES).strip()
    return text or None


def country_code(value: object, default: str = "SE") -> str:
    """A country as the two letters phone numbers are read with: "Sverige" -> "SE"."""
    text = clean_text(value)
    if text is None:
        return default
    lowered = text.lower()
    if lowered in _COUNTRY_CODES:
        return _COUNTRY_CODES[lowered]
    return text.upper() if re.fullmatch(r"[A-Za-z]{2}", text) else default


def _check_platform(platform: str) -> None:
    if platform not in PLATFORMS:
        raise CourseError(msg("unknown_platform", platform=platform))


def normalize_email(email: object, platform: str = "meta") -> str | None:
    """Clean, trim and lowercase (both platforms' customer-list rule). None if not an e-mail."""
    _check_platform(platform)
    text = clean_text(email)
    if text is None:
        return None
    text = text.lower()
    return text if _EMAIL.match(text) else None


@lru_cache(maxsize=200_000)
def _e164(phone: str, region: str) -> str | None:
    import phonenumbers  # imported here: only exports and matching need it

    try:
        parsed = phonenumbers.parse(phone, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(parsed):
        return None
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def normalize_phone(phone: object, platform: str = "meta", region: str = "SE") -> str | None:
    """A phone number in the form the platform hashes. None if it is not a valid number.

    Numbers without a country code are read as Swedish (``region="SE"``).
    """
    _check_platform(platform)
    text = clean_text(phone)
    if text is None:
        return None
    if isinstance(phone, float) and phone.is_integer():
        text = str(int(phone))  # a number column turned 0701234567 into 701234567.0
    e164 = _e164(text, region)
    if e164 is None:
        return None
    return e164 if platform == "google" else e164.lstrip("+")


def sha256_hex(text: str) -> str:
    """The SHA-256 hash as 64 lowercase hex characters, the form both platforms accept."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _hash_series(values: pd.Series, normalize, platform: str, **options) -> pd.Series:
    # Normalise each distinct value once: customer files repeat little, but this keeps it fair.
    uniques = pd.unique(values.astype("object"))
    lookup = {}
    for value in uniques:
        norm = normalize(value, platform=platform, **options)
        lookup[value] = sha256_hex(norm) if norm else None
    return values.astype("object").map(lookup).astype("string")


def hash_emails(emails: pd.Series, platform: str = "meta") -> pd.Series:
    """Normalised and hashed e-mail addresses; missing where the address is not usable."""
    _check_platform(platform)
    values = emails.astype("object")
    lookup = {}
    for value in pd.unique(values):  # each distinct address once, in one loop (exports are big)
        if isinstance(value, str):  # normalize_email's steps, without a call per address
            text = value.translate(_INVISIBLE).translate(_ODD_SPACES).strip().lower()
            norm = text if text and _EMAIL.match(text) else None
        else:
            norm = normalize_email(value, platform)
        lookup[value] = sha256_hex(norm) if norm else None
    return values.map(lookup).astype("string")


@lru_cache(maxsize=32)
def _mobile_rule(region: str):
    """(country code, national prefix, mobile pattern) from libphonenumber's own metadata."""
    from phonenumbers import PhoneMetadata

    meta = PhoneMetadata.metadata_for_region(region)
    if meta is None or meta.mobile is None or not meta.mobile.national_number_pattern:
        return None
    return meta.country_code, meta.national_prefix, meta.mobile.national_number_pattern


def _mobile_fast_path(phones: pd.Series, region: str) -> pd.Series:
    """E.164 for numbers that are plainly national mobile numbers (070-123 45 67), at once.

    libphonenumber parses one number in about 30 µs; a CRM export is mostly mobiles written
    the national way, which its mobile pattern recognises for a whole column in one go. Other
    numbers are left missing here and go through the full parser. A test checks that both
    ways agree.
    """
    rule = _mobile_rule(region)
    out = pd.Series(pd.NA, index=phones.index, dtype="string")
    if rule is None or not rule[1]:
        return out
    code, prefix, pattern = rule
    digits = phones.astype("string").str.replace(r"[\s\-().\u00a0\u200b]", "", regex=True)
    national = digits.str.removeprefix(prefix)
    fits = (digits.str.startswith(prefix) & ~digits.str.startswith(prefix * 2)
            & national.str.fullmatch(pattern)).fillna(False).astype(bool)
    out[fits] = "+" + str(code) + national[fits]
    return out


def hash_phones(phones: pd.Series, platform: str = "meta", regions: pd.Series | None = None,
                region: str = "SE") -> pd.Series:
    """Normalised and hashed phone numbers; missing where the number is not valid.

    ``regions`` (two-letter codes per row, e.g. from a country column) say how to read numbers
    written without a country code; otherwise ``region`` (Sweden) is used for all.
    """
    _check_platform(platform)
    if regions is None:
        fast = _mobile_fast_path(phones, region)
        known = fast.notna()
        out = pd.Series(pd.NA, index=phones.index, dtype="string")
        if known.any():
            e164 = fast[known] if platform == "google" else fast[known].str.lstrip("+")
            out[known] = e164.map(sha256_hex)
        if (~known).any():
            out[~known] = _hash_series(phones[~known], normalize_phone, platform, region=region)
        return out
    out = pd.Series(pd.NA, index=phones.index, dtype="string")
    for code, rows in regions.groupby(regions.to_numpy(), sort=True).groups.items():
        # Per country the same way as without a country column: mobiles at once, then the rest.
        out[rows] = hash_phones(phones[rows], platform, region=code)
    return out


@dataclass(frozen=True)
class Identifiers:
    """Hashed identifiers of some customers, and how many values were junk and left out."""

    emails: pd.Series | None
    phones: pd.Series | None
    invalid_emails: int = 0  # present, but not an e-mail address
    invalid_phones: int = 0  # present, but not a phone number

    @property
    def usable(self) -> pd.Series:
        """True for each customer with at least one usable identifier."""
        found = [s.notna() for s in (self.emails, self.phones) if s is not None]
        return pd.concat(found, axis=1).any(axis=1) if found else pd.Series(dtype=bool)


def hashed_identifiers(customers: pd.DataFrame, platform: str = "meta", *,
                       email: str | None = None, phone: str | None = None,
                       country: str | None = None, default_country: str = "SE") -> Identifiers:
    """Clean, check, normalise and hash the e-mail and phone columns of ``customers``."""
    _check_platform(platform)
    emails = phones = None
    bad_emails = bad_phones = 0
    if email is not None:
        emails = hash_emails(customers[email], platform)
        bad_emails = _junk(customers[email], emails)
    if phone is not None:
        regions = None
        if country is not None:
            regions = customers[country].map(lambda v: country_code(v, default_country))
        phones = hash_phones(customers[phone], platform, regions, region=default_country)
        bad_phones = _junk(customers[phone], phones)
    return Identifiers(emails, phones, bad_emails, bad_phones)


def _junk(values: pd.Series, hashed: pd.Series) -> int:
    """Values given but not usable (no hash): only those without a hash need a look."""
    unusable = values[hashed.isna().to_numpy()]
    return int(unusable.map(clean_text).notna().sum())


def matched(customers: pd.DataFrame, platform_users: pd.DataFrame, platform: str = "meta"):
    """Which customers the platform finds by hashed e-mail and by hashed phone.

    Returns (hashed e-mails, hashed phones, e-mail found, phone found), the last two as
    boolean arrays in the customers' order.
    """
    emails = hash_emails(customers["email"], platform)
    phones = hash_phones(customers["phone"], platform)
    email_hit = emails.isin(set(platform_users["hashed_email"].dropna())).to_numpy()
    phone_hit = phones.isin(set(platform_users["hashed_phone"].dropna())).to_numpy()
    return emails, phones, email_hit, phone_hit


def match_rate(our_hashes: pd.Series, their_hashes: pd.Series) -> float:
    """Share of our (non-missing) hashed identifiers that the platform also has, 0..1."""
    ours = pd.Series(our_hashes).dropna()
    if ours.empty:
        return 0.0
    return float(ours.isin(set(pd.Series(their_hashes).dropna())).mean())
