"""Guard rails: warnings a marketer should see before using a set of segments.

They are returned as data (a list of :class:`SegmentWarning`), so the widget, the notebook and
the tests all read the same thing. Nothing here stops the learner; it explains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from .. import catalog
from ..core.i18n import messages, number, percent
from .rules import Condition, Segment

# Meta advises customer lists of at least 100 people; Google Customer Match needs 100 active
# members (shared/facts/marketing.md). What counts is the people a platform can *match* among
# those who *consented* to ads, not the members of the segment.
PLATFORM_MINIMUM = 100
OVERLAP_LIMIT = 0.5  # share of the smaller segment that is also in the other

# Known proxies for GDPR Art. 9 special categories (religion, health, ethnic origin, trade-union
# membership, sex life/sexual orientation, political opinions, genetic/biometric data). A column
# name or a chosen value whose words START with one of these counts as a proxy. Kept short on
# purpose: it is a reminder to think, not a legal test.
SPECIAL_PROXIES = (
    # religion
    "relig", "faith", "church", "kyrk", "moské", "mosque", "synagog", "islam", "muslim",
    "kristen", "christian", "judisk", "jewish", "trosuppfatt",
    # health
    "health", "hälsa", "halsa", "diagnos", "sjukdom", "disease", "medicin", "diabet",
    "graviditet", "pregnan",
    # ethnic origin
    "ethnic", "etnic", "etnisk", "ursprung",
    # trade unions
    "union", "fackförb", "fackfören", "fackligt",
    # sex life and sexual orientation
    "sexual", "sexuell", "läggning", "hbtq", "lgbt", "pride",
    # political opinions
    "politi", "parti", "party",
    # genetic and biometric data
    "genetic", "genetisk", "biometri",
)

msg = messages(
    {
        "too_small": {
            "sv": "Segmentet ”{segment}” har bara {count} personer. Meta råder till minst "
            "{minimum} i en kundlista och Google kräver {minimum} aktiva medlemmar, och bara de "
            "som samtyckt och som plattformen känner igen räknas.",
            "en": "The segment “{segment}” has only {count} people. Meta advises at least "
            "{minimum} in a customer list and Google needs {minimum} active members, and only "
            "those who consented and whom the platform recognises count.",
        },
        "too_few_consented": {
            "sv": "Segmentet ”{segment}” har {count} personer, men bara {consented} har "
            "samtyckt till annonser, och plattformen känner bara igen en del av dem. Meta råder "
            "till minst {minimum} i en kundlista och Google kräver {minimum} aktiva medlemmar.",
            "en": "The segment “{segment}” has {count} people, but only {consented} consented "
            "to ads, and the platform recognises only some of them. Meta advises at least "
            "{minimum} in a customer list and Google needs {minimum} active members.",
        },
        "too_few_matched": {
            "sv": "Segmentet ”{segment}” har {count} personer, men bara {consented} har "
            "samtyckt till annonser och plattformen känner igen ungefär {rate} av dem: omkring "
            "{matched} personer. Meta råder till minst {minimum} i en kundlista och Google "
            "kräver {minimum} aktiva medlemmar.",
            "en": "The segment “{segment}” has {count} people, but only {consented} consented "
            "to ads and the platform recognises about {rate} of them: around {matched} people. "
            "Meta advises at least {minimum} in a customer list and Google needs {minimum} "
            "active members.",
        },
        "empty": {
            "sv": "Segmentet ”{segment}” är tomt: ingen kund uppfyller villkoren.",
            "en": "The segment “{segment}” is empty: no customer meets its conditions.",
        },
        "whole_base": {
            "sv": "Segmentet ”{segment}” innehåller hela kundbasen, så det skiljer inte ut "
            "någon. Skärp villkoren.",
            "en": "The segment “{segment}” holds the whole customer base, so it singles out "
            "nobody. Tighten its conditions.",
        },
        "overlap": {
            "sv": "”{a}” och ”{b}” överlappar mycket: {share} av det mindre segmentet finns "
            "också i det andra. Samma person kan få två olika budskap.",
            "en": "“{a}” and “{b}” overlap a lot: {share} of the smaller segment is also in "
            "the other. The same person may get two different messages.",
        },
        "special_category": {
            "sv": "”{segment}” har ett villkor på {name}, en särskild kategori enligt GDPR "
            "artikel 9. Den får inte användas utan uttryckligt samtycke och hör inte hemma i "
            "vanlig marknadsföring.",
            "en": "“{segment}” has a condition on {name}, a special category under GDPR "
            "Article 9. It may not be used without explicit consent and has no place in "
            "ordinary marketing.",
        },
        "special_proxy": {
            "sv": "”{segment}” har ett villkor på {name} som kan avslöja en särskild "
            "kategori enligt GDPR artikel 9 (till exempel tro, hälsa, ursprung eller "
            "politik). Behöver du verkligen det villkoret?",
            "en": "“{segment}” has a condition on {name} that can reveal a special "
            "category under GDPR Article 9 (such as religion, health, origin or politics). "
            "Do you really need that condition?",
        },
        "sensitive": {
            "sv": "”{segment}” använder {name}, som är integritetskänslig. Hantera den varsamt "
            "och fråga dig om kunderna skulle vänta sig att den används så här.",
            "en": "“{segment}” uses {name}, which is privacy-sensitive. Handle it with care and "
            "ask whether customers would expect it to be used this way.",
        },
    },
    __name__,
)


@dataclass(frozen=True)
class SegmentWarning:
    """One guard-rail finding. ``level`` is "warning" (act on it) or "note" (be aware)."""

    level: str
    code: str
    message: str
    segment: str | None = None
    column: str | None = None

    def __str__(self) -> str:
        return self.message

def data_point_key(column: str, mapping: dict | None = None) -> str | None:
    """The catalogue data point (or identifier) a column stands for, if any."""
    key = (mapping or {}).get(column, column)
    for entry in (*catalog.data_points(), *catalog.identifiers()):
        if entry.key == key:
            return key
    return None


def column_label(column: str, mapping: dict | None = None, language: str | None = None) -> str:
    """What a marketer calls a column, in the learner's language: the catalogue's name for the
    data point it stands for (by the learner's ``mapping`` or its own name), else the data
    dictionary's name for a column of the world, else the column's own heading.

    >>> column_label("age", language="en"), column_label("skr_group", language="sv")
    ('Age', 'SKR:s kommungrupp')
    >>> column_label("Kommun", {"Kommun": "city"}, "sv"), column_label("Köpt för (kr)")
    ('Stad', 'Köpt för (kr)')
    """
    from ..datadictionary import column_name

    key = data_point_key(column, mapping)
    if key is not None:
        return catalog.name_of(key, language)
    # A mapping may also say a column is one of the world's own (consent_ads, orders_12m …).
    named = column_name(str((mapping or {}).get(column, column)), language)
    return named or str(column)


def gdpr_class(column: str, mapping: dict | None = None) -> str | None:
    key = data_point_key(column, mapping)
    if key is None:
        return None
    for entry in (*catalog.data_points(), *catalog.identifiers()):
        if entry.key == key:
            return entry.gdpr
    return None


def _words(text: str) -> list[str]:
    return [w for w in re.split(r"[^0-9a-zåäöéü]+", str(text).lower()) if w]


def looks_special(text: str) -> bool:
    """True when a column name or a value reads like a special-category proxy."""
    return any(word.startswith(SPECIAL_PROXIES) for word in _words(text))


def _condition_is_proxy(condition: Condition) -> bool:
    if looks_special(condition.column):
        return True
    if condition.op in ("is_in", "not_in"):
        return any(isinstance(v, str) and looks_special(v) for v in condition.args)
    return False


@dataclass(frozen=True)
class Reach:
    """How many of a segment an ad platform could use: members, those who consented to ads,
    and the estimated number the platform matches (consented × the platform's match rate).

    ``consented`` is None when the data has no consent column; ``matched`` is None when the
    match rate is not known (a learner's own file)."""

    members: int
    consented: int | None = None
    match_rate: float | None = None

    @property
    def matched(self) -> int | None:
        if self.consented is None or self.match_rate is None:
            return None
        return round(self.consented * self.match_rate)

    @property
    def usable(self) -> int:
        """The best estimate of the people a customer list would reach."""
        for value in (self.matched, self.consented):
            if value is not None:
                return value
        return self.members


def check_segments(
    segments: list[Segment],
    counts: np.ndarray,
    overlap: np.ndarray,
    base_size: int,
    mapping: dict | None = None,
    reach: list[Reach] | None = None,
) -> list[SegmentWarning]:
    """Every guard rail for a set of evaluated segments, in the order a marketer reads them."""
    found: list[SegmentWarning] = []
    for i, segment in enumerate(segments):
        seen = reach[i] if reach else Reach(int(counts[i]))
        found.extend(_size_warnings(segment.name, seen, base_size))
        found.extend(_gdpr_warnings(segment, mapping))
    found.extend(_overlap_warnings(segments, counts, overlap))
    return found


def _size_warnings(name: str, reach: Reach, base_size: int) -> list[SegmentWarning]:
    if reach.members == 0:
        return [SegmentWarning("warning", "empty", msg("empty", segment=name), name)]
    out = []
    if reach.usable < PLATFORM_MINIMUM:
        out.append(SegmentWarning("warning", "too_small", _too_small(name, reach), name))
    if reach.members == base_size:
        out.append(SegmentWarning("warning", "whole_base", msg("whole_base", segment=name), name))
    return out


def _too_small(name: str, reach: Reach) -> str:
    values = {"segment": name, "count": number(reach.members), "minimum": PLATFORM_MINIMUM}
    if reach.matched is not None:
        return msg("too_few_matched", consented=number(reach.consented),
                   rate=percent(reach.match_rate), matched=number(reach.matched), **values)
    if reach.consented is not None:
        return msg("too_few_consented", consented=number(reach.consented), **values)
    return msg("too_small", **values)


def _gdpr_warnings(segment: Segment, mapping) -> list[SegmentWarning]:
    out, seen = [], set()
    for condition in segment.rule.conditions():
        column = condition.column
        gdpr = gdpr_class(column, mapping)
        key = data_point_key(column, mapping)
        if gdpr == "special":
            code, level = "special_category", "warning"
            text = msg(code, segment=segment.name, name=catalog.name_of(key))
        elif _condition_is_proxy(condition):
            code, level = "special_proxy", "warning"
            text = msg(code, segment=segment.name, name=column_label(column, mapping))
        elif gdpr == "sensitive":
            code, level = "sensitive", "note"
            text = msg(code, segment=segment.name, name=catalog.name_of(key).lower())
        else:
            continue
        if (code, column) not in seen:
            seen.add((code, column))
            out.append(SegmentWarning(level, code, text, segment.name, column))
    return out


def _overlap_warnings(segments, counts, overlap) -> list[SegmentWarning]:
    out = []
    for i in range(len(segments)):
        for j in range(i + 1, len(segments)):
            smaller = min(counts[i], counts[j])
            if smaller == 0:
                continue
            share = overlap[i, j] / smaller
            if share > OVERLAP_LIMIT:
                a, b = segments[i].name, segments[j].name
                text = msg("overlap", a=a, b=b, share=percent(share))
                out.append(SegmentWarning("warning", "overlap", text, f"{a} / {b}"))
    return out
