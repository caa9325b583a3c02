"""The abandoned-checkout trigger: hand-made visits, the committed world, the segment rules."""

from __future__ import annotations

import pandas as pd
import pytest

import course_lib
from course_lib import analytics as A
from course_lib import datasets
from course_lib.core.errors import CourseError
from course_lib.segments import Segment, evaluate, where
from course_lib.world.events import ABANDONED_SHARE


def make_events(rows):
    """Events in the world's compact shape from (session, cookie, user, event, time) tuples;
    every visit starts with a page view."""
    calls = []
    for session, cookie, user, event, time in rows:
        calls.append((session, cookie, user, "track" if event else "page", event, time))
    frame = pd.DataFrame(calls, columns=["session_id", "anonymous_id", "user_id", "type",
                                         "event", "timestamp"])
    frame.insert(0, "event_id", range(1, len(frame) + 1))
    frame["timestamp"] = pd.to_datetime(frame["timestamp"])
    frame["product_category"] = frame["event"].map(
        {"Checkout Started": "tält och camping", "Order Completed": "tält och camping"})
    return frame


EVENTS = make_events([
    # visit 1: C1 logged in, goes to the checkout and leaves
    (1, "a", "C1", "Checkout Started", "2025-12-20 10:00"),
    # visit 2: the same browser, not logged in this time, leaves the checkout again
    (2, "a", None, "Checkout Started", "2025-12-29 20:00"),
    # visit 3: a visitor who never logged in
    (3, "b", None, "Checkout Started", "2025-12-30 11:00"),
    # visit 4: C2 buys
    (4, "c", "C2", "Checkout Started", "2025-12-27 09:00"),
    (4, "c", "C2", "Order Completed", "2025-12-27 09:03"),
    # visits 5 and 6: C3 leaves the checkout, comes back two days later and buys
    (5, "d", "C3", "Checkout Started", "2025-12-26 18:00"),
    (6, "d", "C3", "Checkout Started", "2025-12-28 18:00"),
    (6, "d", "C3", "Order Completed", "2025-12-28 18:04"),
    # visit 7: C4 left the checkout long ago
    (7, "e", "C4", "Checkout Started", "2025-12-10 12:00"),
    # visit 8: the log's last event, a page view
    (8, "f", None, None, "2025-12-31 22:00"),
])


@pytest.fixture(autouse=True)
def swedish_afterwards():
    yield
    course_lib.set_language("sv")


def test_the_last_seven_days_up_to_the_logs_last_day():
    found = A.abandoned_checkouts(EVENTS, days=7)
    days = (str(found.first_day.date()), str(found.reference_day.date()))
    assert days == ("2025-12-25", "2025-12-31")
    assert (found.started, found.completed, found.abandoned) == (5, 2, 3)
    assert found.abandoned_share == 0.6
    assert found.customers["customer_id"].tolist() == ["C1"]  # C3 bought since
    first = found.customers.iloc[0]
    assert first["last_abandoned_at"] == pd.Timestamp("2025-12-29 20:00")
    assert not first["logged_in"]  # recognised by the cookie of an earlier login
    assert (found.bought_later, found.not_identified) == (1, 1)


def test_the_whole_log_and_a_day_in_the_past():
    whole = A.abandoned_checkouts(EVENTS, days=None)
    assert (whole.started, whole.completed) == (7, 2)
    assert whole.customers.set_index("customer_id")["abandoned_checkouts"].to_dict() == {
        "C1": 2, "C4": 1}
    # On 27 December C3 had not yet come back to buy, and visit 2 had not happened.
    past = A.abandoned_checkouts(EVENTS, days=7, today="2025-12-27")
    assert past.customers["customer_id"].tolist() == ["C3"]
    assert (past.started, past.completed, past.bought_later) == (2, 1, 0)


def test_the_summary_speaks_both_languages():
    found = A.abandoned_checkouts(EVENTS, days=7)
    text = found._repr_markdown_()
    assert "**3 av 5 besök i kassan slutade utan köp (60,0\u00a0%)**" in text
    assert "**Kunder att följa upp: 1**" in text
    course_lib.set_language("en")
    text = repr(found)
    assert "**3 of 5 checkouts started were abandoned (60.0%)**" in text
    assert "**Customers to follow up: 1**" in text and "2025-12-25 to 2025-12-31" in text


def test_learner_mistakes_are_friendly():
    course_lib.set_language("en")
    for days in (0, -3, 2.5, "7", True):
        with pytest.raises(CourseError, match="whole number of at least 1"):
            A.abandoned_checkouts(EVENTS, days=days)
    with pytest.raises(CourseError, match="lacks the columns"):
        A.abandoned_checkouts(EVENTS.drop(columns="anonymous_id"))
    with pytest.raises(CourseError, match="empty"):
        A.abandoned_checkouts(EVENTS.iloc[:0])


@pytest.fixture(scope="module")
def world():
    return datasets.load()


def test_the_worlds_checkouts_are_abandoned_as_often_as_baymards_average(world):
    whole = A.abandoned_checkouts(world.events, days=None)
    event = world.events["event"]
    assert whole.started == (event == "Checkout Started").sum()
    assert whole.completed == (event == "Order Completed").sum()
    assert whole.abandoned_share == pytest.approx(ABANDONED_SHARE, abs=0.005)
    assert str(whole.reference_day.date()) == "2025-12-31"
    week = A.abandoned_checkouts(world.events, days=7)
    assert 0 < len(week.customers) < len(whole.customers)
    assert week.customers["last_abandoned_at"].min() >= pd.Timestamp("2025-12-25")
    assert set(week.customers["customer_id"]) <= set(world.customers["customer_id"])


@pytest.mark.parametrize("days", [1, 7, 30])
def test_the_segment_rules_pick_the_same_customers(world, days):
    customers = A.with_last_abandoned_checkout(world.customers, world.events)
    assert list(customers.columns[:-1]) == list(world.customers.columns)
    assert "last_abandoned_checkout" not in world.customers.columns  # only the copy has it
    rule = where("last_abandoned_checkout").within_last_days(days)
    result = evaluate(customers, [Segment("Lämnade kassan", rule)])
    expected = A.abandoned_checkouts(world.events, days=days).customers
    assert int(result.counts.iloc[0]) == len(expected)
    picked = customers.loc[customers["last_abandoned_checkout"]
                           >= pd.Timestamp("2025-12-31") - pd.Timedelta(days=days - 1)]
    assert set(picked["customer_id"]) == set(expected["customer_id"])
