"""Daily weather per municipality: third-party data a marketer can use as a trigger.

Plainly synthetic but shaped like Swedish weather: colder and with a larger summer/winter
swing further north, more rain on the west coast, rainy spells that last a few days.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .geography import municipalities

START, END = pd.Timestamp("2024-01-01"), pd.Timestamp("2025-12-31")
WET_WEST = {"Göteborg": 0.12, "Kungsbacka": 0.1, "Habo": 0.05, "Tidaholm": 0.05,
            "Skövde": 0.05}


def make_weather(rng: np.random.Generator) -> pd.DataFrame:
    places = municipalities()
    days = pd.date_range(START, END, freq="D")
    n_days, n_places = len(days), len(places)
    lat = places["lat"].to_numpy()[None, :]
    season = -np.cos(2 * np.pi * (days.day_of_year.to_numpy()[:, None] - 20) / 365.25)
    mean = 8.5 - 0.8 * (lat - 55.6)
    swing = 8.5 + 0.4 * (lat - 55.6)
    # Weather systems cover the country: a shared anomaly plus a local one, both persistent.
    shared = _persistent(rng, n_days, 1, 0.8, 2.5)
    local = _persistent(rng, n_days, n_places, 0.6, 1.5)
    temp = mean + swing * season + shared + local
    wet = places["municipality"].map(WET_WEST).fillna(0).to_numpy()[None, :]
    wetness = _persistent(rng, n_days, 1, 0.6, 1.0) + _persistent(rng, n_days, n_places, 0.5, 0.8)
    rainy = wetness > np.quantile(wetness, 0.62) - 3 * wet
    rain = np.where(rainy, rng.exponential(4.0, (n_days, n_places)), 0.0)
    snow_or_rain = np.round(rain, 1)
    return pd.DataFrame({
        "date": np.repeat(days.to_numpy(), n_places),
        "city": pd.Categorical(np.tile(places["municipality"].to_numpy(), n_days),
                               categories=places["municipality"].tolist()),
        "temp_c": np.round(temp, 1).ravel().astype(np.float32),
        "rain_mm": snow_or_rain.ravel().astype(np.float32),
    })


def _persistent(rng, n_days, n_places, keep, scale) -> np.ndarray:
    """An AR(1) series per place: today's anomaly remembers yesterday's."""
    noise = rng.normal(0, scale, (n_days, n_places))
    out = np.empty_like(noise)
    out[0] = noise[0]
    for day in range(1, n_days):  # 731 days, vectorised over places
        out[day] = keep * out[day - 1] + np.sqrt(1 - keep**2) * noise[day]
    return out
