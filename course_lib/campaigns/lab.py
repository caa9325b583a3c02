"""One world prepared for campaigns: its customers, hidden truth, weather and who each channel
reaches. Prepared once per world and kept, so every campaign after the first is fast.

Reach follows the law and the platforms: e-mail goes only to customers who consented to
marketing e-mail; an ad only to customers who consented to personalised ads *and* whom the
ad platform recognises by hashed e-mail or phone (the same normalisation and SHA-256 hashing
as the audience exports, compared with the platform's own hashed identifiers).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .. import identity
from ..core.errors import CourseError
from ..core.i18n import messages, number
from ..segments.base import Base
from ..segments.rules import Segment
from .design import Campaign, RandomAudience, audience_label, channel_name
from .truth import Truth, Weather, build_truth, build_weather

msg = messages(
    {
        "empty_audience": {
            "sv": "Målgruppen ”{audience}” har inga kunder, så det finns ingen att skicka till.",
            "en": "The audience “{audience}” has no customers, so there is nobody to send to.",
        },
        "empty_hint": {
            "sv": "Vidga villkoren, eller räkna först med evaluate() hur många segmentet har.",
            "en": "Widen the conditions, or first count the segment's members with evaluate().",
        },
        "unreachable": {
            "sv": "Ingen av de {members} i målgruppen ”{audience}” kan nås via {channel}: "
            "{why}",
            "en": "None of the {members} in the audience “{audience}” can be reached through "
            "{channel}: {why}",
        },
        "why_email": {"sv": "ingen har samtyckt till e-post.",
                      "en": "nobody consented to e-mail."},
        "why_ads": {"sv": "ingen har samtyckt till annonser och finns på plattformen.",
                    "en": "nobody consented to ads and is on the platform."},
        "too_few": {
            "sv": "Bara {reachable} i målgruppen kan nås, för få för {groups} grupper. Varje "
            "variant och kontrollgruppen behöver minst en mottagare (och helst hundratals).",
            "en": "Only {reachable} in the audience can be reached, too few for {groups} "
            "groups. Each variant and the control group need at least one recipient (and "
            "preferably hundreds).",
        },
        "random_too_big": {
            "sv": "Du bad om {size} slumpvis valda, men bara {reachable} kan nås via {channel}.",
            "en": "You asked for {size} chosen at random, but only {reachable} can be reached "
            "through {channel}.",
        },
    },
    __name__,
)


@dataclass
class Lab:
    """A world made ready for campaigns (see :func:`prepare`)."""

    world: object
    base: Base
    truth: Truth
    weather: Weather
    _reach: dict = field(default_factory=dict)

    @property
    def customers(self):
        return self.base.customers

    def reachable(self, channel: str) -> np.ndarray:
        """True for each customer the channel may and can reach."""
        if channel not in self._reach:
            self._reach[channel] = _reachable(self.world, self.base, channel)
        return self._reach[channel]


def _reachable(world, base: Base, channel: str) -> np.ndarray:
    customers = base.customers
    if channel == "email":
        return customers["consent_email"].to_numpy(dtype=bool).copy()
    # One platform table stands for the ad platforms; matched by Meta's normalisation.
    users = world.platform_users
    emails = identity.hash_emails(customers["email"], "meta")
    phones = identity.hash_phones(customers["phone"], "meta")
    matched = (emails.isin(set(users["hashed_email"].dropna())).to_numpy()
               | phones.isin(set(users["hashed_phone"].dropna())).to_numpy())
    return customers["consent_ads"].to_numpy(dtype=bool) & matched


_PREPARED: list[Lab] = []  # the last two worlds, newest last (held strongly, so ids stay valid)


def prepare(world) -> Lab:
    """The world ready for campaigns; prepared on first use and then kept."""
    for lab in _PREPARED:
        if lab.world is world:
            return lab
    customers = world.customers
    weather = build_weather(world.weather)
    lab = Lab(world, Base(customers), build_truth(customers, world.name, weather.cities), weather)
    _PREPARED.append(lab)
    del _PREPARED[:-2]
    return lab


@dataclass(frozen=True)
class Reach:
    """Who the campaign could get to: the audience, and those the channel reaches."""

    audience: int  # customers the audience rule picks (or the random size asked for)
    reachable: int  # of them, those the channel may and can reach
    positions: np.ndarray  # rows of the customer table, in row order


def audience_mask(lab: Lab, audience) -> np.ndarray:
    if audience is None or isinstance(audience, RandomAudience):
        return np.ones(lab.base.n, dtype=bool)
    rule = audience.rule if isinstance(audience, Segment) else audience
    return lab.base.mask(rule)


def reach_of(lab: Lab, test: Campaign, rng: np.random.Generator | None = None) -> Reach:
    """The customers a campaign goes to; a random audience is drawn with ``rng`` (without
    one, every reachable customer stands in for it, as the expected audience)."""
    members = audience_mask(lab, test.audience)
    label = audience_label(test.audience)
    n_members = int(members.sum())
    if n_members == 0:
        raise CourseError(msg("empty_audience", audience=label), hint=msg("empty_hint"))
    positions = np.flatnonzero(members & lab.reachable(test.channel))
    channel = channel_name(test.channel)
    if len(positions) == 0:
        why = msg("why_email" if test.channel == "email" else "why_ads")
        raise CourseError(msg("unreachable", members=number(n_members), audience=label,
                              channel=channel, why=why))
    if isinstance(test.audience, RandomAudience):
        size = test.audience.size
        if size > len(positions):
            raise CourseError(msg("random_too_big", size=number(size),
                                  reachable=number(len(positions)), channel=channel))
        if rng is not None:
            positions = np.sort(rng.choice(positions, size, replace=False))
        n_members = size
    groups = len(test.variants) + (test.control_share > 0)
    reachable = size if isinstance(test.audience, RandomAudience) else len(positions)
    if reachable < groups:
        raise CourseError(msg("too_few", reachable=number(reachable), groups=groups))
    return Reach(n_members, reachable, positions)
