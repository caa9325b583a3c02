"""Second- and third-party data: the ad platform's users, its pixel, and a data broker's file.

The platform knows its users under its own IDs. It can be linked to our CRM only by comparing
hashed e-mail addresses or phone numbers (course_lib.identity), so the match rate is
realistic, never 100 %: some customers are not on the platform, some signed up there with
another address, and many platform users are not our customers at all.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import identity
from . import names
from .draw import category, pick_by_logits, text
from .events import SITE, TRACK_EVENTS

AGE_GROUPS = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"]
PLATFORM_INTERESTS = ["Friluftsliv", "Löpning", "Cykling", "Skidåkning", "Klättring", "Fiske",
                      "Kanot och kajak", "Camping", "Jakt", "Yoga", "Resor", "Mat och dryck",
                      "Inredning", "Teknik", "Mode"]
PIXEL_NAMES = {"page": "PageView", "Product Viewed": "ViewContent",
               "Product Added": "AddToCart", "Order Completed": "Purchase"}
BROKER_LIFESTYLES = ["Välbärgade villaägare", "Unga urbana", "Etablerade familjer",
                     "Trygga seniorer", "Landsbygdens hemmamänniskor", "Studenter och nystartare"]
# Plainly invented parties: the point is that a broker offers it, not what it says.
POLITICAL = ["Parti A (påhittat)", "Parti B (påhittat)", "Parti C (påhittat)",
             "Parti D (påhittat)", "osäker"]


def make_platform_users(rng, customers: pd.DataFrame) -> pd.DataFrame:
    """The platform's own user table; about 65 % of customers are on it."""
    n = len(customers)
    on_platform = rng.random(n) < 0.7
    members = np.flatnonzero(on_platform)
    k = len(members)
    # 12 % of them used another e-mail there (then only the phone can match).
    other_email = rng.random(k) < 0.12
    emails = customers["email"].to_numpy()[members].astype(object)
    phones = customers["phone"].to_numpy()[members].astype(object)
    has_phone = rng.random(k) < 0.55  # many never give the platform a phone number
    strangers = int(0.6 * n)
    s_gender = rng.choice(3, strangers, p=[0.495, 0.495, 0.01])
    s_emails = names.emails(rng, names.first_names(rng, s_gender),
                            rng.integers(0, len(names.LAST_NAMES), strangers),
                            rng.integers(1941, 2007, strangers)).to_numpy().astype(object)
    s_emails = np.char.add("p.", s_emails.astype(str)).astype(object)  # never a customer's
    alt = np.char.add("x.", emails[other_email].astype(str)).astype(object)
    emails[other_email] = alt
    all_emails = np.concatenate([emails, s_emails])
    all_phones = np.concatenate([np.where(has_phone, phones, None),
                                 np.full(strangers, None)])
    total = k + strangers
    age = np.concatenate([customers["age"].to_numpy()[members],
                          rng.integers(18, 80, strangers)]).astype(int)
    gender = np.concatenate([customers["gender"].cat.codes.to_numpy()[members], s_gender])
    interest = np.concatenate([customers["main_interest"].cat.codes.to_numpy()[members],
                               rng.integers(0, len(PLATFORM_INTERESTS), strangers)])
    # The platform's inferred interest agrees with the real one about 60 % of the time.
    guessed = np.where(rng.random(total) < 0.6, interest,
                       rng.integers(0, len(PLATFORM_INTERESTS), total))
    city_codes = np.concatenate([customers["city"].cat.codes.to_numpy()[members],
                                 rng.integers(0, len(customers["city"].cat.categories),
                                              strangers)])
    order = rng.permutation(total)  # the platform's rows are in its own order
    ids = rng.choice(10**11, total, replace=False) + 10**14
    age_group = np.searchsorted([25, 35, 45, 55, 65], age, side="right")
    minutes = rng.gamma(2.0, np.clip(70 - 0.7 * age, 10, None) / 2).round().astype(np.int16)
    device = pick_by_logits(rng, np.array([0.75, 0.2, 0.05]),
                            np.stack([(45 - age) / 15, np.zeros(total), (age - 45) / 20], 1))
    frame = pd.DataFrame({
        "platform_id": text(pd.Series(ids.astype(str))),
        "hashed_email": identity.hash_emails(pd.Series(all_emails)).astype("string[pyarrow]"),
        "hashed_phone": identity.hash_phones(pd.Series(all_phones)).astype("string[pyarrow]"),
        "age_group": category(age_group, AGE_GROUPS),
        "gender": category(gender, ["kvinna", "man", "annat eller vill ej ange"]),
        "city": category(city_codes, customers["city"].cat.categories),
        "interest_1": category(guessed, PLATFORM_INTERESTS),
        "interest_2": category(rng.integers(0, len(PLATFORM_INTERESTS), total),
                               PLATFORM_INTERESTS),
        "minutes_per_day": minutes,
        "main_device": category(device, ["mobil", "dator", "surfplatta"]),
        "ad_clicks_30d": rng.poisson(np.clip(minutes / 25, 0.1, None)).astype(np.int16),
        "video_views_30d": rng.poisson(minutes * 1.5).astype(np.int32),
    })
    return frame.iloc[order].reset_index(drop=True)


def make_pixel_events(events: pd.DataFrame, cookie_ok: np.ndarray, customers) -> pd.DataFrame:
    """What the site's pixel sends to the ad platform, for visitors who accepted ad cookies."""
    name = events["event"].astype("string").fillna(events["type"].astype("string"))
    wanted = name.isin(list(PIXEL_NAMES)).to_numpy() & cookie_ok[events["session_id"] - 1]
    sent = events.loc[wanted]
    known = sent["user_id"].notna().to_numpy()
    email_of = pd.Series(customers["email"].to_numpy(), index=customers["customer_id"].to_numpy())
    em = pd.Series(None, index=sent.index, dtype="string[pyarrow]")
    em[known] = identity.hash_emails(
        pd.Series(email_of.reindex(sent["user_id"][known]).to_numpy())).to_numpy()
    click = sent["utm_source"].isin(["facebook", "instagram"]).to_numpy()
    epoch = sent["timestamp"].astype("int64").to_numpy()
    fbp = "fb.1.1700000000000." + sent["anonymous_id"].str.slice(5)
    fbc = ("fb.1." + pd.Series(epoch, index=sent.index).astype(str) + "000.IwAR"
           + sent["session_id"].astype(str))
    return pd.DataFrame({
        "event_id": sent["event_id"].to_numpy(),
        "event_time": sent["timestamp"].to_numpy(),
        "event_name": category(name[wanted].map(
            {k: i for i, k in enumerate(PIXEL_NAMES)}).to_numpy(), PIXEL_NAMES.values()),
        "fbp": text(fbp.to_numpy()),
        "fbc": text(np.where(click, fbc.to_numpy(), None)),
        "hashed_email": em.reset_index(drop=True),
        "content_category": sent["product_category"].array,
        "value": sent["revenue"].to_numpy(),
        "currency": category(np.where(sent["event"] == TRACK_EVENTS[3], 0, -1), ["SEK"]),
        "event_source_url": text((SITE + sent["page_path"].astype(str)).to_numpy()),
    }).reset_index(drop=True)


def make_third_party(rng, customers: pd.DataFrame) -> pd.DataFrame:
    """A data broker's file for the customers it could match (about 45 %): lifestyle and
    psychographics, and (to show what must not be used) a political-opinion guess."""
    n = len(customers)
    matched = np.flatnonzero(rng.random(n) < 0.45)
    c = customers.iloc[matched]
    age = c["age"].to_numpy()
    inc = c["income"].to_numpy()
    house = c["housing"].cat.codes.to_numpy() == 0
    rural = c["urban_rural"].cat.codes.to_numpy() == 2
    scores = np.stack([1.5 * (inc > 500_000) + house, 1.5 * ((age < 35) & ~rural),
                       1.2 * ((age >= 30) & (age < 55)) + house, 2.0 * (age >= 65),
                       2.0 * rural, 2.5 * (age < 26)], 1)
    style = np.argmax(scores + rng.gumbel(0, 0.9, scores.shape), 1)
    band = np.searchsorted([250_000, 400_000, 600_000, 900_000], inc * rng.lognormal(0, .2,
                                                                                      len(c)))
    return pd.DataFrame({
        "customer_id": c["customer_id"].to_numpy(),
        "broker": category(np.zeros(len(c)), ["Datamäklarna Norden AB (påhittat)"]),
        "lifestyle_segment": category(style, BROKER_LIFESTYLES),
        "household_income_band": category(band, ["under 250 000 kr", "250-400 000 kr",
                                                 "400-600 000 kr", "600-900 000 kr",
                                                 "över 900 000 kr"], ordered=True),
        "has_children_estimate": rng.random(len(c)) < np.where((age > 28) & (age < 52), .55, .1),
        "outdoor_affinity": np.clip(np.round(50 + 25 * np.isin(
            c["main_interest"].cat.codes, [0, 3, 5, 7, 8]) + rng.normal(0, 15, len(c))), 0,
            100).astype(np.int8),
        "brand_conscious": np.clip(np.round(50 + 20 * (c["budget_or_luxury"].cat.codes == 2)
                                            + rng.normal(0, 15, len(c))), 0, 100).astype(np.int8),
        "political_opinion": category(rng.integers(0, len(POLITICAL), len(c)), POLITICAL),
        "bought_on": pd.to_datetime(np.full(len(c), np.datetime64("2025-06-01", "s"))),
    }).astype({"customer_id": "string[pyarrow]"}).reset_index(drop=True)

