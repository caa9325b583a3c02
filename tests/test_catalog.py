"""The catalogue holds every concept of the lesson, complete and consistent, in both languages."""

from collections import Counter

import pytest

from course_lib import catalog

LESSON_POINTS = {
    "demographic": ["age", "gender", "education", "job", "industry", "income", "housing",
                    "socioeconomic_class"],
    "geographic": ["country", "city", "city_district", "urban_rural"],
    "psychographic": ["interests", "purchase_behaviour", "lifestyle", "political_opinion",
                      "movement_patterns", "digital_behaviour"],
    "personality": ["psychological_type", "triggers"],
}


def test_twenty_data_points_in_lesson_order_per_dimension():
    points = catalog.data_points()
    assert len(points) == 20
    for dim, keys in LESSON_POINTS.items():
        assert [p.key for p in points if p.dimension == dim] == keys


def test_types_categories_dimensions_sources():
    assert [t.key for t in catalog.data_types()] == ["structured", "semi_structured", "unstructured"]
    assert [c.key for c in catalog.categories()] == ["factual", "attitude", "behaviour"]
    assert {d.key: d.category for d in catalog.dimensions()} == {
        "demographic": "factual", "geographic": "factual",
        "psychographic": "attitude", "personality": "behaviour",
    }
    assert [s.key for s in catalog.source_types()] == ["first_party", "second_party", "third_party"]


@pytest.mark.parametrize("point", catalog.data_points(), ids=lambda p: p.key)
def test_every_data_point_is_complete(point):
    assert point.category in {"factual", "attitude", "behaviour"}
    assert point.gdpr in {g.key for g in catalog.gdpr_classes()}
    assert set(point.sources) <= {s.key for s in catalog.source_types()} and point.sources
    for lang in ("sv", "en"):
        assert point.name(lang) and point.description(lang)
        assert point.question(lang).endswith("?")
        assert point.examples(lang) and point.typical_sources(lang)
    assert len(point.examples("sv")) == len(point.examples("en"))
    assert point.name("sv") != point.name("en") or point.key in {"triggers"}


def test_gdpr_classes_follow_the_facts():
    gdpr = {p.key: p.gdpr for p in catalog.data_points()}
    assert gdpr["political_opinion"] == "special"
    assert gdpr["income"] == "sensitive"
    assert Counter(gdpr.values())["special"] == 1
    assert catalog.gdpr_class("special").name("en").startswith("Special category")
    identifiers = {i.key: i.gdpr for i in catalog.identifiers()}
    assert identifiers["personnummer"] == "sensitive"


def test_source_types_carry_the_lessons_examples():
    text = {s.key: " ".join(s.examples("sv")) + s.description("sv") for s in catalog.source_types()}
    assert "CRM" in text["first_party"]
    assert "Sökord" in text["second_party"] and "Intressen" in text["second_party"]
    assert "Väder" in text["third_party"] or "väder" in text["third_party"]


def test_every_entry_has_both_languages():
    for section in ("data_types", "categories", "dimensions", "source_types", "gdpr_classes",
                    "identifiers", "data_points"):
        frame = catalog.entries_frame(section, "sv")
        english = catalog.entries_frame(section, "en")
        assert frame.index.equals(english.index)
        assert (frame["Namn"].str.len() > 0).all() and (english["Description"].str.len() > 0).all()


def test_frames_follow_the_language():
    sv = catalog.data_points_frame("sv")
    en = catalog.data_points_frame("en")
    assert sv.loc["income", "Datapunkt"] == "Inkomst"
    assert en.loc["income", "Data point"] == "Income"
    assert en.loc["political_opinion", "GDPR"].startswith("Special")


def test_unknown_key_is_a_clear_error():
    with pytest.raises(KeyError, match="shoe_size"):
        catalog.data_point("shoe_size")
