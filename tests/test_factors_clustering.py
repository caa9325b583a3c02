"""Factor columns, the seeded k-means, English labels and the small notebook helpers of 06."""

import numpy as np
import pandas as pd
import pytest

import course_lib
from course_lib import choices, datasets
from course_lib.clustering import (
    cluster_customers,
    compare_groupings,
    describe_clusters,
    factor_matrix,
    kmeans,
)
from course_lib.core.errors import CourseError, attempt
from course_lib.core.paths import example_file
from course_lib.factors import choice_note, factor_columns, factor_mapping, factor_table
from course_lib.labels import ENGLISH, translate, translate_index
from course_lib.segments import Segment, export_audiences, load_customer_file, where


@pytest.fixture(scope="module")
def customers():
    return datasets.load().customers


# ---------------------------------------------------------------- factor columns


def test_default_factors_become_columns_with_few_clear_values(customers):
    found = factor_columns(choices.DEFAULT_FACTORS, customers)
    assert found == {"age": "age", "urban_rural": "urban_rural", "interests": "main_interest"}
    assert factor_mapping(choices.DEFAULT_FACTORS, customers)["main_interest"] == "interests"


def test_every_data_point_gets_a_usable_column_or_none(customers):
    from course_lib import catalog

    keys = [dp.key for dp in catalog.data_points()]
    found = factor_columns(keys, customers)
    assert "political_opinion" not in found  # the company's own table does not hold it
    assert found["purchase_behaviour"] == "budget_or_luxury"
    for column in found.values():
        series = customers[column]
        assert pd.api.types.is_numeric_dtype(series) or series.nunique() <= 12, column


def test_a_learners_table_named_by_key_and_too_many_values():
    table = pd.DataFrame({"city": [f"Ort {i}" for i in range(30)], "income": range(30)})
    assert factor_columns(["city", "income", "age"], table) == {"income": "income"}


def test_choice_note_says_where_the_factors_come_from(customers):
    assert "standardvalet" in choice_note(choices.load_three_factors())
    choices.save_three_factors(["income", "city", "lifestyle"])
    note = choice_note(choices.load_three_factors())
    assert "notebook 04" in note and "Inkomst" in note
    course_lib.set_language("en")
    assert "Income" in choice_note(choices.load_three_factors())


def test_factor_table_names_missing_columns(customers):
    table = factor_table(["age", "political_opinion", "interests"], customers)
    assert list(table["Kolumn"]) == ["age", "(finns inte i kundtabellen)", "main_interest"]
    assert table.loc[0, "Värden"] == "tal 18–84"


# ---------------------------------------------------------------- k-means


def test_kmeans_finds_obvious_groups_and_is_deterministic():
    rng = np.random.default_rng(1)
    points = np.vstack([rng.normal(0, 0.1, (50, 2)), rng.normal(5, 0.1, (30, 2))])
    labels, centres, inertia = kmeans(points, 2, seed=3)
    assert len(set(labels[:50])) == 1 and len(set(labels[50:])) == 1
    assert labels[0] != labels[-1]
    again = kmeans(points, 2, seed=3)
    assert np.array_equal(labels, again[0]) and inertia == again[2]


def test_cluster_names_follow_size_and_repeat_exactly(customers):
    columns = ["age", "urban_rural", "main_interest"]
    first = cluster_customers(customers, columns, k=5, seed=0)
    second = cluster_customers(customers, columns, k=5, seed=0)
    assert first.equals(second)
    sizes = first.value_counts(sort=False)
    assert list(sizes.index) == [f"Kluster {i}" for i in range(1, 6)]
    assert list(sizes) == sorted(sizes, reverse=True)


def test_factor_matrix_weighs_categories_like_numbers():
    table = pd.DataFrame({"age": [20, 40, np.nan], "place": ["A", "B", None],
                          "when": pd.to_datetime(["2025-01-01", "2025-02-01", "2025-03-01"])})
    matrix = factor_matrix(table, ["age", "place", "when"])
    assert matrix.shape == (3, 1 + 2 + 1)
    assert matrix[2, 0] == 0.0 and matrix[2, 1:3].sum() == 0.0  # missing: average / no category
    assert np.isclose(matrix[:2, 0].std(), 1.0)


@pytest.mark.parametrize("k", [0, 1, 1.5, "5", True, 10_000])
def test_bad_number_of_clusters_is_a_friendly_error(k):
    with pytest.raises(CourseError, match="Antalet kluster"):
        kmeans(np.zeros((10, 2)), k)


def test_unknown_column_and_no_columns():
    table = pd.DataFrame({"age": [1, 2, 3]})
    with pytest.raises(CourseError, match="'agee'"):
        factor_matrix(table, ["agee"])
    with pytest.raises(CourseError, match="minst en faktor"):
        factor_matrix(table, [])


def test_describe_and_compare(customers):
    columns = ["age", "urban_rural"]
    clusters = cluster_customers(customers, columns, k=3)
    course_lib.set_language("en")
    described = describe_clusters(customers, clusters, columns, mapping={"urban_rural": "urban_rural"})
    assert described["Customers"].sum() == len(customers)
    assert described["Urban or rural"].str.contains(r"\(\d+%\)").all()
    assert not described["Urban or rural"].str.contains("storstad").any()  # translated
    groups = pd.Series(np.where(customers["age"] < 40, "Young", "Older"), index=customers.index)
    table = compare_groupings(groups, clusters)
    assert table.to_numpy().sum() == len(customers)
    assert (table.index.name, table.columns.name) == ("Segment", "Cluster")


# ---------------------------------------------------------------- labels


def test_translate_only_in_english_and_only_known_values():
    assert translate("hyresrätt", "en") == "rented flat"
    assert translate("hyresrätt", "sv") == "hyresrätt"
    assert translate("Kiruna", "en") == "Kiruna" and translate(42, "en") == 42
    frame = pd.DataFrame({"n": [1, 2]}, index=pd.Index(["lyx", "budget"], name="budget_or_luxury"))
    shown = translate_index(frame, "en")
    assert list(shown.index) == ["luxury", "budget"] and shown.index.name == "budget_or_luxury"
    assert list(frame.index) == ["lyx", "budget"]  # the original is untouched


def test_every_world_category_value_of_the_factors_has_an_english_name(customers):
    for column in ("urban_rural", "main_interest", "housing", "lifestyle", "budget_or_luxury",
                   "main_channel", "gender", "commuting", "preferred_device"):
        missing = [v for v in customers[column].cat.categories if v not in ENGLISH]
        assert not missing, (column, missing)


# ---------------------------------------------------------------- notebook helpers


def test_attempt_returns_the_friendly_message_instead_of_raising():
    shown = attempt(load_customer_file, example_file("finns_inte.csv"))
    assert "finns_inte.csv finns inte" in shown._repr_markdown_()
    assert attempt(lambda x: x + 1, 1) == 2


def test_the_broken_example_file_loads_and_its_report_names_the_row():
    from course_lib.segments import load_report

    broken = load_customer_file(example_file("kunder_trasig.csv"))
    assert len(broken) == 30 and broken["Ålder"].iloc[11] == "82 år"  # nothing thrown away
    text = load_report(broken)._repr_markdown_()
    assert "rad 13" in text and "'Ålder'" in text and "82 år" in text


def test_example_file_is_read_the_swedish_way():
    own = load_customer_file(example_file("kunder_exempel.csv"))
    assert len(own) == 400
    assert own["Köpt för (kr)"].dtype == "float64"
    assert str(own["Senaste köp"].dtype).startswith("datetime64")
    assert own["Samtycke annonser"].dtype == bool


def test_export_audiences_table_shows_relative_file_names(customers):
    segments = [Segment("Fjällvandrare 35+", where("age").at_least(35)
                        & where("main_interest").is_in(["vandring"]))]
    table = export_audiences(customers, segments)
    assert list(table["Fil"]) == ["my_work/exports/fjallvandrare-35-meta.csv",
                                  "my_work/exports/fjallvandrare-35-google.csv"]
    assert (table["Utan samtycke (utelämnade)"] > 0).all()
    assert (table["Rader i filen"] <= table["Medlemmar"] - table["Utan samtycke (utelämnade)"]).all()


def test_names_are_no_factors_in_the_builder(customers):
    from course_lib.widgets.segment_builder import SegmentBuilder

    offered = [column for _, column in SegmentBuilder(customers).factor_pickers[0].options]
    assert "first_name" not in offered and "last_name" not in offered
    own = load_customer_file(example_file("kunder_exempel.csv"))
    offered = [column for _, column in SegmentBuilder(own).factor_pickers[0].options]
    assert "Förnamn" not in offered and "Ålder" in offered
