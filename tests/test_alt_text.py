"""Every chart the workbook draws says what it shows, in the learner's language, from its data."""

import re

import pytest

import course_lib
from course_lib.core import notebook_display
from course_lib.core.i18n import number
from course_lib.core.plotting import alt_text


@pytest.fixture(scope="module")
def world():
    from course_lib import datasets

    return datasets.load()


def _profiles(world):
    from course_lib.segments import Segment, evaluate, where
    from course_lib.segments.plots import plot_profiles

    segments = [Segment("Unga", where("age").between(18, 34)),
                Segment("Vandrare", where("main_interest").is_in(["vandring"]))]
    return plot_profiles(evaluate(world.customers, segments, factors=["age", "main_interest"]))


def _charts(world):
    """(name, function drawing one chart): every function in course_lib that calls finish()."""
    from course_lib import (
        analytics,
        browser,
        course_map,
        dataplan,
        datatypes,
        privacy_plots,
        sources,
        tracking,
        utm,
    )

    company = sources.company_inventory()
    return {
        "course_map": course_map.course_map,
        "coverage_heatmap": browser.coverage_heatmap,
        "tone_words_chart": lambda: datatypes.tone_words_chart(datatypes.tone_table(world.reviews)),
        "palettes_picture": lambda: datatypes.palettes_picture(world.ad_creatives.head(3), world.images),
        "plot_profiles": lambda: _profiles(world),
        "quiz_spread": privacy_plots.quiz_spread,
        "study_figures": privacy_plots.study_figures,
        "sources.ecosystem_map": lambda: sources.ecosystem_map(company),
        "report_chart (day)": lambda: analytics.report_chart(
            analytics.aggregate_report(world.events, by="day")),
        "report_chart (channel)": lambda: analytics.report_chart(
            analytics.aggregate_report(world.events, by="channel"), "revenue_sek"),
        "identity_map": analytics.identity_map,
        "dataplan.ecosystem_map": lambda: dataplan.ecosystem_map(dataplan.example_plan()),
        "plot_channels": lambda: utm.plot_channels(utm.sessions_per_channel(world.events)),
        "plot_timeline": lambda: tracking.plot_timeline(tracking.customer_journey(world, "C0001998")),
        "plot_data_points": lambda: tracking.plot_data_points(tracking.data_points_per_customer(world)),
    }


KINDS = {"sv": ("Stapeldiagram", "Linjediagram", "Histogram", "Värmekarta", "Schematisk bild",
                "Flödesschema", "Tidslinje", "Bilder"),
         "en": ("Bar chart", "Line chart", "Histogram", "Heat map", "Schematic picture",
                "Flow chart", "Timeline", "Images")}


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_chart_has_alt_text_in_the_learners_language(world, language):
    import inspect
    import pathlib

    import course_lib as package

    course_lib.set_language(language)
    charts = _charts(world)
    alts = {}
    for name, draw in charts.items():
        alt = alt_text(draw())
        assert alt and alt.startswith(KINDS[language]), (name, alt)
        alts[name] = alt
    # Nothing escaped the list: every module that ends a picture with finish() is drawn above.
    root = pathlib.Path(inspect.getfile(package)).parent
    finishing = {p.stem for p in root.rglob("*.py")
                 if re.search(r"return finish\(fig", p.read_text(encoding="utf-8"))}
    assert finishing <= {"course_map", "browser", "datatypes", "plots", "privacy_plots", "ecosystem",
                         "analytics", "picture", "utm", "tracking"}, finishing
    # Swedish alt text reads as Swedish: no English chart words, numbers with decimal comma.
    if language == "sv":
        assert not any(re.search(r"\b(largest|smallest|highest|lowest|chart)\b", a) for a in alts.values())


def test_alt_text_names_the_largest_and_smallest_with_swedish_numbers(world):
    from course_lib import utm

    course_lib.set_language("sv")
    table = utm.sessions_per_channel(world.events)
    alt = alt_text(utm.plot_channels(table))
    top, bottom = table["sessions"].idxmax(), table["sessions"].idxmin()
    assert f"störst {top} {number(table['sessions'].max())}" in alt  # 1 165: a space
    assert f"minst {bottom} {number(table['sessions'].min())}" in alt
    from course_lib import tracking

    alt = alt_text(tracking.plot_data_points(tracking.data_points_per_customer(world)))
    assert re.search(r"\d,\d", alt) and not re.search(r"\d\.\d", alt), alt  # decimal comma


def test_profile_table_holds_the_numbers_of_the_chart(world):
    from course_lib.segments import Segment, evaluate, where
    from course_lib.segments.plots import profile_table

    course_lib.set_language("sv")
    result = evaluate(world.customers, [Segment("Unga", where("age").between(18, 34))],
                      factors=["age", "main_interest"])
    table = profile_table(result)
    assert list(table.index.names) == ["Faktor", "Grupp"]
    assert list(table.columns) == ["Unga (%)", "Hela basen (%)"]
    first = result.profiles["age"]
    assert table.iloc[0, 0] == pytest.approx(100 * first.iloc[0, 0], abs=0.05)
    for factor in table.index.get_level_values(0).unique():  # each factor's groups add up
        assert table.loc[factor].sum().round(0).tolist() == [100.0, 100.0]


def test_a_notebook_gets_the_png_with_its_alt_text_in_the_output_metadata():
    from IPython.core.interactiveshell import InteractiveShell

    from course_lib.core.plotting import finish, style

    shell = InteractiveShell.instance()
    assert notebook_display.install(shell)
    plt = style()
    fig, ax = plt.subplots()
    ax.set_title("Utan alt-text")
    data, metadata = shell.display_formatter.format(finish(fig, alt="Stapeldiagram: test"))
    assert data["image/png"] and data["text/plain"] == "Stapeldiagram: test"
    assert metadata == {"image/png": {"alt": "Stapeldiagram: test"}}
    # A learner's own figure gets at least its title.
    fig, ax = plt.subplots()
    ax.set_title("Mitt diagram")
    course_lib.set_language("sv")
    data, metadata = shell.display_formatter.format(fig)
    assert metadata["image/png"]["alt"] == "Diagram: Mitt diagram"
    plt.close(fig)


def test_install_outside_ipython_does_nothing():
    assert notebook_display.install(object()) is False


def test_a_widget_keeps_its_live_view_and_gains_a_static_description(monkeypatch):
    import ipywidgets as w

    from course_lib.core import widget_text as static

    box = w.VBox([w.Dropdown(options=["Ja", "Nej"], description="Samtycke"), w.Button(description="Spara")])
    data, _ = notebook_display.widget_bundle(box)
    assert "application/vnd.jupyter.widget-view+json" in data
    assert "Samtycke" in data[static.MIME] and "Spara" in data[static.MIME]

    def broken(widget):
        raise RuntimeError("a widget we cannot describe")

    monkeypatch.setattr(static, "describe", broken)
    data, _ = notebook_display.widget_bundle(box)
    assert "application/vnd.jupyter.widget-view+json" in data and static.MIME not in data
