"""Psychographics, personality and triggers: what customers like, how they live and act.

Correlations follow the lesson's examples: interests depend on age, gender and where one
lives; personality colours interests; triggers follow budget, interests and age.
"""

from __future__ import annotations

import numpy as np

from .draw import grid, pick_by_logits, pick_by_table
from .geography import SKR_GROUPS
from .people import GROUP_LETTERS

SKR_CODES = np.array(list(SKR_GROUPS))

INTERESTS = ["vandring", "löpning", "cykling", "skidåkning", "klättring", "fiske", "paddling",
             "camping", "jakt", "yoga och träning"]
INTEREST_SHARE = np.array([0.2, 0.15, 0.12, 0.1, 0.04, 0.08, 0.05, 0.1, 0.04, 0.12])
# Two interests per person at most; a combination is one label, e.g. "vandring, fiske".
INTEREST_COMBOS = [a if a == b else f"{a}, {b}" for a in INTERESTS for b in INTERESTS]

LIFESTYLES = ["aktiv storstadsbo", "barnfamilj i villa", "naturnära landsbygdsliv",
              "student med liten budget", "aktiv pensionär", "prestationsinriktad motionär",
              "bekväm vardagsmotionär"]
BUDGET = ["budget", "mellanklass", "lyx"]
COMMUTING = ["pendlar inte", "kollektivtrafik", "bil", "cykel eller gång"]
DEVICES = ["mobil", "dator", "surfplatta"]
OCEAN = ["openness", "conscientiousness", "extraversion", "agreeableness", "neuroticism"]


def interests(rng, age, gender, skr_group) -> tuple[np.ndarray, np.ndarray]:
    """Main and second interest (indices into INTERESTS); ``skr_group`` indexes SKR_GROUPS.

    The tilt depends on age, gender and SKR group only: computed once per combination.
    """
    key, (age, gender, skr_group) = grid(age, gender, skr_group)
    skr_group = SKR_CODES[skr_group]
    urban_group = skr_group.astype("<U1")  # "C9" -> "C"
    a = age[:, None].astype(float)
    col = np.arange(len(INTERESTS))[None, :]
    young = np.isin(col, [1, 4, 9])
    older = np.isin(col, [0, 5, 8])
    shift = np.where(young, (40 - a) / 25, 0) + np.where(older, (a - 40) / 30, 0)
    g = urban_group[:, None]
    shift += np.where((g == "C") & np.isin(col, [5, 8]), 1.0, 0)
    shift += np.where((skr_group[:, None] == "C9") & (col == 3), 2.0, 0)
    shift += np.where((g == "A") & np.isin(col, [1, 9]), 0.4, 0)
    men, women = (gender == 1)[:, None], (gender == 0)[:, None]
    shift += np.where(men & np.isin(col, [5, 8]), 0.8, 0) + np.where(women & (col == 9), 0.8, 0)
    main = pick_by_table(rng, INTEREST_SHARE, shift, key)
    second = pick_by_table(rng, INTEREST_SHARE, shift, key)
    second = np.where(rng.random(len(key)) < 0.3, main, second)  # 30 % have one interest
    return main, second


def personality(rng, age, main_interest, edu_rank) -> dict[str, np.ndarray]:
    """OCEAN scores 0-100 (the Big Five), mildly tied to age, interests and education."""
    n = len(age)
    adventurous = np.isin(main_interest, [4, 6]).astype(float)
    runner = np.isin(main_interest, [1, 2]).astype(float)
    shifts = {
        "openness": 6 * adventurous + 2 * (edu_rank - 3),
        "conscientiousness": (age - 45) * 0.15 + 5 * runner,
        "extraversion": (40 - age) * 0.12 + 3 * adventurous,
        "agreeableness": (age - 45) * 0.1,
        "neuroticism": (45 - age) * 0.1,
    }
    return {trait: np.clip(np.round(50 + shift + rng.normal(0, 15, n)), 0, 100).astype(np.int8)
            for trait, shift in shifts.items()}


def lifestyle(rng, age, job, house, urban_group, main_interest, conscientiousness):
    """The broker-style lifestyle label that fits the person best, with some noise.

    ``urban_group`` is 0, 1 or 2 (SKR's A, B, C).
    """
    n = len(age)
    urban_group = GROUP_LETTERS[urban_group]
    scores = np.stack([
        1.5 * (urban_group == "A") + 1.0 * ((age >= 25) & (age < 45)),
        1.5 * house + 1.5 * ((age >= 30) & (age < 50)),
        1.5 * (urban_group == "C") + 1.2 * np.isin(main_interest, [5, 8, 7]),
        3.0 * (job == 9),
        3.0 * (job == 10),
        1.2 * np.isin(main_interest, [1, 2, 3, 4]) + (conscientiousness - 50) / 25,
        np.full(n, 1.0),
    ], axis=1)
    return np.argmax(scores + rng.gumbel(0, 0.8, scores.shape), axis=1)


def budget_or_luxury(rng, inc_z) -> np.ndarray:
    shift = np.stack([-1.2 * inc_z, np.zeros_like(inc_z), 1.2 * inc_z], axis=1)
    return pick_by_logits(rng, np.array([0.35, 0.5, 0.15]), shift)


def commuting(rng, job, urban_group, main_interest) -> np.ndarray:
    """How they get to work; ``urban_group`` is 0, 1 or 2 (SKR's A, B, C)."""
    key, (job, urban_group, main_interest) = grid(job, urban_group, main_interest)
    working = job < 9
    g = GROUP_LETTERS[urban_group][:, None]
    col = np.arange(4)[None, :]
    shift = np.where(~working[:, None] & (col == 0), 3.0, 0)
    shift += np.where((g == "A") & (col == 1), 1.2, 0) + np.where((g == "C") & (col == 2), 1.5, 0)
    shift += np.where((main_interest[:, None] == 2) & (col == 3), 1.5, 0)
    return pick_by_table(rng, np.array([0.2, 0.3, 0.35, 0.15]), shift, key)


def trips_per_year(rng, inc_z, openness) -> np.ndarray:
    lam = np.clip(2.5 + 1.5 * inc_z + (openness - 50) / 25, 0.2, None)
    return np.minimum(rng.poisson(lam), 40).astype(np.int8)


def digital(rng, age, consent_email, conscientiousness) -> dict[str, np.ndarray]:
    """Preferred device, newsletters opened in 12 months (of 52 sent), social media minutes."""
    key, (ages,) = grid(age)  # the device tilt depends on age only
    a = ages[:, None].astype(float)
    col = np.arange(3)[None, :]
    shift = np.where(col == 0, (45 - a) / 15, 0) + np.where(col == 2, (a - 45) / 20, 0)
    device = pick_by_table(rng, np.array([0.6, 0.3, 0.1]), shift, key)
    open_rate = np.clip(0.25 + (conscientiousness - 50) / 250 + (age - 45) / 300, 0.02, 0.9)
    opens = np.where(consent_email, rng.binomial(52, open_rate), 0).astype(np.int16)
    minutes = rng.gamma(2.0, np.clip(60 - 0.6 * age, 8, None) / 2.0).round().astype(np.int16)
    return {"preferred_device": device, "newsletter_opens_12m": opens,
            "social_minutes_per_day": minutes}


def triggers(rng, budget, main_interest, age, inc_z) -> dict[str, np.ndarray]:
    """What makes them act: a discount code, the weather, or payday on the 25th."""
    n = len(age)

    def chance(logit):
        return rng.random(n) < 1 / (1 + np.exp(-logit))

    return {
        "trigger_discount": chance(-0.6 + 1.3 * (budget == 0) - 0.8 * (budget == 2)),
        "trigger_weather": chance(-1.2 + 1.3 * np.isin(main_interest, [0, 5, 7])),
        "trigger_payday": chance(-1.0 + 1.0 * (age < 30) - 0.6 * inc_z),
    }


def consent(rng, n) -> tuple[np.ndarray, np.ndarray]:
    """Consent to marketing e-mail (about 6 in 10) and to ad personalisation (fewer)."""
    email = rng.random(n) < 0.62
    ads = rng.random(n) < np.where(email, 0.6, 0.25)
    return email, ads
