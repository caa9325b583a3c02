"""GA4's default channel group: the channel Google Analytics 4 files a tagged visit under.

GA4 tries its rules for tagged links from the top, and the first that matches names the
channel; a visit no rule matches is Unassigned. The rules look at the source, the medium and
sometimes the campaign name, in lower case. Google's facts (regexes, word lists, its lists of
search, social, video and shopping sites, and a Swedish and English name per channel) live in
``data/ga4_channels.toml`` with the sources they come from; the order and the logic are here.

:func:`course_lib.utm.channel_for` is the friendly entry point: it cleans the tags and calls
:func:`ga4_channel`.

>>> ga4_channel(Visit("youtube", "cpc", ""))
'Paid Video'
>>> ga4_channel(Visit("newsletter", "email", "black_week_shopping"))
'Organic Shopping'
>>> channel_name("Paid Search", "sv")
'Betald sökning'
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from .core.i18n import get_language
from .core.paths import data_dir

UNASSIGNED = "Unassigned"


class Visit(NamedTuple):
    """A visit's tags, already trimmed and in lower case ("" when a tag is missing)."""

    source: str
    medium: str
    campaign: str


@dataclass(frozen=True)
class Rulebook:
    """Google's facts from data/ga4_channels.toml, ready to match lower-case tags against."""

    patterns: Mapping[str, re.Pattern]
    words: Mapping[str, frozenset[str]]
    sites: Mapping[str, frozenset[str]]
    names: Mapping[str, Mapping[str, str]]

    def fits(self, pattern: str, value: str) -> bool:
        return self.patterns[pattern].search(value) is not None

    def one_of(self, words: str, value: str) -> bool:
        return value in self.words[words]

    def contains(self, words: str, value: str) -> bool:
        return any(word in value for word in self.words[words])

    def ends_with(self, words: str, value: str) -> bool:
        return value.endswith(tuple(self.words[words]))

    def listed(self, category: str, source: str) -> bool:
        """Is the source on Google's list of search, social, video or shopping sites?"""
        return source in self.sites[category]


# --------------------------------------------------------------------------------- rules
def _paid(v: Visit, r: Rulebook) -> bool:
    return r.fits("paid_medium", v.medium)


def _shopping(v: Visit, r: Rulebook) -> bool:
    return r.listed("shopping", v.source) or r.fits("shopping_campaign", v.campaign)


def _push(v: Visit, r: Rulebook) -> bool:
    return (r.ends_with("push_medium_ends_with", v.medium)
            or r.contains("push_medium_contains", v.medium) or r.one_of("push_source", v.source))


Rule = Callable[[Visit, Rulebook], bool]

# Google's table "Channels for manual traffic", in Google's order: the first match wins, so
# e.g. "google / cpc" with a campaign about shopping is Paid Shopping, not Paid Search.
RULES: tuple[tuple[str, Rule], ...] = (
    ("Direct", lambda v, r: r.one_of("direct_source", v.source)
     and r.one_of("direct_medium", v.medium)),
    ("Cross-network", lambda v, r: r.contains("cross_network_campaign_contains", v.campaign)),
    ("Paid Shopping", lambda v, r: _shopping(v, r) and _paid(v, r)),
    ("Paid Search", lambda v, r: r.listed("search", v.source) and _paid(v, r)),
    ("Paid Social", lambda v, r: r.listed("social", v.source) and _paid(v, r)),
    ("Paid Video", lambda v, r: r.listed("video", v.source) and _paid(v, r)),
    ("Display", lambda v, r: r.one_of("display_medium", v.medium)),
    ("Paid Other", _paid),
    ("Organic Shopping", _shopping),
    ("Organic Social", lambda v, r: r.listed("social", v.source)
     or r.one_of("social_medium", v.medium)),
    ("Organic Video", lambda v, r: r.listed("video", v.source) or r.fits("video_medium", v.medium)),
    ("Organic Search", lambda v, r: r.listed("search", v.source)
     or r.one_of("organic_search_medium", v.medium)),
    ("Referral", lambda v, r: r.one_of("referral_medium", v.medium)),
    ("Email", lambda v, r: r.one_of("email", v.source) or r.one_of("email", v.medium)),
    ("Affiliates", lambda v, r: r.one_of("affiliates_medium", v.medium)),
    ("Audio", lambda v, r: r.one_of("audio_medium", v.medium)),
    ("SMS", lambda v, r: r.one_of("sms", v.source) or r.one_of("sms", v.medium)),
    ("Mobile Push Notifications", _push),
    # Added by Google in May 2026; its place in Google's table is not verified (see the data
    # file), and last changes nothing for the medium GA4 itself sets.
    ("AI Assistant", lambda v, r: r.one_of("ai_assistant_medium", v.medium)),
)
CHANNELS = tuple(channel for channel, _ in RULES) + (UNASSIGNED,)
# The channels Google describes as ads: the ones a marketer pays for per click or view.
PAID_CHANNELS = frozenset({"Cross-network", "Paid Shopping", "Paid Search", "Paid Social",
                           "Paid Video", "Display", "Paid Other", "Audio"})


def ga4_channel(visit: Visit) -> str:
    """The channel of a visit whose tags are trimmed and lower-case: the first rule that fits."""
    rules = rulebook()
    return next((channel for channel, fits in RULES if fits(visit, rules)), UNASSIGNED)


def channel_name(channel: str, language: str | None = None) -> str:
    """The channel's name in Swedish or English ("Paid Search" → "Betald sökning")."""
    return rulebook().names[channel][language or get_language()]


def channel_label(channel: str, language: str | None = None) -> str:
    """GA4's own name, with the translation after it when it differs: "Email (E-post)"."""
    name = channel_name(channel, language)
    return channel if name == channel else f"{channel} ({name})"


# ------------------------------------------------------------------------------- loading
_WORD_LISTS = {"direct_source", "direct_medium", "cross_network_campaign_contains",
               "display_medium", "social_medium", "organic_search_medium", "referral_medium",
               "email", "affiliates_medium", "audio_medium", "sms", "push_medium_ends_with",
               "push_medium_contains", "push_source", "ai_assistant_medium"}


@cache
def rulebook() -> Rulebook:
    """Google's facts as committed in ``data/ga4_channels.toml``, checked against RULES."""
    raw = tomllib.loads((data_dir() / "ga4_channels.toml").read_text(encoding="utf-8"))
    problems = problems_in(raw)
    if problems:  # a mistake in the committed file, not the learner's: fail loudly
        raise ValueError("data/ga4_channels.toml: " + "; ".join(problems))
    return Rulebook(
        patterns={k: re.compile(v) for k, v in raw["patterns"].items()},
        words={k: frozenset(w.lower() for w in v) for k, v in raw["words"].items()},
        sites={k: frozenset(s.lower() for s in v) for k, v in raw["sites"].items()},
        names={c["name"]: {"sv": c["name_sv"], "en": c["name_en"]} for c in raw["channels"]},
    )


def problems_in(raw: Mapping) -> list[str]:
    """Everything in the raw data file that does not fit the rules (empty when sound)."""
    problems = []
    order = tuple(c.get("name") for c in raw.get("channels", []))
    if order != CHANNELS:
        problems.append(f"[[channels]] must list {CHANNELS} in that order, not {order}")
    for c in raw.get("channels", []):
        problems += [f"{c.get('name')}: {key} is missing" for key in ("name_sv", "name_en")
                     if not str(c.get(key, "")).strip()]
    for table, keys in (("sites", {"search", "social", "video", "shopping"}),
                        ("patterns", {"paid_medium", "shopping_campaign", "video_medium"}),
                        ("words", _WORD_LISTS)):
        missing = keys - set(raw.get(table, {}))
        problems += [f"[{table}] lacks {key}" for key in sorted(missing)]
    return problems


__all__ = ["Visit", "ga4_channel", "channel_name", "channel_label", "rulebook", "CHANNELS",
           "PAID_CHANNELS", "UNASSIGNED", "RULES"]
