"""The segment builder without a browser: set controls, click buttons, read what is shown."""

import hashlib

import pandas as pd
import pytest

import course_lib
from course_lib.segments import Segment, load_segments, where
from course_lib.widgets.segment_builder import SegmentBuilder
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


def test_starts_with_three_factors_and_four_segments(customers):
    builder = SegmentBuilder(customers)
    assert builder.factors == ["age", "urban_rural", "city"]
    assert len(builder.segments) == 4
    assert builder.result.counts.sum() > 0
    labels = [label for label, _ in builder.factor_picker.options]
    assert "Ålder" in labels and "Storstad eller landsbygd" in labels
    assert "email" not in builder.factor_picker.options  # identifiers are no factors
    assert builder.profile_image.value[:4] == b"\x89PNG"


def test_moving_a_slider_updates_sizes(customers):
    builder = SegmentBuilder(customers, factors=["age", "city"])
    builder.controls[0]["age"].value = (25, 35)
    builder.controls[0]["city"].value = ("Göteborg",)
    expected = int(((customers.age >= 25) & (customers.age <= 35)
                    & (customers.city == "Göteborg")).sum())
    assert builder.result.counts.iloc[0] == expected
    assert f">{expected}<" in builder.sizes_html.value.replace(" ", "")
    assert builder.segments[0].rule.columns() == ("age", "city")


def test_warnings_are_shown(customers):
    builder = SegmentBuilder(customers, factors=["age"])
    builder.controls[1]["age"].value = (84, 84)
    assert "minst 100" in builder.warnings_html.value
    course_lib.set_language("en")
    builder.refresh()
    assert "at least 100" in builder.warnings_html.value


def test_five_segments_and_factor_change(customers):
    builder = SegmentBuilder(customers)
    builder.count.value = 5
    assert len(builder.result.counts) == 5
    builder.factor_picker.value = ("age", "orders_12m", "last_order_date", "city")
    assert builder.factors == ["age", "orders_12m", "last_order_date"]
    assert "tre" in builder.status.value
    builder.controls[0]["last_order_date"].value = 30
    assert builder.segments[0].rule.conditions()[-1].op == "within_last_days"


def test_starts_from_given_segments_and_keeps_code_ones(customers):
    given = [
        Segment("Unga", where("age").between(18, 29)),
        Segment("Kod", where("age").at_least(60) | where("orders_12m").at_least(6)),
    ]
    builder = SegmentBuilder(customers, factors=["age"], segments=given)
    assert builder.segments == given
    assert builder.controls[1]["age"].disabled


def test_save_and_export_buttons(customers, tmp_path):
    builder = SegmentBuilder(customers, factors=["age"])
    builder.names[0].value = "Unga vuxna"
    builder.save_button.click()
    assert load_segments(tmp_path / "segments.json") == builder.segments
    builder.platform.value = "meta"
    builder.export_button.click()
    path = tmp_path / "exports" / "unga-vuxna-meta.csv"
    assert path.exists() and "unga-vuxna-meta.csv" in builder.status.value
    table = pd.read_csv(path, dtype=str)
    assert table["email"].dropna().str.fullmatch(r"[0-9a-f]{64}").all()
    member = customers[builder.result.mask("Unga vuxna") & customers.consent_ads
                       & customers.email.notna()].email.iloc[0]
    assert hashlib.sha256(member.encode()).hexdigest() in set(table["email"])
    builder.platform.value = "excel"
    builder.export_button.click()
    assert (tmp_path / "exports" / "segments.xlsx").exists()


def test_a_learners_mistake_never_crashes_the_widget(customers):
    builder = SegmentBuilder(customers.drop(columns="consent_ads"), factors=["age"])
    builder.export_button.click()
    assert "samtycke" in builder.status.value
    builder.names[1].value = builder.names[0].value  # two segments with the same name
    assert "Två segment" in builder.status.value


def test_own_file_with_mapping():
    own = pd.DataFrame({"Ålder": [20, 30, 40, 50] * 50, "Ort": ["Umeå", "Luleå"] * 100})
    own["Ort"] = own["Ort"].astype("category")
    builder = SegmentBuilder(own, mapping={"Ålder": "age", "Ort": "city"})
    assert [label for label, _ in builder.factor_picker.options] == ["Ålder", "Stad"]
    assert builder.result.base_size == 200
