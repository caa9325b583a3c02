"""The plan itself: the customer journey's stages, the words a learner may use, a test plan,
the checks on what is typed, and the review of a plan (gaps, GDPR notes)."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .. import catalog
from ..core.errors import CourseError
from ..core.i18n import get_language, messages, pick
from ..core.plotting import GREEN, ORANGE, PINK, SKY

VERSION = 1
MAX_FACTORS = 3

STAGES = ("awareness", "consideration", "purchase", "loyalty")
STAGE_NAMES = {
    "awareness": {"sv": "Medvetenhet", "en": "Awareness"},
    "consideration": {"sv": "Övervägande", "en": "Consideration"},
    "purchase": {"sv": "Köp", "en": "Purchase"},
    "loyalty": {"sv": "Lojalitet", "en": "Loyalty"},
}
STAGE_DESCRIPTIONS = {
    "awareness": {"sv": "Personen får syn på oss för första gången.",
                  "en": "The person notices us for the first time."},
    "consideration": {"sv": "Personen jämför, läser och funderar.",
                      "en": "The person compares, reads and thinks it over."},
    "purchase": {"sv": "Personen köper, på webben eller i butik.",
                 "en": "The person buys, online or in store."},
    "loyalty": {"sv": "Kunden kommer tillbaka och rekommenderar oss.",
                "en": "The customer comes back and recommends us."},
}
# Okabe-Ito colours, one per stage, readable for colour-blind viewers.
STAGE_COLOURS = {"awareness": SKY, "consideration": ORANGE, "purchase": GREEN, "loyalty": PINK}

# Suggestions for the form's free-text fields; the learner may write anything else.
COLLECTION_METHODS = (
    {"sv": "Spårningspixel på webbplatsen", "en": "Tracking pixel on the website"},
    {"sv": "UTM-taggade länkar", "en": "UTM-tagged links"},
    {"sv": "Annonsplattformens målgruppsdata", "en": "The ad platform's audience data"},
    {"sv": "Händelser i webbutiken", "en": "Web shop events"},
    {"sv": "Formulär som sparar i CRM", "en": "Sign-up form that saves to the CRM"},
    {"sv": "Köp i webbutiken", "en": "Purchase in the web shop"},
    {"sv": "Köp i butik (kassasystemet)", "en": "Purchase in store (till system)"},
    {"sv": "Händelser i appen", "en": "App events"},
    {"sv": "Klick i nyhetsbrevet", "en": "Newsletter clicks"},
    {"sv": "Enkät", "en": "Survey"},
)
STORAGE_PLACES = (
    {"sv": "CRM-system", "en": "CRM"},
    {"sv": "Webbanalysverktyg", "en": "Web analytics"},
    {"sv": "Annonsplattformen", "en": "Ad platform"},
    {"sv": "E-postverktyg", "en": "Email tool"},
    {"sv": "Kassasystem", "en": "Till system"},
    {"sv": "Datalager", "en": "Data warehouse"},
)

TEXT_FIELDS = ("other_data", "collection", "storage", "segment", "message")
MAX_TEXT = 300
# The test plan (notebook 08, "Testa oss fram"): what to test, on whom, measured how, how many
# recipients it needs, and what it found. Optional: plans saved before it simply have none.
TEST_TEXT_FIELDS = ("hypothesis", "audience", "metric", "finding")
TEST_METRICS = (
    {"sv": "Köp inom en vecka", "en": "Orders within a week"},
    {"sv": "Klick i e-posten", "en": "Clicks in the e-mail"},
    {"sv": "Klick på annonsen", "en": "Clicks on the ad"},
    {"sv": "Omsättning per mottagare", "en": "Revenue per recipient"},
)

_TABLE = {
    "empty_organisation": {
        "sv": "Dataplanen saknar namnet på organisationen.",
        "en": "The data plan has no organisation name.",
    },
    "empty_organisation_hint": {
        "sv": "Skriv namnet på företaget eller föreningen planen gäller, till exempel "
        "\"Fjällgården\".",
        "en": "Write the name of the company or organisation the plan is for, for example "
        "\"Fjällgården\".",
    },
    "unknown_data_point": {
        "sv": "\"{value}\" finns inte bland kursens datapunkter.",
        "en": "\"{value}\" is not one of the course's data points.",
    },
    "unknown_data_point_hint": {
        "sv": "Välj bland: {names}. Annan data skriver du i fältet för annan data.",
        "en": "Choose from: {names}. Write other data in the field for other data.",
    },
    "unknown_source": {
        "sv": "\"{value}\" är ingen av kursens källtyper.",
        "en": "\"{value}\" is not one of the course's source types.",
    },
    "unknown_source_hint": {
        "sv": "Välj bland: {names}.",
        "en": "Choose from: {names}.",
    },
    "unknown_stage": {
        "sv": "\"{value}\" är inget steg i kundresan.",
        "en": "\"{value}\" is not a stage of the customer journey.",
    },
    "unknown_stage_hint": {
        "sv": "Stegen är: {names}.",
        "en": "The stages are: {names}.",
    },
    "too_many_factors": {
        "sv": "Du har valt {n} faktorer, men planen rymmer högst tre.",
        "en": "You chose {n} factors, but the plan holds at most three.",
    },
    "too_many_factors_hint": {
        "sv": "Börja med de tre faktorer som säger mest om dina kunder; samlar du in för mycket "
        "får du ändå ingen nytta av det.",
        "en": "Start with the three factors that say most about your customers; collect too "
        "much and you will get no use out of it anyway.",
    },
    "not_text": {
        "sv": "Fältet {name} ska innehålla text, inte {value}.",
        "en": "The field {name} should hold text, not {value}.",
    },
    "text_too_long": {
        "sv": "Fältet {name} är för långt ({n} tecken).",
        "en": "The field {name} is too long ({n} characters).",
    },
    "text_too_long_hint": {
        "sv": "Skriv högst {limit} tecken: en kort mening räcker.",
        "en": "Write at most {limit} characters: a short sentence is enough.",
    },
    "bad_shape": {
        "sv": "Det här ser inte ut som en dataplan.",
        "en": "This does not look like a data plan.",
    },
    "bad_shape_hint": {
        "sv": "Skapa den med DataPlan(...) eller hämta den från formuläret med form.plan.",
        "en": "Create it with DataPlan(...) or take it from the form with form.plan.",
    },
    "corrupt": {
        "sv": "Din sparade dataplan gick inte att läsa. Den är sparad som {backup}, och du "
        "börjar med en tom plan.",
        "en": "Your saved data plan could not be read. It has been kept as {backup}, and you "
        "start with an empty plan.",
    },
    # Field names, used in the documents, the picture and the form.
    "field_data_points": {"sv": "Datapunkter", "en": "Data points"},
    "field_other_data": {"sv": "Annan data", "en": "Other data"},
    "field_sources": {"sv": "Källtyp", "en": "Source type"},
    "field_collection": {"sv": "Hur den samlas in", "en": "How it is collected"},
    "field_storage": {"sv": "Var den lagras", "en": "Where it is stored"},
    "field_segment": {"sv": "Segment", "en": "Segment"},
    "field_message": {"sv": "Budskap", "en": "Message"},
    "field_organisation": {"sv": "Organisation", "en": "Organisation"},
    "field_hypothesis": {"sv": "Hypotes", "en": "Hypothesis"},
    "field_audience": {"sv": "Målgrupp", "en": "Audience"},
    "field_metric": {"sv": "Mått", "en": "Metric"},
    "field_baseline": {"sv": "Andel i dag (%)", "en": "Rate today (%)"},
    "field_target": {"sv": "Andel att upptäcka (%)", "en": "Rate to detect (%)"},
    "field_sample_size": {"sv": "Mottagare per grupp", "en": "Recipients per group"},
    "field_finding": {"sv": "Vad testet visade", "en": "What the test found"},
    "doc_test": {"sv": "Test att göra", "en": "Test to run"},
    "test_rates": {"sv": "från {baseline} % till {target} %", "en": "from {baseline}% to {target}%"},
    "bad_rate": {
        "sv": "{name} ska vara en andel i procent mellan 0 och 100, inte {value}.",
        "en": "{name} should be a rate in percent between 0 and 100, not {value}.",
    },
    "bad_rate_hint": {
        "sv": "Skriv till exempel 2 för 2 %. Lämna fältet tomt om du inte vet än.",
        "en": "Write for example 2 for 2%. Leave the field empty if you do not know yet.",
    },
    "bad_sample_size": {
        "sv": "Mottagare per grupp ska vara ett heltal, minst 1, inte {value}.",
        "en": "Recipients per group should be a whole number, at least 1, not {value}.",
    },
    "same_rates": {
        "sv": "Andelen att upptäcka måste skilja sig från andelen i dag, annars finns inget att "
        "upptäcka.",
        "en": "The rate to detect must differ from today's rate, or there is nothing to detect.",
    },
    "field_factors": {"sv": "Tre faktorer att segmentera på", "en": "Three factors to segment on"},
    # Documents.
    "doc_title": {"sv": "Dataplan för {organisation}", "en": "Data plan for {organisation}"},
    "doc_intro": {
        "sv": "Vilken data vi samlar in i varje steg av kundresan, varifrån, hur den samlas in, "
        "var den lagras och vilket segment och budskap den används till.",
        "en": "Which data we collect at each stage of the customer journey, from where, how "
        "it is collected, where it is stored, and which segment and message it serves.",
    },
    "doc_ecosystem": {"sv": "Vårt dataekosystem", "en": "Our data ecosystem"},
    "doc_journey": {"sv": "Kundresan steg för steg", "en": "The customer journey, stage by stage"},
    "doc_notes": {"sv": "Att tänka på", "en": "Things to consider"},
    "doc_gaps": {"sv": "Det här saknas än", "en": "Still missing"},
    "doc_picture_alt": {
        "sv": "Bild av dataekosystemet: källor, insamling, lagring, segment och budskap",
        "en": "Picture of the data ecosystem: sources, collection, storage, segments and messages",
    },
    "not_filled": {"sv": "(ej ifyllt)", "en": "(not filled in)"},
    # Review of a plan.
    "gap_factors": {
        "sv": "Du har valt {n} av tre faktorer att segmentera på.",
        "en": "You have chosen {n} of three factors to segment on.",
    },
    "gap_data": {"sv": "{stage}: vilken data samlas in?", "en": "{stage}: which data is collected?"},
    "gap_storage": {"sv": "{stage}: var lagras datan?", "en": "{stage}: where is the data stored?"},
    "gap_segment": {
        "sv": "{stage}: vilket segment och budskap tjänar datan?",
        "en": "{stage}: which segment and message does the data serve?",
    },
    "note_special": {
        "sv": "{name} är en särskild kategori enligt artikel 9 i GDPR. Den får inte behandlas i "
        "vanlig marknadsföring, så ta bort den ur planen.",
        "en": "{name} is a special category under Article 9 of the GDPR. It may not be "
        "processed in ordinary marketing, so take it out of the plan.",
    },
    "note_sensitive": {
        "sv": "{name} är integritetskänslig: fundera på om ni verkligen behöver den, och "
        "hantera den varsamt.",
        "en": "{name} is privacy-sensitive: ask whether you really need it, and handle it "
        "with care.",
    },
    # The picture.
    "map_title": {"sv": "Dataekosystem: {organisation}", "en": "Data ecosystem: {organisation}"},
    "map_sources": {"sv": "Källor", "en": "Sources"},
    "map_collection": {"sv": "Insamling", "en": "Collection"},
    "map_storage": {"sv": "Lagring", "en": "Storage"},
    "map_segments": {"sv": "Segment och budskap", "en": "Segments and messages"},
    "map_alt": {"sv": "dataplanen för {organisation} i fyra steg, från källor via insamling och "
                      "lagring till segment och budskap",
                "en": "the data plan for {organisation} in four stages, from sources via "
                      "collection and storage to segments and messages"},
    "map_alt_stage": {"sv": "{stage}: {sources} → {collection} → {storage} → {served}",
                      "en": "{stage}: {sources} → {collection} → {storage} → {served}"},
}
msg = messages(_TABLE, __name__)



def stage_name(stage: str, language: str | None = None) -> str:
    """The stage's name in the chosen language: ``stage_name("loyalty", "sv")`` is "Lojalitet"."""
    return pick(STAGE_NAMES[stage], language)


def collection_suggestions(language: str | None = None) -> list[str]:
    return [pick(t, language) for t in COLLECTION_METHODS]


def storage_suggestions(language: str | None = None) -> list[str]:
    return [pick(t, language) for t in STORAGE_PLACES]


# ---------------------------------------------------------------------------- validation
def as_list(value: object) -> list:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, Iterable) and not isinstance(value, Mapping):
        return list(value)
    raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))


def _unique(keys: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(keys))


def data_point_keys(values: object) -> tuple[str, ...]:
    """Catalogue keys for data points given by key or by name in Swedish or English."""
    keys = []
    for value in as_list(values):
        key = catalog.key_for(value, catalog.data_points())
        if key is None:
            names = ", ".join(dp.name() for dp in catalog.data_points())
            raise CourseError(msg("unknown_data_point", value=value),
                              hint=msg("unknown_data_point_hint", names=names))
        keys.append(key)
    return _unique(keys)


def source_type_keys(values: object) -> tuple[str, ...]:
    """Catalogue keys for source types given by key or by name in Swedish or English."""
    keys = []
    for value in as_list(values):
        key = catalog.key_for(value, catalog.source_types())
        if key is None:
            names = ", ".join(s.name() for s in catalog.source_types())
            raise CourseError(msg("unknown_source", value=value),
                              hint=msg("unknown_source_hint", names=names))
        keys.append(key)
    return _unique(keys)


def stage_key(value: object) -> str:
    """A stage given by key or by its name in either language."""
    if isinstance(value, str):
        wanted = value.strip().casefold()
        for stage in STAGES:
            if wanted in {stage, *(n.casefold() for n in STAGE_NAMES[stage].values())}:
                return stage
    names = ", ".join(stage_name(s) for s in STAGES)
    raise CourseError(msg("unknown_stage", value=value), hint=msg("unknown_stage_hint", names=names))


def _text(value: object, name: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CourseError(msg("not_text", name=msg(f"field_{name}"), value=repr(value)))
    text = " ".join(value.split())
    if len(text) > MAX_TEXT:
        raise CourseError(msg("text_too_long", name=msg(f"field_{name}"), n=len(text)),
                          hint=msg("text_too_long_hint", limit=MAX_TEXT))
    return text


def metric_suggestions(language: str | None = None) -> list[str]:
    return [pick(t, language) for t in TEST_METRICS]


# ---------------------------------------------------------------------------- the plan
def _rate(value: object, name: str) -> float | None:
    """A rate in percent (0 < rate < 100), or None when it is not known yet."""
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, int | float) or not 0 < value < 100:
        raise CourseError(msg("bad_rate", name=msg(f"field_{name}"), value=repr(value)),
                          hint=msg("bad_rate_hint"))
    return float(value)


def _count(value: object) -> int | None:
    if value is None or value == "" or value == 0:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise CourseError(msg("bad_sample_size", value=repr(value)))
    return value


@dataclass
class TestPlan:
    """A test the plan will run: a hypothesis about an audience, the metric, today's rate and
    the rate to detect (in percent), the recipients each group needs, and what it found.
    Every field may be left empty."""

    __test__ = False  # not a pytest test class, despite the name

    hypothesis: str = ""
    audience: str = ""
    metric: str = ""
    baseline: float | None = None
    target: float | None = None
    sample_size: int | None = None
    finding: str = ""

    def __post_init__(self) -> None:
        for name in TEST_TEXT_FIELDS:
            setattr(self, name, _text(getattr(self, name), name))
        self.baseline = _rate(self.baseline, "baseline")
        self.target = _rate(self.target, "target")
        if self.baseline is not None and self.baseline == self.target:
            raise CourseError(msg("same_rates"))
        self.sample_size = _count(self.sample_size)

    @property
    def filled(self) -> bool:
        return any(getattr(self, f) not in ("", None) for f in
                   (*TEST_TEXT_FIELDS, "baseline", "target", "sample_size"))

    def needed(self) -> int | None:
        """Recipients per group to detect ``target`` over ``baseline`` (80 % power, 5 %),
        or None until both rates are given."""
        if self.baseline is None or self.target is None:
            return None
        from ..campaigns import sample_size

        return sample_size(self.baseline / 100, (self.target - self.baseline) / 100)

    def with_sample_size(self) -> TestPlan:
        """The same plan with the sample size worked out from the two rates (if given)."""
        needed = self.needed()
        return self if needed is None else TestPlan(**{**self.to_dict(), "sample_size": needed})

    def to_dict(self) -> dict:
        return {"hypothesis": self.hypothesis, "audience": self.audience, "metric": self.metric,
                "baseline": self.baseline, "target": self.target,
                "sample_size": self.sample_size, "finding": self.finding}

    @classmethod
    def from_dict(cls, data: Mapping | None) -> TestPlan:
        if data is None:
            return cls()
        if not isinstance(data, Mapping):
            raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))
        known = {*TEST_TEXT_FIELDS, "baseline", "target", "sample_size"}
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class StagePlan:
    """One stage of the customer journey in the plan. Every field may be left empty."""

    data_points: tuple[str, ...] = ()
    other_data: str = ""
    sources: tuple[str, ...] = ()
    collection: str = ""
    storage: str = ""
    segment: str = ""
    message: str = ""

    def __post_init__(self) -> None:
        self.data_points = data_point_keys(self.data_points)
        self.sources = source_type_keys(self.sources)
        for name in TEXT_FIELDS:
            setattr(self, name, _text(getattr(self, name), name))

    @property
    def has_data(self) -> bool:
        return bool(self.data_points or self.other_data)

    def storage_places(self) -> list[str]:
        """The storage field split into places: "CRM, e-postverktyg" is two places."""
        return _split_places(self.storage)

    def to_dict(self) -> dict:
        return {"data_points": list(self.data_points), "other_data": self.other_data,
                "sources": list(self.sources), "collection": self.collection,
                "storage": self.storage, "segment": self.segment, "message": self.message}

    @classmethod
    def from_dict(cls, data: Mapping) -> StagePlan:
        if not isinstance(data, Mapping):
            raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))
        known = {"data_points", "sources", *TEXT_FIELDS}
        return cls(**{k: v for k, v in data.items() if k in known})


def _split_places(text: str) -> list[str]:
    """Split on commas and semicolons outside parentheses; drop empty parts and repeats."""
    parts, depth, current = [], 0, []
    for char in text:
        depth += char == "("
        depth -= char == ")" and depth > 0
        if char in ",;" and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    places: dict[str, str] = {}
    for part in parts:
        place = part.strip()
        if place:
            place = place[0].upper() + place[1:]
            places.setdefault(place.casefold(), place)
    return list(places.values())


@dataclass
class DataPlan:
    """A data plan for one organisation: three factors and the four stages of the journey.

    Data points and source types may be given by catalogue key or by name in Swedish or
    English; they are stored as keys. A stage missing from ``stages`` is empty.
    """

    organisation: str
    factors: tuple[str, ...] = ()
    stages: dict[str, StagePlan] = field(default_factory=dict)
    test: TestPlan = field(default_factory=TestPlan)

    def __post_init__(self) -> None:
        if self.organisation is not None and not isinstance(self.organisation, str):
            raise CourseError(msg("not_text", name=msg("field_organisation"),
                                  value=repr(self.organisation)))
        self.organisation = _text(self.organisation, "organisation")
        if not self.organisation:
            raise CourseError(msg("empty_organisation"), hint=msg("empty_organisation_hint"))
        self.factors = data_point_keys(self.factors)
        if len(self.factors) > MAX_FACTORS:
            raise CourseError(msg("too_many_factors", n=len(self.factors)),
                              hint=msg("too_many_factors_hint"))
        if not isinstance(self.stages, Mapping):
            raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))
        given = {}
        for name, stage in self.stages.items():
            key = stage_key(name)
            given[key] = stage if isinstance(stage, StagePlan) else StagePlan.from_dict(stage)
        self.stages = {key: given.get(key, StagePlan()) for key in STAGES}
        if self.test is None or isinstance(self.test, Mapping):
            self.test = TestPlan.from_dict(self.test)
        elif not isinstance(self.test, TestPlan):
            raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))

    def to_dict(self) -> dict:
        return {"version": VERSION, "organisation": self.organisation,
                "factors": list(self.factors),
                "stages": {key: self.stages[key].to_dict() for key in STAGES},
                "test": self.test.to_dict()}

    @classmethod
    def from_dict(cls, data: Mapping) -> DataPlan:
        """A plan from :meth:`to_dict`'s form. Bad input raises a CourseError."""
        if not isinstance(data, Mapping) or "organisation" not in data:
            raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))
        # A plan saved before the test plan existed has no "test": it loads as an empty one.
        return cls(organisation=data["organisation"], factors=data.get("factors", ()),
                   stages=data.get("stages") or {}, test=data.get("test"))

    def all_data_points(self) -> tuple[str, ...]:
        """Every data point the plan mentions: the factors first, then each stage's."""
        return _unique([*self.factors, *(k for s in self.stages.values() for k in s.data_points)])

    def _repr_markdown_(self) -> str:
        return plan_to_markdown(self, level=3)


# ---------------------------------------------------------------------------- review
def stage_covered(stage: StagePlan) -> bool:
    """A stage is covered when it names some data and a place where it is stored."""
    return stage.has_data and bool(stage.storage_places())


def plan_gaps(plan: DataPlan, language: str | None = None) -> list[str]:
    """What the plan still lacks, as sentences for the learner (empty when it is complete)."""
    gaps = []
    if len(plan.factors) < MAX_FACTORS:
        gaps.append(msg("gap_factors", language, n=len(plan.factors)))
    for key in STAGES:
        stage, name = plan.stages[key], stage_name(key, language)
        if not stage.has_data:
            gaps.append(msg("gap_data", language, stage=name))
        if not stage.storage_places():
            gaps.append(msg("gap_storage", language, stage=name))
        if not stage.segment and not stage.message:
            gaps.append(msg("gap_segment", language, stage=name))
    return gaps


def gdpr_notes(plan: DataPlan, language: str | None = None) -> list[str]:
    """A warning for each special-category or sensitive data point the plan uses."""
    notes = []
    for key in plan.all_data_points():
        point = catalog.data_point(key)
        if point.gdpr in ("special", "sensitive"):
            notes.append(msg(f"note_{point.gdpr}", language, name=point.name(language)))
    return notes


# ---------------------------------------------------------------------------- as text
def names_of(keys: Iterable[str], language: str) -> str:
    """Catalogue keys by their names in ``language``, joined with commas."""
    return ", ".join(catalog.name_of(k, language) for k in keys)


def stage_rows(stage: StagePlan, language: str) -> list[tuple[str, str]]:
    """(field label, value) pairs of one stage; learner text unescaped, empty as "not filled"."""
    empty = msg("not_filled", language)
    rows = [
        ("data_points", names_of(stage.data_points, language)),
        ("other_data", stage.other_data),
        ("sources", names_of(stage.sources, language)),
        ("collection", stage.collection),
        ("storage", stage.storage),
        ("segment", stage.segment),
        ("message", stage.message),
    ]
    return [(msg(f"field_{k}", language), v or empty) for k, v in rows
            if v or k != "other_data"]


def test_rows(test: TestPlan, language: str) -> list[tuple[str, str]]:
    """(field label, value) pairs of the test plan, the rates as one line; empty fields left
    out (the section is shown only when something is filled in)."""
    from ..core.i18n import number

    rates = ""
    if test.baseline is not None and test.target is not None:
        rates = msg("test_rates", language, baseline=number(test.baseline, 1, language),
                    target=number(test.target, 1, language))
    rows = [("hypothesis", test.hypothesis), ("audience", test.audience),
            ("metric", ", ".join(p for p in (test.metric, rates) if p)),
            ("sample_size", number(test.sample_size, 0, language) if test.sample_size else ""),
            ("finding", test.finding)]
    return [(msg(f"field_{k}", language), v) for k, v in rows if v]


def _md(text: str) -> str:
    """Learner text made safe for Markdown: no raw HTML, no accidental formatting."""
    text = html.escape(text, quote=False)
    return re.sub(r"([\\`*_\[\]#|])", r"\\\1", text)


def plan_to_markdown(plan: DataPlan, language: str | None = None, image: str | None = None,
                     level: int = 1) -> str:
    """The plan as a Markdown document.

    ``image``: the file name of the ecosystem picture to link; ``level``: the title's heading
    level (a notebook shows the plan with smaller headings).
    """
    lang = language or get_language()
    h1, h2, h3 = ("#" * (level + i) for i in range(3))
    t = lambda key, **kw: msg(key, lang, **kw)  # noqa: E731
    lines = [f"{h1} {t('doc_title', organisation=_md(plan.organisation))}", "", t("doc_intro"), ""]
    factors = names_of(plan.factors, lang) or t("not_filled")
    lines += [f"**{t('field_factors')}:** {factors}", ""]
    if image:
        lines += [f"{h2} {t('doc_ecosystem')}", "", f"![{t('doc_picture_alt')}]({image})", ""]
    lines += [f"{h2} {t('doc_journey')}", ""]
    for key in STAGES:
        lines += [f"{h3} {stage_name(key, lang)}", "", f"*{pick(STAGE_DESCRIPTIONS[key], lang)}*", ""]
        lines += [f"- **{label}:** {_md(value)}" for label, value in stage_rows(plan.stages[key], lang)]
        lines.append("")
    if plan.test.filled:
        lines += [f"{h2} {t('doc_test')}", ""]
        lines += [f"- **{label}:** {_md(value)}" for label, value in test_rows(plan.test, lang)]
        lines.append("")
    for heading, items in ((t("doc_notes"), gdpr_notes(plan, lang)),
                           (t("doc_gaps"), plan_gaps(plan, lang))):
        if items:
            lines += [f"{h2} {heading}", "", *(f"- {item}" for item in items), ""]
    return "\n".join(lines).rstrip() + "\n"
