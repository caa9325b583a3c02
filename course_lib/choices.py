"""The learner's three most important factors: chosen in notebook 04, used in notebook 06.

Saved atomically in the work folder, so the choice survives a kernel restart and a crash.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import catalog
from .core import storage
from .core.errors import CourseError
from .core.i18n import messages
from .core.paths import work_dir

FILE_NAME = "three_factors.json"
# The lesson's advice is three factors; these are sensible ones for an outdoor retailer.
DEFAULT_FACTORS = ("age", "urban_rural", "interests")

msg = messages(
    {
        "not_three": {
            "sv": "Välj exakt tre faktorer, inte {n}. Lektionens råd: börja med tre viktiga.",
            "en": "Choose exactly three factors, not {n}. The lesson advises starting with three.",
        },
        "unknown": {
            "sv": "{key!r} är ingen datapunkt i katalogen. Välj bland: {known}.",
            "en": "{key!r} is not a data point in the catalogue. Choose from: {known}.",
        },
        "twice": {"sv": "Du har valt {name} två gånger.", "en": "You chose {name} twice."},
        "saved": {
            "sv": "Dina tre faktorer från notebook 04: {names}.",
            "en": "Your three factors from notebook 04: {names}.",
        },
        "defaults": {
            "sv": "Inget sparat val från notebook 04, så vi använder standardvalet: {names}.",
            "en": "No saved choice from notebook 04, so we use the defaults: {names}.",
        },
        "broken": {
            "sv": "Ditt sparade val gick inte att läsa, så standardvalet används.",
            "en": "Your saved choice could not be read, so the default is used.",
        },
    },
    __name__,
)


@dataclass(frozen=True)
class FactorChoice:
    factors: tuple[str, str, str]
    reasons: dict[str, str]
    saved: bool  # False when these are the defaults
    notice: str | None = None

    def note(self) -> str:
        """One sentence saying which three factors are used and where they come from."""
        names = ", ".join(catalog.name_of(key) for key in self.factors)
        text = msg("saved" if self.saved else "defaults", names=names)
        return f"{self.notice} {text}" if self.notice else text

    def _repr_markdown_(self) -> str:
        return self.note()


def validate_factors(factors) -> tuple[str, str, str]:
    """Three distinct catalogue data point keys (names in either language are accepted too)."""
    if isinstance(factors, str) or not hasattr(factors, "__iter__"):
        factors = [factors]
    keys = [_to_key(f) for f in factors]
    if len(keys) != 3:
        raise CourseError(msg("not_three", n=len(keys)))
    for key in keys:
        if keys.count(key) > 1:
            raise CourseError(msg("twice", name=catalog.data_point(key).name()))
    return tuple(keys)


def _to_key(value) -> str:
    key = catalog.key_for(str(value), catalog.data_points())
    if key is None:
        known = ", ".join(p.name() for p in catalog.data_points())
        raise CourseError(msg("unknown", key=str(value), known=known))
    return key


def save_three_factors(factors, reasons: dict[str, str] | None = None) -> FactorChoice:
    keys = validate_factors(factors)
    reasons = {k: str(v) for k, v in (reasons or {}).items()}
    storage.save_json(work_dir() / FILE_NAME, {"factors": list(keys), "reasons": reasons})
    return FactorChoice(keys, reasons, saved=True)


def load_three_factors() -> FactorChoice:
    """The saved choice, or the defaults if nothing (readable) was saved."""
    path = work_dir() / FILE_NAME
    if not path.exists():
        return FactorChoice(DEFAULT_FACTORS, {}, saved=False)
    try:
        data = storage.read_json(path)
        reasons = data.get("reasons", {})
        reasons = {str(k): str(v) for k, v in reasons.items()} if isinstance(reasons, dict) else {}
        return FactorChoice(validate_factors(data["factors"]), reasons, True)
    except (ValueError, KeyError, TypeError, AttributeError, CourseError):
        return FactorChoice(DEFAULT_FACTORS, {}, saved=False, notice=msg("broken"))
