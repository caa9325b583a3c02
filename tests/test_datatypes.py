"""The three data types: counts per ID, flattening decisions, the tone scorer, dominant colours."""

import numpy as np
import pandas as pd
import pytest

import course_lib
from course_lib import datasets
from course_lib.core.errors import CourseError
from course_lib.datatypes import (
    ad_palettes,
    colour_name,
    crm_table,
    ctr_per_colour,
    decode_png,
    dominant_colours,
    events_per_customer,
    flatten_json_events,
    palette_strip,
    palettes_picture,
    score_tone,
    tokenize,
    tone_accuracy,
    tone_confusion,
    tone_misses,
    tone_table,
    tone_word_counts,
    tone_words_chart,
)
from course_lib.widgets.tone import tone_widget
from course_lib.world.files import flatten_events
from course_lib.world.unstructured import png_bytes


# ------------------------------------------------------------------------ structured
def test_events_per_customer_counts_each_event_per_id():
    events = pd.DataFrame({
        "user_id": ["C1", "C1", "C1", "C2", None, "C2"],
        "type": ["page", "track", "track", "track", "track", "identify"],
        "event": [None, "Order Completed", "Product Viewed", "Product Viewed", "Product Viewed", None],
    })
    counts = events_per_customer(events)
    assert list(counts.index) == ["C1", "C2"]  # the anonymous row has no one to count for
    assert list(counts.columns) == ["page", "identify", "Product Viewed", "Order Completed"]
    assert counts.loc["C1"].tolist() == [1, 0, 1, 1]
    assert counts.loc["C2"].tolist() == [0, 1, 1, 0]


def test_counts_match_the_world():
    world = datasets.load()
    counts = events_per_customer(world.events)
    assert counts.to_numpy().sum() == world.events["user_id"].notna().sum()
    completed = world.events[world.events["event"] == "Order Completed"]
    assert counts["Order Completed"].sum() == len(completed)


def test_crm_table_and_friendly_errors():
    customers = datasets.load().customers
    table = crm_table(customers, ["city", "age"])
    assert table.index.name == "customer_id" and list(table.columns) == ["city", "age"]
    with pytest.raises(CourseError, match="citty|city"):
        crm_table(customers, ["citty"])
    with pytest.raises(CourseError, match="tabell"):
        events_per_customer([1, 2, 3])


# ------------------------------------------------------------------- semi-structured
def _call(n, kind="track", anon="a1", user=None, **extra):
    call = {"type": kind, "anonymousId": anon, "messageId": f"evt-{n:09d}",
            "timestamp": "2025-07-01T10:00:00.000Z",
            "context": {"sessionId": 1, "device": {"type": "mobil"}, "page": {"path": "/"},
                        "library": {"name": "analytics.js"}}}
    if user:
        call["userId"] = user
    call.update(extra)
    return call


def test_flattening_links_anonymous_events_and_records_every_decision():
    calls = [
        _call(1, event="Product Viewed", properties={"category": "regnkläder"}),
        _call(2, kind="identify", user="C9", traits={"email": "a@b.se"}),
        _call(3, event="Order Completed", user="C9",
              properties={"category": "regnkläder", "revenue": 499.0, "products": ["jacka", "mössa"]}),
        _call(4, anon="a2", event="Product Viewed", properties={"category": "skor"}),
    ]
    flat, decisions = flatten_json_events(calls)
    assert decisions.keys() == ["columns", "traits", "user_id", "missing", "lists", "timestamps"]
    assert flat["user_id"].tolist()[:3] == ["C9", "C9", "C9"]  # the earlier anonymous view too
    assert pd.isna(flat["user_id"].iloc[3])  # a browser never identified stays anonymous
    assert "email" not in " ".join(flat.columns) and "library" not in " ".join(flat.columns)
    assert flat["products"].iloc[2] == "jacka; mössa" and len(flat) == 4  # one row per event
    assert pd.isna(flat["revenue"].iloc[0])  # missing is missing, not 0
    # Summer: UTC 10:00 is 12:00 in Sweden.
    assert flat["timestamp"].iloc[0] == pd.Timestamp("2025-07-01 12:00:00")
    assert "products" in str(decisions[4]) and "**" in decisions._repr_markdown_()


def test_a_browser_shared_by_two_customers_is_not_guessed():
    calls = [_call(1), _call(2, kind="identify", user="C1"), _call(3, kind="identify", user="C2")]
    flat, _ = flatten_json_events(calls)
    assert pd.isna(flat["user_id"].iloc[0])


def test_flattening_the_world_agrees_with_the_worlds_own_loader():
    raw = datasets.load_events()
    flat, decisions = flatten_json_events(raw)
    own = flatten_events(raw)
    assert len(flat) == len(own)
    for mine, theirs in [("event", "event"), ("anonymous_id", "anonymous_id"),
                         ("category", "product_category"), ("device", "device")]:
        pd.testing.assert_series_equal(flat[mine].astype(object), own[theirs].astype(object),
                                       check_names=False)
    assert flat["user_id"].notna().sum() > own["user_id"].notna().sum()
    assert (flat.loc[own["user_id"].notna(), "user_id"] == own["user_id"].dropna()).all()
    assert "traits.email" in str(decisions[0])


def test_flattening_needs_a_list_of_events():
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="list of events"):
        flatten_json_events("events.jsonl")
    with pytest.raises(CourseError, match="timestamp"):
        flatten_json_events([{"type": "track", "userId": "C1"}])
    flat, _ = flatten_json_events([{"type": "track", "userId": "C1", "timestamp": "2025-01-01T00:00:00Z"}])
    assert flat["user_id"].tolist() == ["C1"] and flat["timestamp"].iloc[0].hour == 1


# ------------------------------------------------------------------- text and tone
def test_tokenize_keeps_swedish_letters_and_apostrophes():
    assert tokenize("Kängorna är SUPERBRA, don’t worry!") == [
        "kängorna", "är", "superbra", "don't", "worry"]


@pytest.mark.parametrize("text,language,tone,words", [
    ("Supernöjd, sitter perfekt.", "sv", "positiv", ("supernöjd", "perfekt")),
    ("Jackan läckte, usel kvalitet.", "sv", "negativ", ("läckte", "usel")),
    ("Den är inte bra.", "sv", "negativ", ("inte bra",)),
    ("Inte alls dålig!", "sv", "positiv", ("inte dålig",)),
    ("Helt okej för priset.", "sv", "neutral", ()),
    ("Håller tätt i ösregn.", "sv", "positiv", ("håller tätt",)),
    ("Great quality, I love them.", "en", "positiv", ("great", "love")),
    ("It is not good and it leaked.", "en", "negativ", ("not good", "leaked")),
    ("Not bad at all.", "en", "positiv", ("not bad",)),
    ("I don't love it.", "en", "negativ", ("don't love",)),
    ("Inga problem, thanks a lot!", None, "positiv", ("inga problem", "thanks a lot")),
])
def test_tone_scorer(text, language, tone, words):
    result = score_tone(text, language)
    assert (result.tone, result.words) == (tone, words)


def test_negation_reaches_only_a_few_words():
    assert score_tone("Inte för att jag brukar skriva sådant, men bra", "sv").score == 1


def test_tone_scorer_errors_are_friendly():
    with pytest.raises(CourseError, match="sv"):
        score_tone("bra", "de")
    with pytest.raises(CourseError, match="text"):
        score_tone(42)


def test_accuracy_against_the_labels():
    table = pd.DataFrame({"language": ["sv", "sv", "en", "en"],
                          "text": ["Supernöjd!", "Usel.", "Fine.", "Great, but broken."],
                          "tone": ["positiv", "negativ", "neutral", "negativ"]})
    scored = tone_table(table)
    assert scored["predicted_tone"].astype(str).tolist() == ["positiv", "negativ", "neutral", "neutral"]
    assert tone_accuracy(scored) == 0.75
    assert tone_misses(scored).index.tolist() == [3]
    confusion = tone_confusion(scored)
    assert confusion.loc["negativ", "neutral"] == 1 and confusion.to_numpy().sum() == 4
    words = tone_word_counts(scored)
    assert words.loc["broken", "points"] == -1 and words.loc["supernöjd", "texts"] == 1


def test_the_world_reviews_and_chats():
    world = datasets.load()
    assert tone_accuracy(tone_table(world.reviews)) > 0.95
    chats = tone_table(world.chats, "customer_message")
    assert 0.5 < tone_accuracy(chats) < 0.95  # a word list does not know what a word is about
    assert tone_words_chart(chats).axes


def test_tone_widget_updates_as_you_type():
    box = tone_widget("")
    assert "neutral" in box.result.value and "ordlistan" in box.result.value
    box.text.value = "Inte dålig alls, supernöjd!"
    assert "positivt" in box.result.value and "inte dålig" in box.result.value
    box.text.value = "It leaked"
    box.language.value = "sv"  # the Swedish list has no "leaked"
    assert "neutralt" in box.result.value
    course_lib.set_language("en")
    assert tone_widget("It leaked").language.options[1][0] == "Swedish"


# ------------------------------------------------------------------- images
def _two_colours() -> np.ndarray:
    image = np.zeros((10, 10, 3), np.uint8)
    image[:] = (30, 90, 170)  # blue
    image[:, 7:] = (250, 200, 60)  # yellow, 30 % of the pixels
    return image


def test_dominant_colours_of_a_synthetic_two_colour_image():
    palette = dominant_colours(decode_png(png_bytes(_two_colours())), k=3)
    assert palette["hex"].tolist() == ["#1e5aaa", "#fac83c"]  # only two colours exist
    assert palette["share"].tolist() == [0.7, 0.3]
    assert palette["name"].tolist() == ["blå", "gul"]
    strip = palette_strip(palette, width=10)
    assert (strip[0, :7] == (30, 90, 170)).all() and (strip[0, 7:] == (250, 200, 60)).all()


def test_dominant_colours_are_repeatable_on_noisy_pixels():
    rng = np.random.default_rng(1)
    noisy = np.clip(_two_colours().astype(int) + rng.integers(-8, 9, (10, 10, 3)), 0, 255)
    first, again = dominant_colours(noisy, k=2, seed=3), dominant_colours(noisy, k=2, seed=3)
    pd.testing.assert_frame_equal(first, again)
    assert first["name"].tolist() == ["blå", "gul"] and first["share"].tolist() == [0.7, 0.3]


def test_image_errors_are_friendly():
    with pytest.raises(CourseError):
        decode_png(b"not a png")
    with pytest.raises(CourseError):
        dominant_colours(_two_colours(), k=0)


def test_colour_names():
    assert colour_name((250, 250, 250)) == "vit" and colour_name((180, 40, 40)) == "röd"


def test_ads_dominant_colour_matches_the_world_and_ctr():
    world = datasets.load()
    palettes = ad_palettes(world.ad_creatives, world.images)
    assert palettes["match"].all()
    ctr = ctr_per_colour(world.ad_creatives)
    assert ctr["ads"].sum() == len(world.ad_creatives)
    blue = world.ad_creatives[world.ad_creatives["dominant_colour"] == "blå"]
    expected = round(100 * blue["clicks"].sum() / blue["impressions"].sum(), 2)
    assert ctr.loc["blå", "ctr_percent"] == expected
    assert len(palettes_picture(world.ad_creatives, world.images).axes) == 12


def test_sorting_exercise_widget_uses_the_catalogue_types():
    from course_lib.lessons.l02 import q5

    box = q5.widget()
    assert [label for label, _ in box.controls[0].options][1:] == [
        "Strukturerad data", "Semistrukturerad data", "Ostrukturerad data"]
    for dropdown, item in zip(box.controls, q5.items, strict=True):
        dropdown.value = q5.expected[item.key]
    box.check_button.click()
    assert "Rätt" in box.feedback.value
