"""Notebook 01's library: UTM links, GA4 channels, the tracking-plan check, journeys, big data."""

import matplotlib.figure
import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import course_lib
from course_lib import datasets
from course_lib.core.errors import CourseError
from course_lib.lessons.l01 import q2, q3, q4, q5, q6
from course_lib.tracking import (
    FJALLGARDEN_PLAN,
    MESSY_PLAN,
    check_tracking_plan,
    customer_journey,
    data_points_per_customer,
    data_points_summary,
    plot_data_points,
    plot_timeline,
    suggest_event_name,
    suggest_property_name,
    tracking_plan_table,
)
from course_lib.utm import (
    build_utm_link,
    channel_for,
    parse_utm,
    plot_channels,
    sessions_per_channel,
    utm_warnings,
)
from course_lib.widgets.tracking import journey_widget, utm_widget
from tests.examples import examples

PAGE = "https://www.fjallgarden.se/kampanj"


@pytest.fixture(scope="module")
def world():
    return datasets.load()


# ------------------------------------------------------------------------------- UTM links
def test_link_is_lowercased_and_encoded():
    link = build_utm_link(PAGE, " Newsletter ", "EMAIL", "Julklappar  2025")
    assert link == (PAGE + "?utm_source=newsletter&utm_medium=email"
                    "&utm_campaign=julklappar%202025")


def test_round_trip_with_swedish_letters_and_spaces():
    link = build_utm_link(PAGE, "Nyhetsbrev", "email", "Vinteräventyr Åre", content="Röd knapp",
                          term="tält för två")
    assert " " not in link and "ä" not in link and "%C3%A4" in link
    assert parse_utm(link) == {"utm_source": "nyhetsbrev", "utm_medium": "email",
                               "utm_campaign": "vinteräventyr åre", "utm_content": "röd knapp",
                               "utm_term": "tält för två"}


@settings(max_examples=examples(100), deadline=None)
@given(st.lists(st.text(alphabet="abcåäöXYZ &=?#%+/_-1", min_size=1, max_size=12), min_size=5,
                max_size=5))
def test_round_trip_for_any_text(values):
    link = build_utm_link(PAGE, *values)
    expected = [" ".join(v.split()).lower() for v in values]
    parsed = parse_utm(link)
    assert [parsed.get(k, "") for k in ("utm_source", "utm_medium", "utm_campaign",
                                        "utm_content", "utm_term")] == expected


def test_other_parameters_and_fragment_are_kept_and_old_tags_replaced():
    link = build_utm_link("www.fjallgarden.se/sok?q=tält&utm_source=old#top", "google", "cpc", "x")
    assert link.startswith("https://www.fjallgarden.se/sok?q=t%C3%A4lt&utm_source=google")
    assert link.endswith("#top") and "old" not in link


def test_empty_tags_are_left_out_and_warned_about():
    link = build_utm_link(PAGE, "newsletter", "", None)
    assert link == PAGE + "?utm_source=newsletter"
    warnings = utm_warnings("newsletter", "", None)
    assert len(warnings) == 2 and "utm_medium saknas" in warnings[0]
    assert utm_warnings("newsletter", "email", "v51") == []


def test_warnings_for_unknown_medium_and_spaces():
    course_lib.set_language("en")
    found = utm_warnings("newsletter", "nyhetsbrev", "black week")
    assert any("Unassigned" in w for w in found)
    assert any("'black_week'" in w for w in found)


@pytest.mark.parametrize("url", ["", "   ", None, "fjallgarden", 42])
def test_bad_address_is_a_friendly_error(url):
    with pytest.raises(CourseError):
        build_utm_link(url, "a", "b", "c")


def test_tag_that_is_not_text_is_a_friendly_error():
    with pytest.raises(CourseError, match="utm_medium"):
        build_utm_link(PAGE, "a", 5, "c")


def test_parse_reads_query_strings_and_segment_events():
    assert parse_utm("utm_source=google&utm_medium=cpc") == {"utm_source": "google",
                                                             "utm_medium": "cpc"}
    assert parse_utm("https://www.fjallgarden.se/") == {}
    event = {"context": {"campaign": {"source": "google", "medium": "cpc", "name": "höst"},
                         "page": {"url": PAGE + "?utm_content=banner"}}}
    assert parse_utm(event) == {"utm_source": "google", "utm_medium": "cpc",
                                "utm_campaign": "höst", "utm_content": "banner"}
    with pytest.raises(CourseError):
        parse_utm(42)


def test_parse_reads_the_first_event_of_the_log():
    first = datasets.load_events()[0]
    tags = parse_utm(first)
    assert tags["utm_source"] == first["context"]["campaign"]["source"]


# ----------------------------------------------------------------------------- channels
@pytest.mark.parametrize("source,medium,channel", [
    (None, None, "Direct"),
    ("(direct)", "(none)", "Direct"),
    ("(direct)", "(not set)", "Direct"),
    ("google", "cpc", "Paid Search"),
    ("Bing", "PPC", "Paid Search"),
    ("google", "paidsearch", "Paid Search"),
    ("facebook", "paid_social", "Paid Social"),
    ("Instagram", "CPC", "Paid Social"),
    ("linkedin", "retargeting", "Paid Social"),
    ("facebook", "social", "Organic Social"),
    ("facebook", "", "Organic Social"),
    ("blog", "social-network", "Organic Social"),
    ("google", "organic", "Organic Search"),
    ("duckduckgo", "", "Organic Search"),
    ("newsletter", "email", "Email"),
    ("e-mail", "whatever", "Email"),
    ("partner", "E_Mail", "Email"),
    ("adtraction", "affiliate", "Affiliates"),
    ("friluftsbloggen.se", "referral", "Referral"),
    ("adnet", "banner", "Display"),
    ("adnet", "CPM", "Display"),
    ("newsletter", "nyhetsbrev", "Unassigned"),
    ("newsletter", None, "Unassigned"),
])
def test_channel_rules(source, medium, channel):
    assert channel_for(source, medium) == channel


def _tiny_events():
    """Four sessions: a Google ad with a purchase, a newsletter visit, two untagged visits."""
    return pd.DataFrame({
        "session_id": [1, 1, 1, 2, 2, 3, 4],
        "event": [None, "Product Viewed", "Order Completed", None, "Product Viewed", None,
                  "Order Completed"],
        "utm_source": ["google", "google", "google", "newsletter", "newsletter", None, None],
        "utm_medium": ["cpc", "cpc", "cpc", "email", "email", None, None],
    })


def test_sessions_and_purchases_per_channel_on_a_tiny_log():
    table = sessions_per_channel(_tiny_events())
    assert table.to_dict("index") == {
        "Direct": {"sessions": 2, "purchases": 1, "purchase_rate": 50.0},
        "Paid Search": {"sessions": 1, "purchases": 1, "purchase_rate": 100.0},
        "Email": {"sessions": 1, "purchases": 0, "purchase_rate": 0.0},
    }


def test_sessions_per_channel_on_the_world(world):
    table = sessions_per_channel(world.events)
    assert table["sessions"].sum() == world.events["session_id"].nunique()
    assert table["purchases"].sum() == (world.events["event"] == "Order Completed").sum()
    assert {"Direct", "Paid Social", "Email"} <= set(table.index)
    assert isinstance(plot_channels(table), matplotlib.figure.Figure)


def test_sessions_per_channel_needs_the_right_columns():
    with pytest.raises(CourseError, match="session_id"):
        sessions_per_channel(pd.DataFrame({"event": ["x"]}))


# ------------------------------------------------------------------------ tracking plan
def test_good_plan_has_no_findings():
    assert check_tracking_plan(FJALLGARDEN_PLAN).ok
    assert "Inga anmärkningar" in check_tracking_plan(FJALLGARDEN_PLAN)._repr_markdown_()


@pytest.mark.parametrize("name,problems,suggestion", [
    ("clicked_button", ["format", "structure"], "Button Clicked"),
    ("Köp", ["language"], "Order Completed"),
    ("Viewed Product 4711", ["dynamic"], "Product Viewed"),
    ("Order Completed {date}", ["dynamic"], "Order Completed"),
    ("order completed", ["format"], "Order Completed"),
    ("productAdded", ["format"], "Product Added"),
    ("OrderCompleted", ["format"], "Order Completed"),
    ("SMS Sent", [], ""),
    ("Viewed Product", ["structure"], "Product Viewed"),
    ("Newsletter", ["structure"], "Newsletter Subscribed"),
    ("Signed Up", [], ""),
])
def test_event_name_rules(name, problems, suggestion):
    found = check_tracking_plan({name: ["x"]})
    assert [f.problem_key for f in found if f.event == name and not f.prop] == problems
    if problems:
        assert found[0].suggestion == suggestion


def test_property_and_missing_property_findings():
    found = check_tracking_plan({"Order Completed": ["orderId", "Summa"], "Button Clicked": []})
    keys = [(f.problem_key, f.prop) for f in found]
    assert ("property_format", "orderId") in keys and ("property_format", "Summa") in keys
    assert ("missing_property", "") in keys and ("no_properties", "") in keys
    assert suggest_property_name("orderId") == "order_id"
    assert suggest_property_name("Pris i kr") == "pris_i_kr"


def test_duplicate_spellings_are_found():
    found = check_tracking_plan({"Order Completed": ["order_id", "revenue", "currency"],
                                 "order_completed": ["order_id", "revenue", "currency"]})
    assert "duplicate" in [f.problem_key for f in found]


def test_messy_plan_findings_as_table_in_english():
    course_lib.set_language("en")
    findings = check_tracking_plan(MESSY_PLAN)
    assert len(findings) == 9
    frame = findings.frame()
    assert list(frame.columns) == ["event", "property", "problem", "suggestion"]
    assert "Order Completed" in set(frame["suggestion"])


@pytest.mark.parametrize("plan", [["Order Completed"], "Order Completed", None])
def test_plan_of_wrong_shape_is_a_friendly_error(plan):
    with pytest.raises(CourseError, match="ordbok"):
        check_tracking_plan(plan)


def test_properties_of_wrong_shape_are_a_friendly_error():
    with pytest.raises(CourseError, match="lista"):
        check_tracking_plan({"Order Completed": "order_id"})


def test_plan_table_shows_questions():
    table = tracking_plan_table(FJALLGARDEN_PLAN)
    assert len(table) == len(FJALLGARDEN_PLAN) and table.iloc[0, 2].endswith("?")


def test_suggest_event_name_without_an_idea():
    assert suggest_event_name("") == "" and suggest_event_name("Add to Cart") == ""


# --------------------------------------------------------------------- journey, big data
def test_journey_ties_anonymous_clicks_to_the_customer(world):
    journey = customer_journey(world, "C0001998")
    assert journey["time"].is_monotonic_increasing
    kinds = set(journey["kind"])
    assert {"ad_click", "email_click", "logged_in", "order_completed", "store_purchase",
            "pixel"} <= kinds
    # the first click (a newsletter link, then an ad) came before the login, yet it is hers
    order = journey["kind"].tolist()
    first_click = min(order.index(kind) for kind in ("ad_click", "email_click"))
    assert first_click < order.index("logged_in")
    assert journey.attrs["customer"] == "C0001998"
    assert customer_journey(world, 1998).equals(journey)


def test_timeline_returns_a_figure(world):
    fig = plot_timeline(customer_journey(world, "C0001998"))
    assert isinstance(fig, matplotlib.figure.Figure)
    assert "Elin" in fig.axes[0].get_title()


def test_timeline_of_an_empty_period_still_draws(world):
    journey = customer_journey(world, "C0001998", start="2024-01-01", end="2024-01-02")
    assert journey.empty
    assert "Inga spår" in plot_timeline(journey).axes[0].get_title()


@pytest.mark.parametrize("customer", ["C9999999", "Elin", 0, None])
def test_unknown_customer_is_a_friendly_error(world, customer):
    with pytest.raises(CourseError, match="C0001998"):
        customer_journey(world, customer)


def test_data_points_per_customer(world):
    points = data_points_per_customer(world)
    assert len(points) == len(world.customers)
    assert (points["records"] == points[["events", "pixel_events", "orders",
                                         "order_lines"]].sum(axis=1)).all()
    assert points["orders"].sum() == (world.orders["order_time"] >= "2025-01-01").sum()
    assert 5 < points.attrs["per_year"] < 7  # two months of events scaled to a year
    assert np.all(points["values"] >= points["records"])
    summary = data_points_summary(points)
    assert summary.shape == (6, 4)
    assert isinstance(plot_data_points(points), matplotlib.figure.Figure)


# ------------------------------------------------------------------------------ exercises
def test_q2_expected_follows_the_checker():
    assert sorted(k for k, v in q2.expected.items() if v == "good") == [
        "Newsletter Subscribed", "Order Completed", "Product Viewed"]


def test_q3_explains_what_is_left():
    assert "anmärkningar" in q3.feedback_for(dict(MESSY_PLAN)).message
    short = {"Order Completed": ["order_id", "revenue", "currency"]}
    assert "4 händelser" in q3.feedback_for(short).message
    assert q3.feedback_for(["x"]).status == "invalid"


def test_q4_accepts_a_hand_written_link_and_says_what_is_wrong():
    assert q4.feedback_for("https://www.fjallgarden.se/kampanj/julklappar_2025?utm_campaign="
                           "nyhetsbrev_v51&utm_medium=e-mail&utm_source=newsletter").correct
    wrong_page = build_utm_link(PAGE, "newsletter", "email", "nyhetsbrev_v51")
    assert "ska leda till" in q4.feedback_for(wrong_page).message
    assert q4.feedback_for("http://[").status == "invalid"


def test_q5_and_q6_come_from_the_data(world):
    table = sessions_per_channel(world.events)
    assert q5.expected_value() == table.loc["Email", "sessions"]
    assert q6.correct == {"Email"}  # the solution text explains why Email


# -------------------------------------------------------------------------------- widgets
def test_utm_widget_builds_the_link_live():
    box = utm_widget()
    box.fields["utm_source"].value = "Newsletter"
    box.fields["utm_medium"].value = "email"
    assert "utm_campaign saknas" in box.result.value
    box.fields["utm_campaign"].value = "Nyhetsbrev v51"
    assert "utm_campaign=nyhetsbrev%20v51" in box.result.value
    assert "Email" in box.result.value
    box.fields["url"].value = ""
    assert "saknar adress" in box.result.value


def test_utm_widget_in_english():
    course_lib.set_language("en")
    box = utm_widget()
    box.fields["utm_source"].value = "facebook"
    box.fields["utm_medium"].value = "paid_social"
    box.fields["utm_campaign"].value = "x"
    assert "Paid Social" in box.result.value and "No warnings" in box.result.value


def test_journey_widget_redraws_for_another_customer(world):
    box = journey_widget(world, customers=["C0001998", "C0002182"])
    first = box.picture.value
    assert first[:4] == b"\x89PNG" and "spår" in box.summary.value
    box.picker.value = "C0002182"
    assert box.picture.value != first


def test_journey_table_reads_in_the_learners_language():
    import course_lib
    from course_lib import datasets
    from course_lib.tracking import customer_journey, journey_table

    journey = customer_journey(datasets.load(), "C0001998")
    table = journey_table(journey, rows=5)
    assert list(table.columns) == ["Tid", "Vad", "Detaljer", "Kanal", "Tabell"]
    assert len(table) == 5 and not table.isna().any().any()
    course_lib.set_language("en")
    assert list(journey_table(journey, rows=2).columns)[:2] == ["Time", "What"]
