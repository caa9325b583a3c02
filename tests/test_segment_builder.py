"""The segment builder without a browser: set controls, click buttons, read what is shown."""

import hashlib
import html
import re

import ipywidgets as w
import numpy as np
import pandas as pd
import pytest

import course_lib
from course_lib import example_file
from course_lib.datadictionary import COLUMNS
from course_lib.segments import Segment, load_customer_file, load_segments, suggest_mapping, where
from course_lib.segments import shaping as sh
from course_lib.segments.lesson import lesson_segments
from course_lib.widgets.segment_builder import SegmentBuilder, lesson_builder
from tests import segment_data


@pytest.fixture(autouse=True)
def _work_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("COURSE_WORK_DIR", str(tmp_path))
    course_lib.set_language("sv")
    yield
    course_lib.set_language("sv")


@pytest.fixture(autouse=True)
def _quick_png(request, monkeypatch):
    """Drawing the profile pictures is most of a builder's time and is tested where they are
    drawn (test_alt_text, test_segments): here a stand-in that changes with the result, except
    in the tests marked ``real_pictures``."""
    if request.node.get_closest_marker("real_pictures"):
        return
    from course_lib.segments import plots

    monkeypatch.setattr(plots, "profiles_figure",
                        lambda result: b"\x89PNG stand-in " + repr(result.counts.tolist()).encode())


@pytest.fixture(scope="module")
def customers():
    return segment_data.customers()


@pytest.fixture(scope="module")
def world():
    from course_lib import datasets

    return datasets.load().customers


def size_of(builder, i=0) -> int:
    """Segment i's size as the summary shows it (the text, not the result)."""
    rows = re.findall(r"<tr><th scope=\"row\">(.*?)</tr>", builder.summary_html.value)
    first_cell = re.search(r"<td>(.*?)</td>", rows[i]).group(1)
    return int(first_cell.replace("\xa0", "").replace(",", ""))


def offered(builder) -> list:
    return [value for _, value in builder.factor_pickers[0].options if value is not None]


@pytest.mark.real_pictures
def test_starts_with_three_factors_and_four_segments(customers):
    builder = SegmentBuilder(customers)
    assert builder.factors == ["age", "urban_rural", "interests"]
    assert len(builder.segments) == 4
    assert builder.result.counts.sum() > 0
    labels = [label for label, _ in builder.factor_pickers[0].options]
    assert "Ålder" in labels and "Storstad eller landsbygd" in labels
    # Identifiers and names are never factors: compare with the values, not the (label, value)
    # pairs, or the check could never fail.
    assert "age" in offered(builder)
    assert not {"email", "customer_id", "phone"} & set(offered(builder))
    assert builder.profile_image.value[:4] == b"\x89PNG"


def test_default_segments_split_the_first_factor_into_round_bands(customers):
    builder = SegmentBuilder(customers, factors=["age"])
    rules = [s.rule for s in builder.segments]
    assert rules[0] == where("age").at_most(rules[1].args[0] - 1)
    assert rules[-1].op == "at_least"
    lows = [r.args[0] for r in rules[1:-1]]
    assert lows == sorted(lows)
    assert builder.result.counts.sum() == builder.result.base_size - int(
        builder.result.exclusive.iloc[-1])  # no overlaps, nobody twice


def test_moving_a_slider_updates_sizes(customers):
    builder = SegmentBuilder(customers, factors=["age", "city"])
    builder.controls[0]["age"].value = (25, 35)
    builder.controls[0]["city"].value = ("Göteborg",)
    expected = int(((customers.age >= 25) & (customers.age <= 35)
                    & (customers.city == "Göteborg")).sum())
    assert builder.result.counts.iloc[0] == expected
    assert size_of(builder, 0) == expected
    assert builder.segments[0].rule == where("age").between(25, 35) & where("city").is_in(
        ["Göteborg"])


def test_the_summary_shows_share_reach_and_warnings_per_segment(world):
    builder = lesson_builder(world)
    table = builder.summary_html.value
    heads = re.findall(r'<th scope="col">(.*?)</th>', table)
    assert heads == ["Segment", "Kunder", "Andel", "Samtycke till annonser",
                     "Plattformen når (cirka)", "Varningar"]
    reach = builder.result.platform_reach
    first = re.findall(r"<td>(.*?)</td>", table.split("</tr>")[1])
    assert first[0] == course_lib.core.i18n.number(reach.iloc[0, 0])
    assert first[2:4] == [course_lib.core.i18n.number(v) for v in reach.iloc[0, 1:3]]
    warned = sh.warnings_per_segment(builder.result)
    assert first[4] == (f"⚠️ {warned[builder.result.names[0]]}" if warned[
        builder.result.names[0]] else "0")
    assert "Resten (i inget segment)" in table
    # The summary comes before the segments' rows, and sticks there while they scroll.
    children = list(builder.widget.children)
    sticky = next(c for c in children if "cl-sticky" in c._dom_classes)
    assert children.index(sticky) < children.index(builder.grid)
    assert builder.summary_html in sticky.children


def test_a_comma_in_a_segments_name_stays(customers):
    builder = SegmentBuilder(customers, factors=["age"])
    builder.names[0].value = "Unga, aktiva"
    assert "Unga, aktiva" in builder.summary_html.value
    assert builder.segments[0].name == "Unga, aktiva"


def test_warnings_are_shown(customers):
    builder = SegmentBuilder(customers, factors=["age"])
    builder.controls[1]["age"].value = (84, 84)
    assert "minst 100" in builder.warnings_html.value
    course_lib.set_language("en")
    builder.refresh()
    assert "at least 100" in builder.warnings_html.value


def test_changing_a_factor_keeps_the_segments_on_the_others(world):
    builder = lesson_builder(world)
    before = builder.segments
    sizes = list(builder.result.counts)
    builder.factor_pickers[2].value = "city"  # main interest out, city in
    assert builder.factors == ["age", "urban_rural", "city"]
    assert [s.name for s in builder.segments] == [s.name for s in before]
    for old, new in zip(before, builder.segments, strict=True):
        kept = tuple(c for c in old.rule.conditions() if c.column != "main_interest")
        assert new.rule.conditions() == kept
    assert builder.segments[0].rule == where("age").between(18, 34) & where(
        "urban_rural").is_in(["storstadsområde"])
    assert not any(c == builder.result.base_size for c in builder.result.counts)
    assert builder.controls[0]["age"].value == (18, 34)  # the controls show the same
    # Undo, step by step, back to the lesson's segments.
    builder.controls[0]["age"].value = (20, 34)
    builder.controls[0]["age"].value = (21, 34)  # one drag of one slider: one step
    builder.undo_button.click()
    assert builder.controls[0]["age"].value == (18, 34)
    assert builder.factors == ["age", "urban_rural", "city"]
    builder.undo_button.click()
    assert builder.factors == ["age", "urban_rural", "main_interest"]
    assert builder.segments == before and list(builder.result.counts) == sizes
    assert builder.factor_pickers[2].value == "main_interest"
    assert builder.undo_button.disabled
    assert "ångrad" in builder.status.value


def test_picking_a_chosen_factor_again_swaps_the_two(world):
    builder = lesson_builder(world)
    builder.factor_pickers[0].value = "main_interest"
    assert builder.factors == ["main_interest", "urban_rural", "age"]
    assert len(builder.segments[0].rule.conditions()) == 3  # nothing lost


def test_fewer_segments_then_more_brings_them_back(world):
    builder = lesson_builder(world)
    fifth = builder.segments[4]
    builder.count.value = 3
    assert len(builder.result.counts) == 3
    assert builder.grid.children[4].layout.display == "none"
    builder.count.value = 5
    assert builder.segments[4] == fifth


def test_five_segments_and_a_date_factor(customers):
    builder = SegmentBuilder(customers)
    builder.count.value = 5
    assert len(builder.result.counts) == 5
    builder.factor_pickers[2].value = "last_order_date"
    days = builder.controls[0]["last_order_date"]
    assert [v for _, v in days.options] == [0, *sh.DAY_CHOICES]
    days.value = 30
    assert builder.segments[0].rule.conditions()[-1] == where(
        "last_order_date").within_last_days(30)


def test_starts_from_given_segments_and_keeps_code_ones(customers):
    given = [
        Segment("Unga", where("age").between(18, 29)),
        Segment("Kod", where("age").at_least(60) | where("orders_12m").at_least(6)),
        Segment("Äldre", where("age").at_least(60)),
    ]
    builder = SegmentBuilder(customers, factors=["age"], segments=given)
    assert builder.segments == given
    assert builder.controls[1]["age"].disabled and not builder.controls[0]["age"].disabled
    assert "skrivet i kod" in builder._notes[1].value
    builder.factor_pickers[0].value = "city"  # a code segment stays as written
    assert builder.segments[1] == given[1]


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
    assert [label for label, _ in builder.factor_pickers[0].options[1:]] == ["Ålder", "Stad"]
    assert builder.result.base_size == 200


def test_own_file_numbers_are_swedish_with_round_stops():
    own = load_customer_file(example_file("kunder_exempel.csv"))
    builder = SegmentBuilder(own, factors=["Ålder", "Intresse", "Köpt för (kr)"],
                             mapping=suggest_mapping(own))
    spent = builder.controls[0]["Köpt för (kr)"]
    texts = [text for text, _ in spent.options]
    values = [value for _, value in spent.options]
    assert values[0] == 0 and values[-1] >= own["Köpt för (kr)"].max()
    step = values[1] - values[0]
    assert step in (100, 200, 250, 500, 1000) and all(v % step == 0 for v in values)
    assert "25\xa0500" in texts or "26\xa0000" in texts
    assert not any("e+" in t or "." in t for t in texts)
    shown = builder.numbers_html.value
    assert "e+" not in shown and "2.546" not in shown
    course_lib.set_language("en")
    english = SegmentBuilder(own, factors=["Köpt för (kr)"], mapping=suggest_mapping(own))
    assert "25,500" in [t for t, _ in english.controls[0]["Köpt för (kr)"].options]


def visible_texts(builder) -> list[str]:
    """Every text the builder shows: descriptions, tooltips, options, titles, HTML (as text)."""
    texts = []

    def walk(widget):
        for attribute in ("description", "tooltip", "placeholder"):
            value = getattr(widget, attribute, None)
            if isinstance(value, str) and value:
                texts.append(value)
        texts.extend(str(label) for label in getattr(widget, "_options_labels", ()))
        texts.extend(str(t) for t in getattr(widget, "titles", ()) or ())
        if isinstance(widget, w.HTML) and not widget.value.startswith("<style>"):
            text = re.sub(r"<[^>]+>", " ", widget.value)
            texts.append(html.unescape(text))
            texts.extend(re.findall(r'aria-label="([^"]*)"', widget.value))
        for child in getattr(widget, "children", ()):
            walk(child)

    walk(builder.widget)
    return texts


def _quick_pictures(builder):
    """The pictures' alt text and numbers without drawing them (drawing is what takes time)."""
    from course_lib.segments.plots import profile_table, profiles_alt
    from course_lib.widgets.segment_builder import numbers_html

    def texts_only(result):
        builder.alt_html.value = profiles_alt(result)
        builder.numbers_html.value = numbers_html(profile_table(result))

    builder._painter.request = texts_only


RAW = sorted(COLUMNS["customers"], key=len, reverse=True)


def raw_names_in(texts, allowed=()) -> set[str]:
    """World column names shown as such: snake_case anywhere, or a whole text equal to one."""
    found = set()
    for text in texts:
        for column in RAW:
            if column in allowed:
                continue
            if "_" in column and column in text:
                found.add(column)
            elif text.strip() == column or re.search(rf"(^|[,;(]\s*){column}(?=[:,)]|$)", text):
                found.add(column)
    return found


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_raw_column_name_is_shown(world, language):
    course_lib.set_language(language)
    builder = SegmentBuilder(world)
    _quick_pictures(builder)
    texts = [label for label, _ in builder.factor_pickers[0].options]
    assert len(texts) > 35 and not raw_names_in(texts)
    # Every usable factor, in every shape, with its controls, summary and warnings.
    for column in sh.usable_factors(builder._base):
        builder.factor_pickers[0].value = column
        found = raw_names_in(visible_texts(builder))
        assert not found, (column, found)
    lesson = lesson_builder(world)
    lesson.factor_pickers[2].value = "skr_group"
    assert not raw_names_in(visible_texts(lesson))
    assert any("SKR" in t for t in visible_texts(lesson))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_no_raw_column_name_for_a_learners_file_with_a_mapping(world, language):
    course_lib.set_language(language)
    renamed = {"age": "alder_ar", "city": "kommun_namn", "main_interest": "intresse_1",
               "consent_ads": "ok_annonser"}
    own = world.rename(columns=renamed)[list(renamed.values()) + ["revenue_12m"]]
    mapping = {"alder_ar": "age", "kommun_namn": "city", "intresse_1": "interests",
               "ok_annonser": "consent_ads", "revenue_12m": "revenue_12m"}
    builder = SegmentBuilder(own, mapping=mapping)
    _quick_pictures(builder)
    for factor in sh.usable_factors(builder._base, mapping):
        builder.factor_pickers[0].value = factor
        shown = visible_texts(builder)
        assert not [t for t in shown if any(c in t for c in mapping)], factor
        assert not raw_names_in(shown)
    names = [label for label, _ in builder.consent_picker.options]
    assert names[0] == ("Samtycke till annonser" if language == "sv" else "Consent to ads")


def test_every_control_is_named_for_what_and_which_segment(world):
    builder = lesson_builder(world)
    for i, row in enumerate(builder.controls):
        assert builder.names[i].description == f"Namn, segment {i + 1}"
        for column, control in row.items():
            label = builder._labels[column]
            assert control.description == f"{label}, segment {i + 1}"
    assert [p.description for p in builder.factor_pickers] == ["Faktor 1", "Faktor 2", "Faktor 3"]
    buttons = [builder.undo_button, builder.save_button, builder.export_button]
    assert [b.description for b in buttons] == ["Ångra", "Spara segmenten", "Exportera segmenten"]
    assert all(b.layout.width == "auto" for b in buttons)  # never cut to "Spara segment…"
    assert builder.count.description and builder.platform.description
    assert builder.consent_picker.description == "Kolumn med samtycke till annonser"
    assert builder.show_numbers.description == "Visa siffrorna (andel i procent)"
    assert builder.numbers_html.layout.display == "none"
    builder.show_numbers.value = True
    assert builder.numbers_html.layout.display is None
    course_lib.set_language("en")
    english = lesson_builder(world)
    assert english.controls[1]["age"].description == "Age, segment 2"
    assert english.save_button.description == "Save the segments"


def test_lists_show_every_value_or_say_what_is_chosen(world):
    builder = lesson_builder(world)
    interests = builder.controls[0]["main_interest"]
    assert interests.rows == len(interests.options)  # ten interests, all in view
    builder.factor_pickers[2].value = "city"
    cities = builder.controls[0]["city"]
    assert cities.rows < len(cities.options)
    cities.value = ("Umeå", "Göteborg")
    chosen = builder._chosen[0]["city"].value
    assert "Umeå" in chosen and "Göteborg" in chosen


def test_english_readers_see_english_values(world):
    course_lib.set_language("en")
    builder = lesson_builder(world)
    place = dict(builder.controls[0]["urban_rural"].options)
    assert place["small town and countryside"] == "mindre ort och landsbygd"
    consent = SegmentBuilder(world, factors=["consent_email"])
    assert [t for t, _ in consent.controls[0]["consent_email"].options] == ["no", "yes"]


def test_pictures_say_what_they_show_and_give_the_numbers(world):
    builder = lesson_builder(world)
    alt = builder.profile_alt
    assert alt.startswith("Stapeldiagram") and "störst skillnad mot basen" in alt
    assert "Fiske och jakt på landsbygden" in alt
    numbers = builder.numbers_html.value
    assert 'role="region"' in numbers and 'tabindex="0"' in numbers
    assert re.search(r"<td>\d+,\d</td>", numbers)  # decimal comma


def test_pictures_follow_in_the_background_in_a_kernel(customers):
    builder = SegmentBuilder(customers, factors=["age"])
    builder._painter.live = True  # as in a kernel
    before = builder.profile_image.value
    builder.controls[0]["age"].value = (30, 40)
    assert builder.summary_html.value and builder.profile_image.value == before  # not yet
    assert builder.wait_for_pictures(timeout=30)
    assert builder.profile_image.value != before


@pytest.mark.parametrize("in_kernel", [True, False], ids=["kernel", "script"])
def test_the_first_pictures_are_drawn_once_and_each_change_once_more(customers, monkeypatch,
                                                                       in_kernel):
    """The first look is drawn at once (about a second of CPU), and only once."""
    from course_lib.core import notebook_display

    drawn = []
    paint = SegmentBuilder._paint
    monkeypatch.setattr(notebook_display, "in_kernel", lambda: in_kernel)
    monkeypatch.setattr(SegmentBuilder, "_paint", lambda self, result: (drawn.append(result),
                                                                         paint(self, result)))
    builder = SegmentBuilder(customers, factors=["age"])
    assert builder.wait_for_pictures(timeout=30)
    assert drawn == [builder.result] and builder.profile_image.value
    builder.controls[0]["age"].value = (30, 40)  # in a kernel: drawn in the background
    assert builder.wait_for_pictures(timeout=30)
    assert len(drawn) == 2 and drawn[-1] is builder.result


def test_the_presenter_starts_with_the_lessons_segments(world):
    builder = lesson_builder(world)
    assert builder.segments == lesson_segments()
    assert not builder._fixed  # every one of them is shown by the controls
    assert builder.factors == ["age", "urban_rural", "main_interest"]


def test_lesson_segments_are_those_of_notebook_06(world):
    """Notebook 06 writes them in code for the learner to read; the library keeps a copy."""
    import ast
    import pathlib
    import textwrap

    source = pathlib.Path(__file__).parents[1] / "tools" / "notebook_src" / "06_segments.py"
    cell = next(node.value for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
                and "segments = [" in node.value and "Unga äventyrare" in node.value)
    code = textwrap.dedent(cell[:cell.index("result = evaluate")])
    space = {}
    exec(code, space)  # noqa: S102 - our own notebook source
    assert space["segments"] == lesson_segments()


# ---------------------------------------------------------------- the pure functions


def test_stops_are_round_and_cover_every_value():
    values = np.array([3321.5, 9000.0, 25461.0])
    stops = sh.stops(values)
    assert stops[0] <= values.min() and stops[-1] >= values.max()
    assert len(set(np.diff(stops))) == 1 and 20 <= len(stops) <= 80
    assert sh.stops(np.array([18.0, 84.0])) == list(range(18, 85))
    assert sh.stops(np.array([0.25, 0.75]))[:3] == [0.25, 0.26, 0.27]


@pytest.mark.parametrize("rule", [
    where("age").between(25, 40), where("age").at_least(35), where("age").at_most(29),
    where("city").is_in(["Umeå", "Kiruna"]), where("last_order_date").within_last_days(90),
    where("last_order_date").within_last_days(45),
])
def test_a_condition_survives_the_controls(customers, rule):
    base = course_lib.segments.Base(customers)
    item = sh.factor(base, rule.column)
    item = sh.widened(item, sh.needed_values(item, [Segment("S", rule)]))
    value = sh.control_value(item, rule)
    assert value is not None and sh.condition(item, value) == rule
    assert sh.condition(item, sh.no_condition(item)) is None


def test_keep_factors_drops_only_removed_columns_and_never_code():
    shaped = Segment("A", where("age").at_least(35) & where("city").is_in(["Umeå"]))
    code = Segment("B", where("age").at_least(60) | where("city").is_in(["Umeå"]))
    other = Segment("C", where("income").at_least(5))  # not shown by these factors
    kept = sh.keep_factors([shaped, code, other], ["age", "city"], ["age", "gender"])
    assert kept == [Segment("A", where("age").at_least(35)), code, other]


def test_history_undoes_several_steps_and_skips_repeats():
    history = sh.History(limit=3)
    states = [sh.State((f"f{i}",), 1, ()) for i in range(5)]
    for state in [*states, states[-1]]:
        history.push(state)
    assert len(history) == 3
    assert [history.undo() for _ in range(4)] == [states[4], states[3], states[2], None]


def test_factor_labels_stay_apart_for_one_data_point_twice():
    labels = sh.factor_labels(["Kommun", "Ort"], {"Kommun": "city", "Ort": "city"})
    assert labels == {"Kommun": "Stad (Kommun)", "Ort": "Stad (Ort)"}


def test_the_presenter_switch_marks_large_type():
    from course_lib.widgets.presenter import LARGE, text_size

    box = text_size()
    assert LARGE in box._dom_classes and box.switch.description == "Textstorlek"
    box.switch.value = "normal"
    assert LARGE not in box._dom_classes
    assert [label for label, _ in box.switch.options] == ["Normal", "Stor"]
