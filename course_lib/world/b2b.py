"""Fjällgården Företag: the B2B arm selling workwear and gear to companies, and their contacts.

Some contacts are also private customers (same person, a work address instead of a private
one), which is how B2B marketing increasingly reaches the person rather than the company.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import names
from .draw import category, text

PREFIXES = ["Norr", "Fjäll", "Skog", "Sjö", "Berg", "Väst", "Syd", "Öst", "Dal", "Älv", "Kust"]
SUFFIXES = ["bygg", "transport", "el", "mark", "skog", "vård", "teknik", "service", "fastigheter"]
INDUSTRY_OF_SUFFIX = ["bygg", "transport och logistik", "bygg", "bygg", "jord- och skogsbruk",
                      "vård och omsorg", "tillverkning och industri", "handel",
                      "offentlig förvaltning"]
INDUSTRY_LABELS = list(dict.fromkeys(INDUSTRY_OF_SUFFIX))
SIZES = ["1-9 anställda", "10-49 anställda", "50-249 anställda", "250+ anställda"]
ROLES = ["inköpare", "vd", "arbetsmiljöansvarig", "platschef", "HR-ansvarig", "ekonomichef"]
SENIORITY = ["medarbetare", "mellanchef", "ledning"]
ROLE_SENIORITY = np.array([0, 2, 1, 1, 1, 2])


def make_b2b(rng, customers: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    n_comp = max(20, len(customers) // 40)
    pre = rng.integers(0, len(PREFIXES), n_comp)
    suf = rng.integers(0, len(SUFFIXES), n_comp)
    base = np.char.add(np.array(PREFIXES)[pre], np.array(SUFFIXES)[suf])
    serial = pd.Series(base).groupby(base).cumcount().to_numpy()
    name = np.where(serial > 0, np.char.add(base, np.char.mod(" %d", serial + 1)), base)
    cities = customers["city"].cat.categories
    companies = pd.DataFrame({
        "company_id": text(pd.Series(np.arange(1, n_comp + 1).astype(str)).str.zfill(5)
                           .radd("F")),
        "company_name": text(np.char.add(name.astype(str), " AB")),
        "org_number": text(np.char.add(np.char.add("55", rng.integers(1000, 9999, n_comp)
                                                   .astype(str)),
                                       np.char.add("-", rng.integers(1000, 9999, n_comp)
                                                   .astype(str)))),
        "industry": category([INDUSTRY_LABELS.index(INDUSTRY_OF_SUFFIX[s]) for s in suf],
                             INDUSTRY_LABELS),
        "size_class": category(rng.choice(4, n_comp, p=[0.45, 0.35, 0.15, 0.05]), SIZES,
                               ordered=True),
        "city": category(rng.integers(0, len(cities), n_comp), cities),
        "customer_since": pd.to_datetime("2016-01-01")
        + pd.to_timedelta(rng.integers(0, 3600, n_comp), unit="D"),
    })
    companies["customer_since"] = companies["customer_since"].astype("datetime64[s]")

    per = 1 + rng.poisson(1.5, n_comp)
    comp = np.repeat(np.arange(n_comp), per)
    k = len(comp)
    is_customer = rng.random(k) < 0.2
    cust = rng.choice(len(customers), k, replace=False)
    gender = rng.choice(2, k)
    first = np.where(is_customer, customers["first_name"].cat.codes.to_numpy()[cust],
                     names.first_names(rng, gender))
    last = np.where(is_customer, customers["last_name"].cat.codes.to_numpy()[cust],
                    rng.integers(0, len(names.LAST_NAMES), k))
    domain = (companies["company_name"].str.lower().str.replace(" ab", "", regex=False)
              .str.replace(" ", "", regex=False).map(names.ascii_name) + ".se").to_numpy()[comp]
    fnames = np.array([names.ascii_name(x) for x in names.FIRST_NAMES])[first]
    lnames = np.array([names.ascii_name(x) for x in names.LAST_NAMES])[last]
    role = rng.choice(len(ROLES), k, p=[0.35, 0.1, 0.2, 0.15, 0.1, 0.1])
    contacts = pd.DataFrame({
        "contact_id": text(pd.Series(np.arange(1, k + 1).astype(str)).str.zfill(6).radd("K")),
        "company_id": companies["company_id"].to_numpy()[comp],
        "first_name": category(first, names.FIRST_NAMES),
        "last_name": category(last, names.LAST_NAMES),
        "work_email": text(pd.Series(fnames).str.cat(lnames, sep=".").str.cat(domain, sep="@")),
        "work_phone": names.phones(rng, k, missing_share=0.2),
        "role": category(role, ROLES),
        "seniority": category(ROLE_SENIORITY[role], SENIORITY, ordered=True),
        "customer_id": text(np.where(is_customer, customers["customer_id"].to_numpy()[cust],
                                     None)),
    })
    contacts["company_id"] = contacts["company_id"].astype("string[pyarrow]")
    return companies, contacts
