"""The synthetic world: reproducible to the byte, fully documented, realistic, friendly errors."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import course_lib
from course_lib import catalog, datasets, identity
from course_lib.core.errors import CourseError
from course_lib.core.paths import data_dir
from course_lib.datadictionary import data_dictionary
from course_lib.world import DEFAULT_SEED, TABLES, generate
from course_lib.world import events as world_events
from course_lib.world.events import ABANDONED_SHARE
from course_lib.world.files import flatten_events, render_events, write_world


@pytest.fixture(scope="module")
def world():
    return datasets.load()


@pytest.fixture(autouse=True)
def swedish_afterwards():
    yield
    course_lib.set_language("sv")


def test_regenerating_the_default_world_reproduces_every_file(tmp_path):
    committed = data_dir() / "world"
    write_world(generate(3000, seed=DEFAULT_SEED, progress=False), tmp_path)
    ours = sorted(p.relative_to(committed) for p in committed.rglob("*") if p.is_file())
    fresh = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*") if p.is_file())
    assert ours == fresh
    for rel in ours:
        assert (committed / rel).read_bytes() == (tmp_path / rel).read_bytes(), rel


def test_dictionary_documents_every_column_and_the_whole_catalogue(world):
    dd = data_dictionary()
    for table in TABLES:
        assert list(dd.loc[dd["table"] == table, "column"]) == list(world.table(table).columns)
    assert {dp.key for dp in catalog.data_points()} <= set(dd["data_point"])
    assert {t.key for t in catalog.data_types()} <= set(dd["data_type"])
    assert {s.key for s in catalog.source_types()} <= set(dd["source_type"])
    keys = {dp.key for dp in catalog.data_points()} | {i.key for i in catalog.identifiers()}
    assert set(dd["data_point"].dropna()) <= keys
    assert dd["description_sv"].str.len().gt(0).all() and dd["description_en"].str.len().gt(0).all()
    assert (data_dictionary("en")["description"] == dd["description_en"]).all()


def test_political_opinion_only_as_a_brokers_offer(world):
    dd = data_dictionary()
    rows = dd[dd["data_point"] == "political_opinion"]
    assert list(rows["table"]) == ["third_party_attributes"]
    assert set(rows["source_type"]) == {"third_party"} and set(rows["gdpr"]) == {"special"}
    assert world.third_party_attributes["political_opinion"].str.contains("påhittat|osäker").all()


def test_types_a_marketer_can_count_on(world):
    c = world.customers
    for col in ("education", "gender", "housing", "city", "urban_rural", "favourite_category"):
        assert isinstance(c[col].dtype, pd.CategoricalDtype), col
    for col in ("signup_date", "last_order_date"):
        assert pd.api.types.is_datetime64_any_dtype(c[col]), col
    assert pd.api.types.is_datetime64_any_dtype(world.orders["order_time"])
    assert pd.api.types.is_string_dtype(c["email"]) and pd.api.types.is_string_dtype(c["phone"])
    assert c["customer_id"].is_unique and c["email"].str.lower().is_unique
    assert set(world.events["type"].unique()) == {"track", "page", "identify"}


def test_calibration_and_correlations(world):
    c = world.customers
    working = c[c["age"].between(20, 64)]
    assert 300_000 < working["income"].median() < 380_000  # SCB: 337,400 kr (2019)
    by_edu = c.groupby("education", observed=True)["income"].median()
    assert by_edu["eftergymnasial 3 år eller längre"] > by_edu["gymnasial 3 år"] \
        > by_edu["förgymnasial 9 år"]
    assert 0.3 < c["consent_email"].mean() < 0.9 and not c["consent_ads"].all()


def test_rain_sells_rain_gear(world):
    lines = world.order_lines.merge(world.orders, on="order_id").merge(
        world.customers[["customer_id", "city"]], on="customer_id")
    lines["date"] = lines["order_time"].dt.normalize()
    w = world.weather.astype({"city": str})
    lines = lines.astype({"city": str}).merge(w, on=["date", "city"])
    rain_gear = lines["product_category"] == "regnkläder"
    rainy = lines["rain_mm"] >= 2
    assert rain_gear[rainy].mean() > 1.3 * rain_gear[~rainy].mean()


def test_platform_matches_only_through_hashes(world):
    c, p = world.customers, world.platform_users
    assert "customer_id" not in p.columns and "email" not in p.columns
    matched = identity.hash_emails(c["email"]).isin(set(p["hashed_email"].dropna())) | \
        identity.hash_phones(c["phone"]).isin(set(p["hashed_phone"].dropna()))
    assert 0.3 < matched.mean() < 0.95
    assert len(p) > matched.sum()  # the platform has users who are not our customers


def test_events_follow_the_segment_spec(world):
    calls = datasets.load_events()
    assert len(calls) == len(world.events)
    first = next(c for c in calls if c.get("event") == "Order Completed")
    assert first["userId"].startswith("C") and first["properties"]["currency"] == "SEK"
    identify = next(c for c in calls if c["type"] == "identify")
    assert "email" in identify["traits"]
    mediums = {c["context"].get("campaign", {}).get("medium") for c in calls}
    assert {"cpc", "paid_social", "email"} <= mediums
    # before login only anonymousId, after it userId too
    session = [c for c in calls if c["context"]["sessionId"] == first["context"]["sessionId"]]
    assert "userId" not in session[0] and "userId" in session[-1]


def _visits(events):
    """Per visit: the steps it reached, in order, and its cookie."""
    steps = events.dropna(subset=["event"]).groupby("session_id")["event"].agg(
        lambda s: tuple(s.astype(str)))
    cookie = events.groupby("session_id")["anonymous_id"].first()
    return steps, cookie


def test_most_checkouts_are_abandoned_as_in_real_shops(world):
    events = world.events
    steps, cookie = _visits(events)
    started = steps.map(lambda s: "Checkout Started" in s)
    bought = steps.map(lambda s: "Order Completed" in s)
    assert started[bought].all()  # no purchase without a checkout
    share = 1 - bought.sum() / started.sum()
    assert share == pytest.approx(ABANDONED_SHARE, abs=0.005)  # Baymard: 70.19 %
    for visit in steps[started]:  # a cart first, the checkout after it, nothing after that
        assert visit.index("Product Added") < visit.index("Checkout Started")
        assert visit[-1] == ("Order Completed" if "Order Completed" in visit
                             else "Checkout Started")
    # Every abandoned checkout comes back to an earlier visit of the same browser.
    abandoned = started & ~bought
    others = events[~events["session_id"].isin(steps[abandoned].index)]
    assert cookie[abandoned[abandoned].index].isin(set(others["anonymous_id"])).all()
    assert events["timestamp"].max() < pd.Timestamp("2026-01-01")
    assert events["timestamp"].min() >= pd.Timestamp("2025-11-01")


def test_abandoned_checkouts_are_added_on_top_of_everything_else(monkeypatch):
    """Orders, customers and every table not made from the events stay as they were; the
    visits there were before are still there, event for event."""
    with_them = generate(600, seed=5, progress=False)
    real = world_events._abandoned
    monkeypatch.setattr(world_events, "_abandoned",
                        lambda rng, customers, s, added: real(rng, customers, s, added).iloc[:0])
    without = generate(600, seed=5, progress=False)
    for table in TABLES:
        if table not in ("events", "pixel_events"):
            pd.testing.assert_frame_equal(with_them.table(table), without.table(table))
    before = without.events
    after = with_them.events
    after = after[after["session_id"] <= before["session_id"].max()]
    pd.testing.assert_frame_equal(after.drop(columns="event_id").reset_index(drop=True),
                                  before.drop(columns="event_id").reset_index(drop=True))
    assert (before["event"] == "Checkout Started").sum() == (
        before["event"] == "Order Completed").sum()
    assert (with_them.events["event"] == "Checkout Started").sum() > 3 * (
        with_them.events["event"] == "Order Completed").sum()


def test_render_and_flatten_are_inverse():
    w = generate(300, seed=3, progress=False)
    flat = flatten_events(render_events(w.events, w.customers))
    assert flat["event_id"].tolist() == w.events["event_id"].tolist()
    assert flat["user_id"].fillna("").tolist() == w.events["user_id"].fillna("").tolist()


def test_small_generate_has_every_table_and_is_deterministic():
    a = generate(2000, seed=7, progress=False)
    b = generate(2000, seed=7, progress=False)
    for table in TABLES:
        assert len(a.table(table)) > 0, table
        pd.testing.assert_frame_equal(a.table(table), b.table(table))
    assert len(a.customers) == 2000 and a.images


@pytest.mark.parametrize("language", ["sv", "en"])
@pytest.mark.parametrize("n, seed", [(0, 1), (-5, 1), (2.5, 1), (99, 1), (100, 1.5), (100, "42")])
def test_bad_arguments_get_a_friendly_error(language, n, seed):
    course_lib.set_language(language)
    with pytest.raises(CourseError) as err:
        generate(n, seed=seed)
    word = {"sv": ("kunder", "Fröet"), "en": ("customers", "seed")}[language]
    assert any(w in str(err.value) for w in word)


@pytest.mark.parametrize("language, word", [("sv", "datamängd"), ("en", "dataset")])
def test_unknown_dataset(language, word):
    course_lib.set_language(language)
    with pytest.raises(CourseError, match=word):
        datasets.load("nope")
    with pytest.raises(CourseError):
        datasets.load_table("default", "nope")


def test_numpy_integers_are_fine_as_seed():
    assert len(generate(np.int64(150), seed=np.int32(4), progress=False).customers) == 150


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 4, 5, 6, 7])
def test_the_smallest_world_has_every_table_for_any_seed(seed):
    world = generate(100, seed=seed, progress=False)
    for table in TABLES:
        assert isinstance(world.table(table), pd.DataFrame), table
    assert len(world.customers) == 100
