"""Orders and order lines, 2024-2025: who buys what, where and when.

Purchases follow interests (hikers buy boots), income (luxury buyers pay more), the season
(skis in winter) and the weather: on a rainy day in the customer's city, rain gear sells more.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .draw import category, pick_rows, text
from .weather import END, START

# Category: (base price in kronor, share of an ordinary basket)
CATEGORIES = {
    "regnkläder": (1200, 0.08), "vandringskängor": (1800, 0.08), "löparskor": (1300, 0.08),
    "cykel och tillbehör": (900, 0.07), "skidor och pjäxor": (3500, 0.05),
    "tält och camping": (1500, 0.07), "klätterutrustning": (900, 0.03),
    "fiskeutrustning": (600, 0.05), "kajak och paddling": (2500, 0.03), "jakt": (1400, 0.03),
    "träningskläder": (500, 0.14), "friluftskläder": (1500, 0.22), "arbetskläder": (800, 0.02),
}
CATEGORY_NAMES = list(CATEGORIES)
RAIN_GEAR = CATEGORY_NAMES.index("regnkläder")
# main interest index (psyche.INTERESTS) -> categories it makes more likely
INTEREST_CATEGORIES = {0: [1, 11, 0], 1: [2, 10], 2: [3], 3: [4], 4: [6], 5: [7], 6: [8],
                       7: [5], 8: [9, 11], 9: [10]}
CHANNELS = ["webb", "butik"]
RAINY_DAY_MM = 2.0


def _season(days: pd.DatetimeIndex) -> np.ndarray:
    """How busy each day is: Black Friday week and December peak, spring is busy too."""
    weight = np.ones(len(days))
    weight[(days.month == 11) & (days.day >= 24)] = 3.0
    weight[(days.month == 12) & (days.day <= 22)] = 2.2
    weight[np.isin(days.month, [4, 5])] = 1.4
    return weight / weight.sum()


def _order_days(rng, customer_of, signup_day, payday_fan):
    """Day index (0 = 2024-01-01) of each order, never before the customer signed up."""
    days = pd.date_range(START, END, freq="D")
    n = len(customer_of)
    day = rng.choice(len(days), n, p=_season(days))
    first = np.clip(signup_day[customer_of], 0, len(days) - 1)
    early = day < first
    day[early] = first[early] + (rng.random(early.sum()) * (len(days) - first[early])).astype(int)
    # Payday customers buy right after the 25th, when the salary arrives.
    payday = payday_fan[customer_of] & (rng.random(n) < 0.5)
    month_start = (days[day].to_period("M").start_time - START).days.to_numpy()
    paid = month_start + 24 + rng.integers(0, 4, n)
    ok = payday & (paid >= first) & (paid < len(days))
    day[ok] = paid[ok]
    return day, days


def make_orders(rng, customers: pd.DataFrame, weather: pd.DataFrame):
    """Orders and order lines for every customer; returns (orders, order_lines)."""
    n = len(customers)
    inc_z = np.log(customers["income"].to_numpy() / 337_400) / 0.5
    budget = customers["budget_or_luxury"].cat.codes.to_numpy()
    interest = customers["main_interest"].cat.codes.to_numpy()
    activity = np.exp(0.25 * np.clip(inc_z, -2, 2)) * np.where(
        customers["lifestyle"].cat.codes.to_numpy() == 5, 1.6, 1.0)
    counts = rng.poisson(1.6 * activity * rng.gamma(1.5, 1 / 1.5, n))
    customer_of = np.repeat(np.arange(n, dtype=np.int32), counts)
    signup_day = (customers["signup_date"] - START).dt.days.to_numpy()
    day, days = _order_days(rng, customer_of, signup_day,
                            customers["trigger_payday"].to_numpy())
    seconds = day.astype(np.int64) * 86_400 + rng.integers(8 * 3600, 23 * 3600, len(day))
    order_time = START + pd.to_timedelta(seconds, unit="s")

    mobile = customers["preferred_device"].cat.codes.to_numpy()[customer_of] == 0
    rural = customers["urban_rural"].cat.codes.to_numpy()[customer_of] == 2
    web = rng.random(len(day)) < 0.55 + 0.15 * mobile + 0.15 * rural
    discount = rng.random(len(day)) < np.where(
        customers["trigger_discount"].to_numpy()[customer_of], 0.45, 0.08)

    # Order lines
    n_lines = 1 + rng.poisson(0.6, len(day))
    order_of = np.repeat(np.arange(len(day)), n_lines)
    cust = customer_of[order_of]
    city = customers["city"].cat.codes.to_numpy()[cust]
    rain = weather["rain_mm"].to_numpy().reshape(len(days), -1)[day[order_of], city]
    rainy = rain >= RAINY_DAY_MM
    weather_fan = customers["trigger_weather"].to_numpy()[cust]
    month = days.month.to_numpy()[day[order_of]]
    cat = _line_categories(rng, interest[cust], rainy, weather_fan, month)
    base = np.array([p for p, _ in CATEGORIES.values()])[cat]
    luxury = np.array([0.75, 1.0, 1.5])[budget[cust]]
    price = np.round(base * luxury * rng.lognormal(0, 0.3, len(cat)), -1) - 1
    quantity = np.where(rng.random(len(cat)) < 0.12, 2, 1).astype(np.int8)
    price = np.where(discount[order_of], np.round(price * 0.85), price)
    line_amount = price * quantity
    amount = np.bincount(order_of, weights=line_amount, minlength=len(day))

    chrono = np.argsort(seconds, kind="stable")
    order_no = np.empty(len(day), dtype=np.int64)
    order_no[chrono] = np.arange(1, len(day) + 1)
    order_ids = text(pd.Series(order_no.astype(str)).str.zfill(8).radd("O"))
    store_code = np.where(web, 0, customers["home_store"].cat.codes.to_numpy()[customer_of] + 1)
    stores = ["webbutiken", *customers["home_store"].cat.categories]
    orders = pd.DataFrame({
        "order_id": order_ids,
        "customer_id": customers["customer_id"].to_numpy()[customer_of],
        "order_time": order_time.astype("datetime64[s]"),
        "channel": category(np.where(web, 0, 1), CHANNELS),
        "store": category(store_code, stores),
        "discount_code_used": discount,
        "n_items": np.bincount(order_of, weights=quantity, minlength=len(day)).astype(np.int16),
        "amount_sek": amount.astype(np.float64),
    }).iloc[chrono].reset_index(drop=True)
    orders["customer_id"] = orders["customer_id"].astype("string[pyarrow]")
    line_no = np.arange(len(cat)) - np.repeat(np.cumsum(n_lines) - n_lines, n_lines) + 1
    lines = pd.DataFrame({
        "order_id": order_ids.to_numpy()[order_of],
        "line_no": line_no.astype(np.int8),
        "product_category": category(cat, CATEGORY_NAMES),
        "quantity": quantity,
        "unit_price_sek": price,
        "line_amount_sek": line_amount,
    })
    lines = lines.iloc[np.argsort(order_no[order_of], kind="stable")].reset_index(drop=True)
    lines["order_id"] = lines["order_id"].astype("string[pyarrow]")
    return orders, lines


def _line_categories(rng, interest, rainy, weather_fan, month, chunk=500_000):
    """Category of each order line; done in chunks to keep memory flat for big worlds."""
    share = np.array([s for _, s in CATEGORIES.values()], dtype=np.float32)
    out = np.empty(len(interest), dtype=np.int16)
    boosts = np.zeros((len(INTEREST_CATEGORIES), len(share)), dtype=np.float32)
    for i, cats in INTEREST_CATEGORIES.items():
        boosts[i, cats] = 5.0
    for lo in range(0, len(interest), chunk):
        sl = slice(lo, lo + chunk)
        w = share[None, :] * (1 + boosts[interest[sl]])
        w[:, RAIN_GEAR] *= np.where(rainy[sl], np.where(weather_fan[sl], 4.5, 2.5), 1.0)
        winter = np.isin(month[sl], [11, 12, 1, 2, 3])
        w[:, CATEGORY_NAMES.index("skidor och pjäxor")] *= np.where(winter, 2.0, 0.2)
        w[:, CATEGORY_NAMES.index("kajak och paddling")] *= np.where(winter, 0.2, 1.5)
        out[sl] = pick_rows(rng, w)
    return out


def summarise(customers: pd.DataFrame, orders: pd.DataFrame, lines: pd.DataFrame):
    """Per-customer purchase behaviour for segmentation, added to the CRM table."""
    idx = pd.Index(customers["customer_id"])
    pos = idx.get_indexer(orders["customer_id"])
    n = len(customers)
    last_year = (orders["order_time"] >= END - pd.Timedelta(days=364)).to_numpy()
    amount = orders["amount_sek"].to_numpy()
    out = customers.copy()
    out["orders_total"] = np.bincount(pos, minlength=n).astype(np.int16)
    out["orders_12m"] = np.bincount(pos[last_year], minlength=n).astype(np.int16)
    out["revenue_12m"] = np.round(np.bincount(pos[last_year], weights=amount[last_year],
                                              minlength=n)).astype(np.int32)
    secs = orders["order_time"].astype("int64").to_numpy()
    last = np.full(n, np.iinfo(np.int64).min)
    np.maximum.at(last, pos, secs)
    out["last_order_date"] = pd.to_datetime(np.where(last > 0, last, np.nan), unit="s").floor("D")
    out["last_order_date"] = out["last_order_date"].astype("datetime64[s]")
    web = orders["channel"].cat.codes.to_numpy() == 0
    n_web = np.bincount(pos[web], minlength=n)
    main = np.where(out["orders_total"] == 0, -1, np.where(n_web * 2 >= out["orders_total"], 0, 1))
    out["main_channel"] = category(main, CHANNELS)
    # favourite category: the one with the most spend
    line_pos = pos[pd.Index(orders["order_id"]).get_indexer(lines["order_id"])]
    k = len(CATEGORY_NAMES)
    spend = np.bincount(line_pos * k + lines["product_category"].cat.codes.to_numpy(),
                        weights=lines["line_amount_sek"].to_numpy(), minlength=n * k)
    spend = spend.reshape(n, k)
    fav = np.where(spend.max(axis=1) > 0, spend.argmax(axis=1), -1)
    out["favourite_category"] = category(fav, CATEGORY_NAMES)
    return out
