"""The segment builder on a base bigger than memory: above a size limit it stays on DuckDB
("warehouse mode") and shows exactly what it shows for the same customers in pandas."""

from __future__ import annotations

import hashlib
import io

import duckdb
import ipywidgets as w
import pandas as pd
import pytest

import course_lib
from course_lib.core.errors import CourseError
from course_lib.segments import Base, ParquetBase, Segment, evaluate, warehouse, where
from course_lib.segments import shaping as sh
from course_lib.widgets import segment_builder
from course_lib.widgets.segment_builder import SegmentBuilder
from course_lib.world import write_customers_parquet

CUSTOMERS = 20_000


@pytest.fixture(autouse=True)
def _work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_WORK_DIR", str(tmp_path))
    course_lib.set_language("sv")
    yield
    course_lib.set_language("sv")


@pytest.fixture(scope="module")
def world_file(tmp_path_factory):
    return write_customers_parquet(CUSTOMERS, tmp_path_factory.mktemp("big") / "kunder.parquet",
                                   seed=17, progress=False)


@pytest.fixture(scope="module")
def frame(world_file):
    return pd.read_parquet(world_file)


@pytest.fixture
def small_limit(monkeypatch):
    """Warehouse mode from a thousand customers, so a small file shows it."""
    monkeypatch.setattr(segment_builder, "IN_MEMORY_UP_TO", 1_000)


@pytest.fixture
def quick_pictures(monkeypatch):
    """The profile pictures as a stand-in PNG, for tests about something else (drawing them
    is what takes time); their alt text and numbers are still made."""
    from course_lib.segments import plots

    monkeypatch.setattr(plots, "profiles_figure", lambda result: b"\x89PNG stand-in")


@pytest.fixture(scope="module")
def pair(frame, world_file):
    """The builder on the customers in pandas, and on the same customers in the file (in
    warehouse mode), as they start; tests that change a control make their own."""
    course_lib.set_language("sv")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(segment_builder, "IN_MEMORY_UP_TO", 1_000)
        return SegmentBuilder(frame), SegmentBuilder(world_file)


def test_above_the_limit_the_builder_counts_in_duckdb_and_shows_the_same(pair):
    in_pandas, in_file = pair
    assert in_file.warehouse and isinstance(in_file._base, ParquetBase)
    assert not in_pandas.warehouse
    assert in_file.result.base_size == CUSTOMERS
    pd.testing.assert_series_equal(in_pandas.result.counts, in_file.result.counts)
    pd.testing.assert_frame_equal(in_pandas.result.overlap, in_file.result.overlap)
    assert 0 < in_file.result.counts.min() < CUSTOMERS
    for part in ("summary_html", "overlap_html", "warnings_html"):
        assert getattr(in_pandas, part).value == getattr(in_file, part).value, part
    assert [x.code for x in in_file.result.warnings] == [x.code for x in in_pandas.result.warnings]


def test_the_profiles_are_the_same_pictures_and_numbers(pair):
    in_pandas, in_file = pair
    assert list(in_file.result.profiles) == ["age", "urban_rural", "main_interest",
                                             "main_channel"]
    for factor, table in in_pandas.result.profiles.items():
        pd.testing.assert_frame_equal(table, in_file.result.profiles[factor])
    assert in_file.profile_image.value[:4] == b"\x89PNG"
    assert in_file.profile_image.value == in_pandas.profile_image.value
    assert in_file.profile_alt == in_pandas.profile_alt and "störst skillnad" in in_file.profile_alt
    assert in_file.numbers_html.value == in_pandas.numbers_html.value
    assert "<td>" in in_file.numbers_html.value


@pytest.mark.parametrize("factors", [
    ["revenue_12m", "budget_or_luxury", "last_order_date"],  # quintiles, an order, day bands
    ["orders_12m", "consent_email", "signup_date"],  # few whole numbers, yes/no, old dates
])
def test_every_kind_of_profile_band_is_the_same_in_duckdb(frame, world_file, factors):
    segments = [Segment("Unga", where("age").at_most(30)),
                Segment("Nyss", where("last_order_date").within_last_days(90)),
                Segment("Lyx", where("budget_or_luxury").is_in(["lyx"]))]
    in_pandas = evaluate(frame, segments, factors=factors)
    in_file = evaluate(world_file, segments, factors=factors)
    assert list(in_file.profiles) == [*factors, "main_channel"]
    for factor, table in in_pandas.profiles.items():
        pd.testing.assert_frame_equal(table, in_file.profiles[factor])
        assert len(table) >= 2
    if "budget_or_luxury" in factors:  # pandas' order (budget, middle, luxury), not A-Z
        assert list(in_file.profiles["budget_or_luxury"].index) == ["budget", "mellanklass", "lyx"]


def test_the_controls_are_those_pandas_gives(pair, frame):
    in_pandas, in_file = pair
    assert in_file.factors == in_pandas.factors == ["age", "urban_rural", "main_interest"]
    assert in_file.segments == in_pandas.segments
    assert in_file.factor_pickers[0].options == in_pandas.factor_pickers[0].options
    assert in_file.consent_picker.options == in_pandas.consent_picker.options
    assert in_file.consent_picker.value == "consent_ads"
    usable = sh.usable_factors(in_file._base)
    assert usable == sh.usable_factors(in_pandas._base) and len(usable) > 30
    for column in usable:
        assert in_file._spec(column) == in_pandas._spec(column), column
    for column in ("age", "revenue_12m", "main_interest"):  # a slider, round stops, a list
        assert sh.default_segments(in_file._base, in_file._spec(column), 5) == sh.default_segments(
            in_pandas._base, in_pandas._spec(column), 5)
    stops = in_file._spec("revenue_12m").values
    assert stops[0] <= frame["revenue_12m"].min() and stops[-1] >= frame["revenue_12m"].max()


def test_moving_a_control_changes_the_sizes(frame, world_file, small_limit, quick_pictures):
    builder = SegmentBuilder(world_file, factors=["age", "city"])
    before = int(builder.result.counts.iloc[0])
    age = builder.controls[0]["age"]
    assert not age.continuous_update  # counted when the slider is let go, not while dragged
    age.value = (25, 35)
    builder.controls[0]["city"].value = ("Göteborg",)
    expected = int((frame.age.between(25, 35) & (frame.city == "Göteborg")).sum())
    assert builder.result.counts.iloc[0] == expected != before
    assert builder.segments[0].rule == where("age").between(25, 35) & where("city").is_in(
        ["Göteborg"])
    assert course_lib.core.i18n.number(expected) in builder.summary_html.value


def test_progress_reports_how_far_duckdb_has_come_and_ends_at_100():
    con = duckdb.connect()
    heard = []
    with warehouse.progress(con, heard.append, every=0.01):
        con.execute("SELECT count(*) FROM range(60_000_000) t(i) WHERE i % 7 = 3").fetchall()
    assert heard[-1] == 100 and len(heard) >= 2  # something before the end, and the end
    assert heard == sorted(heard) and all(0 < value <= 100 for value in heard)
    with pytest.raises(duckdb.Error), warehouse.progress(con, heard.append):
        con.execute("SELECT no_such_column")
    assert heard[-1] == 100 and heard.count(100) == 1  # a failed query is not "done"


@pytest.mark.parametrize(("language", "name", "done"), [
    ("sv", "Räknar i datalagret", "100\xa0% klart"), ("en", "Counting in the warehouse", "100% done")])
def test_the_progress_bar_shows_only_while_duckdb_counts(world_file, small_limit, quick_pictures,
                                                         language, name, done):
    course_lib.set_language(language)
    builder = SegmentBuilder(world_file, factors=["age"])
    assert builder.progress.description == name
    assert builder.progress_box.layout.display == "none"
    seen = []
    shown = builder._show_progress

    def watch(value):
        shown(value)
        seen.append((value, builder.progress_box.layout.display))

    builder._show_progress = watch
    builder.controls[0]["age"].value = (30, 40)
    assert seen[0] == (0, None) and seen[-1] == (100, None)  # visible while counting
    assert builder.progress_box.layout.display == "none"  # hidden after
    assert builder.progress.value == 100
    # For a screen reader: a progress bar with its name and value, the share in words.
    assert builder.progress_text.value == (
        f'<span role="progressbar" aria-label="{name}" aria-valuemin="0" aria-valuemax="100" '
        f'aria-valuenow="100">{done}</span>')


def test_below_the_limit_the_parquet_file_is_read_into_pandas(frame, world_file, quick_pictures):
    builder = SegmentBuilder(world_file, factors=["age"])
    assert not builder.warehouse and isinstance(builder._base, Base)
    assert "excel" in [value for _, value in builder.platform.options]
    assert builder.mode_note.value == ""
    pd.testing.assert_series_equal(builder.result.counts,
                                   SegmentBuilder(frame, factors=["age"]).result.counts)
    builder = SegmentBuilder(ParquetBase(world_file), factors=["age"])  # a base, too
    assert not builder.warehouse and builder.result.base_size == CUSTOMERS


@pytest.mark.parametrize(("language", "words"), [
    ("sv", "Hittar ingen Parquet-fil"), ("en", "Found no Parquet file")])
def test_a_missing_file_is_a_friendly_error(tmp_path, language, words):
    course_lib.set_language(language)
    with pytest.raises(CourseError, match=words):
        SegmentBuilder(tmp_path / "finns_inte.parquet")
    (tmp_path / "kunder.csv").write_text("age\n30\n", encoding="utf-8")
    with pytest.raises(CourseError, match="load_customer_file"):
        SegmentBuilder(str(tmp_path / "kunder.csv"))


def described(widget) -> list:
    """Every control inside ``widget`` a learner can use or read a value from."""
    found = []
    if isinstance(widget, w.ValueWidget | w.Button) and not isinstance(widget, w.HTML | w.Image):
        found.append(widget)
    for child in getattr(widget, "children", ()):
        found.extend(described(child))
    return found


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_control_has_a_description_in_the_learners_language(world_file, small_limit,
                                                                   quick_pictures, language):
    course_lib.set_language(language)
    builder = SegmentBuilder(world_file)
    controls = described(builder.widget)
    assert len(controls) > 20 and builder.progress in controls
    assert all(c.description for c in controls), [c for c in controls if not c.description]
    english = language == "en"
    assert builder.controls[0]["age"].description == ("Age, segment 1" if english
                                                      else "Ålder, segment 1")
    assert builder.export_button.description == ("Export the segments" if english
                                                 else "Exportera segmenten")
    note = builder.mode_note.value
    assert ("pseudonymised" if english else "pseudonymiserade") in note
    assert ("20,000 customers" if english else "20\xa0000 kunder") in note
    assert "anonym" not in note.lower()
    assert [value for _, value in builder.platform.options] == ["meta", "google"]  # no Excel


def test_a_meta_export_in_warehouse_mode_equals_the_pandas_export(frame, world_file, small_limit,
                                                                  quick_pictures, tmp_path):
    exports = tmp_path / "exports"
    files = {}
    for name, customers in (("pandas", frame), ("warehouse", world_file)):
        builder = SegmentBuilder(customers, factors=["age"])
        builder.names[0].value = "Unga vuxna"
        builder.platform.value = "meta"
        builder.export_button.click()
        assert "unga-vuxna-meta.csv" in builder.status.value, builder.status.value
        files[name] = (exports / "unga-vuxna-meta.csv").read_bytes()
        (exports / "unga-vuxna-meta.csv").unlink()
    assert files["pandas"] == files["warehouse"]
    written = pd.read_csv(io.BytesIO(files["warehouse"]), dtype=str)
    members = frame[Base(frame).mask(builder.segments[0].rule)]
    emails = members.email.str.strip().str.lower()

    def hashed(rows) -> set[str]:
        return {hashlib.sha256(e.encode()).hexdigest() for e in emails[rows].dropna()}

    assert set(written["email"].dropna()) == hashed(members.consent_ads)  # all who said yes
    assert not hashed(~members.consent_ads) & set(written["email"])  # and nobody else
    assert 0 < len(written) < len(members)
