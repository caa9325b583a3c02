"""Identifiers across platforms: normalise e-mail and phone, then SHA-256, by each platform's rules.

Meta and Google match a customer list against their own users by comparing hashes, so both
sides must normalise the same way before hashing (see shared facts: "Hashing customer
identifiers"):

- e-mail: trim and lowercase (Google also drops dots in gmail.com local parts);
- phone, Meta: digits only with country code, no "+" and no leading zeros -> 46701234567;
- phone, Google: E.164 with the plus -> +46701234567.

>>> normalize_phone("070-123 45 67", platform="meta")
'46701234567'
>>> normalize_phone("070-123 45 67", platform="google")
'+46701234567'
>>> normalize_email("  Anna.Svensson@Gmail.com ", platform="google")
'annasvensson@gmail.com'
>>> sha256_hex("annasvensson@gmail.com")[:12]
'92410e669552'
"""

from __future__ import annotations

import hashlib
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

_GMAIL_DOMAINS = ("gmail.com", "googlemail.com")


def _check_platform(platform: str) -> None:
    if platform not in PLATFORMS:
        raise CourseError(msg("unknown_platform", platform=platform))


def normalize_email(email: object, platform: str = "meta") -> str | None:
    """Trim and lowercase; for Google also drop dots before @gmail.com. None if not an e-mail."""
    _check_platform(platform)
    if not isinstance(email, str):
        return None
    text = email.strip().lower()
    local, at, domain = text.partition("@")
    if not at or not local or "." not in domain or " " in text:
        return None
    if platform == "google" and domain in _GMAIL_DOMAINS:
        local = local.replace(".", "")
    return f"{local}@{domain}"


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
    if phone is None or (isinstance(phone, float) and pd.isna(phone)):
        return None
    e164 = _e164(str(phone).strip(), region)
    if e164 is None:
        return None
    return e164 if platform == "google" else e164.lstrip("+")


def sha256_hex(text: str) -> str:
    """The SHA-256 hash as 64 lowercase hex characters, the form both platforms accept."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _hash_series(values: pd.Series, normalize, platform: str) -> pd.Series:
    # Normalise each distinct value once: customer files repeat little, but this keeps it fair.
    uniques = pd.unique(values.astype("object"))
    lookup = {}
    for value in uniques:
        norm = normalize(value, platform=platform)
        lookup[value] = sha256_hex(norm) if norm else None
    return values.astype("object").map(lookup).astype("string")


def hash_emails(emails: pd.Series, platform: str = "meta") -> pd.Series:
    """Normalised and hashed e-mail addresses; missing where the address is not usable."""
    _check_platform(platform)
    return _hash_series(emails, normalize_email, platform)


def hash_phones(phones: pd.Series, platform: str = "meta") -> pd.Series:
    """Normalised and hashed phone numbers; missing where the number is not valid."""
    _check_platform(platform)
    return _hash_series(phones, normalize_phone, platform)


def match_rate(our_hashes: pd.Series, their_hashes: pd.Series) -> float:
    """Share of our (non-missing) hashed identifiers that the platform also has, 0..1."""
    ours = pd.Series(our_hashes).dropna()
    if ours.empty:
        return 0.0
    return float(ours.isin(set(pd.Series(their_hashes).dropna())).mean())
