"""The lesson's vocabulary, loaded from ``data/catalog.toml``: the single source of truth.

>>> from course_lib import catalog
>>> len(catalog.data_points())
20
>>> catalog.data_point("political_opinion").gdpr
'special'
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

import pandas as pd

from .core.i18n import get_language, messages, pick
from .core.paths import data_dir

# Column headings of the tables a learner sees.
HEADINGS = {
    "data_point": {"sv": "Datapunkt", "en": "Data point"},
    "category": {"sv": "Kategori", "en": "Category"},
    "dimension": {"sv": "Dimension", "en": "Dimension"},
    "gdpr": {"sv": "GDPR", "en": "GDPR"},
    "sources": {"sv": "Typiska källor", "en": "Typical sources"},
    "question": {"sv": "Fråga att ställa", "en": "Question to ask"},
    "name": {"sv": "Namn", "en": "Name"},
    "description": {"sv": "Beskrivning", "en": "Description"},
}
messages(HEADINGS, __name__)


@dataclass(frozen=True)
class Entry:
    """Anything in the catalogue: a stable key plus texts in Swedish and English."""

    key: str
    name_sv: str
    name_en: str
    description_sv: str
    description_en: str

    def name(self, language: str | None = None) -> str:
        return getattr(self, f"name_{language or get_language()}")

    def description(self, language: str | None = None) -> str:
        return getattr(self, f"description_{language or get_language()}")


@dataclass(frozen=True)
class DataType(Entry):
    examples_sv: tuple[str, ...] = ()
    examples_en: tuple[str, ...] = ()

    def examples(self, language: str | None = None) -> tuple[str, ...]:
        return getattr(self, f"examples_{language or get_language()}")


@dataclass(frozen=True)
class SourceType(DataType):
    pass


@dataclass(frozen=True)
class Category(Entry):
    pass


@dataclass(frozen=True)
class Dimension(Entry):
    category: str = ""


@dataclass(frozen=True)
class GdprClass(Entry):
    pass


@dataclass(frozen=True)
class Identifier(Entry):
    gdpr: str = "ordinary"


@dataclass(frozen=True)
class DataPoint(Entry):
    """One of the lesson's 20 data points, e.g. age or political opinion."""

    dimension: str = ""
    gdpr: str = "ordinary"
    sources: tuple[str, ...] = ()
    question_sv: str = ""
    question_en: str = ""
    examples_sv: tuple[str, ...] = ()
    examples_en: tuple[str, ...] = ()
    typical_sources_sv: tuple[str, ...] = ()
    typical_sources_en: tuple[str, ...] = ()

    @property
    def category(self) -> str:
        return dimension(self.dimension).category

    def question(self, language: str | None = None) -> str:
        return getattr(self, f"question_{language or get_language()}")

    def examples(self, language: str | None = None) -> tuple[str, ...]:
        return getattr(self, f"examples_{language or get_language()}")

    def typical_sources(self, language: str | None = None) -> tuple[str, ...]:
        return getattr(self, f"typical_sources_{language or get_language()}")


_KINDS = {
    "gdpr_classes": GdprClass,
    "data_types": DataType,
    "categories": Category,
    "dimensions": Dimension,
    "source_types": SourceType,
    "identifiers": Identifier,
    "data_points": DataPoint,
}


@cache
def _load() -> dict[str, tuple[Entry, ...]]:
    raw = tomllib.loads((data_dir() / "catalog.toml").read_text(encoding="utf-8"))
    loaded = {}
    for section, cls in _KINDS.items():
        rows = raw.get(section, [])
        loaded[section] = tuple(
            cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
            for row in rows
        )
    return loaded


def _find(section: str, key: str) -> Entry:
    for entry in _load()[section]:
        if entry.key == key:
            return entry
    known = ", ".join(e.key for e in _load()[section])
    raise KeyError(f"{key!r} is not in the catalogue's {section} (known: {known})")


def data_types() -> tuple[DataType, ...]:
    return _load()["data_types"]


def categories() -> tuple[Category, ...]:
    return _load()["categories"]


def dimensions() -> tuple[Dimension, ...]:
    return _load()["dimensions"]


def source_types() -> tuple[SourceType, ...]:
    return _load()["source_types"]


def gdpr_classes() -> tuple[GdprClass, ...]:
    return _load()["gdpr_classes"]


def identifiers() -> tuple[Identifier, ...]:
    return _load()["identifiers"]


def data_points() -> tuple[DataPoint, ...]:
    return _load()["data_points"]


def data_point(key: str) -> DataPoint:
    return _find("data_points", key)


def dimension(key: str) -> Dimension:
    return _find("dimensions", key)


def category(key: str) -> Category:
    return _find("categories", key)


def data_type(key: str) -> DataType:
    return _find("data_types", key)


def source_type(key: str) -> SourceType:
    return _find("source_types", key)


def gdpr_class(key: str) -> GdprClass:
    return _find("gdpr_classes", key)


def key_for(value: object, entries) -> str | None:
    """The key of the entry named by ``value``: its key, or its name in Swedish or English.

    Learners write "Inkomst", "income" or "Income"; every module accepts all three, and the
    glossary's synonyms ("lön", "salary"). None when nothing matches, so the caller can say
    what it expected.

    >>> key_for(" inkomst ", data_points())
    'income'
    >>> key_for("shoe size", data_points()) is None
    True
    """
    if not isinstance(value, str):
        return None
    from .glossary import wordings_for  # the glossary's synonyms: "utlösare (triggers)", "ort" …

    wanted = " ".join(value.split()).casefold()
    for entry in entries:
        names = {str(entry.key).casefold(), entry.name("sv").casefold(), entry.name("en").casefold()}
        if wanted in names or wanted in wordings_for(entry.key):
            return entry.key
    return None


def name_of(key: str, language: str | None = None) -> str:
    """The display name of any catalogue key, in the current language."""
    for section in _KINDS:
        for entry in _load()[section]:
            if entry.key == key:
                return entry.name(language)
    raise KeyError(key)


def data_points_frame(language: str | None = None) -> pd.DataFrame:
    """All 20 data points as a table a marketer can read, in the chosen language."""
    lang = language or get_language()
    rows = []
    for dp in data_points():
        rows.append(
            {
                "key": dp.key,
                "data_point": dp.name(lang),
                "category": category(dp.category).name(lang),
                "dimension": dimension(dp.dimension).name(lang),
                "gdpr": gdpr_class(dp.gdpr).name(lang),
                "sources": ", ".join(source_type(s).name(lang) for s in dp.sources),
                "question": dp.question(lang),
            }
        )
    return _headed(pd.DataFrame(rows).set_index("key"), lang)


def _headed(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    return frame.rename(columns={k: pick(v, lang) for k, v in HEADINGS.items()})


def entries_frame(section: str, language: str | None = None) -> pd.DataFrame:
    """Any catalogue section (``"data_types"``, ``"source_types"``…) as a name/description table."""
    lang = language or get_language()
    frame = pd.DataFrame(
        [{"key": e.key, "name": e.name(lang), "description": e.description(lang)}
         for e in _load()[section]]
    ).set_index("key")
    return _headed(frame, lang)
