"""Column names as words, so "CustomerID", "Kund-ID" and "customer_id" can be compared.

>>> words("CustomerID"), words("Dt_Customer"), words("Kund-ID"), words("Inkomst (kr)")
(['customer', 'id'], ['dt', 'customer'], ['kund', 'id'], ['inkomst', 'kr'])
>>> clean("Accepts Email Marketing"), clean("E-postadress"), clean("MntWines")
('accepts_email_marketing', 'e_postadress', 'mnt_wines')
"""

from __future__ import annotations

import re

_CAMEL = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])|(?<=[A-ZÅÄÖ])(?=[A-ZÅÄÖ][a-zåäö])")
_NOT_WORD = re.compile(r"[^0-9a-zåäöéü]+")


def clean(name) -> str:
    """Lower case, camelCase split, anything between words a single "_"."""
    spaced = _CAMEL.sub("_", str(name).strip())
    return _NOT_WORD.sub("_", spaced.lower()).strip("_")


def words(name) -> list[str]:
    return [w for w in clean(name).split("_") if w]
