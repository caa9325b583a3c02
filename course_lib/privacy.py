"""GDPR for marketers: the principles, the legal bases, the special categories, and an audit.

Everything is read from ``data/gdpr.toml`` and the catalogue; nothing is read at import time.
A *plan* is a list of proposed collection items (dicts, or rows of a DataFrame) with the
columns ``data``, ``purpose`` and ``legal_basis`` and, if you like, ``source``,
``retention``, ``gdpr`` (the class of a free-text data name) and ``exception`` (an
Art. 9(2) exception). ``audit_plan`` returns one or more findings per item.

>>> import course_lib
>>> from course_lib import privacy
>>> _ = course_lib.set_language("sv")
>>> plan = [{"data": "political_opinion", "purpose": "Kampanj", "legal_basis": "consent"},
...         {"data": "email", "purpose": "Nyhetsbrev", "legal_basis": "consent"}]
>>> [(f.data, f.level) for f in privacy.audit_plan(plan)]
[('Politisk åsikt', 'forbidden'), ('E-postadress', 'ok')]
>>> len(privacy.principles()), len(privacy.legal_bases()), len(privacy.special_categories())
(7, 6, 8)
"""

from __future__ import annotations

import difflib
import math
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

from . import catalog
from .catalog import Entry
from .core.errors import CourseError
from .core.i18n import get_language, messages
from .core.paths import data_dir

# Most serious first. The first three mean "change the plan"; caution means "allowed, with care".
LEVELS = ("forbidden", "needs_basis", "not_needed", "caution", "ok")
PROBLEMS = frozenset({"forbidden", "needs_basis", "not_needed"})
REQUIRED = ("data", "purpose", "legal_basis")
OPTIONAL = ("source", "retention", "gdpr", "exception", "id")

msg = messages(
    {
        "level_forbidden": {"sv": "⛔ Inte tillåtet", "en": "⛔ Not allowed"},
        "level_needs_basis": {"sv": "⚖️ Saknar rättslig grund", "en": "⚖️ Needs a legal basis"},
        "level_not_needed": {"sv": "✂️ Behövs inte", "en": "✂️ Not needed"},
        "level_caution": {"sv": "⚠️ Tillåtet, men varsamt", "en": "⚠️ Allowed, with care"},
        "level_ok": {"sv": "✅ OK", "en": "✅ OK"},
        "special_category": {
            "sv": "{data}: en särskild kategori enligt artikel 9 ({category}). Sådana uppgifter är "
            "förbjudna att behandla utan ett undantag i artikel 9.2, till exempel uttryckligt "
            "samtycke; en vanlig rättslig grund räcker inte.",
            "en": "{data}: a special category under Article 9 ({category}). Such data is "
            "prohibited to process without an exception in Article 9(2), such as explicit "
            "consent; an ordinary legal basis is not enough.",
        },
        "special_with_exception": {
            "sv": "{data}: en särskild kategori ({category}). Med {exception} kan den vara "
            "tillåten, men kraven är höga och den hör sällan hemma i marknadsföring.",
            "en": "{data}: a special category ({category}). With {exception} it may be "
            "allowed, but the bar is high and it rarely belongs in marketing.",
        },
        "sensitive": {
            "sv": "{data}: ingen särskild kategori, men integritetskänslig. Uppgiften kan skada "
            "eller diskriminera om den läcker eller används fel. Skulle kunden bli förvånad? "
            "Läs också annonsplattformens regler.",
            "en": "{data}: not a special category, but privacy-sensitive. The data can harm "
            "or discriminate if it leaks or is misused. Would the customer be surprised? Read "
            "the ad platform's rules too.",
        },
        "personnummer": {
            "sv": "Personnumret är ingen särskild kategori, men har extra skydd i svensk lag "
            "(dataskyddslagen 3 kap. 10 §). I marknadsföring behövs det nästan aldrig, eftersom "
            "kundnummer eller e-postadress räcker för att känna igen kunden.",
            "en": "The personal identity number is not a special category, but it has extra "
            "protection in Swedish law (the Data Protection Act, chapter 3, section 10). "
            "Marketing almost never needs it, since a customer number or email address is "
            "enough to recognise the customer.",
        },
        "no_purpose": {
            "sv": "Inget syfte angivet för {data}. Uppgiftsminimering: samla bara in det som "
            "behövs för ett bestämt syfte.",
            "en": "No purpose stated for {data}. Data minimisation: collect only what a stated "
            "purpose needs.",
        },
        "vague_purpose": {
            "sv": "Syftet ”{purpose}” är inget syfte. Uppgiftsminimering: det du samlar in i "
            "onödan får du ändå ingen nytta av.",
            "en": "The purpose “{purpose}” is no purpose. Data minimisation: what you collect "
            "for no reason is of no use to you anyway.",
        },
        "no_basis": {
            "sv": "Ingen rättslig grund angiven för {data}. Välj en av de sex i artikel 6.",
            "en": "No legal basis stated for {data}. Choose one of the six in Article 6.",
        },
        "unknown_basis": {
            "sv": "”{basis}” är ingen rättslig grund. Artikel 6 har sex: {bases}.",
            "en": "“{basis}” is not a legal basis. Article 6 has six: {bases}.",
        },
        "no_retention": {
            "sv": "Lagringstiden ”{retention}” är ingen gräns. Lagringsminimering: bestäm hur "
            "länge uppgiften behövs.",
            "en": "The retention “{retention}” sets no limit. Storage limitation: decide how "
            "long the data is needed.",
        },
        "ok": {
            "sv": "Tydligt syfte och en rättslig grund.",
            "en": "A clear purpose and a legal basis.",
        },
        "not_in_catalogue": {
            "sv": "{data}: finns inte i katalogen och räknas därför som en vanlig personuppgift. "
            "Kontrollera själv att uppgiften inte avslöjar något som artikel 9 skyddar, till "
            "exempel hälsa eller tro.",
            "en": "{data}: not in the catalogue, so judged as ordinary personal data. Check "
            "yourself that the data reveals nothing Article 9 protects, such as health or religion.",
        },
        # errors in the plan itself
        "plan_type": {
            "sv": "En plan ska vara en lista med rader (ordböcker) eller en tabell, inte {kind}.",
            "en": "A plan must be a list of rows (dictionaries) or a table, not {kind}.",
        },
        "plan_hint": {
            "sv": "Till exempel: [{{\"data\": \"email\", \"purpose\": \"Nyhetsbrev\", "
            "\"legal_basis\": \"consent\"}}]",
            "en": "For example: [{{\"data\": \"email\", \"purpose\": \"Newsletter\", "
            "\"legal_basis\": \"consent\"}}]",
        },
        "row_type": {
            "sv": "Rad {n} i planen är {kind}, inte en ordbok med kolumnerna {columns}.",
            "en": "Row {n} of the plan is {kind}, not a dictionary with the columns {columns}.",
        },
        "missing_column": {
            "sv": "Kolumnen ”{column}” saknas{where}.",
            "en": "The column “{column}” is missing{where}.",
        },
        "in_row": {"sv": " i rad {n}", "en": " in row {n}"},
        "did_you_mean": {"sv": "Menade du ”{name}”?", "en": "Did you mean “{name}”?"},
        "required_columns": {
            "sv": "Varje rad behöver {columns}.",
            "en": "Every row needs {columns}.",
        },
        "unknown_key": {
            "sv": "Rad {n}: datapunkten ”{key}” finns inte i katalogen.",
            "en": "Row {n}: the data point “{key}” is not in the catalogue.",
        },
        "known_keys": {
            "sv": "Skriv en nyckel ur katalogen, till exempel {examples}, eller ett namn med vanliga ord.",
            "en": "Write a key from the catalogue, such as {examples}, or a name in plain words.",
        },
        "empty_data": {
            "sv": "Rad {n}: kolumnen ”data” är tom. Skriv vilken uppgift som ska samlas in.",
            "en": "Row {n}: the column “data” is empty. Write which data is to be collected.",
        },
        "bad_value": {
            "sv": "Rad {n}: kolumnen ”{column}” ska innehålla text, inte {kind}.",
            "en": "Row {n}: the column “{column}” should hold text, not {kind}.",
        },
        "unknown_choice": {
            "sv": "Rad {n}: ”{value}” är inget giltigt värde i kolumnen ”{column}”.",
            "en": "Row {n}: “{value}” is not a valid value in the column “{column}”.",
        },
        "choose_from": {"sv": "Välj bland: {options}.", "en": "Choose from: {options}."},
        # table headings
        "col_data": {"sv": "Uppgift", "en": "Data"},
        "col_gdpr": {"sv": "GDPR-klass", "en": "GDPR class"},
        "col_verdict": {"sv": "Bedömning", "en": "Verdict"},
        "col_why": {"sv": "Varför", "en": "Why"},
        "col_purpose": {"sv": "Syfte", "en": "Purpose"},
        "col_basis": {"sv": "Rättslig grund", "en": "Legal basis"},
        "col_source": {"sv": "Källa", "en": "Source"},
        "col_retention": {"sv": "Lagringstid", "en": "Retention"},
        "col_article": {"sv": "Artikel", "en": "Article"},
        "col_name": {"sv": "Namn", "en": "Name"},
        "col_meaning": {"sv": "Vad det betyder", "en": "What it means"},
        "col_example": {"sv": "Exempel", "en": "Example"},
        "col_points": {"sv": "Lektionens datapunkter och ID:n", "en": "The lesson's data points and IDs"},
        "none": {"sv": "–", "en": "–"},
        "free_text": {"sv": "(fritext)", "en": "(free text)"},
    },
    __name__,
)


# ---------------------------------------------------------------------------- the law as data
@dataclass(frozen=True)
class Principle(Entry):
    article: str = ""


@dataclass(frozen=True)
class LegalBasis(Entry):
    article: str = ""
    example_sv: str = ""
    example_en: str = ""

    def example(self, language: str | None = None) -> str:
        return getattr(self, f"example_{language or get_language()}")


@dataclass(frozen=True)
class SpecialCategory(Entry):
    data_points: tuple[str, ...] = ()
    words_sv: tuple[str, ...] = ()
    words_en: tuple[str, ...] = ()


@dataclass(frozen=True)
class Exception9(Entry):
    article: str = ""


_KINDS = {"principles": Principle, "legal_bases": LegalBasis,
          "special_categories": SpecialCategory, "exceptions": Exception9}


@cache
def _load() -> dict:
    raw = tomllib.loads((data_dir() / "gdpr.toml").read_text(encoding="utf-8"))
    loaded = {
        section: tuple(cls(**{k: tuple(v) if isinstance(v, list) else v for k, v in row.items()})
                       for row in raw[section])
        for section, cls in _KINDS.items()
    }
    loaded["vague"] = {k: tuple(v) for k, v in raw["vague"].items()}
    return loaded


def principles() -> tuple[Principle, ...]:
    """The seven principles of Article 5."""
    return _load()["principles"]


def legal_bases() -> tuple[LegalBasis, ...]:
    """The six legal bases of Article 6."""
    return _load()["legal_bases"]


def special_categories() -> tuple[SpecialCategory, ...]:
    """The special categories of personal data in Article 9."""
    return _load()["special_categories"]


def exceptions() -> tuple[Exception9, ...]:
    """The Article 9(2) exceptions the audit knows (explicit consent)."""
    return _load()["exceptions"]


def _by_key_or_name(entries, value: str):
    wanted = value.strip().casefold()
    for entry in entries:
        if wanted in {entry.key.casefold(), entry.name_sv.casefold(), entry.name_en.casefold()}:
            return entry
    return None


def legal_basis(value: str) -> LegalBasis | None:
    """The legal basis named by a key ("consent") or a name in either language, else None."""
    return _by_key_or_name(legal_bases(), value) if isinstance(value, str) else None


def special_category_of(data: str) -> SpecialCategory | None:
    """The Art. 9 category a data point key or a free-text data name reveals, if any.

    >>> special_category_of("political_opinion").key
    'political_opinions'
    >>> special_category_of("Skador och sjukdomar").key
    'health'
    >>> special_category_of("Skostorlek") is None
    True
    """
    text = data.strip().casefold()
    for category in special_categories():
        if text in category.data_points:
            return category
    for category in special_categories():
        for word in (*category.words_sv, *category.words_en):
            if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text):
                return category
    return None


# ---------------------------------------------------------------------------- tables to read
def _frame(rows: list[dict], index: str):
    """A table a marketer reads: headed in the current language, indexed by ``index``."""
    import pandas as pd

    frame = pd.DataFrame(rows).drop(columns="key").set_index(index)
    frame.index.name = msg(f"col_{index}")
    return frame.rename(columns=lambda c: msg(f"col_{c}"))


def principles_frame():
    """Article 5's principles as a table: article, name, what it means."""
    return _frame([{"key": p.key, "article": p.article, "name": p.name(), "meaning": p.description()}
                   for p in principles()], "article")


def legal_bases_frame():
    """Article 6's legal bases as a table, each with an everyday example."""
    return _frame([{"key": b.key, "article": b.article, "name": b.name(), "meaning": b.description(),
                    "example": b.example()} for b in legal_bases()], "article")


def special_categories_frame():
    """Article 9's special categories, with the lesson's data points that belong to them."""
    rows = []
    for c in special_categories():
        points = ", ".join(catalog.data_point(k).name() for k in c.data_points) or msg("none")
        rows.append({"key": c.key, "name": c.name(), "meaning": c.description(), "points": points})
    return _frame(rows, "name")


def gdpr_classes_frame():
    """The catalogue's three GDPR classes, each with the data points and IDs that belong to it."""
    rows = []
    for cls in catalog.gdpr_classes():
        members = [dp.name() for dp in catalog.data_points() if dp.gdpr == cls.key]
        members += [i.name() for i in catalog.identifiers() if i.gdpr == cls.key]
        rows.append({"key": cls.key, "name": cls.name(), "meaning": cls.description(),
                     "points": ", ".join(members)})
    return _frame(rows, "name")


# ---------------------------------------------------------------------------- the example plan
@cache
def _plan_rows() -> tuple[dict, ...]:
    raw = tomllib.loads((data_dir() / "fjallgarden_plan.toml").read_text(encoding="utf-8"))
    return tuple(raw["items"])


def example_plan(language: str | None = None) -> list[dict]:
    """Fjällgården's proposed data-collection plan (the audit exercise), in the chosen language."""
    lang = language or get_language()
    plan = []
    for row in _plan_rows():
        def text(field, row=row):
            return row[field] if field in row else row.get(f"{field}_{lang}", "")

        plan.append({"id": row["id"], "data": text("data"), "purpose": text("purpose"),
                     "legal_basis": text("legal_basis"), "source": row.get("source", ""),
                     "retention": text("retention")})
    return plan


# ---------------------------------------------------------------------------- the audit
@dataclass(frozen=True)
class Finding:
    """One thing the audit says about one item of the plan."""

    item: int  # the item's position in the plan, from 0
    data: str  # the data as the learner reads it
    level: str  # one of LEVELS
    code: str  # a stable name for the rule, e.g. "special_category"
    message: str

    @property
    def problem(self) -> bool:
        """True when the plan must change: not allowed, no legal basis, or not needed."""
        return self.level in PROBLEMS

    def __str__(self) -> str:
        return f"{level_name(self.level)} · {self.data}: {self.message}"


def level_name(level: str) -> str:
    """The level as the learner reads it, e.g. "⛔ Inte tillåtet"."""
    return msg(f"level_{level}")


def _kind(value: object) -> str:
    return type(value).__name__


def _rows(plan: object) -> list[Mapping]:
    """The plan as a list of mappings, or a CourseError saying what is wrong with it."""
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover
        pd = None
    if pd is not None and isinstance(plan, pd.DataFrame):
        for column in REQUIRED:
            if column not in plan.columns:
                raise _missing(column, [str(c) for c in plan.columns], None)
        return plan.to_dict("records")
    if isinstance(plan, (str, bytes, Mapping)) or not isinstance(plan, Sequence):
        raise CourseError(msg("plan_type", kind=_kind(plan)), hint=msg("plan_hint"))
    rows = list(plan)
    for n, row in enumerate(rows, start=1):
        if not isinstance(row, Mapping):
            raise CourseError(msg("row_type", n=n, kind=_kind(row), columns=", ".join(REQUIRED)),
                              hint=msg("plan_hint"))
        for column in REQUIRED:
            if column not in row:
                raise _missing(column, [str(k) for k in row], n)
    return rows


def _missing(column: str, present: list[str], n: int | None) -> CourseError:
    where = msg("in_row", n=n) if n is not None else ""
    close = difflib.get_close_matches(column, present, n=1, cutoff=0.6)
    hint = msg("did_you_mean", name=close[0]) if close else msg(
        "required_columns", columns=", ".join(f"“{c}”" for c in REQUIRED))
    return CourseError(msg("missing_column", column=column, where=where), hint=hint)


def _text(row: Mapping, column: str, n: int) -> str:
    value = row.get(column, "")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if type(value).__name__ in {"NAType", "NaTType"}:
        return ""
    raise CourseError(msg("bad_value", n=n, column=column, kind=_kind(value)))


_KEYLIKE = re.compile(r"[a-z0-9]+(_[a-z0-9]+)+")


@dataclass(frozen=True)
class _Data:
    name: str
    gdpr: str  # ordinary | sensitive | special
    key: str | None  # catalogue key, None for free text


def _catalogue_entry(value: str):
    wanted = value.casefold()
    for entry in (*catalog.data_points(), *catalog.identifiers()):
        if wanted in {entry.key.casefold(), entry.name_sv.casefold(), entry.name_en.casefold()}:
            return entry
    return None


def data_name(value: str, language: str | None = None) -> str:
    """The name a learner reads for a catalogue key (in the chosen language), else the text itself.

    >>> data_name("movement_patterns", "sv"), data_name("movement_patterns", "en")
    ('Rörelsemönster', 'Movement patterns')
    """
    entry = _catalogue_entry(str(value).strip())
    return entry.name(language) if entry else str(value).strip()


def _resolve(value: str, gdpr_given: str, n: int) -> _Data:
    entry = _catalogue_entry(value)
    if entry is not None:
        return _Data(entry.name(), entry.gdpr, entry.key)
    if _KEYLIKE.fullmatch(value):  # looks like a catalogue key, but is none: a typo
        keys = [e.key for e in (*catalog.data_points(), *catalog.identifiers())]
        close = difflib.get_close_matches(value, keys, n=1, cutoff=0.6)
        hint = msg("did_you_mean", name=close[0]) if close else msg(
            "known_keys", examples="“age”, “interests”, “email”")
        raise CourseError(msg("unknown_key", n=n, key=value), hint=hint)
    if gdpr_given:
        cls = _by_key_or_name(catalog.gdpr_classes(), gdpr_given)
        if cls is None:
            options = ", ".join(f"“{c.key}”" for c in catalog.gdpr_classes())
            raise CourseError(msg("unknown_choice", n=n, value=gdpr_given, column="gdpr"),
                              hint=msg("choose_from", options=options))
        return _Data(value, cls.key, None)
    return _Data(value, "special" if special_category_of(value) else "ordinary", None)


def _contains_any(text: str, phrases: Sequence[str]) -> bool:
    folded = text.casefold()
    return any(p in folded for p in phrases)


def _audit_item(row: Mapping, index: int) -> list[Finding]:
    n = index + 1
    raw_data = _text(row, "data", n)
    if not raw_data:
        raise CourseError(msg("empty_data", n=n))
    data = _resolve(raw_data, _text(row, "gdpr", n), n)
    purpose = _text(row, "purpose", n)
    basis_text = _text(row, "legal_basis", n)
    retention = _text(row, "retention", n)
    source = _text(row, "source", n)
    exception_text = _text(row, "exception", n)
    if source and _by_key_or_name(catalog.source_types(), source) is None:
        options = ", ".join(f"“{s.key}”" for s in catalog.source_types())
        raise CourseError(msg("unknown_choice", n=n, value=source, column="source"),
                          hint=msg("choose_from", options=options))
    exception = _by_key_or_name(exceptions(), exception_text) if exception_text else None
    if exception_text and exception is None:
        options = ", ".join(f"“{e.key}”" for e in exceptions())
        raise CourseError(msg("unknown_choice", n=n, value=exception_text, column="exception"),
                          hint=msg("choose_from", options=options))

    found: list[tuple[str, str, str]] = []  # (level, code, message)
    if data.gdpr == "special":
        category = special_category_of(data.key or data.name)
        category_name = category.name() if category else catalog.gdpr_class("special").name()
        if exception is not None:
            found.append(("caution", "special_with_exception", msg(
                "special_with_exception", data=data.name, category=category_name,
                exception=exception.name().lower())))
        else:
            found.append(("forbidden", "special_category", msg(
                "special_category", data=data.name, category=category_name)))
    if data.key == "personnummer":
        found.append(("not_needed", "personnummer", msg("personnummer")))
    elif data.gdpr == "sensitive":
        found.append(("caution", "sensitive", msg("sensitive", data=data.name)))
    vague = _load()["vague"]
    if not purpose:
        found.append(("not_needed", "no_purpose", msg("no_purpose", data=data.name)))
    elif _contains_any(purpose, vague["purposes_sv"] + vague["purposes_en"]):
        found.append(("not_needed", "vague_purpose", msg("vague_purpose", purpose=purpose)))
    if not basis_text:
        found.append(("needs_basis", "no_basis", msg("no_basis", data=data.name)))
    elif legal_basis(basis_text) is None:
        bases = ", ".join(b.name() for b in legal_bases())
        found.append(("needs_basis", "unknown_basis", msg("unknown_basis", basis=basis_text,
                                                          bases=bases)))
    if retention and _contains_any(retention, vague["retention_sv"] + vague["retention_en"]):
        found.append(("caution", "no_retention", msg("no_retention", retention=retention)))
    if not any(level in PROBLEMS for level, _, _ in found):
        if data.key is None and data.gdpr == "ordinary":
            found.append(("ok", "not_in_catalogue", msg("not_in_catalogue", data=data.name)))
        elif not found:
            found.append(("ok", "ok", msg("ok")))
    found.sort(key=lambda f: LEVELS.index(f[0]))
    return [Finding(index, data.name, level, code, text) for level, code, text in found]


def audit_plan(plan) -> list[Finding]:
    """Audit a data-collection plan against the GDPR: a list of findings, most serious first per item.

    Levels: ``forbidden`` (a special category without an Art. 9(2) exception), ``needs_basis``
    (no or no valid Art. 6 legal basis), ``not_needed`` (no real purpose, or a personnummer),
    ``caution`` (allowed, but privacy-sensitive or kept without limit) and ``ok``.
    A malformed plan raises a CourseError that names the row and column.
    """
    findings: list[Finding] = []
    for index, row in enumerate(_rows(plan)):
        findings.extend(_audit_item(row, index))
    return findings


def problem_items(plan) -> list[int]:
    """Positions of the items that must change: not allowed, no legal basis, or not needed."""
    return sorted({f.item for f in audit_plan(plan) if f.problem})


def verdicts(plan) -> list[str]:
    """The most serious level for each item of the plan, in plan order."""
    rows = _rows(plan)
    worst = ["ok"] * len(rows)
    for f in audit_plan(plan):
        if LEVELS.index(f.level) < LEVELS.index(worst[f.item]):
            worst[f.item] = f.level
    return worst


def audit_table(plan):
    """The audit as a table to read: one row per item, its GDPR class, verdict and reasons."""
    import pandas as pd

    findings = audit_plan(plan)
    rows = _rows(plan)
    table = []
    for index, row in enumerate(rows):
        mine = [f for f in findings if f.item == index]
        worst = min((f.level for f in mine), key=LEVELS.index)
        data = _resolve(_text(row, "data", index + 1), _text(row, "gdpr", index + 1), index + 1)
        cls = catalog.gdpr_class(data.gdpr).name()
        table.append({
            msg("col_data"): mine[0].data,
            msg("col_purpose"): _text(row, "purpose", index + 1) or msg("none"),
            msg("col_gdpr"): cls if data.key else f"{cls} {msg('free_text')}",
            msg("col_verdict"): level_name(worst),
            msg("col_why"): " ".join(f.message for f in mine),
        })
    frame = pd.DataFrame(table)
    frame.index = range(1, len(frame) + 1)
    return frame


def summary(plan) -> str:
    """One line: how many items land at each level, e.g. "⛔ Inte tillåtet: 2 · ✅ OK: 5"."""
    counts = {level: 0 for level in LEVELS}
    for level in verdicts(plan):
        counts[level] += 1
    return " · ".join(f"{level_name(level)}: {count}" for level, count in counts.items() if count)


def plan_frame(plan):
    """The plan itself as a readable table (data, purpose, legal basis, source, retention)."""
    import pandas as pd

    rows = _rows(plan)
    table = []
    for n, row in enumerate(rows, start=1):
        basis = _text(row, "legal_basis", n)
        known = legal_basis(basis)
        source = _text(row, "source", n)
        source_entry = _by_key_or_name(catalog.source_types(), source) if source else None
        table.append({
            msg("col_data"): data_name(_text(row, "data", n)),
            msg("col_purpose"): _text(row, "purpose", n) or msg("none"),
            msg("col_basis"): (known.name() if known else basis) or msg("none"),
            msg("col_source"): source_entry.name() if source_entry else (source or msg("none")),
            msg("col_retention"): _text(row, "retention", n) or msg("none"),
        })
    frame = pd.DataFrame(table)
    frame.index = range(1, len(frame) + 1)
    return frame


def level_names() -> dict[str, str]:
    """Every level with its name in the current language."""
    return {level: level_name(level) for level in LEVELS}


__all__ = [
    "LEVELS", "PROBLEMS", "Finding", "audit_plan", "audit_table", "data_name", "example_plan",
    "exceptions",
    "gdpr_classes_frame", "legal_basis", "legal_bases", "legal_bases_frame", "level_name",
    "level_names", "plan_frame", "principles", "principles_frame", "problem_items",
    "special_categories", "special_categories_frame", "special_category_of", "summary", "verdicts",
]
