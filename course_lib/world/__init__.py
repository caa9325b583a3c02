"""Fjällgården, a fictional Swedish outdoor and sports-gear retailer, as synthetic data.

Web shop, six stores (Stockholm, Göteborg, Malmö, Uppsala, Umeå, Åre) and a B2B arm,
"Fjällgården Företag". :func:`generate` builds the whole world from a seed, column-wise with
numpy: a million customers with their orders and events take well under a minute.

>>> from course_lib.world import generate
>>> world = generate(500, seed=1)
>>> world.customers["customer_id"].iloc[0]
'C0000001'
"""

from __future__ import annotations

import numbers
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages

TABLES = ("customers", "orders", "order_lines", "events", "pixel_events", "reviews", "chats",
          "ad_creatives", "platform_users", "weather", "third_party_attributes", "companies",
          "contacts")
DEFAULT_SEED = 2025

# The smallest world that has every table (orders, events, B2B …) and can hold a segment.
MIN_CUSTOMERS = 100

msg = messages(
    {
        "bad_n": {
            "sv": "Antalet kunder måste vara ett heltal, minst {least}, inte {n!r}. En mindre värld "
            "räcker inte till segment: annonsplattformarna kräver minst 100 personer per lista.",
            "en": "The number of customers must be a whole number of at least {least}, not {n!r}. "
            "A smaller world cannot hold segments: ad platforms need at least 100 people a list.",
        },
        "bad_seed": {
            "sv": "Fröet (seed) måste vara ett heltal, till exempel 42, inte {seed!r}.",
            "en": "The seed must be a whole number, for example 42, not {seed!r}.",
        },
        "step": {"sv": "Bygger världen", "en": "Building the world"},
    },
    __name__,
)


class World:
    """Every table of one synthetic world, as pandas DataFrames (``world.customers`` …).

    Tables are read or built only when first used. ``images`` maps an ad creative's
    ``image_file`` to its PNG bytes.
    """

    __slots__ = ("_tables", "_loader", "_images", "_match_rate", "name")

    def __init__(self, name: str, tables: Mapping[str, pd.DataFrame] | None = None,
                 loader: Callable[[str], pd.DataFrame] | None = None,
                 images: Callable[[], dict[str, bytes]] | dict[str, bytes] | None = None):
        self.name = name
        self._tables = dict(tables or {})
        self._loader = loader
        self._images = images
        self._match_rate = None

    def __getattr__(self, table: str) -> pd.DataFrame:
        if table not in TABLES:
            raise AttributeError(table)
        if table not in self._tables:
            frame = self._loader(table)
            if table == "customers":
                # The guard rails estimate what a platform could use from this rate.
                frame.attrs["match_rate"] = _Later(self.match_rate)
            self._tables[table] = frame
        return self._tables[table]

    def match_rate(self) -> float:
        """Share of customers the ad platform recognises by hashed e-mail or phone (Meta's
        normalisation), as an advertiser would see it after an upload."""
        from ..identity import matched

        if self._match_rate is None:
            emails, phones, by_email, by_phone = matched(self.customers, self.platform_users)
            usable = emails.notna().to_numpy() | phones.notna().to_numpy()
            found = (by_email | by_phone)[usable]
            self._match_rate = round(float(found.mean()), 3) if found.size else 0.0
        return self._match_rate

    def table(self, table: str) -> pd.DataFrame:
        return getattr(self, table)

    @property
    def images(self) -> dict[str, bytes]:
        if callable(self._images):
            self._images = self._images()
        return self._images or {}

    def __dir__(self):
        return [*TABLES, "images", "name", "table"]

    def __repr__(self) -> str:
        return f"World({self.name!r}, tables={list(TABLES)})"


class _Later:
    """A value computed when first asked for (the match rate needs the platform's table).

    pandas deep-copies a table's ``attrs`` with every slice, so this shares itself instead of
    copying the whole world along."""

    def __init__(self, compute: Callable[[], float]):
        self._compute = compute

    def __call__(self) -> float:
        return self._compute()

    def __deepcopy__(self, memo) -> _Later:
        return self


def check_size_and_seed(n_customers, seed) -> None:
    if isinstance(n_customers, bool) or not isinstance(n_customers, numbers.Integral) \
            or n_customers < MIN_CUSTOMERS:
        raise CourseError(msg("bad_n", n=n_customers, least=MIN_CUSTOMERS))
    if isinstance(seed, bool) or not isinstance(seed, numbers.Integral):
        raise CourseError(msg("bad_seed", seed=seed))


def _in_notebook() -> bool:
    try:
        from IPython import get_ipython
    except ImportError:
        return False
    shell = get_ipython()
    return shell is not None and type(shell).__name__ == "ZMQInteractiveShell"


def generate(n_customers: int, seed: int = DEFAULT_SEED, progress: bool | None = None) -> World:
    """A world with ``n_customers`` customers and their orders, events and everything else.

    The same seed gives the same world, to the byte. ``progress`` shows a progress bar;
    by default only in a notebook.
    """
    check_size_and_seed(n_customers, seed)
    from . import b2b, customers, events, orders, platforms, unstructured, weather

    rng = np.random.default_rng(int(seed))
    n = int(n_customers)
    show = _in_notebook() if progress is None else progress
    steps = ["customers", "weather", "orders", "events", "platforms", "texts", "b2b"]
    bar = None
    if show:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(steps), desc=msg("step"))

    def done():
        if bar is not None:
            bar.update(1)

    t = {}
    crm = customers.make_customers(rng, n)
    done()
    t["weather"] = weather.make_weather(rng)
    done()
    t["orders"], t["order_lines"] = orders.make_orders(rng, crm, t["weather"])
    t["customers"] = orders.summarise(crm, t["orders"], t["order_lines"])
    done()
    checkout_rng = np.random.default_rng((int(seed), events.CHECKOUT_STREAM))
    t["events"], cookie_ok = events.make_events(rng, crm, t["orders"], t["order_lines"],
                                                checkout_rng)
    done()
    t["pixel_events"] = platforms.make_pixel_events(t["events"], cookie_ok, crm)
    t["platform_users"] = platforms.make_platform_users(rng, crm)
    t["third_party_attributes"] = platforms.make_third_party(rng, crm)
    done()
    t["reviews"] = unstructured.make_reviews(rng, t["orders"], t["order_lines"])
    t["chats"] = unstructured.make_chats(rng, crm)
    t["ad_creatives"], images = unstructured.make_ad_creatives(rng)
    done()
    t["companies"], t["contacts"] = b2b.make_b2b(rng, crm)
    done()
    if bar is not None:
        bar.close()
    return World(f"generated:{n}:{seed}", tables=t, images=images)


def write_customers_parquet(n_customers: int, path, seed: int = DEFAULT_SEED,
                            progress: bool | None = None):
    """Write ``n_customers`` customers to one Parquet file, in chunks to keep memory low.

    For bases bigger than memory (10 million customers and more): ``evaluate`` and the
    exports accept the file's path and let DuckDB read it. Returns the path.
    """
    from .bigfile import write_customers_parquet as write

    return write(n_customers, path, seed, progress)
