"""The campaign lab widget without a browser: set the controls, press Run, read what is shown.

Also the pure functions behind it (course_lib.campaigns.panel), without any widget."""

from __future__ import annotations

import html
import inspect
import re

import ipywidgets as w
import numpy as np
import pytest

import course_lib
from course_lib import datasets
from course_lib.campaigns import run_campaign
from course_lib.campaigns.panel import (
    RANDOM,
    LabSettings,
    audience_choices,
    campaign_from,
    run_lab,
)
from course_lib.core.errors import CourseError
from course_lib.core.i18n import get_language, percent
from course_lib.core.widget_text import describe
from course_lib.segments import Segment, save_segments, where
from course_lib.segments.lesson import lesson_segments
from course_lib.widgets import CampaignLab, campaign_lab


@pytest.fixture(scope="module")
def world():
    return datasets.load()


def controls(lab: CampaignLab) -> list:
    """Every control in the widget's tree (not texts or boxes)."""
    found = []

    def walk(widget):
        if isinstance(widget, w.Box):
            for child in widget.children:
                walk(child)
        elif isinstance(widget, w.DOMWidget) and not isinstance(widget, w.HTML | w.Label
                                                                | w.HTMLMath | w.Image):
            found.append(widget)

    walk(lab.widget)
    return found


def choose(lab: CampaignLab, audience="lesson:1", channel="email",
           themes=("adventure", "price"), control=0.2, week=1, size=None):
    lab.audience.value = audience
    lab.channel.value = channel
    for theme, box in lab.themes.items():
        box.value = theme in themes
    lab.control_share.value = control
    lab.week.value = week
    if size is not None:
        lab.random_size.value = size


# ---------------------------------------------------------------- names and languages


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_control_has_a_description_in_the_learners_language(world, language):
    lab = campaign_lab(world, language)
    found = controls(lab)
    assert len(found) == 10  # audience, size, channel, four themes, control share, week, Run
    for control in found:
        assert control.description.strip(), control
        assert not getattr(control, "icon", ""), control  # no icon glyph in the name
    other = campaign_lab(world, "en" if language == "sv" else "sv")
    # Every label is translated (the themes' names and messages too), except none.
    for mine, theirs in zip(found, controls(other), strict=True):
        assert mine.description != theirs.description, mine.description
    # Choices: labels in the language, no None value (a dropdown may then show blank).
    assert all(value is not None and value != "" for _, value in lab.audience.options)
    assert [label for label, _ in lab.channel.options][0] == {"sv": "e-post", "en": "e-mail"}[
        language]
    # The control group's readout is written the learner's way.
    assert lab.control_share.label == {"sv": "20\xa0%", "en": "20%"}[language]
    assert isinstance(lab.channel, w.RadioButtons)  # radio buttons announce which is chosen
    assert get_language() == "sv"  # making an English widget leaves the notebook's language


def test_exported_with_a_stable_signature():
    import course_lib.widgets as widgets

    assert widgets.campaign_lab is campaign_lab and callable(campaign_lab)
    params = inspect.signature(campaign_lab).parameters
    assert list(params) == ["world", "language"]
    assert all(p.default is None for p in params.values())


def test_static_description_names_every_control(world):
    lab = campaign_lab(world)
    text = describe(lab.widget)
    for label in ("Målgrupp", "Kanal", "äventyr", "Kontrollgrupp, andel", "Vecka", "Kör kampanjen",
                  "Lektionens segment: Fjällvandrare 35+", "20\xa0%"):
        assert label in text, label
    assert "<script" not in text and "<input" not in text
    # An example result on the lesson's first segment: reach, verdict, pictures with alt text.
    assert "Exempel: resultatet med valen ovan" in text and "Unga och aktiva i storstan" in text
    assert "Slutsats" in text and "har samtyckt till e-post" in text
    assert len(re.findall(r'<img alt="[^"]+" src="data:image/png;base64,', text)) == 2
    assert "Inget resultat än" not in text
    assert describe(lab.widget) == text  # the same every time (the notebook's output is stable)
    assert lab.outcome is None  # describing runs nothing the learner sees


def test_static_description_through_the_notebook_display(world):
    from course_lib.core.notebook_display import widget_bundle
    from course_lib.core.widget_text import MIME

    save_segments([Segment("Mina vandrare", where("main_interest").is_in(["vandring"]))])
    lab = campaign_lab(world, "en")
    data, _ = widget_bundle(lab.widget)
    assert "application/vnd.jupyter.widget-view+json" in data
    assert "Example: the result of the choices above" in data[MIME]
    assert "Unga och aktiva i storstan" in data[MIME]  # not the learner's own segment


# ---------------------------------------------------------------- running


def test_run_gives_the_same_numbers_as_run_campaign(world):
    lab = campaign_lab(world)
    choose(lab, audience="lesson:1", themes=("adventure", "safety", "price"), control=0.3, week=3)
    lab.run_button.click()
    outcome = lab.outcome
    assert outcome is not None
    expected = run_campaign(world, campaign_from(lab.settings(), lab.choices), 3)
    for key, values in expected.counts().items():
        np.testing.assert_array_equal(outcome.result.counts()[key], values)
    # What the learner reads: the headline, the reach and why, a rate, the verdict.
    shown = lab.shown_text
    live = re.sub(r"<[^>]+>", " ", lab.live.value)
    assert "Vecka 3: Fjällvandrare 35+ via e-post" in live
    assert "har samtyckt till e-post" in live
    assert "Slutsats" in live and "per grupp" in live  # "du skulle behöva ungefär N per grupp"
    counts = expected.counts()
    rate = percent(counts["ordered"][0] / counts["recipients"][0], 1)
    assert f"äventyr: {rate} köpte" in shown
    assert "95 % intervall" in shown
    assert "jämfört med kontrollgruppen" in shown
    # Both pictures, each with an alt text made from the data.
    alts = re.findall(r'<img alt="([^"]+)"', lab.pictures.value)
    assert len(alts) == 2 and "Punktdiagram" in alts[0] and "ökningen i köp" in alts[1]
    assert rate in alts[0]


def test_same_settings_same_result_and_a_new_week_is_a_new_draw(world):
    lab = campaign_lab(world)
    choose(lab, audience="lesson:4", themes=("sustainability", "price"), week=2)
    lab.run_button.click()
    first = lab.shown_text
    again = campaign_lab(world)
    choose(again, audience="lesson:4", themes=("sustainability", "price"), week=2)
    again.run_button.click()
    assert again.shown_text == first
    again.week.value = 3
    again.run_button.click()
    assert again.shown_text != first
    assert not np.array_equal(again.outcome.result.counts()["ordered"],
                              lab.outcome.result.counts()["ordered"]) or \
        not np.array_equal(again.outcome.result.group, lab.outcome.result.group)


def test_the_same_draw_in_swedish_and_english(world):
    labs = {lang: campaign_lab(world, lang) for lang in ("sv", "en")}
    for lab in labs.values():
        choose(lab, audience="lesson:0", themes=("adventure", "safety"), week=5)
        lab.run_button.click()
    sv, en = (labs[k].outcome.result.counts() for k in ("sv", "en"))
    for key in sv:
        np.testing.assert_array_equal(sv[key], en[key])
    assert "Week 5:" in labs["en"].live.value and "Verdict" in labs["en"].live.value
    assert "adventure:" in labs["en"].shown_text and "äventyr" not in labs["en"].shown_text
    assert get_language() == "sv"


def test_email_reaches_only_customers_who_consented(world):
    lab = campaign_lab(world)
    choose(lab, audience="everyone", channel="email")
    lab.run_button.click()
    customers = world.customers
    positions = lab.outcome.result.positions
    assert customers["consent_email"].to_numpy()[positions].all()
    assert len(positions) == int(customers["consent_email"].sum())


def test_ads_reach_only_customers_who_consented_to_ads(world):
    lab = campaign_lab(world)
    choose(lab, audience="lesson:4", channel="meta")
    lab.run_button.click()
    assert lab.outcome is not None
    assert world.customers["consent_ads"].to_numpy()[lab.outcome.result.positions].all()
    assert "samtyckt till annonser" in lab.live.value


def test_a_random_audience_of_the_chosen_size(world):
    lab = campaign_lab(world)
    assert lab.random_size.disabled
    choose(lab, audience=RANDOM, size=400)
    assert not lab.random_size.disabled
    lab.run_button.click()
    assert int(lab.outcome.result.counts()["recipients"].sum()) == 400
    assert "400 slumpvis valda" in lab.live.value


# ---------------------------------------------------------------- friendly errors


def _error(lab) -> str:
    text = html.unescape(re.sub(r"<[^>]+>", "", lab.live.value))
    assert lab.outcome is None and "⚠️" in text, text
    assert "Traceback" not in text and "Error" not in text
    assert lab.details.value == "" and lab.pictures.value == ""
    return text


def test_errors_show_as_one_friendly_sentence(world):
    empty = Segment("Ingen alls", where("age").between(150, 160))
    no_consent = Segment("Utan samtycke", where("consent_email").is_in([False]))
    lab = CampaignLab(world, saved=[empty, no_consent])
    choose(lab, audience="saved:0")
    lab.run_button.click()
    assert "har inga kunder" in _error(lab)
    assert "Vidga villkoren" in _error(lab)  # the hint too
    choose(lab, audience="saved:1")
    lab.run_button.click()
    assert "ingen har samtyckt till e-post" in _error(lab)
    choose(lab, audience=RANDOM, size=2)  # 2 customers for two variants and a control group
    lab.run_button.click()
    assert "för få för 3 grupper" in _error(lab)
    choose(lab, audience=RANDOM, size=len(world.customers))
    lab.run_button.click()
    assert "bara 1\xa0852 kan nås" in _error(lab)
    choose(lab, audience="lesson:0", themes=("price",))
    lab.run_button.click()
    assert "Välj minst 2 budskap" in _error(lab)
    assert not lab.run_button.disabled  # the button answers again after an error
    choose(lab, audience="lesson:0", themes=("price", "safety"))
    lab.run_button.click()
    assert lab.outcome is not None and "⚠️" not in lab.live.value


def test_errors_in_english(world):
    lab = CampaignLab(world, language="en", saved=[Segment("Nobody", where("age").at_least(150))])
    choose(lab, audience="saved:0")
    lab.run_button.click()
    assert "has no customers" in _error(lab) and "could not run" in _error(lab)


# ---------------------------------------------------------------- saved segments


def test_saved_segments_come_first(world):
    save_segments([Segment("Mina vandrare", where("main_interest").is_in(["vandring"]))])
    lab = campaign_lab(world)
    assert lab.audience.options[0] == ("Ditt sparade segment: Mina vandrare", "saved:0")
    assert lab.audience.value == "saved:0"
    names = [label for label, _ in lab.audience.options]
    assert [f"Lektionens segment: {s.name}" for s in lesson_segments()] == names[1:6]
    lab.run_button.click()
    assert "Mina vandrare" in lab.live.value


def test_a_broken_saved_file_is_said_and_the_lab_still_works(world):
    from course_lib.core.paths import work_dir

    work_dir().mkdir(parents=True, exist_ok=True)
    (work_dir() / "segments.json").write_text("{not json", encoding="utf-8")
    lab = campaign_lab(world)
    assert "⚠️" in lab.live.value and "segments.json" in lab.live.value
    assert lab.audience.value == "everyone"
    lab.run_button.click()
    assert lab.outcome is not None


# ---------------------------------------------------------------- the pure functions


def test_campaign_from_settings_checks_what_the_learner_chose(world):
    choices = audience_choices(saved=[])
    test = campaign_from(LabSettings("lesson:1", "google", ("price", "adventure"), 0.1), choices)
    assert test.channel == "google" and test.control_share == 0.1
    assert test.themes == ("adventure", "price")  # in the list's order, whatever the clicks
    assert test.audience == lesson_segments()[1]
    with pytest.raises(CourseError, match="Välj minst 2"):
        campaign_from(LabSettings("lesson:1", themes=()), choices)
    with pytest.raises(CourseError, match="finns inte bland valen"):
        campaign_from(LabSettings("saved:7"), choices)
    with pytest.raises(CourseError, match="Kontrollgruppens andel"):
        campaign_from(LabSettings("lesson:1", control_share=0.95), choices)
    # The same settings make the same campaign in either language.
    course_lib.set_language("en")
    assert campaign_from(LabSettings("lesson:1", "google", ("price", "adventure"), 0.1),
                         audience_choices(saved=[])) == test


def test_run_lab_speaks_the_language_asked_for(world):
    choices = audience_choices(saved=[], language="en")
    outcome = run_lab(world, LabSettings("lesson:1", week=2), choices, "en")
    assert outcome.headline.startswith("Week 2: Fjällvandrare 35+ through e-mail")
    assert outcome.rate_lines[0].startswith("adventure:") and "ordered" in outcome.rate_lines[0]
    assert any("per group" in line for line in outcome.verdict_lines)
    assert "consented to e-mail" in outcome.note
    assert get_language() == "sv"
    with pytest.raises(CourseError, match="Veckan"):
        run_lab(world, LabSettings("lesson:1", week=53), choices)


def test_a_test_without_any_orders_says_so_instead_of_a_size(world):
    """The lesson's fifth segment, week 3: a small test where nobody orders. No "about – per
    group to see 0,00 points", no bare None in the table."""
    lab = campaign_lab(world)
    choose(lab, audience="lesson:4", week=3)
    lab.run_button.click()
    assert int(lab.outcome.result.counts()["ordered"].sum()) == 0
    assert "Ingen i grupperna har köpt än" in lab.live.value and "pröva en större målgrupp" in \
        lab.live.value
    assert "ungefär –" not in lab.shown_text and "None" not in lab.shown_text


def test_a_segment_on_columns_the_world_lacks_and_a_bug_of_ours_are_said(world, monkeypatch):
    own = Segment("Kundklubb guld", where("kundklubb").is_in(["guld"]))  # from their own file
    lab = CampaignLab(world, saved=[own])
    lab.run_button.click()
    assert "Kolumnen 'kundklubb' finns inte" in _error(lab)

    def broken(*args, **kwargs):
        raise ZeroDivisionError("division by zero")

    from course_lib.campaigns import panel

    monkeypatch.setattr(panel, "run_lab", broken)
    choose(lab, audience="lesson:1")
    lab.run_button.click()
    text = re.sub(r"<[^>]+>", "", lab.live.value)
    assert "Något oväntat gick fel i arbetsboken (ZeroDivisionError)" in text
    assert lab.outcome is None and not lab.run_button.disabled


def test_a_segment_is_compared_with_a_random_audience_of_the_same_size(world):
    lab = campaign_lab(world)
    choose(lab, audience="lesson:1")
    lab.run_button.click()
    assert lab.outcome.reachable == 516
    assert "Jämför med slumpen: välj ”Slumpvis valda kunder (för jämförelse)” med 516 kunder" \
        in lab.details.value
    lab.audience.value = RANDOM  # the size follows the segment just run
    assert lab.random_size.value == 516
    lab.run_button.click()
    assert int(lab.outcome.result.counts()["recipients"].sum()) == 516
    assert "Jämför med slumpen" not in lab.details.value


def test_a_changed_choice_says_the_result_is_for_the_earlier_choices(world):
    lab = campaign_lab(world)
    lab.week.value = 2
    assert lab.stale.value == ""  # no result yet: nothing to be out of date
    lab.run_button.click()
    assert lab.stale.value == ""
    lab.week.value = 3
    assert "Du har ändrat valen" in lab.stale.value
    lab.week.value = 2  # back to what was run
    assert lab.stale.value == ""
    lab.themes["safety"].value = True
    assert "Du har ändrat valen" in lab.stale.value
    lab.run_button.click()
    assert lab.stale.value == ""


def test_the_lab_starts_with_a_saved_segment_or_else_everyone_it_reaches():
    from course_lib.campaigns.panel import EVERYONE, audience_choices, first_audience
    from course_lib.segments.lesson import lesson_segments

    assert first_audience(audience_choices(saved=[], language="sv")) == EVERYONE
    mine = lesson_segments()[:1]
    assert first_audience(audience_choices(saved=mine, language="sv")) == "saved:0"
