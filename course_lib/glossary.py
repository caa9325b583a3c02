"""The workbook's glossary (``data/glossary.toml``): one term per concept in Swedish and English.

Each term has a short definition in both languages, the other wordings an answer may use
(synonyms), the beginnings of words that show a text is about it (related words, for judging
the reasons a learner writes), and the wordings the workbook avoids (coined words, calques and
wrong legal terms; a test scans every notebook and message for them).

>>> from course_lib import glossary
>>> glossary.term("triggers").name("sv"), glossary.term("data_minimisation").name("en")
('Triggers', 'data minimisation')
>>> glossary.names("geographic", "Geografi"), glossary.names("geographic", "Psykografisk")
(True, False)
>>> glossary.mentions("Unga vill ha andra modeller", "age")
True
>>> [t.key for t in glossary.avoided("Här är skyddsräckena.", "sv")]
['warning']
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from .core.i18n import get_language
from .core.paths import data_dir

FILE_NAME = "glossary.toml"


@dataclass(frozen=True)
class Term:
    key: str
    sv: str
    en: str
    definition_sv: str
    definition_en: str
    catalog: str = ""
    synonyms_sv: tuple[str, ...] = ()
    synonyms_en: tuple[str, ...] = ()
    related_sv: tuple[str, ...] = ()
    related_en: tuple[str, ...] = ()
    avoid_sv: tuple[str, ...] = ()
    avoid_en: tuple[str, ...] = ()
    use_instead: str = ""
    source: str = ""

    def name(self, language: str | None = None) -> str:
        return getattr(self, language or get_language())

    def definition(self, language: str | None = None) -> str:
        return getattr(self, f"definition_{language or get_language()}")

    def wordings(self) -> frozenset[str]:
        """Every correct wording in either language, case-folded."""
        words = (self.sv, self.en, *self.synonyms_sv, *self.synonyms_en)
        return frozenset(_fold(w) for w in words if w)

    def avoid(self, language: str) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.IGNORECASE | re.MULTILINE)
                     for p in getattr(self, f"avoid_{language}"))


def _fold(text: str) -> str:
    return " ".join(str(text).split()).casefold()


def _catalog_names(key: str) -> tuple[str, str] | None:
    """The Swedish and English names of a catalogue or GDPR key, if it has one.

    Read straight from the data files: the catalogue module asks the glossary for synonyms,
    so the glossary must not ask the catalogue module back.
    """
    for file_name in ("catalog.toml", "gdpr.toml"):
        with open(data_dir() / file_name, "rb") as handle:
            tables = tomllib.load(handle)
        for entries in tables.values():
            for entry in entries if isinstance(entries, list) else ():
                if isinstance(entry, dict) and entry.get("key") == key and "name_sv" in entry:
                    return entry["name_sv"], entry["name_en"]
    return None


@cache
def terms() -> tuple[Term, ...]:
    """Every term, read once when first asked for; names come from the catalogue when linked."""
    with open(data_dir() / FILE_NAME, "rb") as handle:
        raw = tomllib.load(handle)["terms"]
    found = []
    for item in raw:
        item = dict(item)
        if "sv" not in item or "en" not in item:
            names = _catalog_names(item.get("catalog", ""))
            if names is None:
                raise ValueError(f"glossary term {item['key']!r} has no name and no catalogue key")
            item.setdefault("sv", names[0])
            item.setdefault("en", names[1])
        for field in ("synonyms_sv", "synonyms_en", "related_sv", "related_en", "avoid_sv", "avoid_en"):
            item[field] = tuple(item.get(field, ()))
        found.append(Term(**item))
    return tuple(found)


def term(key: str) -> Term:
    for found in terms():
        if found.key == key:
            return found
    raise KeyError(key)


def for_catalog(key: str) -> Term | None:
    """The term that names a catalogue or GDPR key ("geographic", "data_minimisation" …)."""
    return next((t for t in terms() if t.catalog == key), None)


def wordings_for(key: str) -> frozenset[str]:
    """Every accepted wording of the term naming ``key`` (empty if the glossary has none)."""
    found = for_catalog(key)
    return found.wordings() if found else frozenset()


def names(key: str, text: object) -> bool:
    """Does ``text`` name the term for ``key`` (its name or a synonym, in either language)?"""
    return isinstance(text, str) and _fold(text) in wordings_for(key)


def mentions(text: object, key: str) -> bool:
    """Does ``text`` talk about the term for ``key``: its name, a synonym or a related word?"""
    found = for_catalog(key)
    if found is None or not isinstance(text, str):
        return False
    folded = " " + _fold(re.sub(r"[^\w\s/-]", " ", text)) + " "
    if any(f" {w} " in folded or f" {w}" in folded for w in found.wordings()):
        return True
    stems = (*found.related_sv, *found.related_en)
    return any(f" {_fold(stem)}" in folded if not stem.endswith(" ") else f" {_fold(stem)} " in folded
               for stem in stems)


def avoided(text: str, language: str) -> list[Term]:
    """The terms whose avoided wordings occur in ``text`` (a test helper; one entry per hit)."""
    return [t for t in terms() for pattern in t.avoid(language) if pattern.search(text)]
