"""The hidden truth: how each customer really responds to a theme, a channel and a trigger.

Nothing here is in the customer table. It is drawn on the fly from the committed world,
deterministically: a numpy Generator seeded from a hash of the world's name draws each
customer's latent taste in customer-id order, so the same world always hides the same truth
and no data file changes. Teachers see it through :func:`hidden_effects` (per group, for the
answer key), :func:`trigger_rules` and :func:`hidden_lift`; learners only see campaign results.

Every effect is a log-multiplier on the chance to click (and, half as strongly, on the chance
that a click becomes an order): +0.7 means about twice as likely (e^0.7 ≈ 2.0).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..core.i18n import messages
from .design import THEMES, stable_seed

ADVENTURE, SAFETY, SUSTAINABILITY, PRICE = range(len(THEMES))
SALT = "fjällgården hidden truth v1"

# Per theme: how appealing it is to everyone (log scale) and how much better its clicks
# convert (a discount turns interest into an order more often).
THEME_BASE = np.array([-0.05, -0.15, -0.25, -0.05])
THEME_CONVERSION = np.array([0.0, 0.0, 0.0, 0.25])
PRICE_ORDER_VALUE = 0.8  # a discount order is smaller

# Chance a click (or a clicked ad) becomes an order, before the customer's own taste.
CONVERSION = 0.15
# E-mail: chance an opened e-mail is clicked. Ads: chance one impression is clicked.
CLICK_AFTER_OPEN = 0.05
AD_CTR = {"meta": 0.006, "google": 0.009}
INDIVIDUAL_APPETITE = 0.4  # sd of how responsive a person is to any marketing
INDIVIDUAL_TASTE = 0.35  # sd of a person's own liking for each theme, beyond their columns

# Trigger thresholds (daily weather in the customer's municipality).
RAIN_MM = 4.0
FIRST_SNOW_DAYS = 7  # the week after the season's first day below zero with precipitation
WARM_C = 17.0  # a warm day in Sweden, as a daily mean
PAYDAY_DAYS = 4  # payday (the 25th, earlier if a weekend) and the three days after

SNOW_SPORTS = ["skidåkning"]
ADVENTURE_SPORTS = ["skidåkning", "klättring", "paddling"]
EXPLORERS = ["vandring", "camping"]
WEATHER_PEOPLE = ["vandring", "fiske", "camping", "jakt"]
SUMMER_PEOPLE = ["paddling", "camping", "fiske", "klättring"]

msg = messages(
    {
        "h_factor": {"sv": "faktor", "en": "factor"},
        "h_group": {"sv": "grupp", "en": "group"},
        "h_theme": {"sv": "tema", "en": "theme"},
        "h_customers": {"sv": "kunder", "en": "customers"},
        "h_reachable": {"sv": "kan nås", "en": "reachable"},
        "h_click_rate": {"sv": "sann klickandel", "en": "true click rate"},
        "h_order_lift": {"sv": "sann ökning av köp", "en": "true order lift"},
        "h_index": {"sv": "index mot alla", "en": "index vs all"},
        "h_audience": {"sv": "målgrupp", "en": "audience"},
        "h_trigger": {"sv": "Trigger", "en": "Trigger"},
        "h_when": {"sv": "när", "en": "when"},
        "h_who": {"sv": "vilka", "en": "who"},
        "h_multiplier": {"sv": "gånger fler klick", "en": "times the clicks"},
        "all": {"sv": "alla", "en": "everyone"},
        "t_rain": {"sv": "regn", "en": "rain"},
        "t_first_snow": {"sv": "första snön", "en": "first snow"},
        "t_warm": {"sv": "värme", "en": "warm day"},
        "t_payday": {"sv": "lönedag", "en": "payday"},
        "t_winter": {"sv": "vinter", "en": "winter"},
        "t_summer": {"sv": "sommar", "en": "summer"},
        "t_autumn": {"sv": "höst", "en": "autumn"},
        "w_rain": {"sv": "minst 4 mm regn i kundens kommun utskicksdagen",
                   "en": "at least 4 mm of rain in the customer's municipality on the send day"},
        "w_first_snow": {"sv": "veckan efter säsongens första dag under noll med nederbörd",
                         "en": "the week after the season's first day below zero with "
                         "precipitation"},
        "w_warm": {"sv": "dygnsmedel minst 17 °C", "en": "daily mean at least 17 °C"},
        "w_payday": {"sv": "den 25:e (fredagen före om den 25:e är en helg) och tre dagar till",
                     "en": "the 25th (the Friday before if it is a weekend) and three more "
                     "days"},
        "w_winter": {"sv": "december–februari", "en": "December–February"},
        "w_summer": {"sv": "juni–augusti", "en": "June–August"},
        "w_autumn": {"sv": "september–november", "en": "September–November"},
        "who_weather_fans": {"sv": "de som säger att vädret styr (trigger_weather)",
                             "en": "those who say the weather decides (trigger_weather)"},
        "who_others": {"sv": "övriga", "en": "the others"},
        "who_skiers": {"sv": "skidåkare", "en": "skiers"},
        "who_summer": {"sv": "paddlare, campare, fiskare, klättrare",
                       "en": "paddlers, campers, anglers, climbers"},
        "who_payday_fans": {"sv": "de som handlar efter lönen (trigger_payday)",
                            "en": "those who buy after payday (trigger_payday)"},
    },
    __name__,
)

# (trigger, theme, who, log effect): read by the simulation and listed by trigger_rules().
TRIGGERS = [
    ("rain", SAFETY, "weather_fans", 0.8), ("rain", SAFETY, "others", 0.3),
    ("first_snow", ADVENTURE, "skiers", 0.8), ("first_snow", ADVENTURE, "weather_fans", 0.4),
    ("first_snow", ADVENTURE, "others", 0.1),
    ("warm", ADVENTURE, "summer", 0.5), ("warm", SAFETY, "all", -0.3),
    ("payday", PRICE, "payday_fans", 0.7), ("payday", PRICE, "others", 0.2),
    ("winter", ADVENTURE, "skiers", 0.4), ("summer", ADVENTURE, "summer", 0.3),
    ("autumn", SAFETY, "all", 0.2),
]
TRIGGER_GROUPS = ("weather_fans", "payday_fans", "skiers", "summer")  # "all" needs no bit
SEASON_OF_MONTH = {12: "winter", 1: "winter", 2: "winter", 6: "summer", 7: "summer",
                   8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
# Everyone buys more before Christmas and around Black Week, less after the holidays.
ORGANIC_SEASON = {11: 1.3, 12: 1.4, 1: 0.8, 2: 0.8}


@dataclass(frozen=True)
class Truth:
    """Each customer's hidden responsiveness, in the customer table's row order."""

    appetite: np.ndarray  # responsiveness to any marketing (log scale)
    taste: np.ndarray  # (n, 4) liking per theme: from their columns plus their own
    baseline: np.ndarray  # chance to order in a week with no campaign at all
    open_rate: np.ndarray  # chance to open a marketing e-mail
    impressions: dict[str, np.ndarray]  # channel -> extra ad impressions per send (mean)
    order_value: np.ndarray  # mean order value in kronor
    city: np.ndarray  # index into the weather table's municipalities, -1 if unknown
    groups: dict[str, np.ndarray]  # who the triggers concern: skiers, weather_fans, ...
    trigger_key: np.ndarray  # municipality and trigger groups in one number (trigger_key)


def _any_interest(customers: pd.DataFrame, names: list[str]) -> np.ndarray:
    """True where one of the customer's interests (main or second) is in ``names``."""
    interests = customers["interests"]
    hit = np.array([any(part.strip() in names for part in str(label).split(","))
                    for label in interests.cat.categories] + [False])
    return hit[interests.cat.codes.to_numpy()]


def _is(customers: pd.DataFrame, column: str, values) -> np.ndarray:
    series = customers[column]
    hit = np.append(np.asarray(series.cat.categories.isin(list(values))), False)
    return hit[series.cat.codes.to_numpy()]


def _z(customers: pd.DataFrame, column: str) -> np.ndarray:
    """A personality score in standard deviations (the scores are 50 ± 15)."""
    return (customers[column].to_numpy(dtype=float) - 50) / 15


def systematic_taste(customers: pd.DataFrame) -> np.ndarray:
    """(n, 4): the part of each theme's appeal that follows from the customer's columns.

    Why these: adventure sells to people whose sport is an adventure, the young and the open;
    safety to older customers, families, the anxious and those out in all weathers;
    sustainability to the big cities and the young; price to budget shoppers, discount hunters
    and students. Gender and education have no effect of their own (they only travel along
    with interests, age and place, a little).
    """
    age = customers["age"].to_numpy(dtype=float)
    young, old = age < 35, age >= 65
    lifestyle = {name: _is(customers, "lifestyle", [name]) for name in
                 ("aktiv storstadsbo", "prestationsinriktad motionär", "barnfamilj i villa",
                  "student med liten budget")}
    adventure = (1.0 * _any_interest(customers, ADVENTURE_SPORTS)
                 + 0.4 * _any_interest(customers, EXPLORERS)
                 + 0.25 * young - 0.3 * old + 0.2 * _z(customers, "openness")
                 + 0.2 * (lifestyle["aktiv storstadsbo"] | lifestyle["prestationsinriktad motionär"]))
    safety = (0.6 * (age >= 55) + 0.3 * ((age >= 40) & (age < 55)) - 0.3 * (age < 30)
              + 0.3 * lifestyle["barnfamilj i villa"] + 0.15 * _z(customers, "neuroticism")
              + 0.3 * _any_interest(customers, WEATHER_PEOPLE))
    sustainability = (0.7 * _is(customers, "urban_rural", ["storstadsområde"])
                      + 0.2 * _is(customers, "urban_rural", ["större stad"])
                      - 0.2 * _is(customers, "urban_rural", ["mindre ort och landsbygd"])
                      + 0.3 * young + 0.15 * _z(customers, "agreeableness")
                      + 0.1 * _z(customers, "openness"))
    price = (0.7 * _is(customers, "budget_or_luxury", ["budget"])
             - 0.5 * _is(customers, "budget_or_luxury", ["lyx"])
             + 0.4 * customers["trigger_discount"].to_numpy(dtype=bool)
             + 0.4 * lifestyle["student med liten budget"] + 0.2 * (age < 30))
    return np.stack([adventure, safety, sustainability, price], axis=1) + THEME_BASE


def build_truth(customers: pd.DataFrame, world_name: str, weather_cities) -> Truth:
    """Draw the hidden truth for ``customers`` (the world's table, in its row order)."""
    n = len(customers)
    rng = np.random.default_rng(stable_seed(SALT, world_name))
    ids = customers["customer_id"]
    # Draws go to customers in id order, whatever order the table is in.
    order = np.arange(n) if ids.is_monotonic_increasing else np.argsort(ids.to_numpy())
    appetite = np.empty(n)
    appetite[order] = rng.normal(0, INDIVIDUAL_APPETITE, n)
    own = np.empty((n, len(THEMES)))
    own[order] = rng.normal(0, INDIVIDUAL_TASTE, (n, len(THEMES)))
    taste = systematic_taste(customers) + own

    orders = np.minimum(customers["orders_12m"].to_numpy(dtype=float), 6)
    opens = customers["newsletter_opens_12m"].to_numpy(dtype=float)
    minutes = customers["social_minutes_per_day"].to_numpy(dtype=float)
    trips = customers["trips_per_year"].to_numpy(dtype=float)
    # Mean order value by budget, mid-range, luxury (and mid-range when unknown: code -1).
    value = np.array([600.0, 900.0, 1500.0, 900.0])[customers["budget_or_luxury"].cat.codes
                                                     .to_numpy()]
    city_index = pd.Index([str(c) for c in weather_cities])
    city = np.append(city_index.get_indexer([str(c) for c in customers["city"].cat.categories]),
                     -1)[customers["city"].cat.codes.to_numpy()]
    weather_fans = customers["trigger_weather"].to_numpy(dtype=bool)
    payday_fans = customers["trigger_payday"].to_numpy(dtype=bool)
    groups = {"weather_fans": weather_fans, "payday_fans": payday_fans,
              "skiers": _any_interest(customers, SNOW_SPORTS),
              "summer": _any_interest(customers, SUMMER_PEOPLE)}
    return Truth(
        appetite=appetite,
        taste=taste,
        baseline=np.clip(0.005 + 0.004 * orders, 0, 0.05),
        open_rate=np.clip((opens + 1) / 54 * np.exp(0.25 * appetite), 0.01, 0.9),
        impressions={"meta": np.clip(minutes / 15, 0.2, 6.0), "google": np.clip(0.5 + trips / 4,
                                                                                  0.2, 4.0)},
        order_value=value,
        city=city.astype(np.int32),
        groups=groups,
        trigger_key=trigger_key(city, groups),
    )


# ------------------------------------------------------------------ weather and calendar


@dataclass(frozen=True)
class Weather:
    """The weather table as day x municipality arrays, and each season's first snow."""

    start: pd.Timestamp
    temp: np.ndarray
    rain: np.ndarray
    cities: list[str]
    first_snow: dict[int, np.ndarray]  # season year -> day index per municipality (-1: none)

    def day_index(self, day: pd.Timestamp) -> int:
        """The row for ``day``; a day outside the table uses the same date in a year inside."""
        n = self.temp.shape[0]
        index = (day - self.start).days
        if 0 <= index < n:
            return index
        end = self.start + pd.Timedelta(days=n - 1)
        year = min(max(day.year, self.start.year), end.year)
        moved = pd.Timestamp(year=year, month=day.month, day=min(day.day, 28 if day.month == 2
                                                                  else day.day))
        return int(np.clip((moved - self.start).days, 0, n - 1))


def build_weather(table: pd.DataFrame) -> Weather:
    start = pd.Timestamp(table["date"].min()).normalize()
    day = ((table["date"] - start).dt.days).to_numpy()
    city = table["city"].cat.codes.to_numpy()
    shape = (int(day.max()) + 1, len(table["city"].cat.categories))
    temp, rain = np.full(shape, np.nan), np.zeros(shape)
    temp[day, city] = table["temp_c"].to_numpy(dtype=float)
    rain[day, city] = table["rain_mm"].to_numpy(dtype=float)
    dates = start + pd.to_timedelta(np.arange(shape[0]), unit="D")
    snowy = (temp <= 0) & (rain > 0)
    first_snow = {}
    for year in range(start.year - 1, dates[-1].year + 1):  # a handful of seasons
        in_season = ((dates >= pd.Timestamp(year, 7, 1)) & (dates < pd.Timestamp(year + 1, 7, 1)))
        hits = snowy & (in_season & (dates.month >= 9) | in_season & (dates.month <= 3))[:, None]
        first = np.where(hits.any(axis=0), hits.argmax(axis=0), -1)
        first_snow[year] = first
    return Weather(start, temp, rain, [str(c) for c in table["city"].cat.categories], first_snow)


def payday(day: pd.Timestamp) -> pd.Timestamp:
    """The most recent Swedish payday on or before ``day``: the 25th, or the Friday before."""
    def of_month(year, month):
        pay = pd.Timestamp(year, month, 25)
        return pay - pd.Timedelta(days=max(pay.day_of_week - 4, 0))

    pay = of_month(day.year, day.month)
    if pay > day:
        previous = day.replace(day=1) - pd.Timedelta(days=1)
        pay = of_month(previous.year, previous.month)
    return pay


def active_triggers(weather: Weather, city: np.ndarray, day: pd.Timestamp) -> dict[str, np.ndarray]:
    """Per trigger, True for each weather municipality index in ``city`` (-1: unknown) that
    it applies to on ``day``."""
    n = len(city)
    row = weather.day_index(day)
    known = city >= 0
    safe_city = np.where(known, city, 0)
    temp = weather.temp[row][safe_city]
    season_year = day.year if day.month >= 7 else day.year - 1
    first = weather.first_snow.get(season_year, np.full(len(weather.cities), -1))[safe_city]
    since_snow = row - first
    active = {
        "rain": known & (weather.rain[row][safe_city] >= RAIN_MM),
        "first_snow": known & (first >= 0) & (since_snow >= 0) & (since_snow < FIRST_SNOW_DAYS),
        "warm": known & (temp >= WARM_C),
        "payday": np.full(n, (day - payday(day)).days < PAYDAY_DAYS),
    }
    season = SEASON_OF_MONTH.get(day.month)
    for name in ("winter", "summer", "autumn"):
        active[name] = np.full(n, season == name)
    return active


def trigger_key(city: np.ndarray, groups: dict[str, np.ndarray]) -> np.ndarray:
    """One small number per customer for everything the triggers look at: the weather
    municipality and which trigger groups they are in. A day's effects are then computed
    once per key (a few hundred) instead of once per customer (up to millions)."""
    key = (city.astype(np.int32) + 1) << len(TRIGGER_GROUPS)
    for bit, name in enumerate(TRIGGER_GROUPS):
        key |= groups[name].astype(np.int32) << bit
    return key


def trigger_table(weather: Weather, day: pd.Timestamp) -> np.ndarray:
    """(keys, 4): the log effect of the day's triggers on each theme, per :func:`trigger_key`.

    Within a trigger the most specific group wins (a weather fan gets the fan effect, not
    the fan effect plus the one for everyone else).
    """
    keys = np.arange((len(weather.cities) + 1) << len(TRIGGER_GROUPS))
    city = (keys >> len(TRIGGER_GROUPS)) - 1
    groups = {name: (keys >> bit) & 1 == 1 for bit, name in enumerate(TRIGGER_GROUPS)}
    groups["all"] = np.ones(len(keys), dtype=bool)
    active = active_triggers(weather, city, day)
    table = np.zeros((len(keys), len(THEMES)))
    for trigger in dict.fromkeys(t for t, *_ in TRIGGERS):
        rules = [r for r in TRIGGERS if r[0] == trigger]
        for theme in dict.fromkeys(r[1] for r in rules):
            taken = np.zeros(len(keys), dtype=bool)
            for _, _, who, effect in (r for r in rules if r[1] == theme):
                members = ~taken if who == "others" else groups[who] & ~taken
                table[active[trigger] & members, theme] += effect
                taken |= members
    return table


def trigger_boost(truth: Truth, weather: Weather, positions: np.ndarray,
                  day: pd.Timestamp) -> np.ndarray:
    """(m, 4): the day's trigger effect on each theme for the customers ``positions``."""
    return trigger_table(weather, day)[truth.trigger_key[positions]]


def organic_rate(truth: Truth, positions: np.ndarray, days: tuple[pd.Timestamp, ...]) -> np.ndarray:
    """Chance to order anyway, with no message, over the campaign's window (the first send
    to a week after the last)."""
    weekly = np.clip(truth.baseline[positions] * ORGANIC_SEASON.get(days[0].month, 1.0), 0, 0.2)
    weeks = ((days[-1] - days[0]).days + 7) / 7
    return 1 - (1 - weekly) ** weeks


# ------------------------------------------------------------------ response probabilities


def send_chances(truth: Truth, channel: str, positions: np.ndarray, themes: np.ndarray,
                 boost: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The two chances behind one send of theme ``themes[i]`` to customer ``positions[i]``,
    whose triggers that day add ``boost[i]`` (log scale) to that theme.

    E-mail: (chance to open, chance an opened e-mail is clicked). Ads: (mean extra
    impressions λ, chance one impression is clicked); each person sees 1 + Poisson(λ).
    """
    pull = truth.appetite[positions] + truth.taste[positions, themes] + boost
    if channel == "email":
        return truth.open_rate[positions], np.minimum(CLICK_AFTER_OPEN * np.exp(pull), 0.7)
    return truth.impressions[channel][positions], np.minimum(AD_CTR[channel] * np.exp(pull), 0.3)


def click_chance(channel: str, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """P(at least one click) from :func:`send_chances`. For ads with 1 + Poisson(λ)
    impressions: 1 - (1 - ctr)·exp(-λ·ctr)."""
    if channel == "email":
        return first * second
    return 1 - (1 - second) * np.exp(-first * second)


def conversion_chance(truth: Truth, positions: np.ndarray, themes: np.ndarray,
                      boost: np.ndarray) -> np.ndarray:
    pull = truth.taste[positions, themes] + boost
    return np.minimum(CONVERSION * np.exp(0.4 * pull + THEME_CONVERSION[themes]), 0.6)


# ------------------------------------------------------------------ for teachers


# Columns the answer key breaks the truth down by: the good factors and the poor ones.
KEY_FACTORS = ("age", "gender", "education", "income", "urban_rural", "main_interest",
               "lifestyle", "budget_or_luxury", "housing", "job", "country", "city_district",
               "trigger_discount", "trigger_weather", "trigger_payday", "openness",
               "neuroticism")
