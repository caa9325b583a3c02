"""A small synthetic customer table for the segment tests (independent of course_lib.datasets)."""

from __future__ import annotations

import numpy as np
import pandas as pd

CITIES = ["Stockholm", "Göteborg", "Malmö", "Umeå", "Växjö", "Kiruna"]
URBAN = {"Stockholm": "Storstad", "Göteborg": "Storstad", "Malmö": "Storstad",
         "Umeå": "Större stad", "Växjö": "Större stad", "Kiruna": "Landsbygd"}
INTERESTS = ["Friluftsliv", "Löpning", "Matlagning", "Resor", "Religion", "Gaming"]
CHANNELS = ["E-post", "Sök", "Sociala medier", "Butik"]
PARTIES = ["S", "M", "SD", "C", "V", "KD", "L", "MP"]
REFERENCE_DATE = pd.Timestamp("2024-12-31")


def customers(n: int = 5_000, seed: int = 7, missing: bool = True) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    city = rng.choice(CITIES, n, p=[0.3, 0.2, 0.15, 0.15, 0.1, 0.1])
    age = rng.integers(18, 85, n)
    orders = rng.poisson(3, n)
    revenue = np.round(orders * rng.gamma(2.0, 400.0, n), 2)
    last_order = REFERENCE_DATE - pd.to_timedelta(rng.integers(0, 720, n), unit="D")
    phone = [f"070-{rng.integers(100, 999)} {rng.integers(10, 99)} {rng.integers(10, 99)}"
             for _ in range(n)]
    frame = pd.DataFrame(
        {
            "customer_id": np.arange(1, n + 1),
            "email": [f"kund{i}@exempel.se" for i in range(1, n + 1)],
            "phone": phone,
            "age": age,
            "gender": pd.Categorical(rng.choice(["Kvinna", "Man", "Annat"], n, p=[.5, .46, .04])),
            "city": pd.Categorical(city, categories=CITIES),
            "urban_rural": pd.Categorical([URBAN[c] for c in city]),
            "income": rng.integers(15_000, 80_000, n),
            "interests": pd.Categorical(rng.choice(INTERESTS, n)),
            "orders_12m": orders,
            "revenue_12m": revenue,
            "last_order_date": last_order,
            "main_channel": pd.Categorical(rng.choice(CHANNELS, n)),
            "consent_email": rng.random(n) < 0.7,
            "consent_ads": rng.random(n) < 0.6,
            "political_opinion": pd.Categorical(rng.choice(PARTIES, n)),
        }
    )
    if missing:
        # Real CRMs have holes: some ages, cities and dates are unknown.
        frame["age"] = frame["age"].astype("float64")
        frame.loc[rng.random(n) < 0.05, "age"] = np.nan
        frame.loc[rng.random(n) < 0.03, "city"] = np.nan
        frame.loc[rng.random(n) < 0.04, "last_order_date"] = pd.NaT
        frame.loc[rng.random(n) < 0.02, "email"] = None
    frame.attrs["reference_date"] = str(REFERENCE_DATE.date())
    return frame
