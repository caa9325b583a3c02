"""Notebook 08, "Test and learn": the trigger found in the weather, the answers as first-party
data in the learner's words, the teacher's view of the hidden truth, and the notebook's own
campaign kept equal to the one its exercises read."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

import course_lib
from course_lib import datasets
from course_lib.campaigns import (
    campaign,
    compare_targeting,
    first_party_data,
    first_party_table,
    hidden_index,
    run_campaign,
    run_weeks,
    targeting_truth,
    trigger_split,
)
from course_lib.core.errors import CourseError
from course_lib.lessons import l08
from course_lib.segments import where

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "tools" / "notebook_src" / "08_test_and_learn.py"


@pytest.fixture(scope="module")
def world():
    return datasets.load()


@pytest.fixture(scope="module")
def rainy_autumn(world):
    return run_weeks(world, campaign("Regnväder", ["trygghet"], control_share=0.0,
                                     send_dates="2025-09-29"), 10)


# ------------------------------------------------------------------ a trigger in the weather


def test_rain_is_found_as_a_trigger_for_safety_most_of_all_among_weather_people(world,
                                                                                rainy_autumn):
    split = trigger_split(world, rainy_autumn, "rain", by="trigger_weather")
    diffs = split.differences
    assert diffs["significant"].all() and (diffs["diff"] > 0).all()
    fans, others = diffs.index  # those who said the weather decides come first
    assert fans.endswith(": ja") and others.endswith(": nej")
    assert diffs.loc[fans, "diff"] > diffs.loc[others, "diff"]
    sends = sum(int((r.group < len(r.campaign.variants)).sum()) for r in rainy_autumn)
    assert split.data["sends"].sum() == sends  # every send in exactly one pile
    assert split.data["clicks"].sum() == sum(int(r.clicked.sum()) for r in rainy_autumn)
    assert "En trigger vi kan lita på." in str(split)


def test_rain_does_not_move_a_message_it_has_nothing_to_do_with(world):
    price = run_weeks(world, campaign("Pris i regn", ["pris"], control_share=0.0,
                                      send_dates="2025-09-29"), 10)
    (row,) = trigger_split(world, price, "regn").differences.itertuples()
    assert row.low < 0 < row.high


def test_the_split_speaks_the_learners_language(world, rainy_autumn):
    course_lib.set_language("en")
    split = trigger_split(world, rainy_autumn[:2], "rain")
    table = split.table()
    assert list(table.columns) == ["sends", "clicks", "click rate", "95% interval, from",
                                   "95% interval, to"]
    assert [day for _, day in table.index] == ["with rain", "without rain"]
    assert "clicked with rain" in str(split) and "<li>" in split._repr_html_()


@pytest.mark.parametrize("call, words", [
    (lambda w, r: trigger_split(w, r, "hagel"), "ingen trigger"),
    (lambda w, r: trigger_split(w, [], "rain"), "minst ett kampanjresultat"),
    (lambda w, r: trigger_split(w, r, "rain", by="skonummer"), "ingen kolumn"),
    (lambda w, r: run_weeks(w, r[0].campaign, 0), "veckor"),
])
def test_mistakes_get_a_friendly_sentence(world, rainy_autumn, call, words):
    with pytest.raises(CourseError, match=words):
        call(world, rainy_autumn)


# ------------------------------------------------------------------ first-party data


def test_first_party_table_names_themes_the_learners_way_and_puts_clickers_first(world):
    result = run_campaign(world, l08.autumn_test())
    data = first_party_data(result)
    table = first_party_table(data, top=None)
    assert list(table.columns) == ["utskick: äventyr", "utskick: trygghet", "utskick: pris",
                                   "klick: äventyr", "klick: trygghet", "klick: pris"]
    assert table.index.name == "kund" and len(table) == len(data)
    clicks = table.filter(like="klick").sum(axis=1).to_numpy()
    assert np.all(np.diff(clicks) <= 0)
    assert int(clicks.sum()) == int(result.clicked.sum())
    assert len(first_party_table(data)) == 5


def test_an_audience_rule_is_said_with_the_columns_names(world):
    result = run_campaign(world, l08.autumn_test())
    assert "Huvudintresse är vandring" in result.note and "main_interest" not in result.note


# ------------------------------------------------------------------ the teacher's view


def test_hidden_index_shows_real_factors_far_from_one_and_empty_ones_near_it(world):
    table = hidden_index(world, ["main_interest", "gender", "country"])
    assert list(table.columns) == ["äventyr", "trygghet", "hållbarhet", "pris"]
    interest = table.loc["Huvudintresse"]
    assert interest.to_numpy().max() > 1.8 and interest.to_numpy().min() < 0.7
    assert np.allclose(table.loc["Land"].to_numpy(), 1.0)
    assert np.all(np.abs(table.loc["Kön"].to_numpy() - 1) < 0.3)


def test_targeting_truth_says_good_factors_beat_chance_and_poor_ones_do_not(world):
    good = targeting_truth(compare_targeting(world, ["age", "urban_rural", "interests"], weeks=2))
    poor = targeting_truth(compare_targeting(world, ["gender", "education", "country"], weeks=2))
    lift = "sann ökning av köp"
    assert good[lift].iloc[0] > 1.3 * good[lift].iloc[1]
    assert abs(poor[lift].iloc[0] / poor[lift].iloc[1] - 1) < 0.1


# ------------------------------------------------------------------ the notebook and its exercises


def test_the_notebooks_october_campaign_is_the_one_its_exercises_read():
    text = SOURCE.read_text(encoding="utf-8")
    cell = re.search(r'outdoor = where\(.*?\n\s*result = run_campaign', text, re.S).group(0)
    names = {"where": where, "campaign": campaign}
    exec(re.sub(r"\n\s*result = run_campaign$", "", cell).replace("\n        ", "\n"), names)
    assert names["test"] == l08.autumn_test()


def test_the_hidden_truth_is_only_in_the_answer_key(tmp_path):
    subprocess.run([sys.executable, str(ROOT / "tools" / "build_notebooks.py"), "08",
                    "--no-execute", "--edition", "answers", "--out", str(tmp_path)],
                   check=True, capture_output=True)
    for language, slug in (("sv", "08-testa-oss-fram"), ("en", "08-test-and-learn")):
        answers = (tmp_path / language / f"{slug}.ipynb").read_text(encoding="utf-8")
        student = (ROOT / "notebooks" / language / f"{slug}.ipynb").read_text(encoding="utf-8")
        for call in ("trigger_rules()", "hidden_index(world", "targeting_truth(targeting)"):
            assert call in answers and call not in student
        cells = json.loads(answers)["cells"]
        teacher = [c for c in cells if "answer-key" in c["metadata"].get("tags", [])]
        assert len(teacher) == 7


# ------------------------------------------------------------------ the same draw in both languages


def test_a_campaign_draws_the_same_customers_in_swedish_and_english(world):
    """The English notebook shows the Swedish one's numbers: a variant given by its theme
    gets a default text in the learner's language, and the workbook's own campaign names
    (exploration, targeted, random) are translated, but none of that changes the draw."""
    drawn = {}
    for language in ("sv", "en"):
        course_lib.set_language(language)
        october = run_campaign(world, l08.autumn_test()).counts()
        targeting = compare_targeting(world, ["age", "urban_rural", "interests"], weeks=2)
        dynamic = campaign("Dynamiskt", ["adventure", "price"], channel="meta")
        from course_lib.campaigns import compare_allocation

        regret = compare_allocation(world, dynamic, weeks=3)["cumulative_regret"]
        drawn[language] = (october["ordered"].tolist(), october["clicked"].tolist(),
                           targeting.comparison["lift"].round(9).tolist(),
                           regret.round(9).tolist())
    assert drawn["sv"] == drawn["en"]


def test_a_verdict_with_no_orders_in_either_group_says_so_instead_of_a_dash(world):
    from course_lib.campaigns import verdict

    test = campaign("Höstkampanj", ["äventyr", "trygghet", "pris"], audience=where(
        "main_interest").is_in(l08.OUTDOOR), control_share=0.2)
    first = verdict(run_campaign(world, test)).splitlines()[0]
    assert first.startswith("äventyr: ingen skillnad") and "Ingen i grupperna har köpt än" in first
    assert "–" not in first and "0,00 procentenheter." not in first


def test_the_example_plans_test_is_the_october_campaign_as_the_notebook_reads_it(world):
    from course_lib.campaigns import lift_estimates, sample_size
    from course_lib.dataplan import example_plan

    test = example_plan().test
    assert test.sample_size == sample_size(0.01, 0.005) == test.needed()
    row = lift_estimates(run_campaign(world, l08.autumn_test())).loc["trygghet"]
    assert f"+{100 * row['lift']:.2f}".replace(".", ",") in test.finding
    assert f"{100 * row['low']:.2f}".replace(".", ",") in test.finding
    assert f"+{100 * row['high']:.2f}".replace(".", ",") in test.finding
