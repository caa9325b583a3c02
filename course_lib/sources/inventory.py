"""The company's inventory of data sources (``data/sources.toml``): the objects, loading and
checking it, and adding a source (which returns a new inventory)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace
from functools import cache

from .. import catalog
from ..core.errors import CourseError
from ..core.i18n import get_language, messages, pick
from ..core.paths import data_dir

STAGES = ("source", "storage", "platform")
FLOW_KINDS = ("export", "integration")

_MESSAGES = {
        "name_missing": {
            "sv": "Källan behöver ett namn, till exempel \"Lojalitetsappen\".",
            "en": "The source needs a name, for example \"Loyalty app\".",
        },
        "duplicate": {
            "sv": "Det finns redan en källa som heter \"{name}\" i inventeringen.",
            "en": "There is already a source called \"{name}\" in the inventory.",
        },
        "duplicate_hint": {
            "sv": "Välj ett annat namn, eller utgå från företagets inventering igen.",
            "en": "Choose another name, or start again from the company's inventory.",
        },
        "unknown_source_type": {
            "sv": "\"{value}\" är ingen typ av källa.",
            "en": "\"{value}\" is not a source type.",
        },
        "unknown_data_type": {
            "sv": "\"{value}\" är ingen datatyp.",
            "en": "\"{value}\" is not a data type.",
        },
        "unknown_data_point": {
            "sv": "Datapunkten \"{value}\" finns inte i katalogen.",
            "en": "The data point \"{value}\" is not in the catalogue.",
        },
        "unknown_identifier": {
            "sv": "\"{value}\" är ingen identifierare i katalogen.",
            "en": "\"{value}\" is not an identifier in the catalogue.",
        },
        "unknown_legal_basis": {
            "sv": "\"{value}\" är ingen rättslig grund enligt artikel 6.",
            "en": "\"{value}\" is not a legal basis under Article 6.",
        },
        "unknown_storage": {
            "sv": "Systemet \"{value}\" finns inte i ekosystemet, så källan kan inte lagras där.",
            "en": "The system \"{value}\" is not in the ecosystem, so the source cannot be stored there.",
        },
        "unknown_source": {
            "sv": "Källan \"{value}\" finns inte i inventeringen.",
            "en": "The source \"{value}\" is not in the inventory.",
        },
        "unknown_system": {
            "sv": "Systemet \"{value}\" finns inte i ekosystemet, så inget kan flöda dit.",
            "en": "The system \"{value}\" is not in the ecosystem, so nothing can flow there.",
        },
        "unknown_flow_kind": {
            "sv": "\"{value}\" är inget sätt att flytta data. Data flyttas bara med export eller "
            "integration.",
            "en": "\"{value}\" is not a way to move data. Data moves only by export or integration.",
        },
        "choose_among": {"sv": "Välj bland: {known}.", "en": "Choose among: {known}."},
        "corrupt": {
            "sv": "Filen med dina egna källor gick inte att läsa. Den är sparad som {backup}; "
            "du ser företagets inventering.",
            "en": "The file with your own sources could not be read. It has been kept as {backup}; "
            "you see the company's inventory.",
        },
        "learner_flow": {"sv": "Data från {name}", "en": "Data from {name}"},
        "not_personal": {"sv": "Ingen (se not)", "en": "None (see note)"},
        "none": {"sv": "–", "en": "–"},
        "export": {"sv": "export", "en": "export"},
        "integration": {"sv": "integration", "en": "integration"},
        "stage_source": {"sv": "Källor", "en": "Sources"},
        "stage_storage": {"sv": "Lagring hos oss", "en": "Storage with us"},
        "stage_platform": {"sv": "Plattformar", "en": "Platforms"},
        "stored_arrow": {"sv": "lagras i", "en": "stored in"},
        "map_title": {
            "sv": "Fjällgårdens dataekosystem: källor → lagring → plattformar",
            "en": "Fjällgården's data ecosystem: sources → storage → platforms",
        },
        "new_mark": {"sv": "ny", "en": "new"},
        "map_alt": {"sv": "{n} källor, var de lagras och hur datan flyttas till plattformarna",
                    "en": "{n} sources, where they are stored and how data moves to the platforms"},
        "alt_sources": {"sv": "källor: {items}", "en": "sources: {items}"},
        "alt_storage": {"sv": "lagring: {items}", "en": "storage: {items}"},
        "alt_flows": {"sv": "flöden: {items}", "en": "flows: {items}"},
        "alt_marked": {"sv": "framhävd: {items}", "en": "highlighted: {items}"},
}
msg = messages(_MESSAGES, __name__)



# Column headings of the tables a learner sees.
HEADINGS = {
    "source": {"sv": "Källa", "en": "Source"},
    "source_type": {"sv": "Typ av källa", "en": "Source type"},
    "data_types": {"sv": "Datatyp", "en": "Data type"},
    "holds": {"sv": "Vad den innehåller", "en": "What it holds"},
    "data_points": {"sv": "Datapunkter", "en": "Data points"},
    "identifiers": {"sv": "Identifierare", "en": "Identifiers"},
    "origin": {"sv": "Var den kommer ifrån", "en": "Where it comes from"},
    "collected": {"sv": "Hur den samlas in", "en": "How it is collected"},
    "stored_in": {"sv": "Var den lagras", "en": "Where it is stored"},
    "legal_basis": {"sv": "Rättslig grund", "en": "Legal basis"},
    "legal_note": {"sv": "Kommentar om rättslig grund", "en": "Note on the legal basis"},
    "users": {"sv": "Vem får använda den", "en": "Who may use it"},
    "flows": {"sv": "Skickas direkt till", "en": "Sent directly to"},
    "from": {"sv": "Från", "en": "From"},
    "to": {"sv": "Till", "en": "To"},
    "kind": {"sv": "Sätt", "en": "How"},
    "what": {"sv": "Vad som flyttas", "en": "What moves"},
    "data_point": {"sv": "Datapunkt", "en": "Data point"},
}
messages(HEADINGS, __name__ + ".headings")


# ------------------------------------------------------------------------- the objects
class _Texts:
    """Mixin: ``text("name")`` picks ``name_sv`` or ``name_en`` by the chosen language."""

    def text(self, field: str, language: str | None = None) -> str:
        return getattr(self, f"{field}_{language or get_language()}")

    def name(self, language: str | None = None) -> str:
        return self.text("name", language)


@dataclass(frozen=True)
class LegalBasis(_Texts):
    key: str
    name_sv: str
    name_en: str
    description_sv: str
    description_en: str


@dataclass(frozen=True)
class System(_Texts):
    """A place data is kept: our own storage, or a platform we use to reach people."""

    key: str
    stage: str  # "storage" or "platform"
    name_sv: str
    name_en: str
    description_sv: str
    description_en: str


@dataclass(frozen=True)
class Flow(_Texts):
    """Data sent from a source or system to a system, by export or integration."""

    source: str
    target: str
    kind: str  # "export" or "integration"
    what_sv: str
    what_en: str


@dataclass(frozen=True)
class Source(_Texts):
    """One data source of the company: what it holds, where from, how, where kept, on what basis."""

    key: str
    name_sv: str
    name_en: str
    source_type: str
    data_types: tuple[str, ...]
    data_points: tuple[str, ...]
    identifiers: tuple[str, ...]
    holds_sv: str
    holds_en: str
    origin_sv: str
    origin_en: str
    collected_sv: str
    collected_en: str
    stored_in: str
    legal_basis: tuple[str, ...]
    legal_note_sv: str
    legal_note_en: str
    users_sv: str
    users_en: str
    added: bool = False  # True for the sources a learner added


TEXT_FIELDS = ("name", "holds", "origin", "collected", "legal_note", "users")


@dataclass(frozen=True)
class Inventory:
    """The whole ecosystem: sources, the systems they are stored in and sent to, and the flows."""

    sources: tuple[Source, ...]
    systems: tuple[System, ...]
    flows: tuple[Flow, ...]
    legal_bases: tuple[LegalBasis, ...]
    notice: str | None = None

    def source(self, key: str) -> Source:
        for source in self.sources:
            if source.key == key:
                return source
        raise KeyError(key)

    def system(self, key: str) -> System:
        for system in self.systems:
            if system.key == key:
                return system
        raise KeyError(key)

    def node_name(self, key: str, language: str | None = None) -> str:
        """The name of a source or a system."""
        try:
            return self.source(key).name(language)
        except KeyError:
            return self.system(key).name(language)

    def flows_from(self, key: str) -> list[Flow]:
        return [f for f in self.flows if f.source == key]

    @property
    def added(self) -> tuple[Source, ...]:
        """The sources the learner added."""
        return tuple(s for s in self.sources if s.added)

    def __len__(self) -> int:
        return len(self.sources)

    def __repr__(self) -> str:
        return f"<Inventory: {len(self.sources)} sources, {len(self.flows)} flows>"

    def _repr_html_(self) -> str:
        table = source_table(self, get_language()).to_html()
        return (f"<p>ℹ️ {self.notice}</p>" if self.notice else "") + table


# ------------------------------------------------------------------------- loading
def from_row(cls, row: dict):
    names = {f.name for f in fields(cls)}
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in names})


@cache
def company_inventory() -> Inventory:
    """Fjällgården's inventory as committed in ``data/sources.toml``."""
    raw = tomllib.loads((data_dir() / "sources.toml").read_text(encoding="utf-8"))
    inv = Inventory(
        sources=tuple(from_row(Source, r) for r in raw["sources"]),
        systems=tuple(from_row(System, r) for r in raw["systems"]),
        flows=tuple(from_row(Flow, r) for r in raw["flows"]),
        legal_bases=tuple(from_row(LegalBasis, r) for r in raw["legal_bases"]),
    )
    problems = problems_in(inv)
    if problems:  # a mistake in the committed file, not the learner's: fail loudly
        raise ValueError("data/sources.toml: " + "; ".join(problems))
    return inv


def problems_in(inv: Inventory) -> list[str]:
    """Everything inconsistent in an inventory (empty when it is sound). Used by the tests."""
    problems = []
    points = {p.key for p in catalog.data_points()}
    ids = {i.key for i in catalog.identifiers()}
    types = {t.key for t in catalog.source_types()}
    dtypes = {t.key for t in catalog.data_types()}
    bases = {b.key for b in inv.legal_bases}
    systems = {s.key for s in inv.systems}
    seen = set()
    for s in inv.sources:
        if s.key in seen or s.key in systems:
            problems.append(f"{s.key}: key used twice")
        seen.add(s.key)
        problems += [f"{s.key}: unknown data point {p}" for p in s.data_points if p not in points]
        problems += [f"{s.key}: unknown identifier {i}" for i in s.identifiers if i not in ids]
        problems += [f"{s.key}: unknown data type {t}" for t in s.data_types if t not in dtypes]
        problems += [f"{s.key}: unknown legal basis {b}" for b in s.legal_basis if b not in bases]
        if s.source_type not in types:
            problems.append(f"{s.key}: unknown source type {s.source_type}")
        if s.stored_in not in systems:
            problems.append(f"{s.key}: stored in unknown system {s.stored_in}")
    for s in inv.systems:
        if s.stage not in STAGES[1:]:
            problems.append(f"{s.key}: unknown stage {s.stage}")
    for f in inv.flows:
        if f.source not in seen | systems or f.target not in systems:
            problems.append(f"flow {f.source} -> {f.target}: unknown end")
        if f.kind not in FLOW_KINDS:
            problems.append(f"flow {f.source} -> {f.target}: unknown kind {f.kind}")
    return problems



# ------------------------------------------------------------------------- adding a source
def _fold(text: str) -> str:
    return str(text).strip().casefold()


def as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return list(value)


def find_key(value, entries: Sequence, error: str) -> str:
    """A catalogue or inventory key from its key or its name in either language."""
    key = catalog.key_for(str(value), entries)
    if key is None:
        known = ", ".join(f"{e.key} ({e.name()})" for e in entries)
        raise CourseError(msg(error, value=value), hint=msg("choose_among", known=known))
    return key


def _slug(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return "my_" + (re.sub(r"[^a-z0-9]+", "_", plain).strip("_") or "source")


def add_source(inventory: Inventory, name: str, source_type: str, *,
               data_types: Sequence[str] | str = (), data_points: Sequence[str] | str = (),
               identifiers: Sequence[str] | str = (), holds: str = "", origin: str = "",
               collected: str = "", stored_in: str | None = None,
               legal_basis: Sequence[str] | str = (), legal_note: str = "", users: str = "",
               flows_to: Sequence[str] | str = (), flow_kind: str = "integration") -> Inventory:
    """A new inventory with one more source; ``inventory`` itself is left as it was.

    Types, data points, identifiers, systems and legal bases may be given by key
    (``"first_party"``) or by name in Swedish or English (``"Förstahandsdata"``). Your texts
    are kept as you write them, in both languages. A mistake raises a CourseError that says
    what is wrong and what to choose among.
    """
    if not isinstance(name, str) or not name.strip():
        raise CourseError(msg("name_missing"))
    name = name.strip()
    for existing in inventory.sources:
        if _fold(name) in {_fold(existing.name_sv), _fold(existing.name_en), _fold(existing.key)}:
            raise CourseError(msg("duplicate", name=name), hint=msg("duplicate_hint"))
    stype = find_key(source_type, catalog.source_types(), "unknown_source_type")
    dtypes = [find_key(v, catalog.data_types(), "unknown_data_type") for v in as_list(data_types)]
    points = [find_key(v, catalog.data_points(), "unknown_data_point") for v in as_list(data_points)]
    ids = [find_key(v, catalog.identifiers(), "unknown_identifier") for v in as_list(identifiers)]
    bases = [find_key(v, inventory.legal_bases, "unknown_legal_basis") for v in as_list(legal_basis)]
    storage = find_key(stored_in, inventory.systems, "unknown_storage") if stored_in else ""
    targets = [find_key(v, inventory.systems, "unknown_system") for v in as_list(flows_to)]
    kind = _fold(flow_kind)
    if kind not in FLOW_KINDS:
        raise CourseError(msg("unknown_flow_kind", value=flow_kind),
                          hint=msg("choose_among", known=", ".join(FLOW_KINDS)))
    key = _slug(name)
    taken = {s.key for s in inventory.sources} | {s.key for s in inventory.systems}
    n = 2
    while key in taken:
        key, n = f"{_slug(name)}_{n}", n + 1

    def both(text: str) -> dict[str, str]:
        text = str(text or "").strip()
        return {"sv": text, "en": text}

    texts = {"name": both(name), "holds": both(holds), "origin": both(origin),
             "collected": both(collected), "legal_note": both(legal_note), "users": both(users)}
    source = Source(
        key=key, source_type=stype, data_types=tuple(dict.fromkeys(dtypes)),
        data_points=tuple(dict.fromkeys(points)), identifiers=tuple(dict.fromkeys(ids)),
        stored_in=storage, legal_basis=tuple(dict.fromkeys(bases)), added=True,
        **{f"{field}_{lang}": value[lang] for field, value in texts.items() for lang in ("sv", "en")},
    )
    new_flows = tuple(
        Flow(source=key, target=t, kind=kind,
             what_sv=msg("learner_flow", "sv").format(name=name),
             what_en=msg("learner_flow", "en").format(name=name))
        for t in dict.fromkeys(targets)
    )
    return replace(inventory, sources=inventory.sources + (source,),
                   flows=inventory.flows + new_flows, notice=None)


# ------------------------------------------------------------------------- the table
def names_of(keys: Iterable[str], lang: str) -> str:
    """Data points, types or identifiers by their names in ``lang``, or "none"."""
    return ", ".join(catalog.name_of(k, lang) for k in keys) or msg("none", lang)


def source_table(inv: Inventory, lang: str, brief: bool = False):
    """``inv`` as a table, one row per source, in ``lang`` (see ``tables.inventory``)."""
    import pandas as pd

    bases = {b.key: b for b in inv.legal_bases}
    rows = []
    for s in inv.sources:
        name = s.name(lang) + (f" ({msg('new_mark', lang)})" if s.added else "")
        flows = ", ".join(f"{inv.node_name(f.target, lang)} ({msg(f.kind, lang)})"
                          for f in inv.flows_from(s.key)) or msg("none", lang)
        legal = ", ".join(bases[b].name(lang) for b in s.legal_basis) or msg("not_personal", lang)
        row = {
            "source": name,
            "source_type": catalog.name_of(s.source_type, lang),
            "data_types": names_of(s.data_types, lang),
            "holds": s.text("holds", lang) or msg("none", lang),
            "data_points": names_of(s.data_points, lang),
            "identifiers": names_of(s.identifiers, lang),
            "origin": s.text("origin", lang) or msg("none", lang),
            "collected": s.text("collected", lang) or msg("none", lang),
            "stored_in": inv.node_name(s.stored_in, lang) if s.stored_in else msg("none", lang),
            "legal_basis": legal,
            "legal_note": s.text("legal_note", lang) or msg("none", lang),
            "users": s.text("users", lang) or msg("none", lang),
            "flows": flows,
        }
        if brief:
            row = {k: row[k] for k in ("source", "source_type", "stored_in", "flows")}
        rows.append(row)
    frame = pd.DataFrame(rows)
    frame.index = range(1, len(frame) + 1)
    return frame.rename(columns={k: pick(HEADINGS[k], lang) for k in frame.columns})
