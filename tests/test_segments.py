"""Segment rules, evaluation, guard rails and saving."""

import json

import numpy as np
import pandas as pd
import pytest

import course_lib
from course_lib import CourseError
from course_lib.core.i18n import REGISTRY
from course_lib.segments import (
    Base,
    Segment,
    evaluate,
    everyone,
    load_segments,
    save_segments,
    where,
)
from tests import segment_data


@pytest.fixture(autouse=True)
def _work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_WORK_DIR", str(tmp_path))
    course_lib.set_language("sv")
    yield
    course_lib.set_language("sv")


@pytest.fixture(scope="module")
def customers():
    return segment_data.customers()


def small():
    return pd.DataFrame(
        {
            "age": [22.0, 31.0, np.nan, 45.0, 38.0],
            "city": pd.Categorical(["Umeå", "Göteborg", "Umeå", None, "Malmö"]),
            "name": ["Anna", "Björn", None, "O'Brien", "Eva"],
            "last": pd.to_datetime(["2024-12-31", "2024-12-01", None, "2024-11-01", "2024-12-30"]),
            "consent_ads": [True, False, True, True, True],
        }
    )


def picked(rule, frame=None, today=None):
    return list(np.flatnonzero(Base(small() if frame is None else frame, today).mask(rule)))


def test_numeric_conditions_and_missing_never_match():
    assert picked(where("age").between(25, 40)) == [1, 4]
    assert picked(where("age").at_least(38)) == [3, 4]
    assert picked(where("age").at_most(22)) == [0]
    assert picked(where("age").is_missing()) == [2]
    assert picked(where("age").is_present()) == [0, 1, 3, 4]


def test_categorical_and_text_conditions():
    assert picked(where("city").is_in(["Umeå"])) == [0, 2]
    assert picked(where("city").not_in(["Umeå"])) == [1, 4]  # missing city is not "not Umeå"
    assert picked(where("name").is_in("O'Brien")) == [3]
    assert picked(where("consent_ads").is_in([True])) == [0, 2, 3, 4]


def test_and_or_and_exclusions():
    young = where("age").at_most(35)
    umea = where("city").is_in(["Umeå"])
    assert picked(young & umea) == [0]
    assert picked(young | umea) == [0, 1, 2]
    assert picked(umea.excluding(young)) == [2]
    assert picked(~young) == [2, 3, 4]  # exclusion keeps those with missing age
    assert picked(everyone()) == [0, 1, 2, 3, 4]


def test_within_last_days_uses_reference_date_not_the_clock():
    # No today: the latest date in the column (2024-12-31) is the reference.
    assert picked(where("last").within_last_days(1)) == [0]
    assert picked(where("last").within_last_days(2)) == [0, 4]
    assert picked(where("last").within_last_days(31)) == [0, 1, 4]
    assert picked(where("last").within_last_days(1, today="2024-12-01")) == [1]
    assert picked(where("last").within_last_days(1), today="2024-12-30") == [4]


def test_friendly_errors_name_the_column():
    with pytest.raises(CourseError, match="'agee'") as info:
        picked(where("agee").at_least(3))
    assert "'age'" in info.value.hint
    with pytest.raises(CourseError, match="city"):
        picked(where("city").between(1, 2))
    with pytest.raises(CourseError):
        picked(where("city").is_in([3]))
    with pytest.raises(CourseError):
        where("age").between(40, 30)
    with pytest.raises(CourseError):
        where("age").is_in([None])
    with pytest.raises(CourseError):
        where("last").within_last_days(0)


def test_sizes_overlap_exclusive_and_groups(customers):
    segments = [
        Segment("Unga", where("age").at_most(35)),
        Segment("Lojala", where("orders_12m").at_least(4)),
        Segment("Storstad", where("urban_rural").is_in(["Storstad"])),
    ]
    result = evaluate(customers, segments)
    masks = [Base(customers).mask(s.rule) for s in segments]
    assert result.counts.tolist() == [int(m.sum()) for m in masks]
    assert result.overlap.loc["Unga", "Lojala"] == int((masks[0] & masks[1]).sum())
    assert result.overlap.loc["Lojala", "Lojala"] == int(masks[1].sum())
    # Exclusive: first segment wins; the rest is everyone else; it adds up to the base.
    assert result.exclusive.sum() == len(customers)
    assert result.exclusive["Unga"] == int(masks[0].sum())
    assert result.exclusive["Lojala"] == int((masks[1] & ~masks[0]).sum())
    assert result.exclusive["Resten"] == int((~(masks[0] | masks[1] | masks[2])).sum())
    assert result.groups.value_counts()["Lojala"] == result.exclusive["Lojala"]
    assert np.array_equal(result.mask("Storstad"), masks[2])
    assert result.sizes.loc["Unga", "Andel av basen (%)"] == pytest.approx(100 * masks[0].mean(), abs=0.05)


def test_profiles_compare_with_the_whole_base(customers):
    segments = [Segment("Göteborg", where("city").is_in(["Göteborg"])),
                Segment("Unga", where("age").at_most(30))]
    result = evaluate(customers, segments, factors=["city", "age", "last_order_date"])
    city = result.profiles["city"]
    assert city.loc["Göteborg", "Göteborg"] == 1.0
    assert city["Hela basen"].sum() == pytest.approx(1.0)
    expected = (customers["city"] == "Göteborg").sum() / len(customers)
    assert city.loc["Göteborg", "Hela basen"] == pytest.approx(expected)
    assert "saknas" in city.index  # 3 % of cities are missing
    assert set(result.profiles) == {"city", "age", "last_order_date", "main_channel"}
    measures = result.measures
    members = customers[result.mask("Unga")]
    assert measures.loc["Omsättning per kund (kr)", "Unga"] == pytest.approx(
        members.revenue_12m.mean(), abs=0.5)
    assert measures.loc["Samtycke till annonser (%)", "Hela basen"] == pytest.approx(
        100 * customers.consent_ads.mean(), abs=0.05)
    assert measures.loc["Andel av omsättningen (%)", "Hela basen"] == pytest.approx(100.0)


def test_profiles_skip_value_measures_that_do_not_exist():
    result = evaluate(small(), [Segment("A", where("age").at_least(30))])
    assert list(result.measures.index) == ["Antal kunder", "Andel av basen (%)",
                                           "Samtycke till annonser (%)"]


def codes(result):
    return sorted((w.code, w.segment) for w in result.warnings)


def test_guard_rails_fire(customers):
    segments = [
        Segment("Pyttelitet", where("age").at_least(84)),
        Segment("Tomt", where("city").is_in(["Atlantis"])),
        Segment("Alla", everyone()),
        Segment("Politik", where("political_opinion").is_in(["S"])),
    ]
    more = [Segment("Tro", where("interests").is_in(["Religion"])),
            Segment("Rika", where("income").at_least(70_000))]
    found = codes(evaluate(customers, segments)) + codes(evaluate(customers, more))
    assert ("too_small", "Pyttelitet") in found
    assert ("empty", "Tomt") in found
    assert ("whole_base", "Alla") in found
    assert ("special_category", "Politik") in found
    assert ("special_proxy", "Tro") in found
    assert ("sensitive", "Rika") in found
    assert ("overlap", "Alla / Politik") in found


def test_guard_rails_quiet_for_good_segments(customers):
    segments = [
        Segment("Unga", where("age").between(18, 30)),
        Segment("Mitt i livet", where("age").between(31, 55)),
        Segment("Äldre", where("age").at_least(56)),
        Segment("Friluftsliv", where("interests").is_in(["Friluftsliv"])),
    ]
    assert evaluate(customers, segments).warnings == []


def test_mapping_makes_a_learners_column_a_special_category(customers):
    frame = customers.rename(columns={"political_opinion": "parti_x"})
    segment = Segment("P", where("parti_x").is_in(["M"]))
    plain = codes(evaluate(frame, [segment]))
    assert ("special_proxy", "P") in plain
    mapped = codes(evaluate(frame, [segment], mapping={"parti_x": "political_opinion"}))
    assert ("special_category", "P") in mapped


def test_warnings_in_english(customers):
    course_lib.set_language("en")
    result = evaluate(customers, [Segment("Tiny", where("age").at_least(84))])
    assert "only" in result.warnings[0].message and "Meta" in result.warnings[0].message
    assert "The rest" in result.exclusive.index
    with pytest.raises(CourseError, match="is not in the customer data"):
        evaluate(customers, [Segment("X", where("nope").at_least(1))])


def test_evaluation_errors_are_friendly(customers):
    with pytest.raises(CourseError):
        evaluate(customers, [])
    with pytest.raises(CourseError, match="Två segment"):
        evaluate(customers, [Segment("A", everyone()), Segment("A", everyone())])
    with pytest.raises(CourseError):
        evaluate("not a table", [Segment("A", everyone())])


def example_segments():
    return [
        Segment("Unga i storstan", where("age").between(18, 29)
                & where("urban_rural").is_in(["Storstad"]), description="Första köpet"),
        Segment("Lojala", (where("orders_12m").at_least(5) | where("revenue_12m").at_least(2e3))
                .excluding(where("email").is_missing())),
        Segment("Nyss", where("last_order_date").within_last_days(30, today="2024-12-31")),
        Segment("Ej Umeå", where("city").not_in(["Umeå", "O'Brien"]) & where("age").at_most(64.5)),
        Segment("Samtycke", where("consent_ads").is_in([True]) & where("city").is_present()),
    ]


def test_json_round_trip_is_identical(tmp_path):
    path = save_segments(example_segments(), tmp_path / "mine.json").path
    assert load_segments(path) == example_segments()
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 1 and "Unga i storstan" in path.read_text(encoding="utf-8")
    assert not list(tmp_path.glob(".*.tmp"))  # the atomic save leaves no temp file behind


def test_default_save_goes_to_the_work_folder(tmp_path):
    saved = save_segments(example_segments()[:1])
    assert saved.path.parent == tmp_path and saved.count == 1
    assert "1 segment sparade i" in saved._repr_markdown_()
    assert load_segments() == example_segments()[:1]


@pytest.mark.parametrize(
    "content, words",
    [
        ("{not json", "JSON"),
        ('{"hello": 1}', "ingen segmentfil"),
        ('{"format": "data-ar-guld/segments", "version": 9, "segments": []}', "version 9"),
        ('{"format": "data-ar-guld/segments", "version": 1, "segments": [{"rule": {}}]}',
         "Segment nummer 1"),
        ('{"format": "data-ar-guld/segments", "version": 1, "segments": '
         '[{"name": "A", "rule": {"column": "age", "bettween": [1, 2]}}]}', "bettween"),
        ('{"format": "data-ar-guld/segments", "version": 1, "segments": '
         '[{"name": "A", "rule": {"column": "age", "between": [5, 2]}}]}', "större"),
    ],
)
def test_malformed_json_gets_a_clear_message(tmp_path, content, words):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CourseError, match=words):
        load_segments(path)


def test_missing_file(tmp_path):
    with pytest.raises(CourseError, match="finns inte"):
        load_segments(tmp_path / "nope.json")


def test_every_segment_message_exists_in_both_languages():
    import course_lib.segments.plots  # noqa: F401 - registers its texts
    import course_lib.widgets.segment_builder  # noqa: F401

    tables = {k: v for k, v in REGISTRY.items() if "segment" in k}
    assert len(tables) >= 9
    for owner, table in tables.items():
        for key, texts in table.items():
            assert set(texts) == {"sv", "en"}, (owner, key)
            assert texts["sv"].strip() and texts["en"].strip(), (owner, key)


def test_the_lessons_limits_hold_in_code_too(customers):
    from course_lib.segments.evaluate import MAX_FACTORS, MAX_SEGMENTS

    six = [Segment(f"S{i}", where("age").at_least(20 + i)) for i in range(MAX_SEGMENTS + 1)]
    with pytest.raises(CourseError, match=f"Högst {MAX_SEGMENTS} segment"):
        evaluate(customers, six)
    result = evaluate(customers, six[:2], factors=["age", "city", "gender", "income"])
    assert len(result.factors) == MAX_FACTORS


def test_warnings_name_columns_as_a_marketer_does(customers):
    frame = customers.rename(columns={"political_opinion": "parti_x"})
    special = evaluate(frame, [Segment("P", where("parti_x").is_in(["M"]))],
                       mapping={"parti_x": "political_opinion"}).warnings[0].message
    assert "Politisk åsikt" in special and "parti_x" not in special
