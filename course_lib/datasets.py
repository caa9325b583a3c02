"""Load the synthetic worlds: the committed default one, or any one you generate.

>>> from course_lib import datasets
>>> datasets.list_datasets()
['default']
>>> world = datasets.load()
>>> world.customers["education"].dtype.name
'category'

Tables: customers, orders, order_lines, events, pixel_events, reviews, chats, ad_creatives,
platform_users, weather, third_party_attributes, companies, contacts. ``events`` is a
compact table, one row per Segment call; :func:`load_events` gives the raw Segment dicts
from ``events.jsonl`` and :func:`course_lib.world.files.render_events` renders any slice
of a generated world the same way.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pandas as pd

from .core.errors import CourseError
from .core.i18n import messages
from .core.paths import data_dir

DATASETS = {"default": "world"}

msg = messages(
    {
        "unknown": {
            "sv": "Det finns ingen datamängd som heter {name!r}. Välj en av: {known}.",
            "en": "There is no dataset called {name!r}. Choose one of: {known}.",
        },
        "unknown_table": {
            "sv": "Världen har ingen tabell som heter {table!r}. Välj en av: {known}.",
            "en": "The world has no table called {table!r}. Choose one of: {known}.",
        },
    },
    __name__,
)


def list_datasets() -> list[str]:
    return list(DATASETS)


def world_dir(name: str = "default") -> Path:
    if name not in DATASETS:
        raise CourseError(msg("unknown", name=name, known=", ".join(DATASETS)))
    return data_dir() / DATASETS[name]


@cache
def _load(name: str, folder: Path):
    from .world.files import read_world

    return read_world(folder, name)


def load(name: str = "default"):
    """The world called ``name`` (its tables are read from data/world/ when first used)."""
    return _load(name, world_dir(name))


def load_table(name: str, table: str) -> pd.DataFrame:
    """One table of a world, e.g. ``load_table("default", "orders")``."""
    from .world import TABLES

    if table not in TABLES:
        raise CourseError(msg("unknown_table", table=table, known=", ".join(TABLES)))
    return load(name).table(table)


def events_path(name: str = "default") -> Path:
    """The JSON Lines file with the world's web events in the Segment spec's shape."""
    return world_dir(name) / "events.jsonl"


def load_events(name: str = "default") -> list[dict]:
    """The raw Segment calls (track, page, identify) as a list of dicts."""
    from .world.files import read_jsonl

    return read_jsonl(events_path(name))


def load_pixel_events(name: str = "default") -> list[dict]:
    """What the site's pixel sent to the ad platform, as a list of dicts."""
    from .world.files import read_jsonl

    return read_jsonl(world_dir(name) / "pixel_events.jsonl")
