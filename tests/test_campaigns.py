"""The campaign lab: calibrated statistics, a hidden truth that rewards good factors, reach
that respects consent, reproducible draws, and friendly errors."""

from __future__ import annotations

import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

import course_lib
from course_lib import datasets, identity
from course_lib.campaigns import (
    campaign,
    compare_allocation,
    compare_targeting,
    exploration_table,
    first_party_data,
    hidden_effects,
    hidden_lift,
    lift_estimates,
    peek,
    plot_lift,
    plot_peeking,
    plot_rates,
    plot_regret,
    plot_targeting,
    random_audience,
    rate_estimates,
    report,
    run_campaign,
    sample_size,
    save_responses,
    trigger_rules,
    verdict,
)
from course_lib.campaigns import lab as lab_module
from course_lib.campaigns.stats import _crosses, newcombe_interval, wilson_interval
from course_lib.core.errors import CourseError
from course_lib.core.i18n import REGISTRY
from course_lib.core.plotting import alt_text
from course_lib.segments import Segment, where

GOOD = ("age", "urban_rural", "interests")  # the workbook's default three factors
POOR = ("gender", "country", "city_district")  # no effect of their own, no path to one


@pytest.fixture(scope="module")
def world():
    return datasets.load()


@pytest.fixture(scope="module")
def big_world():
    """20,000 customers: enough for a targeted test to show what the factors found."""
    from course_lib.world import generate

    return generate(20_000, seed=7, progress=False)


def _counts(world, test, week):
    c = run_campaign(world, test, week).counts()
    return c["ordered"], c["recipients"], c["clicked"]


# ------------------------------------------------------------------ calibration


def test_lift_intervals_cover_the_hidden_true_lift_95_percent_of_the_time(world):
    rows = []
    for week in range(1, 31):
        truth = float(hidden_lift(world, campaign("cal", ["pris"], control_share=0.5),
                                  week)["lift"].iloc[0])
        for k in range(50):  # another name, another seed: a fresh randomisation and draw
            ordered, n, _ = _counts(world, campaign(f"cal {k}", ["pris"], control_share=0.5),
                                    week)
            rows.append((ordered[0], n[0], ordered[1], n[1], truth))
    a = np.array(rows, dtype=float)
    diff, low, high = newcombe_interval(a[:, 0], a[:, 1], a[:, 2], a[:, 3])
    coverage = np.mean((low <= a[:, 4]) & (a[:, 4] <= high))
    assert 0.93 <= coverage <= 0.97, coverage
    assert abs(diff.mean() - a[:, 4].mean()) < 0.001  # the estimate is unbiased


def test_with_no_true_effect_about_one_test_in_twenty_looks_significant(world):
    # Two variants with the same message: any difference between them is chance.
    hits = {"orders": [], "clicks": []}
    for week in range(1, 21):
        for k in range(50):
            test = campaign(f"aa {k}", {"A": "äventyr", "B": "äventyr"}, control_share=0)
            ordered, n, clicked = _counts(world, test, week)
            for metric, count in (("orders", ordered), ("clicks", clicked)):
                _, low, high = newcombe_interval(count[1], n[1], count[0], n[0])
                hits[metric].append(bool(low > 0 or high < 0))
    for metric, flags in hits.items():
        assert 0.02 <= np.mean(flags) <= 0.09, (metric, np.mean(flags))


def test_lift_estimates_are_newcombe_on_the_counts_and_the_verdict_reads_them(world):
    result = run_campaign(world, campaign("Höst", ["äventyr", "trygghet", "pris"]))
    table = lift_estimates(result)
    c = result.counts()
    diff, low, high = newcombe_interval(c["ordered"][:3], c["recipients"][:3], c["ordered"][3],
                                        c["recipients"][3])
    assert np.allclose(table["lift"], diff) and np.allclose(table["low"], low)
    assert list(table["significant"]) == list((low > 0) | (high < 0))
    text = verdict(result)
    assert "Du jämför 3 varianter" in text and "sample_size" in text
    for name, row in table.iterrows():
        assert name in text
        assert ("kan lita på än" in text) or row["significant"]


def test_wilson_matches_statsmodels_and_the_vectorised_z_test_matches_proportions_ztest():
    from statsmodels.stats.proportion import proportion_confint, proportions_ztest

    low, high = wilson_interval([0, 3, 50], [100, 100, 100])
    for i, k in enumerate([0, 3, 50]):
        assert np.allclose((low[i], high[i]), proportion_confint(k, 100, method="wilson"))
    rng = np.random.default_rng(3)
    for _ in range(200):
        n1, n2 = rng.integers(50, 2000, 2)
        k1, k2 = rng.binomial(n1, 0.05), rng.binomial(n2, 0.05)
        if k1 + k2 == 0:
            continue
        p = proportions_ztest([k1, k2], [n1, n2])[1]
        if abs(p - 0.05) > 1e-9:
            assert bool(_crosses(np.array(k1), n1, np.array(k2), n2, 0.05)) == (p < 0.05)


# ------------------------------------------------------------------ sample size


def test_sample_size_agrees_with_statsmodels_power_solve_and_with_a_simulation():
    from statsmodels.stats.power import NormalIndPower
    from statsmodels.stats.proportion import proportion_effectsize

    n = sample_size(0.02, 0.01)
    effect = proportion_effectsize(0.03, 0.02)
    assert n == int(np.ceil(NormalIndPower().solve_power(effect, alpha=0.05, power=0.8)))
    # The textbook formula for two proportions lands within a few per cent.
    z = 1.959964 + 0.841621
    textbook = z ** 2 * (0.02 * 0.98 + 0.03 * 0.97) / 0.01 ** 2
    assert abs(n / textbook - 1) < 0.05
    # Simulated tests of that size find the difference about 80 % of the time.
    rng = np.random.default_rng(11)
    a, b = rng.binomial(n, 0.02, 4000), rng.binomial(n, 0.03, 4000)
    power = _crosses(b, n, a, n, 0.05).mean()
    assert 0.77 <= power <= 0.83, power
    assert sample_size(0.02, -0.01) > 0 and sample_size(0.02, 0.01, power=0.9) > n


def test_peeking_every_week_finds_false_winners(world):
    table = peek(0.01, 500, weeks=8, runs=4000)
    assert table["significant_this_week"].between(0.03, 0.07).all()
    assert table["significant_so_far"].is_monotonic_increasing
    assert table["significant_so_far"].iloc[-1] > 0.12


# ------------------------------------------------------------------ the hidden truth


def _best_index(effects: pd.DataFrame, factor: str) -> float:
    rows = effects[effects["faktor"] == factor]
    big = rows[rows["kan nås"] >= 0.05 * rows.groupby("tema")["kan nås"].transform("sum")]
    return float(big["index mot alla"].max())


def test_the_truth_rewards_good_factors_and_not_poor_ones(world):
    effects = hidden_effects(world)
    for factor in ("age", "main_interest", "urban_rural", "lifestyle", "budget_or_luxury"):
        assert _best_index(effects, factor) >= 1.4, factor
    for factor in ("gender", "country", "city_district"):
        assert _best_index(effects, factor) <= 1.15, factor
    assert _best_index(effects, "education") <= 1.35  # only along with income
    rules = trigger_rules()
    assert len(rules) >= 10 and rules.iloc[:, -1].gt(1).any()


def test_the_truth_is_the_same_every_time_and_hidden_from_the_customer_table(world):
    first = lab_module.prepare(world).truth
    lab_module._PREPARED.clear()
    again = lab_module.prepare(world).truth
    assert np.array_equal(first.taste, again.taste)
    assert np.array_equal(first.appetite, again.appetite)
    assert not any(c in world.customers.columns for c in ("appetite", "taste"))


def test_weather_and_payday_change_what_works(world):
    payday = hidden_lift(world, campaign("t", ["pris"], send_dates="2025-10-27"))
    mid_month = hidden_lift(world, campaign("t", ["pris"], send_dates="2025-10-13"))
    assert payday["click_rate"].iloc[0] > 1.2 * mid_month["click_rate"].iloc[0]
    winter = hidden_lift(world, campaign("t", ["äventyr"], audience=where("main_interest")
                                         .is_in(["skidåkning"]), send_dates="2025-01-13"))
    summer = hidden_lift(world, campaign("t", ["äventyr"], audience=where("main_interest")
                                         .is_in(["skidåkning"]), send_dates="2025-06-16"))
    assert winter["click_rate"].iloc[0] > summer["click_rate"].iloc[0]


def test_rates_are_realistic(world):
    email = run_campaign(world, campaign("r", ["äventyr", "pris"])).counts()
    n = email["recipients"][:2].sum()
    assert 0.2 <= email["seen"][:2].sum() / n <= 0.4
    assert 0.01 <= email["clicked"][:2].sum() / n <= 0.05
    assert 0.005 <= email["ordered"][:2].sum() / n <= 0.03
    ads = run_campaign(world, campaign("r", ["äventyr", "pris"], channel="meta")).counts()
    assert 0.005 <= ads["clicked"][:2].sum() / ads["seen"][:2].sum() <= 0.02


# ------------------------------------------------------------------ targeting


def test_good_factors_beat_a_random_audience_and_poor_ones_do_not(big_world):
    for date in ("2025-10-06", "2025-03-10", "2025-08-11"):
        good = compare_targeting(big_world, GOOD, send_date=date, weeks=3)
        poor = compare_targeting(big_world, POOR, send_date=date, weeks=3)
        assert good.answer_key["true_index"] >= 1.4, (date, good.chosen)
        assert poor.answer_key["true_index"] <= 1.15, (date, poor.chosen)
        c = good.comparison
        assert c.loc["target", "click_rate"] > c.loc["random", "click_rate"]
        assert c.loc["target", "lift"] > c.loc["random", "lift"]
    assert "klickade den riktade målgruppen" in str(good)
    taught = exploration_table(good, top=5)
    assert list(taught.columns)[:3] == ["faktor", "grupp", "tema"] and len(taught) == 5
    assert good.target[0].reach.reachable == good.random[0].reach.reachable


def test_targeting_uses_the_saved_three_factors(world):
    from course_lib.choices import save_three_factors

    save_three_factors(["gender", "education", "country"])
    result = compare_targeting(world)
    assert set(result.factors) == {"gender", "education", "country"}
    assert result.chosen.column in {"gender", "education"}  # country is everyone


# ------------------------------------------------------------------ reach and consent


def test_email_reaches_only_consenting_customers(world):
    result = run_campaign(world, campaign("e", ["pris"]))
    customers = world.customers
    assert customers["consent_email"].to_numpy()[result.positions].all()
    assert result.reach.reachable == int(customers["consent_email"].sum())
    assert "samtyckt till e-post" in result.note
    ids = set(result.events["user_id"])
    assert ids <= set(customers.loc[customers["consent_email"], "customer_id"])


def test_ads_reach_only_matched_consenting_customers(world):
    customers, users = world.customers, world.platform_users
    matched = (identity.hash_emails(customers["email"]).isin(set(users["hashed_email"].dropna()))
               | identity.hash_phones(customers["phone"]).isin(set(users["hashed_phone"]
                                                                  .dropna()))).to_numpy()
    allowed = customers["consent_ads"].to_numpy() & matched
    for channel in ("meta", "google"):
        result = run_campaign(world, campaign("a", ["pris", "äventyr"], channel=channel))
        assert np.array_equal(np.flatnonzero(allowed), result.positions)
        assert "matchades på plattformen" in result.note
    assert allowed.sum() < customers["consent_ads"].sum()


def test_a_segment_audience_is_cut_to_those_the_channel_reaches(world):
    young = Segment("Unga", where("age").at_most(29))
    result = run_campaign(world, campaign("s", ["pris"], audience=young))
    ages = world.customers["age"].to_numpy()[result.positions]
    assert (ages <= 29).all()
    assert result.reach.audience == int((world.customers["age"] <= 29).sum())
    assert result.reach.reachable < result.reach.audience


def test_a_random_audience_has_the_size_asked_for(world):
    result = run_campaign(world, campaign("r", ["pris"], audience=random_audience(500)))
    assert len(result.positions) == 500 and "500 kunder valdes slumpvis" in result.note


# ------------------------------------------------------------------ reproducible


def test_the_same_campaign_and_week_gives_the_same_result_another_week_a_new_draw(world):
    test = campaign("Höst", ["äventyr", "pris"], control_share=0.3)
    first, again = run_campaign(world, test), run_campaign(world, test)
    pd.testing.assert_frame_equal(first.summary, again.summary)
    pd.testing.assert_frame_equal(first.events, again.events)
    assert not first.summary.equals(run_campaign(world, test, week=2).summary)


def test_the_result_is_the_same_in_a_fresh_python():
    code = ("from course_lib import datasets; from course_lib.campaigns import campaign, "
            "run_campaign; r = run_campaign(datasets.load(), campaign('Höst', ['pris']), "
            "week=3); print(r.counts()['ordered'].tolist(), "
            "round(float(r.revenue.sum()), 2))")
    fresh = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           check=True).stdout
    r = run_campaign(datasets.load(), campaign("Höst", ["pris"]), week=3)
    assert fresh == f"{r.counts()['ordered'].tolist()} {round(float(r.revenue.sum()), 2)}\n"


# ------------------------------------------------------------------ the data it produces


def test_events_are_segment_calls_that_add_up_to_the_summary(world):
    from course_lib.world.files import render_events

    result = run_campaign(world, campaign("Höst", ["äventyr", "pris"], send_dates=[
        "2025-10-06", "2025-10-09"]))
    events = result.events
    c = result.counts()
    treated = int(c["recipients"][:-1].sum())
    counts = events["event"].value_counts()
    assert counts["Email Delivered"] == 2 * treated  # one per send date
    assert counts["Order Completed"] == int(c["ordered"].sum())
    assert events["user_id"][events["event"] == "Email Link Clicked"].nunique() == \
        int(c["clicked"].sum())
    assert events["timestamp"].is_monotonic_increasing
    calls = render_events(events.head(50), world.customers)
    assert {call["type"] for call in calls} <= {"track", "page"}
    assert all(call["userId"].startswith("C") for call in calls)
    tagged = events[events["utm_campaign"].notna()]
    assert set(tagged["utm_content"].dropna()) <= {"äventyr", "pris"}


def test_first_party_data_says_who_clicked_which_theme(world):
    one = run_campaign(world, campaign("a", ["äventyr", "pris"]))
    two = run_campaign(world, campaign("b", ["hållbarhet", "pris"]), week=2)
    data = first_party_data(one, two)
    assert data["clicked_price"].sum() == int(one.counts()["clicked"][1]
                                               + two.counts()["clicked"][1])
    assert set(data.columns) == {f"{k}_{t}" for k in ("sent", "clicked")
                                 for t in ("adventure", "sustainability", "price")}
    path = save_responses(one)
    assert path.parent.name == "campaigns" and path.read_text(encoding="utf-8").startswith(
        "customer_id,")


# ------------------------------------------------------------------ adaptive allocation


def test_thompson_sampling_loses_fewer_clicks_than_a_fixed_split(world):
    test = campaign("Dynamisk", ["äventyr", "trygghet", "hållbarhet", "pris"])
    table = compare_allocation(world, test, weeks=8)
    end = table.xs(8, level="week")
    assert end.loc["thompson", "cumulative_regret"] < end.loc["fixed", "cumulative_regret"]
    shares = table.groupby(level="strategy")["losing_share"].mean()
    assert shares["thompson"] < shares["fixed"]
    everyone = int(world.customers["consent_email"].sum())
    assert (table.filter(like="sends_").sum(axis=1) == everyone).all()


# ------------------------------------------------------------------ pictures and words


def test_pictures_have_alt_text_made_from_the_data_in_the_learners_language(world, big_world):
    from course_lib.core.i18n import number, percent

    result = run_campaign(world, campaign("Höst", ["äventyr", "pris"]))
    rates, lifts = rate_estimates(result), lift_estimates(result)
    alt = alt_text(plot_rates(result))
    assert all(percent(v, 1) in alt for v in rates[["rate", "low", "high"]].to_numpy().ravel())
    alt = alt_text(plot_lift(result))
    assert all(number(100 * v, 2).lstrip("-") in alt for v in lifts["lift"])
    assert "ifylld punkt" in alt and "kontrollgruppen" in alt
    table = peek(runs=200)
    assert percent(table["significant_so_far"].iloc[-1]) in alt_text(plot_peeking(table))
    regret = compare_allocation(world, campaign("x", ["äventyr", "pris"]), 3)
    end = regret.xs(3, level="week")["cumulative_regret"]
    assert all(number(v) in alt_text(plot_regret(regret)) for v in end)
    targeted = compare_targeting(big_world, GOOD)
    assert number(100 * targeted.comparison["lift"].iloc[0], 2) in alt_text(
        plot_targeting(targeted))
    course_lib.set_language("en")
    alt = alt_text(plot_rates(result))
    assert "Dot plot of the share who ordered" in alt and percent(rates["rate"].iloc[0], 1) in alt


def test_the_report_has_every_part_of_a_well_kept_experiment_report(world):
    result = run_campaign(world, campaign("Höst", ["äventyr", "pris"]))
    page = report(result)._repr_html_()
    for part in ("95 % intervall", "ökning", "behövs per grupp", "Slutsats", "peek"):
        assert part in page, part
    course_lib.set_language("en")
    assert "Test report" in str(report(result)) and "per group" in report(result)._repr_html_()


def test_every_campaign_text_exists_in_both_languages():
    owners = [o for o in REGISTRY if o.startswith("course_lib.campaigns")]
    assert len(owners) >= 7
    for owner in owners:
        for key, texts in REGISTRY[owner].items():
            assert set(texts) == {"sv", "en"} and all(texts.values()), (owner, key)


# ------------------------------------------------------------------ friendly errors


@pytest.mark.parametrize("make, swedish, english", [
    (lambda: campaign("x", []), "inga budskap", "no messages"),
    (lambda: campaign("x", ["pris"], control_share=1.5), "Kontrollgruppens andel",
     "control group's share"),
    (lambda: campaign("x", ["pris"], channel="tiktok"), "ingen kanal", "not a channel"),
    (lambda: campaign("x", ["glädje"]), "inget budskapstema", "not a message theme"),
    (lambda: campaign("x", ["pris"] * 5), "Högst 4 varianter", "At most 4 variants"),
    (lambda: campaign("x", ["pris"], send_dates="igår"), "inget datum", "not a date"),
    (lambda: random_audience(0), "minst 2", "at least 2"),
])
def test_bad_campaigns_get_a_course_error_in_the_learners_language(make, swedish, english):
    with pytest.raises(CourseError, match=swedish):
        make()
    course_lib.set_language("en")
    with pytest.raises(CourseError, match=english):
        make()


def test_bad_runs_get_a_course_error_in_the_learners_language(world):
    nobody = campaign("x", ["pris"], audience=where("age").at_least(200))
    with pytest.raises(CourseError, match="har inga kunder"):
        run_campaign(world, nobody)
    with pytest.raises(CourseError, match="bara 1 852 kan nås|bara 1\u00a0852 kan nås"):
        run_campaign(world, campaign("x", ["pris"], audience=random_audience(5000)))
    with pytest.raises(CourseError, match="Veckan"):
        run_campaign(world, campaign("x", ["pris"]), week=0)
    with pytest.raises(CourseError, match="kan inte klicka"):
        lift_estimates(run_campaign(world, campaign("x", ["pris"])), "clicks", "kontrollgrupp")
    with pytest.raises(CourseError, match="Utgångsläget"):
        sample_size(1.5, 0.01)
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="has no customers"):
        run_campaign(world, nobody)
