"""What a campaign is: an audience, a channel, 1-4 messages, a control group and send dates.

>>> from course_lib.campaigns import campaign
>>> test = campaign("Höst", ["äventyr", "pris"], channel="email", control_share=0.2)
>>> [(v.name, v.tone) for v in test.variants]
[('äventyr', 'adventure'), ('pris', 'price')]
"""

from __future__ import annotations

import hashlib
import json
import math
import numbers
from dataclasses import dataclass

import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import LANGUAGES, messages, number
from ..segments.rules import Rule, Segment
from ..segments.store import rule_to_dict

# The message themes: the tones a creative can take. Keys stay English in code and files.
THEMES = ("adventure", "safety", "sustainability", "price")
CHANNELS = ("email", "meta", "google")
MAX_VARIANTS = 4
MAX_CONTROL_SHARE = 0.9  # a larger control group leaves almost nobody to send to
# A Monday in autumn, inside the world's weather table (2024-2025).
DEFAULT_SEND_DATE = "2025-10-06"

msg = messages(
    {
        "theme_adventure": {"sv": "äventyr", "en": "adventure"},
        "theme_safety": {"sv": "trygghet", "en": "safety"},
        "theme_sustainability": {"sv": "hållbarhet", "en": "sustainability"},
        "theme_price": {"sv": "pris", "en": "price"},
        # An example text per theme, for a variant given only by its tone.
        "text_adventure": {"sv": "Ut i naturen!", "en": "Get outdoors!"},
        "text_safety": {"sv": "Regnet kan komma: håll dig torr och varm.",
                        "en": "Let the rain come: stay dry and warm."},
        "text_sustainability": {"sv": "Laga, vårda, använd länge.",
                                "en": "Repair, care for it, keep it long."},
        "text_price": {"sv": "Lönehelg: 20 % på allt.", "en": "Payday weekend: 20% off."},
        "channel_email": {"sv": "e-post", "en": "e-mail"},
        "channel_meta": {"sv": "Meta-annonser (Facebook, Instagram)",
                         "en": "Meta ads (Facebook, Instagram)"},
        "channel_google": {"sv": "Google-annonser", "en": "Google ads"},
        "control": {"sv": "kontrollgrupp", "en": "control group"},
        "everyone": {"sv": "alla som kan nås", "en": "everyone who can be reached"},
        "random": {"sv": "{size} slumpvis valda", "en": "{size} chosen at random"},
        "no_variants": {
            "sv": "Kampanjen har inga budskap att testa. Ge den 2–4 varianter, till exempel "
            "[\"äventyr\", \"pris\"].",
            "en": "The campaign has no messages to test. Give it 2–4 variants, for example "
            "[\"adventure\", \"price\"].",
        },
        "too_many_variants": {
            "sv": "Högst {limit} varianter åt gången, men kampanjen har {count}. Fler varianter "
            "delar mottagarna i fler och mindre grupper, så ingen skillnad går att lita på.",
            "en": "At most {limit} variants at a time, but the campaign has {count}. More "
            "variants split the recipients into more, smaller groups, so no difference can be "
            "trusted.",
        },
        "unknown_tone": {
            "sv": "{tone!r} är inget budskapstema arbetsboken känner till. Välj bland: {known}.",
            "en": "{tone!r} is not a message theme the workbook knows. Choose from: {known}.",
        },
        "unknown_channel": {
            "sv": "{channel!r} är ingen kanal arbetsboken känner till. Välj bland: {known}.",
            "en": "{channel!r} is not a channel the workbook knows. Choose from: {known}.",
        },
        "bad_control_share": {
            "sv": "Kontrollgruppens andel måste vara ett tal från 0 till {most}, till exempel "
            "0.2 för 20 %, inte {value!r}.",
            "en": "The control group's share must be a number from 0 to {most}, for example 0.2 "
            "for 20%, not {value!r}.",
        },
        "bad_date": {
            "sv": "{value!r} är inget datum jag känner igen. Skriv till exempel '2025-10-06'.",
            "en": "{value!r} is not a date I recognise. Write for example '2025-10-06'.",
        },
        "no_dates": {
            "sv": "Kampanjen behöver minst ett utskicksdatum.",
            "en": "The campaign needs at least one send date.",
        },
        "same_variant_name": {
            "sv": "Två varianter heter {name!r}. Ge varje variant ett eget namn.",
            "en": "Two variants are called {name!r}. Give each variant its own name.",
        },
        "reserved_name": {
            "sv": "En variant kan inte heta {name!r}: det namnet har kontrollgruppen.",
            "en": "A variant cannot be called {name!r}: that is the control group's name.",
        },
        "bad_variant": {
            "sv": "{value!r} är ingen variant. Skriv ett tema (\"äventyr\"), ett par (tema, text) "
            "eller Variant(namn, tema, text).",
            "en": "{value!r} is not a variant. Write a theme (\"adventure\"), a pair (theme, "
            "text) or Variant(name, theme, text).",
        },
        "bad_audience": {
            "sv": "Målgruppen måste vara ett segment, ett villkor (where(...)), "
            "random_audience(antal) eller None för alla, inte {kind}.",
            "en": "The audience must be a segment, a rule (where(...)), random_audience(size) "
            "or None for everyone, not {kind}.",
        },
        "bad_random_size": {
            "sv": "Antalet slumpvis valda kunder måste vara ett heltal, minst 2, inte {value!r}.",
            "en": "The number of customers chosen at random must be a whole number of at least "
            "2, not {value!r}.",
        },
        "empty_name": {
            "sv": "Ge kampanjen ett namn, till exempel \"Höstkampanj\".",
            "en": "Give the campaign a name, for example \"Autumn campaign\".",
        },
    },
    __name__,
)


@dataclass(frozen=True)
class Variant:
    """One message: its name in the report, its theme (tone) and its text."""

    name: str
    tone: str
    text: str = ""


@dataclass(frozen=True)
class RandomAudience:
    """``size`` customers drawn at random among those the channel can reach."""

    size: int


@dataclass(frozen=True)
class Campaign:
    """A test: who gets it, through which channel, which messages, how many are held back.

    Build one with :func:`campaign`, which checks every part and says what is wrong.
    """

    name: str
    variants: tuple[Variant, ...]
    channel: str = "email"
    audience: Segment | Rule | RandomAudience | None = None
    control_share: float = 0.2
    send_dates: tuple[str, ...] = (DEFAULT_SEND_DATE,)
    key: str | None = None  # the name the draw is seeded with, when the shown one is translated
    audience_key: str | None = None  # the same for the audience segment's name

    @property
    def themes(self) -> tuple[str, ...]:
        return tuple(v.tone for v in self.variants)


def theme_name(theme: str, language: str | None = None) -> str:
    """A theme as a marketer says it: ``äventyr`` (sv) or ``adventure`` (en)."""
    return msg(f"theme_{theme}", language)


def channel_name(channel: str, language: str | None = None) -> str:
    return msg(f"channel_{channel}", language)


def control_name(language: str | None = None) -> str:
    return msg("control", language)


def to_theme(value) -> str:
    """A theme key from its key or its name in either language ("Äventyr", "adventure")."""
    text = str(value).strip().lower() if isinstance(value, str) else None
    for theme in THEMES:
        if text in {theme, *(theme_name(theme, lang) for lang in LANGUAGES)}:
            return theme
    known = ", ".join(theme_name(t) for t in THEMES)
    raise CourseError(msg("unknown_tone", tone=value, known=known))


def to_channel(value) -> str:
    text = str(value).strip().lower() if isinstance(value, str) else None
    aliases = {"e-post": "email", "e-mail": "email", "epost": "email", "facebook": "meta",
               "instagram": "meta"}
    text = aliases.get(text, text)
    if text not in CHANNELS:
        known = ", ".join(CHANNELS)
        raise CourseError(msg("unknown_channel", channel=value, known=known))
    return text


def random_audience(size: int) -> RandomAudience:
    """An audience of ``size`` customers picked at random: the fair comparison for a segment."""
    if isinstance(size, bool) or not isinstance(size, numbers.Integral) or size < 2:
        raise CourseError(msg("bad_random_size", value=size))
    return RandomAudience(int(size))


def _variant(value) -> Variant:
    if isinstance(value, Variant):
        tone = to_theme(value.tone)
        return Variant(str(value.name), tone, value.text or msg(f"text_{tone}"))
    if isinstance(value, str):
        tone = to_theme(value)
        return Variant(value.strip(), tone, msg(f"text_{tone}"))
    if isinstance(value, tuple | list) and len(value) == 2:
        tone = to_theme(value[0])
        return Variant(theme_name(tone), tone, str(value[1]))
    raise CourseError(msg("bad_variant", value=value))


def _variants(values) -> tuple[Variant, ...]:
    if isinstance(values, dict):  # {"A": "äventyr"} or {"A": ("äventyr", "Ut i naturen!")}
        items = []
        for name, spec in values.items():
            base = _variant(spec)
            items.append(Variant(str(name), base.tone, base.text))
    elif values is None or isinstance(values, str | Variant):
        items = [] if values is None else [_variant(values)]
    else:
        items = [_variant(v) for v in values]
    if not items:
        raise CourseError(msg("no_variants"))
    if len(items) > MAX_VARIANTS:
        raise CourseError(msg("too_many_variants", limit=MAX_VARIANTS, count=len(items)))
    names = [v.name for v in items]
    for name in names:
        if names.count(name) > 1:
            raise CourseError(msg("same_variant_name", name=name))
        if name.lower() in {control_name(lang).lower() for lang in LANGUAGES}:
            raise CourseError(msg("reserved_name", name=name))
    return tuple(items)


def _control_share(value) -> float:
    ok = (isinstance(value, numbers.Real) and not isinstance(value, bool)
          and math.isfinite(float(value)) and 0 <= float(value) <= MAX_CONTROL_SHARE)
    if not ok:
        raise CourseError(msg("bad_control_share", value=value,
                              most=number(MAX_CONTROL_SHARE, 1)))
    return float(value)


def iso_day(value) -> str:
    """Any date-like value as 'YYYY-MM-DD'; a friendly error for anything else."""
    try:
        day = pd.Timestamp(value)
    except (ValueError, TypeError):
        day = pd.NaT
    if pd.isna(day) or isinstance(value, bool | numbers.Number):
        raise CourseError(msg("bad_date", value=value))
    return day.date().isoformat()


def _dates(values) -> tuple[str, ...]:
    if isinstance(values, str) or not hasattr(values, "__iter__"):
        values = [values]
    days = tuple(dict.fromkeys(iso_day(v) for v in values))
    if not days:
        raise CourseError(msg("no_dates"))
    return tuple(sorted(days))


def _audience(value):
    if value is None or isinstance(value, Segment | Rule | RandomAudience):
        return value
    raise CourseError(msg("bad_audience", kind=type(value).__name__))


def campaign(name: str, variants, channel: str = "email", audience=None,
             control_share: float = 0.2, send_dates=DEFAULT_SEND_DATE,
             key: str | None = None, audience_key: str | None = None) -> Campaign:
    """A checked campaign. ``variants`` are themes (``["äventyr", "pris"]``), (theme, text)
    pairs, a dict ``{name: theme}`` or :class:`Variant` objects; ``audience`` is a saved
    Segment, a rule, ``random_audience(n)`` or None (everyone the channel can reach);
    ``send_dates`` one date or several (each member gets the message on each date)."""
    if not isinstance(name, str) or not name.strip():
        raise CourseError(msg("empty_name"))
    return Campaign(name.strip(), _variants(variants), to_channel(channel), _audience(audience),
                    _control_share(control_share), _dates(send_dates), key, audience_key)


def audience_label(audience) -> str:
    """The audience in words, for tables and pictures."""
    if audience is None:
        return msg("everyone")
    if isinstance(audience, RandomAudience):
        return msg("random", size=number(audience.size))
    if isinstance(audience, Segment):
        return audience.name
    from ..segments.evaluate import column_label

    return audience.describe(column_label)  # "Huvudintresse är vandring", not "main_interest"


def _audience_spec(audience) -> object:
    if audience is None:
        return None
    if isinstance(audience, RandomAudience):
        return {"random": audience.size}
    if isinstance(audience, Segment):
        return {"segment": audience.name, "rule": rule_to_dict(audience.rule)}
    return {"rule": rule_to_dict(audience)}


def campaign_spec(test: Campaign) -> dict:
    """The campaign as plain JSON-ready data: what it is, not how it was typed."""
    return {"name": test.name, "channel": test.channel, "control_share": test.control_share,
            "send_dates": list(test.send_dates), "audience": _audience_spec(test.audience),
            "variants": [[v.name, v.tone, v.text] for v in test.variants]}


def seed_spec(test: Campaign) -> dict:
    """:func:`campaign_spec` as the draw is seeded: the same campaign gives the same numbers in
    Swedish and English. A variant named or worded by the workbook's default for its theme
    counts as the Swedish default (so a learner's Swedish draws are what they always were), and
    ``key`` and ``audience_key`` stand in for names the workbook itself translates, the
    campaign's and its segment's ("Explore themes" is seeded as "Utforska teman")."""
    spec = campaign_spec(test)
    if test.key is not None:
        spec["name"] = test.key
    if test.audience_key is not None and isinstance(spec["audience"], dict) \
            and "segment" in spec["audience"]:
        spec["audience"]["segment"] = test.audience_key
    variants = []
    for name, tone, text in spec["variants"]:
        if name in {theme_name(tone, lang) for lang in LANGUAGES}:
            name = theme_name(tone, "sv")
        if text in {msg(f"text_{tone}", lang) for lang in LANGUAGES}:
            text = msg(f"text_{tone}", "sv")
        variants.append([name, tone, text])
    spec["variants"] = variants
    return spec


def stable_seed(*parts) -> int:
    """A seed that is the same on every machine and Python (not ``hash()``, which varies)."""
    text = json.dumps(parts, sort_keys=True, ensure_ascii=False, default=str)
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:8], "little")
