"""Fjällgården's data sources: the inventory, its coverage of the lesson's data points, the map.

The company's inventory lives in ``data/sources.toml``. A learner adds sources with
:func:`add_source`, which never changes the inventory it is given but returns a new one, and
keeps them with :func:`save_mine` (the file is written atomically in the work folder).

>>> from course_lib import sources
>>> company = sources.company_inventory()
>>> company.source("web_events").source_type
'first_party'
>>> [f.target for f in company.flows_from("crm")]
['meta', 'google_ads', 'email_tool']
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, fields, replace
from functools import cache
from pathlib import Path

import pandas as pd

from . import catalog
from .core import storage
from .core.errors import CourseError
from .core.i18n import get_language, messages, pick
from .core.paths import data_dir, work_dir
from .core.plotting import BLUE, GREEN, INK, LIGHT, LINE, ORANGE, TEXT, VERMILLION, tint

FILE_NAME = "my_sources.json"
VERSION = 1
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
        table = inventory(of=self).to_html()
        return (f"<p>ℹ️ {self.notice}</p>" if self.notice else "") + table


# ------------------------------------------------------------------------- loading
def _row(cls, row: dict):
    names = {f.name for f in fields(cls)}
    return cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items() if k in names})


@cache
def company_inventory() -> Inventory:
    """Fjällgården's inventory as committed in ``data/sources.toml``."""
    raw = tomllib.loads((data_dir() / "sources.toml").read_text(encoding="utf-8"))
    inv = Inventory(
        sources=tuple(_row(Source, r) for r in raw["sources"]),
        systems=tuple(_row(System, r) for r in raw["systems"]),
        flows=tuple(_row(Flow, r) for r in raw["flows"]),
        legal_bases=tuple(_row(LegalBasis, r) for r in raw["legal_bases"]),
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


# ------------------------------------------------------------------------- tables
def _names(keys: Iterable[str], lang: str) -> str:
    return ", ".join(catalog.name_of(k, lang) for k in keys) or msg("none", lang)


def inventory(language: str | None = None, *, of: Inventory | None = None,
              brief: bool = False) -> pd.DataFrame:
    """The inventory as a table, one row per source, in the chosen language.

    ``of`` is the inventory to show (by default the company's plus your saved sources);
    ``brief=True`` keeps only the name, type, storage and where the data is sent.
    """
    lang = language or get_language()
    inv = of if of is not None else my_inventory()
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
            "data_types": _names(s.data_types, lang),
            "holds": s.text("holds", lang) or msg("none", lang),
            "data_points": _names(s.data_points, lang),
            "identifiers": _names(s.identifiers, lang),
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


def flows(language: str | None = None, *, of: Inventory | None = None) -> pd.DataFrame:
    """Every flow between systems: from, to, export or integration, and what moves."""
    lang = language or get_language()
    inv = of if of is not None else my_inventory()
    rows = [{"from": inv.node_name(f.source, lang), "to": inv.node_name(f.target, lang),
             "kind": msg(f.kind, lang), "what": f.text("what", lang)}
            for f in inv.flows]
    frame = pd.DataFrame(rows, columns=["from", "to", "kind", "what"])
    frame.index = range(1, len(frame) + 1)
    return frame.rename(columns={k: pick(HEADINGS[k], lang) for k in frame.columns})


def coverage(inventory: Inventory | None = None, language: str | None = None) -> pd.DataFrame:
    """Which of the lesson's 20 data points each source type covers, and through which sources.

    One row per data point, one column per source type; a cell names the sources ("–": none).
    """
    lang = language or get_language()
    inv = inventory if inventory is not None else my_inventory()
    rows = []
    for point in catalog.data_points():
        row = {pick(HEADINGS["data_point"], lang): point.name(lang)}
        for stype in catalog.source_types():
            names = [s.name(lang) for s in inv.sources
                     if s.source_type == stype.key and point.key in s.data_points]
            row[stype.name(lang)] = ", ".join(names) or "–"
        rows.append(row)
    return pd.DataFrame(rows).set_index(pick(HEADINGS["data_point"], lang))


def uncovered(inventory: Inventory | None = None) -> list[str]:
    """Keys of the data points no source in the inventory covers."""
    inv = inventory if inventory is not None else my_inventory()
    covered = {p for s in inv.sources for p in s.data_points}
    return [p.key for p in catalog.data_points() if p.key not in covered]


# ------------------------------------------------------------------------- adding a source
def _fold(text: str) -> str:
    return str(text).strip().casefold()


def _as_list(value) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    return list(value)


def _resolve(value, entries: Sequence, error: str) -> str:
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
    stype = _resolve(source_type, catalog.source_types(), "unknown_source_type")
    dtypes = [_resolve(v, catalog.data_types(), "unknown_data_type") for v in _as_list(data_types)]
    points = [_resolve(v, catalog.data_points(), "unknown_data_point") for v in _as_list(data_points)]
    ids = [_resolve(v, catalog.identifiers(), "unknown_identifier") for v in _as_list(identifiers)]
    bases = [_resolve(v, inventory.legal_bases, "unknown_legal_basis") for v in _as_list(legal_basis)]
    storage = _resolve(stored_in, inventory.systems, "unknown_storage") if stored_in else ""
    targets = [_resolve(v, inventory.systems, "unknown_system") for v in _as_list(flows_to)]
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


# ------------------------------------------------------------------------- saving
def my_sources_path() -> Path:
    return work_dir() / FILE_NAME


def save_mine(inventory: Inventory, path: Path | None = None) -> Path:
    """Keep the sources you added (and their flows) in your work folder. Returns the file."""
    path = path or my_sources_path()
    added = inventory.added
    keys = {s.key for s in added}
    data = {
        "version": VERSION,
        "sources": [asdict(s) for s in added],
        "flows": [asdict(f) for f in inventory.flows if f.source in keys],
    }
    storage.save_json(path, data)
    return path


def my_inventory(path: Path | None = None) -> Inventory:
    """The company's inventory plus the sources you saved with :func:`save_mine`."""
    path = path or my_sources_path()
    company = company_inventory()
    if not path.exists():
        return company
    try:
        data = storage.read_json(path)
        added = tuple(_row(Source, {**row, "added": True}) for row in data["sources"])
        extra_flows = tuple(_row(Flow, row) for row in data["flows"])
        inv = replace(company, sources=company.sources + added, flows=company.flows + extra_flows)
        if problems_in(inv):
            raise ValueError("inconsistent")
    except (ValueError, KeyError, TypeError, AttributeError):
        backup = storage.set_aside(path)
        return replace(company, notice=msg("corrupt", backup=backup.name))
    return inv


def forget_mine(path: Path | None = None) -> Path | None:
    """Start over from the company's inventory; your file is kept as a backup (returned)."""
    path = path or my_sources_path()
    with storage.locked(path):
        return storage.set_aside(path, "reset") if path.exists() else None


# ------------------------------------------------------------------------- the map
SOURCE_TYPE_COLOURS = {"first_party": BLUE, "second_party": ORANGE, "third_party": GREEN}
# The frame's line says the source type too, so the colour is never the only cue.
SOURCE_TYPE_LINES = {"first_party": "-", "second_party": "--", "third_party": ":"}
FLOW_COLOURS = {"export": VERMILLION, "integration": BLUE}
_X = {"source": 0.13, "storage": 0.52, "platform": 0.87}


def _wrap(text: str, width: int = 24) -> str:
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


def _spread(ys: dict[str, float], gap: float) -> dict[str, float]:
    """Push boxes in one column apart so none overlaps, keeping their order."""
    order = sorted(ys, key=lambda k: -ys[k])
    placed: dict[str, float] = {}
    last = None
    for key in order:
        y = ys[key] if last is None else min(ys[key], last - gap)
        placed[key] = last = y
    low = min(placed.values(), default=0.0)
    if low < 0.03:  # shift the column up if it ran off the bottom
        placed = {k: v + (0.03 - low) for k, v in placed.items()}
    return placed


def layout(inv: Inventory) -> dict[str, tuple[float, float]]:
    """(x, y) of every box on the map: sources in order of where they are stored, each system
    beside the things connected to it."""
    storage = [s.key for s in inv.systems if s.stage == "storage"]
    platforms = [s.key for s in inv.systems if s.stage == "platform"]
    rank = {k: i for i, k in enumerate(storage + platforms)}
    ordered = sorted(inv.sources, key=lambda s: rank.get(s.stored_in, len(rank)))
    top, bottom = 0.91, 0.03
    step = (top - bottom) / max(len(ordered) - 1, 1)
    pos = {s.key: (_X["source"], top - i * step) for i, s in enumerate(ordered)}
    for stage, keys in (("storage", storage), ("platform", platforms)):
        wanted = {}
        for key in keys:
            ys = [pos[s.key][1] for s in inv.sources if s.stored_in == key]
            ys += [pos[f.source][1] for f in inv.flows if f.target == key and f.source in pos]
            wanted[key] = sum(ys) / len(ys) if ys else 0.5
        gap = max(step, 0.1) if stage == "storage" else max(step, 0.16)
        for key, y in _spread(wanted, gap=gap).items():
            pos[key] = (_X[stage], y)
    return pos


def ecosystem_map(inventory: Inventory | None = None, highlight: str | Sequence[str] | None = None,
                  language: str | None = None):
    """Sources → storage → platforms as one picture. Returns the matplotlib Figure.

    Boxes on the left are coloured by source type; grey arrows show where each source is stored;
    coloured arrows are the flows, labelled export or integration. ``highlight`` names one or
    more sources (by key or name) to draw in bold, with the rest faded.
    """
    from .core.plotting import finish, style

    plt = style()
    lang = language or get_language()
    inv = inventory if inventory is not None else my_inventory()
    marked = {_resolve(v, inv.sources, "unknown_source") for v in _as_list(highlight)}
    pos = layout(inv)
    fig, ax = plt.subplots(figsize=(13, max(7.0, 0.55 * len(inv.sources) + 1.5)))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1.0)

    def dim(*keys: str) -> bool:
        return bool(marked) and not (marked & set(keys))

    for stage in STAGES:
        ax.text(_X[stage], 0.99, msg(f"stage_{stage}", lang), ha="center", va="center",
                fontsize=13, fontweight="bold", color=TEXT)

    boxes = {}
    for s in inv.sources:
        colour = SOURCE_TYPE_COLOURS[s.source_type]
        bold = s.key in marked
        label = s.name(lang) + (f" ({msg('new_mark', lang)})" if s.added else "")
        # Dark text on a light tint of the type's colour: readable, and the frame keeps the hue.
        boxes[s.key] = ax.text(
            *pos[s.key], _wrap(label, 26), ha="center", va="center", fontsize=9, color=INK,
            fontweight="bold" if bold else "normal", alpha=0.4 if dim(s.key) else 1.0, zorder=6,
            bbox={"boxstyle": "round,pad=0.4", "fc": tint(colour, 0.75), "ec": colour,
                  "ls": SOURCE_TYPE_LINES[s.source_type], "lw": 3.5 if bold else 2,
                  "alpha": 0.4 if dim(s.key) else 1.0})
    for system in inv.systems:
        platform = system.stage == "platform"
        boxes[system.key] = ax.text(
            *pos[system.key], _wrap(system.name(lang), 18), ha="center", va="center", fontsize=10,
            fontweight="bold", zorder=6, color="white" if platform else INK,
            bbox={"boxstyle": "round,pad=0.5", "fc": INK if platform else LIGHT, "ec": INK})
    fig.canvas.draw()  # place the boxes, so arrows can start and end at their edges

    labels: list[tuple[float, float]] = []

    def arrow(start, end, colour, style, width, alpha, label=None):
        ax.annotate("", xy=pos[end], xytext=pos[start], zorder=3, arrowprops={
            "arrowstyle": "-|>", "color": colour, "lw": width, "ls": style, "alpha": alpha,
            "patchA": boxes[start].get_bbox_patch(), "patchB": boxes[end].get_bbox_patch(),
            "shrinkA": 2, "shrinkB": 2, "mutation_scale": 14})
        if label:
            (x0, y0), (x1, y1) = pos[start], pos[end]
            for t in (0.5, 0.35, 0.65, 0.25, 0.75, 0.45, 0.55):  # a spot no other label took
                x, y = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
                if all(abs(x - a) > 0.15 or abs(y - b) > 0.06 for a, b in labels):
                    break
            labels.append((x, y))
            ax.text(x, y, label, ha="center", va="center",
                    fontsize=8, color=INK, alpha=max(alpha, 0.6), zorder=5,
                    bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": colour, "lw": 0.6,
                          "alpha": 0.9})

    for s in inv.sources:
        if s.stored_in:
            arrow(s.key, s.stored_in, LINE, "-", 1.0 + 1.5 * (s.key in marked),
                  0.2 if dim(s.key) else 0.6)
    for f in inv.flows:
        label = _wrap(f"{msg(f.kind, lang)}: {f.text('what', lang)}", 30)
        arrow(f.source, f.target, FLOW_COLOURS[f.kind], "--" if f.kind == "export" else "-",
              1.8 + 1.2 * (f.source in marked), 0.25 if dim(f.source) else 0.95, label)

    handles = [plt.Rectangle((0, 0), 1, 1, fc=tint(SOURCE_TYPE_COLOURS[t.key], 0.75),
                             ec=SOURCE_TYPE_COLOURS[t.key], ls=SOURCE_TYPE_LINES[t.key], lw=2,
                             label=t.name(lang)) for t in catalog.source_types()]
    handles += [
        plt.Line2D([], [], color=LINE, lw=1.2, label=msg("stored_arrow", lang)),
        plt.Line2D([], [], color=FLOW_COLOURS["integration"], lw=2, label=msg("integration", lang)),
        plt.Line2D([], [], color=FLOW_COLOURS["export"], lw=2, ls="--", label=msg("export", lang)),
    ]
    ax.legend(handles=handles, loc="upper center", ncol=6, frameon=False,
              bbox_to_anchor=(0.5, 0.0), fontsize=9)
    ax.set_title(msg("map_title", lang), fontsize=14, pad=16)
    fig.tight_layout()
    return finish(fig, alt=ecosystem_alt(inv, marked, lang))


def ecosystem_alt(inv: Inventory, marked: set[str], lang: str) -> str:
    """The map in words: the sources by type, where they are stored, every flow and its kind."""
    from .core.plotting import alt_sentence, listing

    names = {s.key: s.name(lang) for s in inv.sources} | {x.key: x.name(lang) for x in inv.systems}
    types = [f"{sum(s.source_type == t.key for s in inv.sources)} {t.name(lang).lower()}"
             for t in catalog.source_types()]
    stored = dict.fromkeys(names[s.stored_in] for s in inv.sources if s.stored_in in names)
    flows = [f"{names.get(f.source, f.source)} → {names.get(f.target, f.target)} ({msg(f.kind, lang)})"
             for f in inv.flows]
    details = [msg("alt_sources", lang, items=listing(types, lang)),
               msg("alt_storage", lang, items=listing(list(stored), lang)),
               msg("alt_flows", lang, items=listing(flows, lang)) if flows else ""]
    if marked:
        details.append(msg("alt_marked", lang, items=listing([names[k] for k in marked], lang)))
    return alt_sentence("flow", msg("map_alt", lang, n=len(inv.sources)), *details, language=lang)
