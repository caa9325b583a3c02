"""Analytics versus personal data: hand-made frames, the report-has-no-IDs property, matching."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import course_lib
from course_lib import analytics as A
from course_lib import identity
from course_lib.core.errors import CourseError
from course_lib.lessons.l03 import q3
from course_lib.widgets.hashing import hashing_widget
from tests.examples import examples


def make_events(rows):
    """Events in the world's compact shape from (session, cookie, user, type, event, path,
    time, source, medium, revenue) tuples."""
    columns = ["session_id", "anonymous_id", "user_id", "type", "event", "page_path",
               "timestamp", "utm_source", "utm_medium", "revenue"]
    frame = pd.DataFrame(rows, columns=columns)
    frame.insert(0, "event_id", range(1, len(frame) + 1))
    frame["timestamp"] = pd.to_datetime(frame["timestamp"])
    frame["utm_campaign"] = frame["utm_source"].map({"facebook": "jul"})
    frame["device"] = "mobil"
    frame["product_category"] = frame["event"].map({"Product Added": "regnkläder"})
    return frame


EVENTS = make_events([
    # visit 1: a logged-in customer from Facebook buys
    (1, "a", None, "page", None, "/", "2025-11-01 10:00", "facebook", "paid_social", None),
    (1, "a", "C1", "track", "Product Added", "/kategori/regnklader", "2025-11-01 10:02",
     "facebook", "paid_social", None),
    (1, "a", "C1", "track", "Order Completed", "/kassa/tack", "2025-11-01 10:05", "facebook",
     "paid_social", 800.0),
    # visit 2: an anonymous visitor leaves a cart
    (2, "b", None, "page", None, "/", "2025-11-01 12:00", None, None, None),
    (2, "b", None, "track", "Product Added", "/kategori/regnklader", "2025-11-01 12:01", None,
     None, None),
    # visit 3: the same customer comes back the next day directly and leaves a cart
    (3, "a", "C1", "page", None, "/", "2025-11-02 09:00", None, None, None),
    (3, "a", None, "track", "Product Added", "/kategori/regnklader", "2025-11-02 09:01", None,
     None, None),
])


def test_report_per_day_counts_sessions_users_and_conversions():
    report = A.aggregate_report(EVENTS, by="day")
    assert list(report.index.strftime("%Y-%m-%d")) == ["2025-11-01", "2025-11-02"]
    first = report.iloc[0]
    assert (first["sessions"], first["users"], first["page_views"]) == (2, 2, 2)
    assert (first["add_to_carts"], first["conversions"], first["revenue_sek"]) == (2, 1, 800)
    assert first["conversion_rate"] == 0.5


def test_report_per_channel_takes_the_visits_first_event():
    report = A.aggregate_report(EVENTS, by="channel")
    assert report.loc["facebook / paid_social", "conversions"] == 1
    assert report.loc["(direct) / (none)", "sessions"] == 2
    assert report["sessions"].sum() == EVENTS["session_id"].nunique()


def test_report_per_page_and_device():
    pages = A.aggregate_report(EVENTS, by="page")
    assert pages.loc["/kassa/tack", "conversions"] == 1
    assert A.aggregate_report(EVENTS, by="device").loc["mobil", "users"] == 2


@pytest.mark.parametrize("by", A.REPORT_DIMENSIONS)
def test_the_report_has_no_ids(by):
    report = A.aggregate_report(EVENTS, by=by)
    assert A.reachable_people(report).id_columns == ()
    assert A.reachable_people(report).people == 0
    assert not set(report.columns) & set(A.identifier_columns())
    assert all(pd.api.types.is_numeric_dtype(report[c]) for c in report.columns)


@settings(max_examples=examples(30), deadline=None)
@given(st.lists(st.tuples(st.integers(1, 5), st.sampled_from("abc"),
                          st.sampled_from([None, "C1", "C2"]),
                          st.sampled_from([("page", None), ("track", "Product Added"),
                                           ("track", "Order Completed")]),
                          st.sampled_from([None, "google", "facebook"])), min_size=1, max_size=25))
def test_any_event_log_gives_a_report_without_ids(rows):
    events = make_events([
        (s, a, u, t, e, "/", f"2025-11-0{s} 10:{i:02d}", src, "cpc" if src else None,
         100.0 if e == "Order Completed" else None)
        for i, (s, a, u, (t, e), src) in enumerate(rows)])
    for by in A.REPORT_DIMENSIONS:
        report = A.aggregate_report(events, by=by)
        assert A.reachable_people(report).id_columns == ()
        assert report["conversions"].sum() == (events["event"] == "Order Completed").sum()


def test_the_event_log_names_people_and_links_a_cookie_to_its_customer():
    reach = A.reachable_people(EVENTS)
    assert reach.id_columns == ("user_id", "anonymous_id")
    assert reach.people == 2  # C1 (whose cookie "a" is linked to C1) and the cookie "b"
    assert "2" in reach._repr_markdown_()
    assert "Ingen att nå" in A.reachable_people(A.aggregate_report(EVENTS))._repr_markdown_()


def test_abandoned_carts_come_from_the_log_with_ids():
    carts = A.abandoned_carts(EVENTS)
    assert list(carts["session_id"]) == [2, 3]
    assert carts["user_id"].isna().tolist() == [True, False]  # visit 3's login was earlier
    assert A.reachable_people(carts).people == 2


def test_learner_mistakes_are_friendly():
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="Choose one of"):
        A.aggregate_report(EVENTS, by="week")
    with pytest.raises(CourseError, match="lacks the columns"):
        A.aggregate_report(EVENTS.drop(columns="session_id"))
    with pytest.raises(CourseError, match="not a table"):
        A.aggregate_report("events")
    with pytest.raises(CourseError, match="no metric"):
        A.report_chart(A.aggregate_report(EVENTS), "clicks")


CUSTOMERS = pd.DataFrame({
    "email": ["Anna@Example.se", "bo@example.se", "cay@example.se", "dan@example.se", None],
    "phone": ["070-123 45 67", None, "070-765 43 21", "abc", "+46 73 111 22 33"],
})


def platform(emails, phones):
    return pd.DataFrame({
        "hashed_email": identity.hash_emails(pd.Series(emails, dtype="object")),
        "hashed_phone": identity.hash_phones(pd.Series(phones, dtype="object")),
    })


# anna by both; bo by e-mail; cay by phone (another e-mail there); dan and the fifth not at all
PLATFORM = platform(["anna@example.se", "bo@example.se", "cay.other@example.se"],
                    ["0701234567", None, "0707654321"])


def test_match_breakdown_puts_every_customer_in_one_group():
    breakdown = A.match_breakdown(CUSTOMERS, PLATFORM)
    assert breakdown["customers"].tolist() == [1, 1, 1, 1, 1]
    assert breakdown["customers"].sum() == len(CUSTOMERS)
    assert breakdown["share"].sum() == pytest.approx(1.0)


def test_match_rates_by_email_phone_and_either_agree_with_identity():
    rates = A.match_rates(CUSTOMERS, PLATFORM)
    assert rates["usable"].tolist() == [4, 3, 5]
    assert rates["matched"].tolist() == [2, 2, 3]
    emails = identity.hash_emails(CUSTOMERS["email"])
    assert rates["match_rate"].iloc[0] == round(identity.match_rate(emails, PLATFORM["hashed_email"]), 3)
    google = A.match_rates(CUSTOMERS, PLATFORM, platform="google")
    assert google["matched"].iloc[1] == 0  # "+46…" never equals Meta's "46…"


def test_world_match_breakdown_sums_to_every_customer():
    from course_lib import datasets

    world = datasets.load()
    breakdown = A.match_breakdown(world.customers, world.platform_users)
    assert breakdown["customers"].sum() == len(world.customers)
    rates = A.match_rates(world.customers, world.platform_users)
    assert 0.5 < rates["match_rate"].iloc[0] < 0.8
    assert rates["matched"].iloc[2] == breakdown["customers"].iloc[:3].sum()


def test_hashing_steps_follow_each_platforms_rules():
    steps = A.hashing_steps(" Anna.Svensson@Gmail.com ", "070-123 45 67")
    norm = steps.iloc[1]
    assert norm[("email", "meta")] == "anna.svensson@gmail.com"
    # Customer Match trims and lowercases, like Meta (dropping gmail dots is enhanced conversions).
    assert norm[("email", "google")] == "anna.svensson@gmail.com"
    assert norm[("phone", "meta")] == "46701234567" == q3.solution_answer()
    assert norm[("phone", "google")] == "+46701234567"
    assert steps.iloc[2][("phone", "meta")] == identity.sha256_hex("46701234567")
    assert A.hashing_steps("inte en adress", "").iloc[2].str.contains("går inte").all()


def test_hashing_widget_redraws_as_you_type():
    box = hashing_widget()
    assert "46701234567" in box.table.value and "+46701234567" in box.table.value
    box.phone.value = "08-123 456 78"
    assert "46812345678" in box.table.value
    box.email.value = "ingen snabel-a"
    assert "går inte att använda" in box.table.value
    course_lib.set_language("en")
    assert "E-mail" in hashing_widget().table.value


def test_pixel_coverage_counts_what_was_sent():
    pixel = pd.DataFrame({"event_id": [1, 2, 3], "hashed_email": [None, "h", "h"]})
    table = A.pixel_coverage(EVENTS, pixel)
    assert table.loc[("page", "PageView"), "web_events"] == 3
    assert table.loc[("page", "PageView"), "sent_to_pixel"] == 1
    assert table.loc[("Product Added", "AddToCart"), "with_hashed_email"] == 1
    total = table.xs("totalt", level=0).iloc[0]
    assert (total["web_events"], total["sent_to_pixel"]) == (len(EVENTS), 3)


def test_identity_trail_and_b2b_on_the_world():
    from course_lib import datasets

    world = datasets.load()
    person = A.example_person(world)
    trail = A.identity_trail(world, person)
    assert person in trail["value"].tolist()
    assert "(ingen träff)" not in trail["value"].tolist()
    with pytest.raises(CourseError):
        A.identity_trail(world, "C9999999")
    people = A.b2b_people(world.companies, world.contacts, world.customers)
    assert len(people) == len(world.contacts)
    assert people["company_name"].notna().all()
    assert people["private_customer"].sum() == world.contacts["customer_id"].notna().sum()


def test_pictures_draw():
    fig = A.identity_map()
    assert fig.axes
    assert A.report_chart(A.aggregate_report(EVENTS, by="channel"), "sessions").axes
