"""GA4's default channel group, checked against Google's documentation, not against our code.

Every expected channel below was worked out by hand from Google's table "Channels for manual
traffic" (Google Analytics Help, "[GA4] Default channel group", as quoted in the sources named
in data/ga4_channels.toml): try the rules from the top, the first that matches wins, case does
not matter.
"""

import ast
import re
import tomllib
from pathlib import Path

import pandas as pd
import pytest

import course_lib
from course_lib import ga4_channels
from course_lib.ga4_channels import CHANNELS, PAID_CHANNELS, channel_label, channel_name
from course_lib.lessons.l01 import q1, q4
from course_lib.utm import build_utm_link, channel_for, parse_utm, session_channels, utm_warnings
from course_lib.widgets.tracking import utm_widget
from course_lib.world.events import CAMPAIGNS, SOURCES

ROOT = Path(__file__).resolve().parents[1]

# Google's order, typed from the documentation.
GOOGLE_ORDER = ("Direct", "Cross-network", "Paid Shopping", "Paid Search", "Paid Social",
                "Paid Video", "Display", "Paid Other", "Organic Shopping", "Organic Social",
                "Organic Video", "Organic Search", "Referral", "Email", "Affiliates", "Audio",
                "SMS", "Mobile Push Notifications", "AI Assistant", "Unassigned")

# (source, medium, campaign, channel GA4 gives)
CASES = [
    # Direct: no tags at all is GA4's (direct) / (none); Direct is tried before everything.
    (None, None, None, "Direct"),
    ("(direct)", "(none)", None, "Direct"),
    ("(direct)", "(not set)", None, "Direct"),
    ("(Direct)", "(NONE)", None, "Direct"),
    ("(direct)", "(none)", "cross-network", "Direct"),
    # Cross-network: the campaign name decides, before any paid or organic rule.
    ("google", "cpc", "pmax_cross-network_jul", "Cross-network"),
    ("newsletter", "email", "Cross-Network Test", "Cross-network"),
    # Paid Shopping: a shopping site or a campaign about shop/shopping, with a paid medium.
    ("amazon", "cpc", None, "Paid Shopping"),
    ("etsy", "retargeting", None, "Paid Shopping"),
    ("google", "cpc", "black_week_shopping", "Paid Shopping"),
    ("facebook", "paid_social", "e-shop_vinter", "Paid Shopping"),
    ("google", "cpc", "webshop_rea", "Paid Search"),  # "shop" after a b is not Google's "shop"
    # Paid Search: a search site with a paid medium.
    ("google", "cpc", None, "Paid Search"),
    ("Bing", "PPC", None, "Paid Search"),
    ("duckduckgo", "paid", None, "Paid Search"),
    ("yahoo", "retargeting", None, "Paid Search"),
    ("google", "cpm", None, "Paid Search"),  # cpm contains "cp": paid, and before Display
    # Paid Social
    ("facebook", "paid_social", None, "Paid Social"),
    ("Instagram", "CPC", None, "Paid Social"),
    ("linkedin", "retargeting", None, "Paid Social"),
    ("tiktok", "paidsocial", None, "Paid Social"),
    ("facebook", "cpm", None, "Paid Social"),
    # Paid Video: "google / cpc" is Paid Search, "youtube / cpc" is Paid Video.
    ("youtube", "cpc", None, "Paid Video"),
    ("vimeo", "paid_video", None, "Paid Video"),
    ("twitch", "cpv", None, "Paid Video"),
    ("youtube", "cpm", None, "Paid Video"),  # youtube is a video site, not a social one
    # Display
    ("adnet", "display", None, "Display"),
    ("adnet", "banner", None, "Display"),
    ("adnet", "Expandable", None, "Display"),
    ("adnet", "interstitial", None, "Display"),
    ("adform", "cpm", None, "Display"),  # an unknown source: Display comes before Paid Other
    # Paid Other: any other source with a paid medium.
    ("adtraction", "cpc", None, "Paid Other"),
    ("klarna", "cpa", None, "Paid Other"),
    ("(direct)", "cpc", None, "Paid Other"),
    ("spotify", "paid_audio", None, "Paid Other"),
    ("app", "mobile_cpc", None, "Paid Other"),
    # Organic Shopping: before Social, Video, Search and Email.
    ("amazon", "referral", None, "Organic Shopping"),
    ("IGShopping", "social", None, "Organic Shopping"),
    ("newsletter", "email", "black_week_shopping", "Organic Shopping"),
    ("newsletter", "email", "jul-shop", "Organic Shopping"),
    # Organic Social
    ("facebook", "social", None, "Organic Social"),
    ("facebook", None, None, "Organic Social"),
    ("lnkd.in", "", None, "Organic Social"),
    ("blog", "social-network", None, "Organic Social"),
    ("instagram", "referral", None, "Organic Social"),
    ("facebook", "organic", None, "Organic Social"),
    # Organic Video
    ("youtube", "referral", None, "Organic Video"),
    ("youtube", "email", None, "Organic Video"),
    ("newsletter", "video", None, "Organic Video"),
    ("partner", "explainer_video", None, "Organic Video"),
    # Organic Search
    ("google", "organic", None, "Organic Search"),
    ("duckduckgo", None, None, "Organic Search"),
    ("ecosia.org", "referral", None, "Organic Search"),
    ("friluftsbloggen.se", "organic", None, "Organic Search"),
    # Referral: referral, app or link; tried before Email.
    ("friluftsbloggen.se", "referral", None, "Referral"),
    ("partnerapp", "app", None, "Referral"),
    ("qr", "link", None, "Referral"),
    ("email", "referral", None, "Referral"),
    # Email: the source or the medium is one of four spellings, exactly.
    ("newsletter", "email", None, "Email"),
    ("newsletter", "e-mail", None, "Email"),
    ("partner", "E_Mail", None, "Email"),
    ("newsletter", "e mail", None, "Email"),
    ("e-mail", "whatever", None, "Email"),
    ("email", None, None, "Email"),
    ("sms", "email", None, "Email"),
    ("newsletter", "emailutskick", None, "Unassigned"),
    # Affiliates: exactly "affiliate".
    ("adtraction", "affiliate", None, "Affiliates"),
    ("adtraction", "affiliates", None, "Unassigned"),
    # Audio
    ("spotify", "audio", None, "Audio"),
    ("podcast", "Audio", None, "Audio"),
    # SMS: the source or the medium is exactly "sms".
    ("voyado", "sms", None, "SMS"),
    ("voyado", "SMS", "julklappar_2025", "SMS"),
    ("sms", "text", None, "SMS"),
    ("voyado", "sms-utskick", None, "Unassigned"),
    # Mobile Push Notifications: medium ends with push, or contains mobile or notification, or
    # the source is firebase.
    ("app", "push", None, "Mobile Push Notifications"),
    ("onesignal", "web-push", None, "Mobile Push Notifications"),
    ("braze", "notification", None, "Mobile Push Notifications"),
    ("app", "mobile", None, "Mobile Push Notifications"),
    ("firebase", "inapp", None, "Mobile Push Notifications"),
    ("app", "pushnotis", None, "Unassigned"),  # contains push but does not end with it
    # AI Assistant: GA4 sets this medium itself for recognised AI assistants (May 2026).
    ("chatgpt.com", "ai-assistant", "(ai-assistant)", "AI Assistant"),
    # Unassigned: no rule fits.
    ("newsletter", "nyhetsbrev", None, "Unassigned"),
    ("newsletter", None, None, "Unassigned"),
    ("chatgpt.com", "referral", None, "Referral"),
]


@pytest.mark.parametrize("source,medium,campaign,channel", CASES)
def test_channel_follows_googles_rules(source, medium, campaign, channel):
    assert channel_for(source, medium, campaign) == channel


def test_the_table_covers_every_channel():
    assert len(CASES) >= 40
    assert {case[-1] for case in CASES} == set(GOOGLE_ORDER)


def test_rules_are_tried_in_googles_order():
    assert CHANNELS == GOOGLE_ORDER


def test_campaign_is_optional_for_old_call_sites():
    assert channel_for("google", "cpc") == channel_for("google", "cpc", None) == "Paid Search"
    assert channel_for("newsletter", "email", "") == "Email"


# ---------------------------------------------------------------------------- the data file
def _data():
    return tomllib.loads((ROOT / "data" / "ga4_channels.toml").read_text(encoding="utf-8"))


def test_data_file_is_sound_and_names_its_sources():
    text = (ROOT / "data" / "ga4_channels.toml").read_text(encoding="utf-8")
    assert ga4_channels.problems_in(_data()) == []
    assert "support.google.com/analytics/answer/9756891" in text
    assert "2026-12-05" in text  # the date the sources were read


def test_site_lists_are_googles_source_categories():
    sites = _data()["sites"]
    assert {k: len(v) for k, v in sites.items()} == {"search": 131, "social": 590, "video": 46,
                                                     "shopping": 52}  # Google's 819 rows
    lowered = [s.lower() for names in sites.values() for s in names]
    assert len(lowered) == len(set(lowered))  # no source in two categories
    well_known = {"search": {"google", "bing", "duckduckgo", "yahoo", "ecosia.org"},
                  "social": {"facebook", "instagram", "tiktok", "linkedin", "pinterest.se",
                             "snapchat", "reddit", "t.co", "whatsapp"},
                  "video": {"youtube", "m.youtube.com", "vimeo", "twitch", "netflix"},
                  "shopping": {"amazon", "ebay", "etsy", "shopify", "Google Shopping",
                               "IGShopping"}}
    for category, names in well_known.items():
        assert names <= set(sites[category]), category


def test_regexes_are_googles():
    patterns = _data()["patterns"]
    assert patterns["paid_medium"] == "^(.*cp.*|ppc|retargeting|paid.*)$"
    assert patterns["shopping_campaign"] == "^(.*(([^a-df-z]|^)shop|shopping).*)$"
    assert patterns["video_medium"] == "^(.*video.*)$"


def test_a_mistake_in_the_data_file_is_reported():
    raw = _data()
    raw["channels"] = raw["channels"][1:]
    del raw["sites"]["video"]
    problems = ga4_channels.problems_in(raw)
    assert any("in that order" in p for p in problems)
    assert "[sites] lacks video" in problems


# ------------------------------------------------------------------------------------ names
def test_every_channel_has_a_swedish_and_an_english_name():
    for channel in CHANNELS:
        assert channel_name(channel, "en") == channel
        assert channel_name(channel, "sv").strip()
    swedish = [channel_name(c, "sv") for c in CHANNELS]
    assert len(set(swedish)) == len(swedish)
    assert channel_name("Paid Search", "sv") == "Betald sökning"
    assert channel_name("Unassigned", "sv") == "Otilldelad"


def test_label_follows_the_language():
    assert channel_label("Email") == "Email (E-post)"
    course_lib.set_language("en")
    assert channel_label("Email") == "Email"
    assert channel_label("Display", "sv") == "Display (Displayannonser)"


def test_paid_channels_are_the_ad_channels():
    assert PAID_CHANNELS == {"Cross-network", "Paid Shopping", "Paid Search", "Paid Social",
                             "Paid Video", "Display", "Paid Other", "Audio"}


# ------------------------------------------------------------------ the workbook's own tags
# What GA4 gives for every channel_for(...) example in notebook 01, worked out by hand.
NOTEBOOK_EXAMPLES = {
    ("google", "cpc"): "Paid Search",
    ("Newsletter", "nyhetsbrev"): "Unassigned",
    ("newsletter", "email", "black_week_shopping"): "Organic Shopping",
}


def _notebook_calls():
    text = (ROOT / "tools" / "notebook_src" / "01_tracking.py").read_text(encoding="utf-8")
    return [ast.literal_eval(f"({args},)") for args in re.findall(r"channel_for\(([^)]+)\)", text)]


def test_notebook_01_examples_give_the_channel_ga4_gives():
    calls = _notebook_calls()
    assert calls, "notebook 01 should show channel_for at work"
    for args in calls:
        assert args in NOTEBOOK_EXAMPLES, f"add {args} to NOTEBOOK_EXAMPLES"
        assert channel_for(*args) == NOTEBOOK_EXAMPLES[args]
    link = build_utm_link("https://www.fjallgarden.se/kampanj/vinteraventyr", "Instagram",
                          "paid_social", "Vinteräventyr 2025", content="Röd knapp")
    tags = parse_utm(link)
    assert channel_for(tags["utm_source"], tags["utm_medium"], tags["utm_campaign"]) == (
        "Paid Social")


def test_exercise_q1_answer_is_what_ga4_gives():
    assert q1.correct == {"Paid Social"}  # facebook is a social site, paid_social is paid
    assert "Paid Social" in {o.key for o in q1.options}


def test_exercise_q4_solution_lands_in_email():
    tags = parse_utm(q4.solution_answer())
    assert tags["utm_campaign"] == "nyhetsbrev_v51"
    assert channel_for(tags["utm_source"], tags["utm_medium"], tags["utm_campaign"]) == "Email"
    assert q4.feedback_for(q4.solution_answer()).correct
    assert not q4.feedback_for(q4.wrong_answer()).correct


def test_the_worlds_tags_give_the_channels_ga4_gives():
    expected = {("(direct)", "(none)"): "Direct", ("google", "organic"): "Organic Search",
                ("google", "cpc"): "Paid Search", ("facebook", "paid_social"): "Paid Social",
                ("instagram", "paid_social"): "Paid Social", ("newsletter", "email"): "Email"}
    for source, medium, _ in SOURCES:
        for campaign in CAMPAIGNS.get(medium, [None]):
            assert channel_for(source, medium, campaign) == expected[(source, medium)]


def test_sessions_take_the_campaign_into_account():
    events = pd.DataFrame({
        "session_id": [1, 2, 3],
        "event": [None, None, None],
        "utm_source": ["newsletter", "newsletter", None],
        "utm_medium": ["email", "email", None],
        "utm_campaign": ["nyhetsbrev_v51", "black_week_shopping", None],
    })
    assert list(session_channels(events)["channel"]) == ["Email", "Organic Shopping", "Direct"]


def test_warnings_know_the_campaign_rules():
    assert not any("Unassigned" in w for w in utm_warnings("newsletter", "nyhetsbrev",
                                                          "helg_shopping"))
    assert any("Unassigned" in w for w in utm_warnings("newsletter", "nyhetsbrev", "v51"))


def test_widget_shows_the_channel_in_both_names():
    box = utm_widget()
    box.fields["utm_source"].value = "voyado"
    box.fields["utm_medium"].value = "sms"
    box.fields["utm_campaign"].value = "julklappar"
    assert "SMS" in box.result.value and "SMS (" not in box.result.value  # same in Swedish
    box.fields["utm_campaign"].value = "cross-network"
    assert "Cross-network (Flera nätverk)" in box.result.value
