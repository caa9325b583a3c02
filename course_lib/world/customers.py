"""The CRM table: one row per customer with every demographic, geographic and psychographic
column the lesson names. Purchase summaries are added later from the orders."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import names, people, psyche
from .draw import category, text
from .geography import (
    ALL_DISTRICTS,
    DISTRICT_INCOME,
    SKR_GROUPS,
    STORES,
    URBAN_RURAL,
    draw_places,
    municipalities,
)

END = pd.Timestamp("2025-12-31")  # the world ends here; nothing depends on today's date
FIRST_SIGNUP = pd.Timestamp("2015-03-01")


def customer_ids(n: int) -> pd.Series:
    """C0000001, C0000002, ... (seven digits, more only beyond 9,999,999 customers)."""
    if n >= 10_000_000:
        return text(pd.Series(np.arange(1, n + 1).astype(str)).str.zfill(7).radd("C"))
    return names.fixed_width_text("C", np.arange(1, n + 1), 7)


def make_customers(rng: np.random.Generator, n: int) -> pd.DataFrame:
    places = municipalities()
    where = draw_places(rng, n)
    muni = where["muni"]
    # Per municipality first, then looked up per person.
    skr = _group_code(places["skr_group"].to_numpy())[muni]  # index into SKR_GROUPS
    group = np.array(["ABC".index(g[0]) for g in places["skr_group"]])[muni]  # A, B, C: 0-2
    district = where["district"]  # index into ALL_DISTRICTS
    district_factor = np.array([DISTRICT_INCOME.get(d, 1.0) for d in ALL_DISTRICTS])[district]
    countryside = district == ALL_DISTRICTS.index("Landsbygd")

    age = people.ages(rng, n)
    gender = rng.choice(3, n, p=[0.495, 0.495, 0.01])
    edu = people.education(rng, age, gender == 0, group)
    job = people.jobs(rng, age, edu, gender)
    industry = people.industries(rng, job)
    income = people.incomes(rng, age, edu, job, gender, district_factor)
    z = people.income_z(income)
    home = people.housing(rng, age, z, group, countryside)
    sei = people.socioeconomic_class(rng, job, z)

    main, second = psyche.interests(rng, age, gender, skr)
    ocean = psyche.personality(rng, age.astype(float), main, people.EDU_RANK[edu])
    style = psyche.lifestyle(rng, age, job, home == 0, group, main, ocean["conscientiousness"])
    budget = psyche.budget_or_luxury(rng, z)
    consent_email, consent_ads = psyche.consent(rng, n)
    digital = psyche.digital(rng, age, consent_email, ocean["conscientiousness"])
    trig = psyche.triggers(rng, budget, main, age, z)

    first = names.first_names(rng, gender)
    last = rng.integers(0, len(names.LAST_NAMES), n)
    signup_days = (rng.random(n) ** 0.7 * (END - FIRST_SIGNUP).days).astype(np.int64)

    frame = pd.DataFrame({
        "customer_id": customer_ids(n),
        "first_name": category(first, names.FIRST_NAMES),
        "last_name": category(last, names.LAST_NAMES),
        "email": names.emails(rng, first, last, 2025 - age.astype(np.int64)),
        "phone": names.phones(rng, n),
        "signup_date": END.to_datetime64().astype("datetime64[s]")
        - signup_days.astype("timedelta64[D]"),
        "consent_email": consent_email,
        "consent_ads": consent_ads,
        "age": age,
        "gender": category(gender, people.GENDERS),
        "education": category(edu, people.EDUCATION, ordered=False),
        "job": category(job, people.JOBS),
        "industry": category(industry, people.INDUSTRIES),
        "income": income,
        "housing": category(home, people.HOUSING),
        "socioeconomic_class": category(sei, people.CLASSES),
        "country": category(np.zeros(n), ["Sverige"]),
        "city": category(muni, places["municipality"]),
        "city_district": category(district, ALL_DISTRICTS),
        "skr_group": category(skr, [f"{k} {v[0]}" for k, v in SKR_GROUPS.items()]),
        "urban_rural": category(group, URBAN_RURAL.values()),
        "home_store": category(_store_code(places["store"].to_numpy())[muni], STORES),
        "interests": category(main * len(psyche.INTERESTS) + second, psyche.INTEREST_COMBOS),
        "main_interest": category(main, psyche.INTERESTS),
        "lifestyle": category(style, psyche.LIFESTYLES),
        "budget_or_luxury": category(budget, psyche.BUDGET),
        "commuting": category(psyche.commuting(rng, job, group, main), psyche.COMMUTING),
        "trips_per_year": psyche.trips_per_year(rng, z, ocean["openness"]),
        "preferred_device": category(digital["preferred_device"], psyche.DEVICES),
        "newsletter_opens_12m": digital["newsletter_opens_12m"],
        "social_minutes_per_day": digital["social_minutes_per_day"],
        **ocean,
        **trig,
    })
    return frame


def _group_code(skr: np.ndarray) -> np.ndarray:
    return np.searchsorted(np.array(list(SKR_GROUPS)), skr)


def _store_code(stores: np.ndarray) -> np.ndarray:
    return pd.Categorical(stores, categories=STORES).codes
