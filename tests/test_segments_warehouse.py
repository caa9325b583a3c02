"""A base bigger than memory: evaluate() and the exports on a Parquet file (DuckDB) give exactly
what they give on the same customers in a DataFrame, and nothing skips the consent step."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import course_lib
from course_lib.core.errors import CourseError
from course_lib.segments import (
    Segment,
    audience_frame,
    evaluate,
    export_audience,
    export_audiences,
    export_excel,
    warehouse,
    where,
)
from course_lib.world import bigfile, write_customers_parquet
from tests.examples import examples
from tests.segment_rules import DATA, rules

MEASURES = {"revenue": "revenue", "orders": "orders", "consent_ads": "consent",
            "consent_email": "consent"}


@pytest.fixture(scope="module")
def data_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("parquet") / "data.parquet"
    DATA.to_parquet(path)
    return path


def same_result(a, b) -> None:
    pd.testing.assert_series_equal(a.counts, b.counts)
    pd.testing.assert_frame_equal(a.overlap, b.overlap)
    pd.testing.assert_series_equal(a.exclusive, b.exclusive)
    pd.testing.assert_frame_equal(a.measures, b.measures)
    assert a.reach == b.reach
    assert [w.code for w in a.warnings] == [w.code for w in b.warnings]


@settings(max_examples=examples(60), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(rules, min_size=1, max_size=5))
def test_parquet_counts_equal_the_dataframe_counts(data_file, chosen):
    segments = [Segment(f"S{i}", rule) for i, rule in enumerate(chosen)]
    in_memory = evaluate(DATA, segments, factors=(), measures=MEASURES)
    in_file = evaluate(str(data_file), segments, factors=(), measures=MEASURES)
    same_result(in_memory, in_file)


def test_a_folder_of_parquet_files_is_one_base(tmp_path):
    halves = np.array_split(np.arange(len(DATA)), 2)
    for i, rows in enumerate(halves):
        DATA.iloc[rows].to_parquet(tmp_path / f"part-{i}.parquet")
    segments = [Segment("Unga", where("age").at_most(35)), Segment("Umeå", where("city").is_in(
        ["Umeå"]))]
    result = evaluate(tmp_path, segments, measures=MEASURES)
    assert result.base_size == len(DATA)
    same_result(evaluate(DATA, segments, measures=MEASURES), result)


def test_members_stay_in_the_file_and_say_so(data_file):
    result = evaluate(data_file, [Segment("Alla", where("age").is_present())])
    with pytest.raises(CourseError, match="Parquet"):
        result.mask("Alla")
    with pytest.raises(CourseError, match="Parquet"):
        result.groups  # noqa: B018


@pytest.mark.parametrize(("rule", "words"), [
    (where("ålder").at_least(3), "ålder"),
    (where("city").between(1, 2), "city"),
    (where("age").within_last_days(30), "age"),
    (where("city").is_in([3]), "city"),
    (where("age").is_in(["tre"]), "age"),
    (where("consent").is_in(["ja"]), "consent"),
])
def test_the_same_friendly_errors_as_for_a_dataframe(data_file, rule, words):
    segments = [Segment("S", rule)]
    with pytest.raises(CourseError) as in_memory:
        evaluate(DATA, segments)
    with pytest.raises(CourseError) as in_file:
        evaluate(data_file, segments)
    assert in_memory.value.message == in_file.value.message and words in in_file.value.message


def test_no_parquet_file_is_a_clear_error(tmp_path):
    with pytest.raises(CourseError, match="Parquet"):
        evaluate(tmp_path, [Segment("S", where("age").is_missing())])


# ---------------------------------------------------------------- exports


def crm() -> pd.DataFrame:
    """Customers with everything an export must handle: junk, duplicates, missing values,
    consent written as words, phones without a country code and from abroad."""
    rng = np.random.default_rng(5)
    n = 1_500
    emails = np.array([f"Kund{i % 1_200}@Exempel.se" for i in range(n)], dtype=object)
    emails[rng.random(n) < 0.05] = "inte-en-adress"
    emails[rng.random(n) < 0.1] = None
    phones = np.array([f"070-{i % 1_300:03d} {i % 97:02d} {i % 89:02d}" for i in range(n)],
                      dtype=object)
    phones[rng.random(n) < 0.05] = "12"
    phones[rng.random(n) < 0.1] = None
    return pd.DataFrame({
        "customer_id": [f"C{i:05d}" for i in range(n)],
        "email": emails,
        "phone": phones,
        "country": rng.choice(["Sverige", "Norge", "SE", None], n),
        "age": rng.integers(18, 90, n).astype(float),
        "samtycke": rng.choice(["ja", "Nej", "JA ", None], n),
        "consent_ads": rng.random(n) < 0.6,
    })


@pytest.fixture(scope="module")
def crm_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("crm") / "crm.parquet"
    crm().to_parquet(path)
    return path


@pytest.mark.parametrize("platform", ["meta", "google"])
@pytest.mark.parametrize("consent", ["consent_ads", "samtycke"])
def test_a_parquet_export_is_byte_for_byte_the_dataframe_export(crm_file, tmp_path, monkeypatch,
                                                                platform, consent):
    monkeypatch.setattr(warehouse, "CHUNK", 97)  # many chunks, duplicates across them
    segment = Segment("Vuxna", where("age").between(25, 70))
    options = {"consent_column": consent, "country_column": "country"}
    a = export_audience(crm(), segment, platform, path=tmp_path / "a.csv", **options)
    b = export_audience(crm_file, segment, platform, path=tmp_path / "b.csv", **options)
    assert (tmp_path / "a.csv").read_bytes() == (tmp_path / "b.csv").read_bytes()
    assert (a.rows, a.members, a.without_consent, a.without_identifier, a.invalid_identifiers) == (
        b.rows, b.members, b.without_consent, b.without_identifier, b.invalid_identifiers)
    assert a.invalid_identifiers > 0 and a.without_consent > 0
    frame_a, counts_a = audience_frame(crm(), segment, platform, **options)
    frame_b, counts_b = audience_frame(crm_file, segment, platform, **options)
    pd.testing.assert_frame_equal(frame_a, frame_b)
    assert counts_a == counts_b


def test_no_raw_identifier_and_no_one_without_consent_leaves(crm_file, tmp_path):
    export_audience(crm_file, Segment("Alla", where("age").is_present()), "google",
                    path=tmp_path / "g.csv")
    written = pd.read_csv(tmp_path / "g.csv", dtype=str)
    hashes = pd.concat([written["Email"], written["Phone"]]).dropna()
    assert hashes.str.fullmatch("[0-9a-f]{64}").all()  # never a raw address or number
    assert len(written) <= int(crm()["consent_ads"].sum())


def test_an_export_without_a_consent_column_is_refused(crm_file, tmp_path):
    with pytest.raises(CourseError, match="samtycke"):
        export_audience(crm_file, Segment("Alla", where("age").is_present()),
                        consent_column="finns_inte", path=tmp_path / "x.csv")
    with pytest.raises(CourseError):
        audience_frame(crm_file, Segment("Alla", where("age").is_present()), consent_column=None)


def test_export_audiences_and_excel_from_parquet(crm_file):
    course_lib.set_language("en")
    table = export_audiences(crm_file, [Segment("A", where("age").at_most(40)),
                                        Segment("B", where("age").at_least(41))])
    assert len(table) == 4 and table["Members"].sum() == 2 * len(crm().dropna(subset=["age"]))
    with pytest.raises(CourseError, match="1,048,576"):
        export_excel(crm_file, [Segment("A", where("age").at_most(40))])


# ---------------------------------------------------------------- the big world file


def test_the_world_writes_its_customers_to_parquet_in_chunks(tmp_path, monkeypatch):
    monkeypatch.setattr(bigfile, "CHUNK", 400)
    path = write_customers_parquet(1_000, tmp_path / "world.parquet", seed=11)
    again = write_customers_parquet(1_000, tmp_path / "again.parquet", seed=11)
    assert path.read_bytes() == again.read_bytes()
    frame = pd.read_parquet(path)
    assert len(frame) == 1_000 and frame["customer_id"].is_unique
    assert frame["customer_id"].iloc[[0, -1]].tolist() == ["C0000001", "C0001000"]
    from course_lib.world import generate

    assert list(frame.columns) == list(generate(100, seed=11).customers.columns)
    assert not list(tmp_path.glob(".*partial"))
    result = evaluate(path, [Segment("Köpt nyss", where("last_order_date").within_last_days(90))])
    assert 0 < result.counts.iloc[0] < 1_000
