"""Where Fjällgården's customers live: municipalities, SKR groups, city districts and stores.

Sources (see shared facts ``sweden.md``): SCB population 31 Dec 2024 for the eleven largest
municipalities; SKR's municipality groups (kommungruppsindelning 2017) with the number of
municipalities in each group. The smaller municipalities' populations are rounded
approximations, and each listed municipality stands in for the whole of its SKR group: its
weight is scaled by (municipalities in the group) / (listed in the group), so the storstad /
landsbygd mix of customers follows the group sizes.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

# SKR group code -> (name, municipalities in the group). C8 and C9 are "55 together" in SKR's
# figures; we split them 28/27.
SKR_GROUPS = {
    "A1": ("Storstäder", 3),
    "A2": ("Pendlingskommun nära storstad", 43),
    "B3": ("Större stad", 21),
    "B4": ("Pendlingskommun nära större stad", 52),
    "B5": ("Lågpendlingskommun nära större stad", 35),
    "C6": ("Mindre stad/tätort", 29),
    "C7": ("Pendlingskommun nära mindre stad/tätort", 52),
    "C8": ("Landsbygdskommun", 28),
    "C9": ("Landsbygdskommun med besöksnäring", 27),
}

# name, SKR group, population, latitude (for the weather), nearest Fjällgården store
MUNICIPALITIES = [
    ("Stockholm", "A1", 995_574, 59.33, "Stockholm"),
    ("Göteborg", "A1", 608_993, 57.71, "Göteborg"),
    ("Malmö", "A1", 365_644, 55.60, "Malmö"),
    ("Huddinge", "A2", 115_000, 59.24, "Stockholm"),
    ("Nacka", "A2", 108_000, 59.31, "Stockholm"),
    ("Täby", "A2", 74_000, 59.44, "Stockholm"),
    ("Kungsbacka", "A2", 85_000, 57.49, "Göteborg"),
    ("Lomma", "A2", 25_000, 55.67, "Malmö"),
    ("Uppsala", "B3", 248_016, 59.86, "Uppsala"),
    ("Linköping", "B3", 168_035, 58.41, "Stockholm"),
    ("Västerås", "B3", 160_634, 59.61, "Uppsala"),
    ("Örebro", "B3", 160_140, 59.27, "Stockholm"),
    ("Helsingborg", "B3", 152_091, 56.05, "Malmö"),
    ("Jönköping", "B3", 147_654, 57.78, "Göteborg"),
    ("Umeå", "B3", 134_249, 63.83, "Umeå"),
    ("Lund", "B3", 131_590, 55.70, "Malmö"),
    ("Luleå", "B3", 79_000, 65.58, "Umeå"),
    ("Östersund", "B3", 65_000, 63.18, "Åre"),
    ("Kävlinge", "B4", 33_000, 55.79, "Malmö"),
    ("Knivsta", "B4", 20_000, 59.73, "Uppsala"),
    ("Habo", "B4", 12_000, 57.91, "Göteborg"),
    ("Motala", "B5", 43_000, 58.54, "Stockholm"),
    ("Sandviken", "B5", 40_000, 60.62, "Uppsala"),
    ("Skövde", "C6", 57_000, 58.39, "Göteborg"),
    ("Kiruna", "C6", 22_000, 67.86, "Umeå"),
    ("Mjölby", "C7", 28_000, 58.33, "Stockholm"),
    ("Tidaholm", "C7", 13_000, 58.18, "Göteborg"),
    ("Ragunda", "C8", 5_300, 63.10, "Åre"),
    ("Pajala", "C8", 6_000, 67.21, "Umeå"),
    ("Ydre", "C8", 3_700, 57.87, "Stockholm"),
    ("Åre", "C9", 12_000, 63.40, "Åre"),
    ("Malung-Sälen", "C9", 10_000, 60.68, "Uppsala"),
    ("Berg", "C9", 7_000, 62.80, "Åre"),
]

# Real district names in the big cities; elsewhere the centre, the outskirts and the countryside.
DISTRICTS = {
    "Stockholm": ["Södermalm", "Kungsholmen", "Vasastan", "Östermalm", "Bromma", "Hägersten",
                  "Farsta", "Rinkeby-Kista", "Skärholmen", "Enskede"],
    "Göteborg": ["Centrum", "Majorna-Linné", "Örgryte-Härlanda", "Hisingen", "Angered",
                 "Askim-Frölunda-Högsbo"],
    "Malmö": ["Centrum", "Limhamn-Bunkeflo", "Västra Innerstaden", "Rosengård", "Husie",
              "Hyllie"],
    "Uppsala": ["Centrum", "Luthagen", "Gottsunda", "Sävja", "Gränby"],
}
GENERIC_DISTRICTS = ["Centralorten", "Ytterområde", "Landsbygd"]
# Rough income level of a district relative to its city (for the big cities only).
DISTRICT_INCOME = {"Östermalm": 1.5, "Bromma": 1.3, "Rinkeby-Kista": 0.7, "Skärholmen": 0.75,
                   "Angered": 0.7, "Rosengård": 0.65, "Limhamn-Bunkeflo": 1.3,
                   "Askim-Frölunda-Högsbo": 1.15, "Gottsunda": 0.8}

STORES = ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Umeå", "Åre"]

# Urban/rural on one honest axis built from the SKR groups.
URBAN_RURAL = {"A": "storstadsområde", "B": "större stad", "C": "mindre ort och landsbygd"}


def municipalities() -> pd.DataFrame:
    """The municipalities with SKR group, population and their weight among customers."""
    frame = pd.DataFrame(MUNICIPALITIES,
                         columns=["municipality", "skr_group", "population", "lat", "store"])
    listed = frame.groupby("skr_group")["municipality"].transform("size")
    in_group = frame["skr_group"].map({k: v[1] for k, v in SKR_GROUPS.items()})
    weight = frame["population"] * in_group / listed
    frame["weight"] = weight / weight.sum()
    frame["skr_group_name"] = frame["skr_group"] + " " + frame["skr_group"].map(
        {k: v[0] for k, v in SKR_GROUPS.items()})
    frame["urban_rural"] = frame["skr_group"].str[0].map(URBAN_RURAL)
    return frame


# Every district name once, in a fixed order: the categories of the city_district column.
ALL_DISTRICTS = list(dict.fromkeys(sum(DISTRICTS.values(), []) + GENERIC_DISTRICTS))


def draw_places(rng: np.random.Generator, n: int) -> dict[str, np.ndarray]:
    """Municipality index and district (index into ALL_DISTRICTS) for ``n`` people, by
    population weight."""
    frame = municipalities()
    muni = rng.choice(len(frame), size=n, p=frame["weight"].to_numpy())
    u = rng.random(n)
    # One row per municipality: its districts' cumulative shares and their codes. A person
    # gets the first district whose cumulative share reaches u (the last one at most).
    width = max(len(x) for x in [*DISTRICTS.values(), GENERIC_DISTRICTS])
    cum = np.full((len(frame), width), np.inf)
    codes = np.zeros((len(frame), width), dtype=np.int16)
    for i, name in enumerate(frame["municipality"]):  # a loop over ~30 places, not people
        options = DISTRICTS.get(name, GENERIC_DISTRICTS)
        weights = np.ones(len(options)) if name in DISTRICTS else np.array([0.55, 0.3, 0.15])
        cum[i, :len(options) - 1] = np.cumsum(weights / weights.sum())[:-1]
        codes[i, :len(options)] = [ALL_DISTRICTS.index(x) for x in options]
    below = np.zeros(n, dtype=np.intp)
    for j in range(width - 1):
        below += cum[:, j][muni] < u
    return {"muni": muni, "district": codes[muni, below]}
