"""Every number an exercise's solution states is checked against an independent computation.

The exercises compute their answers with the workbook's own functions; here each one is counted
again straight from the committed data files with plain pandas, so a bug in the library, a
changed world or a stale solution text fails here. Only the files and the lesson's definitions
are shared, never the code under test.
"""

import hashlib
import json
import re
import tomllib

import pandas as pd
import pytest

from course_lib.core.paths import data_dir
from course_lib.lessons import exercise_by_id

WORLD = data_dir() / "world"


@pytest.fixture(scope="module")
def customers():
    return pd.read_csv(WORLD / "customers.csv", dtype=str)


@pytest.fixture(scope="module")
def events():
    return pd.DataFrame(json.loads(line) for line in
                        (WORLD / "events.jsonl").read_text(encoding="utf-8").splitlines())


def _stated(exercise_id: str, language: str = "sv") -> str:
    return exercise_by_id(exercise_id).solution_text[language]


def _bold_numbers(text: str) -> list[float]:
    return [float(n.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
            for n in re.findall(r"\*\*([\d][\d \u00a0.,]*)\*\*", text)]


def test_00_q1_psychographic_data_points():
    catalog = tomllib.loads((data_dir() / "catalog.toml").read_text(encoding="utf-8"))
    count = sum(1 for point in catalog["data_points"] if point["dimension"] == "psychographic")
    assert exercise_by_id("00.q1").expected_value() == count
    assert count in _bold_numbers(_stated("00.q1")) and f"answer_1 = {count}" in _stated("00.q1")


def test_01_q5_sessions_from_the_newsletter(events):
    # GA4's Email channel: the source or the medium is one of these words (Google's rule).
    email = events["context"].map(lambda c: (c or {}).get("campaign", {}) or {})
    medium = email.map(lambda c: str(c.get("medium", "")).lower())
    source = email.map(lambda c: str(c.get("source", "")).lower())
    words = {"email", "e-mail", "e_mail", "e mail"}
    sessions = events.loc[medium.isin(words) | source.isin(words), "context"].map(
        lambda c: c["sessionId"])
    assert exercise_by_id("01.q5").expected_value() == sessions.nunique()


def test_02_q1_orders_of_one_customer(events):
    completed = events[(events["event"] == "Order Completed") & (events["userId"] == "C0002930")]
    count = len(completed)
    assert exercise_by_id("02.q1").expected_value() == count
    assert count in _bold_numbers(_stated("02.q1"))


def test_03_q4_email_match_rate(customers):
    platform = pd.read_csv(WORLD / "platform_users.csv", dtype=str)
    ours = customers["email"].dropna().str.strip().str.lower().map(
        lambda e: hashlib.sha256(e.encode()).hexdigest())
    rate = ours.isin(set(platform["hashed_email"].dropna())).mean()
    assert exercise_by_id("03.q4").expected_value() == pytest.approx(rate, abs=0.0005)
    assert f"{rate:.2f}".replace(".", ",") in _stated("03.q4") or f"{rate:.2f}" in _stated("03.q4")


def test_06_q1_metro_25_to_40(customers):
    age = pd.to_numeric(customers["age"])
    count = int((age.between(25, 40) & (customers["urban_rural"] == "storstadsområde")).sum())
    assert exercise_by_id("06.q1").expected_value() == count
    assert count in _bold_numbers(_stated("06.q1"))


OUTDOOR = ["vandring", "camping", "klättring", "paddling", "skidåkning"]


def test_06_q2_and_q4_numbers_in_the_solutions(customers):
    metro = customers["urban_rural"] == "storstadsområde"
    outdoor = customers["main_interest"].isin(OUTDOOR)
    consent = customers["consent_ads"] == "True"
    young = pd.to_numeric(customers["age"]).between(25, 40)
    hikers = customers["main_interest"] == "vandring"
    stated_q2, stated_q4 = _stated("06.q2"), _stated("06.q4")
    for count in ((metro & outdoor).sum(), (metro & outdoor & consent).sum(),
                  (metro & outdoor & young).sum()):
        assert f"{count} " in stated_q2 or f"{count}:" in stated_q2, count
    assert f"{hikers.sum()} kunder" in stated_q4 and f"{(hikers & metro).sum()} kunder" in stated_q4
