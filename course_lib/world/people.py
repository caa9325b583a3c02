"""Demographics of Fjällgården's customers, calibrated on SCB figures (shared facts ``sweden.md``).

Every column is drawn for all customers at once; dependencies go one way:
age and gender -> education -> job and industry -> income -> housing and socio-economic class.
"""

from __future__ import annotations

import numpy as np

from .draw import grid, pick_by_logits, pick_by_table

GENDERS = ["kvinna", "man", "annat eller vill ej ange"]

# SCB, ages 20-64, 2019, SUN levels (shares in per cent).
EDUCATION = {
    "förgymnasial kortare än 9 år": 2.6,
    "förgymnasial 9 år": 8.5,
    "gymnasial högst 2 år": 18.2,
    "gymnasial 3 år": 26.0,
    "eftergymnasial kortare än 3 år": 15.9,
    "eftergymnasial 3 år eller längre": 24.8,
    "forskarutbildning": 1.2,
    "uppgift saknas": 2.8,
}
EDU_RANK = np.array([0, 1, 2, 3, 4, 5, 6, 3])  # "uppgift saknas" counts as middle

# SSYK 2012 major groups in plain words, then those not in work. Skill: how much schooling
# the job usually asks for (drives who gets it).
JOBS = ["chef", "specialist med högskoleutbildning", "tekniker och handläggare",
        "administration och kundtjänst", "service, omsorg och försäljning",
        "jord, skog och fiske", "bygg och tillverkning", "transport och maskinförare",
        "jobb utan krav på särskild utbildning", "studerande", "pensionär", "arbetssökande"]
JOB_SHARE = np.array([0.07, 0.22, 0.16, 0.09, 0.18, 0.02, 0.10, 0.09, 0.07])
JOB_SKILL = np.array([5, 6, 4.5, 3, 2.5, 2, 2.5, 2, 1])
STUDENT, RETIRED, JOBSEEKER = 9, 10, 11

INDUSTRIES = ["vård och omsorg", "utbildning", "handel", "tillverkning och industri", "bygg",
              "IT och kommunikation", "offentlig förvaltning", "transport och logistik",
              "finans och försäkring", "hotell och restaurang", "jord- och skogsbruk",
              "ej yrkesverksam"]
INDUSTRY_SHARE = np.array([0.16, 0.11, 0.12, 0.11, 0.07, 0.07, 0.07, 0.05, 0.03, 0.04, 0.02])
# job index -> {industry index: extra log-odds}
JOB_INDUSTRY = {1: {0: 1, 1: 1, 5: 1}, 2: {5: 1, 3: 0.8, 8: 0.8}, 3: {6: 1, 8: 1},
                4: {2: 1.2, 0: 1.2, 9: 1.2}, 5: {10: 4}, 6: {4: 2, 3: 1.5},
                7: {7: 2.5, 3: 0.8}, 8: {2: 0.8, 9: 0.8}}

# Households 2021: småhus äganderätt 39.5 %, hyresrätt 28.6 %, bostadsrätt 20.8 %, the rest.
HOUSING = {"villa eller radhus (äganderätt)": 39.5, "hyresrätt": 28.6, "bostadsrätt": 20.8,
           "övrigt boende": 11.1}

# SCB's socio-economic classification (SEI) in broad strokes.
CLASSES = ["arbetare", "lägre tjänsteman", "tjänsteman på mellannivå", "högre tjänsteman",
           "företagare", "studerande", "pensionär", "utanför arbetskraften"]

# Urban group codes used by the drawing functions: 0, 1, 2 for SKR's A, B and C groups.
GROUP_LETTERS = np.array(["A", "B", "C"])

# SCB: median sammanräknad förvärvsinkomst ages 20-64 was 337,400 kr in 2019.
MEDIAN_INCOME_20_64 = 337_400


def ages(rng: np.random.Generator, n: int) -> np.ndarray:
    """Adults 18-84 with SCB's age shares (15-24 11.5 %, 25-64 51.0 %, 65-84 17.2 %) per year."""
    years = np.arange(18, 85)
    per_year = np.where(years < 25, 11.5 / 10, np.where(years < 65, 51.0 / 40, 17.2 / 20))
    return rng.choice(years, n, p=per_year / per_year.sum()).astype(np.int8)


def education(rng, age, woman, urban_group) -> np.ndarray:
    """SUN level; the young have not finished yet, older generations studied less.

    ``urban_group`` is 0, 1 or 2 (SKR's A, B, C). The tilt depends only on age, gender and
    group, so it is computed once per combination.
    """
    key, (age, woman, urban_group) = grid(age, woman, urban_group)
    urban_group = GROUP_LETTERS[urban_group]
    base = np.array(list(EDUCATION.values())) / 100
    r = EDU_RANK[None, :].astype(float)
    a = age.astype(float)[:, None]
    shift = np.where((a < 22) & (r >= 5), -4.0, 0.0) + np.where((a < 26) & (r == 6), -4.0, 0.0)
    shift += np.where(a >= 65, -0.3 * (r - 3), 0.0)
    shift += np.where(woman[:, None] & (r >= 4) & (r <= 5), 0.25, 0.0)
    shift += np.where((urban_group[:, None] == "A") & (r >= 5), 0.35, 0.0)
    shift += np.where((urban_group[:, None] == "C") & (r >= 5), -0.35, 0.0)
    return pick_by_table(rng, base, shift, key)


def jobs(rng, age, edu, gender) -> np.ndarray:
    """An occupation that fits the education; students, pensioners and job seekers by age."""
    n = len(age)
    key, (edu_k, gender_k) = grid(edu, gender)  # the tilt depends on these two only
    skill = (JOB_SKILL[None, :] - 3.5) * (EDU_RANK[edu_k][:, None] - 3.5) * 0.45
    men = (gender_k == 1)[:, None]
    women = (gender_k == 0)[:, None]
    manual = np.isin(np.arange(9), [6, 7])[None, :]
    care = np.isin(np.arange(9), [4])[None, :]
    shift = skill + np.where(men & manual, 1.0, 0) - np.where(women & manual, 1.0, 0)
    shift += np.where(women & care, 0.5, 0)
    job = pick_by_table(rng, JOB_SHARE, shift, key)
    u = rng.random(n)
    by_age = np.arange(128)  # looked up per year of age
    p_student = np.where(by_age < 22, 0.6,
                         np.where(by_age < 26, 0.35, np.where(by_age < 30, 0.08, 0)))[age]
    p_retired = np.where(by_age >= 66, 0.92, np.where(by_age >= 62, 0.3, 0))[age]
    job = np.where(u < p_student, STUDENT, job)
    job = np.where(u < p_retired, RETIRED, job)
    job = np.where((job < 9) & (rng.random(n) < 0.06), JOBSEEKER, job)
    return job


def industries(rng, job) -> np.ndarray:
    """The industry the customer works in, given the job (SNI sections in plain words)."""
    key, (jobs_k,) = grid(job)  # one row of tilts per job
    shift = np.zeros((len(jobs_k), len(INDUSTRY_SHARE)))
    for j, boosts in JOB_INDUSTRY.items():  # a loop over a few jobs, not over people
        for industry, boost in boosts.items():
            shift[jobs_k == j, industry] += boost
    industry = pick_by_table(rng, INDUSTRY_SHARE, shift, key)
    return np.where(job >= STUDENT, len(INDUSTRIES) - 1, industry)


def incomes(rng, age, edu, job, gender, district_factor) -> np.ndarray:
    """Yearly earned income in kronor: rises with education and age, peaks 35-54.

    Scaled so the median for ages 20-64 is SCB's 337,400 kr; men earn more than women
    (SCB 2018: 362k vs 299k).
    """
    edu_effect = np.array([-0.35, -0.25, -0.12, 0.0, 0.08, 0.25, 0.4, -0.1])[edu]
    age_effect = np.interp(age, [18, 25, 30, 35, 55, 64, 65, 85],
                           [-0.6, -0.3, -0.1, 0.1, 0.1, 0.05, -0.3, -0.45])
    job_effect = np.array([0.35, 0.15, 0.05, -0.05, -0.15, -0.2, 0.0, -0.05, -0.25,
                           -1.1, -0.15, -0.8])[job]
    sex = np.array([-0.1, 0.09, 0.0])[gender]
    log_income = (edu_effect + age_effect + job_effect + sex + np.log(district_factor)
                  + rng.normal(0, 0.35, len(age)))
    working_age = (age >= 20) & (age <= 64)
    # A tiny world may have nobody of working age: then calibrate on everyone.
    reference = log_income[working_age] if working_age.any() else log_income
    scale = MEDIAN_INCOME_20_64 / np.exp(np.median(reference))
    return (np.round(np.exp(log_income) * scale / 100) * 100).astype(np.int32)


def income_z(income: np.ndarray) -> np.ndarray:
    """How far above or below the median a person earns, on a log scale."""
    return np.log(income / MEDIAN_INCOME_20_64) / 0.5


def housing(rng, age, inc_z, urban_group, countryside) -> np.ndarray:
    """Villa, hyresrätt or bostadsrätt: flats in the big cities, houses in the countryside.

    The tilts by group and age are computed once per combination, then income and countryside
    are added per person, in the same order as ever.
    """
    base = np.array(list(HOUSING.values())) / 100
    key, (age_k, group_k) = grid(age, urban_group)
    a = age_k[:, None]
    g = GROUP_LETTERS[group_k][:, None]
    col = np.arange(4)[None, :]
    house, rent, owned_flat = col == 0, col == 1, col == 2
    shift = np.where((g == "A") & house, -1.0, 0.0) + np.where((g == "A") & owned_flat, 0.6, 0)
    shift += np.where((g == "C") & house, 0.7, 0) - np.where((g == "C") & owned_flat, 0.8, 0)
    shift += np.where((a < 30) & rent, 0.9, 0) - np.where((a < 30) & house, 0.9, 0)
    shift += np.where((a >= 35) & (a < 70) & house, 0.4, 0)
    shift = shift[key]
    z = inc_z[:, None]
    shift += 0.5 * z * (house | owned_flat) - 0.5 * z * rent
    shift += np.where(countryside[:, None] & house, 1.2, 0)
    return pick_by_logits(rng, base, shift)


def socioeconomic_class(rng, job, inc_z) -> np.ndarray:
    """SEI-like class derived from job and income, the way data brokers derive it."""
    cls = np.select(
        [job == STUDENT, job == RETIRED, job == JOBSEEKER, job == 0,
         (job == 1) & (inc_z > 0.4), np.isin(job, [1, 2]), job == 3],
        [5, 6, 7, 3, 3, 2, 1], default=0)
    entrepreneur = (job < STUDENT) & (rng.random(len(job)) < 0.07)
    return np.where(entrepreneur, 4, cls)
