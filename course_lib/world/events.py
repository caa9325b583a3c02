"""Web events in the Segment spec's shape, kept as a compact table until someone wants JSON.

A million customers make millions of events; as Python dicts they would need many GB. So the
world keeps one row per event with categorical columns (``events``), and
:func:`render_events` turns any slice of it into Segment-shaped dicts (track, page and
identify calls with anonymousId, userId, properties and context). :func:`flatten_events`
goes back: semi-structured JSON -> a structured table, as a marketer would do it.

Sessions come from four places: web orders in the last two months (they end in
"Order Completed"), customers browsing, anonymous visitors, and abandoned checkouts. Many
start from a tagged ad click (utm_medium cpc / paid_social) or a newsletter link (utm_medium
email).

Most carts are never bought: on average 70.19 % of online shopping carts are abandoned
(Baymard Institute, 49 studies, 2024). The world gives its checkouts that share: for every web
order about 2.35 more visits go as far as "Checkout Started" and stop. Each such visit goes
with another visit of the same person (the same cookie, a customer or an anonymous visitor)
and the product category looked at then: a few hours to a few days after a browsing visit,
or before a purchase. These visits are added on top: the orders, and so the customer table,
stay exactly as they were. They are drawn from a random stream of their own, so the tables
drawn after the events (the ad platform's users, reviews, B2B …) do not change either.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .draw import category, pick_rows, text
from .orders import CATEGORY_NAMES, _line_categories

WINDOW_START = pd.Timestamp("2025-11-01")
WINDOW_END = pd.Timestamp("2026-01-01")
TYPES = ["page", "track", "identify"]
TRACK_EVENTS = ["Product Viewed", "Product Added", "Checkout Started", "Order Completed"]
# (utm_source, utm_medium, share); "(direct)" means no campaign at all.
SOURCES = [("(direct)", "(none)", 0.3), ("google", "organic", 0.2), ("google", "cpc", 0.18),
           ("facebook", "paid_social", 0.12), ("instagram", "paid_social", 0.08),
           ("newsletter", "email", 0.12)]
CAMPAIGNS = {"cpc": ["black_week_2025", "regnkläder_höst", "julklappar_2025"],
             "paid_social": ["black_week_2025", "vinteräventyr", "julklappar_2025"],
             "email": ["nyhetsbrev_v45", "nyhetsbrev_v47", "nyhetsbrev_v49", "nyhetsbrev_v51"]}
DEVICES = ["mobil", "dator", "surfplatta"]
USER_AGENTS = {
    "mobil": "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
             "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "dator": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
             "Chrome/131.0.0.0 Safari/537.36",
    "surfplatta": "Mozilla/5.0 (iPad; CPU OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
                  "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
}
SITE = "https://www.fjallgarden.se"
# Share of started checkouts that are not completed: Baymard Institute's average cart
# abandonment rate (49 studies, 2024).
ABANDONED_SHARE = 0.7019
# The abandoned checkouts' own random stream: a second number next to the world's seed.
CHECKOUT_STREAM = 1
BUY, BROWSE, ANONYMOUS, ABANDON = 2, 1, 0, 3  # kinds of session


def slug(name: str) -> str:
    return name.translate(str.maketrans("åäö ", "aao-")).lower()


def _sessions(rng, customers, orders, lines):
    """One row per visit: who, when, from where, and how far down the funnel it went."""
    n = len(customers)
    in_window = (orders["order_time"] >= WINDOW_START).to_numpy() & (
        orders["channel"].cat.codes.to_numpy() == 0)
    bought = orders.loc[in_window]
    cust_pos = pd.Index(customers["customer_id"]).get_indexer(bought["customer_id"])
    first_line = lines.drop_duplicates("order_id").set_index("order_id")["product_category"]
    buy_cat = first_line.reindex(bought["order_id"]).cat.codes.to_numpy()

    browse_counts = rng.poisson(0.4, n)
    browse_cust = np.repeat(np.arange(n), browse_counts)
    n_anon = int(0.3 * n)
    window_s = int((WINDOW_END - WINDOW_START).total_seconds())
    cust = np.concatenate([cust_pos, browse_cust, np.full(n_anon, -1)])
    kind = np.concatenate([np.full(len(cust_pos), BUY), np.full(len(browse_cust), BROWSE),
                           np.full(n_anon, ANONYMOUS)])
    m = len(cust)
    end_s = np.concatenate([
        (bought["order_time"] - WINDOW_START).dt.total_seconds().to_numpy().astype(np.int64),
        rng.integers(0, window_s - 3600, m - len(cust_pos))])
    interest = np.where(cust >= 0, customers["main_interest"].cat.codes.to_numpy()[cust],
                        rng.integers(0, 10, m))
    view_cat = _line_categories(rng, interest, np.zeros(m, bool), np.zeros(m, bool),
                                np.full(m, 12))
    view_cat[: len(cust_pos)] = buy_cat
    consent_email = np.where(cust >= 0, customers["consent_email"].to_numpy()[cust], False)
    share = np.array([s for *_, s in SOURCES])
    weights = np.tile(share, (m, 1))
    weights[~consent_email, 5] = 0  # newsletters only reach those who said yes
    source = pick_rows(rng, weights)
    device = np.where(cust >= 0,
                      customers["preferred_device"].cat.codes.to_numpy()[np.maximum(cust, 0)],
                      rng.choice(3, m, p=[0.65, 0.28, 0.07]))
    device = np.where(rng.random(m) < 0.2, rng.integers(0, 3, m), device)
    logged_in = (kind == BUY) | ((kind == BROWSE) & (rng.random(m) < 0.4))
    cookie_ok = np.where(cust >= 0,
                         customers["consent_ads"].to_numpy()[np.maximum(cust, 0)],
                         rng.random(m) < 0.5)
    return pd.DataFrame({"cust": cust, "kind": kind, "end_s": end_s, "view_cat": view_cat,
                         "source": source, "device": device, "logged_in": logged_in,
                         "campaign_pick": rng.integers(0, 4, m), "cookie_ok": cookie_ok,
                         "order_id": np.concatenate([bought["order_id"].to_numpy(),
                                                     np.full(m - len(cust_pos), None)]),
                         "revenue": np.concatenate([bought["amount_sek"].to_numpy(),
                                                    np.zeros(m - len(cust_pos))])})


def make_events(rng, customers, orders, lines, checkout_rng):
    """The compact event table (one row per Segment call) and the session table behind it.

    ``checkout_rng`` draws the abandoned checkouts; ``rng`` draws exactly what it drew before
    they existed, so everything drawn after the events stays the same.
    """
    s = _sessions(rng, customers, orders, lines)
    m0 = len(s)
    kind0 = s["kind"].to_numpy()
    views0 = 1 + rng.poisson(1.2, m0)
    added0 = (kind0 == BUY) | (rng.random(m0) < 0.25)
    s["cookie"] = np.where(s["cust"] >= 0, s["cust"], len(customers) + np.arange(m0))
    a = _abandoned(checkout_rng, customers, s, added0)
    s = pd.concat([s, a], ignore_index=True)
    m = len(s)
    kind = s["kind"].to_numpy()
    views = np.concatenate([views0, 1 + checkout_rng.poisson(1.2, len(a))])
    added = np.concatenate([added0, np.ones(len(a), bool)])
    checkout = (kind == BUY) | (kind == ABANDON)
    # (session, step key, what) for every event; sorting by (session, key) gives the order.
    parts = [(np.arange(m), np.zeros(m), np.zeros(m, int))]  # page view first
    rep = np.repeat(np.arange(m), views)
    step = np.arange(len(rep)) - np.repeat(np.cumsum(views) - views, views)
    parts.append((rep, 1 + step, np.full(len(rep), 1)))
    parts.append((np.flatnonzero(added), np.full(added.sum(), 100), np.full(added.sum(), 2)))
    li = s["logged_in"].to_numpy()
    login_key = np.where(checkout, 150, 0.5)  # log in at the checkout, or else at once
    parts.append((np.flatnonzero(li), login_key[li], np.full(li.sum(), 5)))
    started = np.flatnonzero(checkout)
    parts.append((started, np.full(len(started), 200), np.full(len(started), 3)))
    buy = np.flatnonzero(kind == BUY)
    parts.append((buy, np.full(len(buy), 300), np.full(len(buy), 4)))
    sess = np.concatenate([p[0] for p in parts])
    key = np.concatenate([p[1] for p in parts])
    what = np.concatenate([p[2] for p in parts])
    order = np.lexsort((key, sess))
    sess, key, what = sess[order], key[order], what[order]

    # Timestamps: the session's last event at end_s, earlier ones 10-120 s apart. The
    # abandoned checkouts' events come last (their sessions are numbered last).
    n_first = int(np.searchsorted(sess, m0))
    gaps = np.concatenate([rng.integers(10, 120, n_first),
                           checkout_rng.integers(10, 120, len(sess) - n_first)])
    last = np.r_[sess[1:] != sess[:-1], True]
    back = np.cumsum(gaps[::-1])[::-1]  # seconds from each event to the end of everything
    back_at_last = np.maximum.accumulate(np.where(last, back, 0)[::-1])[::-1]
    back_at_last = _session_value(back, last, sess, m)
    offset = back - back_at_last[sess]
    ts = WINDOW_START + pd.to_timedelta(s["end_s"].to_numpy()[sess] - offset, unit="s")

    # Identifiers: a cookie per customer (stable) or per anonymous visit.
    cust = s["cust"].to_numpy()[sess]
    cookie = s["cookie"].to_numpy()[sess].astype(np.int64)
    anon_ids = text(pd.Series((cookie * 7919 + 104729) % 10**12).astype(str).str.zfill(12)
                    .radd("anon-"))
    seen_login = _after_login(what == 5, sess)
    user = np.where(seen_login & (cust >= 0), cust, -1)
    user_ids = customers["customer_id"].to_numpy()[np.maximum(user, 0)]

    src = s["source"].to_numpy()[sess]
    medium = np.array([med for _, med, _ in SOURCES])[src]
    campaign_names = sorted({c for cs in CAMPAIGNS.values() for c in cs})
    pick = s["campaign_pick"].to_numpy()[sess]
    camp = np.full(len(sess), -1)
    for med, names in CAMPAIGNS.items():  # three media, not people
        rows = medium == med
        camp[rows] = [campaign_names.index(n) for n in np.array(names)[pick[rows] % len(names)]]
    view_cat = s["view_cat"].to_numpy()[sess]
    paths = _paths(what, view_cat, camp, campaign_names)
    event_type = np.select([what == 0, what == 5], [0, 2], 1)
    track = np.array([-1, 0, 1, 2, 3, -1])[what]
    is_completed = what == 4
    revenue = np.where(is_completed, s["revenue"].to_numpy()[sess], np.nan)
    order_ids = np.where(is_completed, s["order_id"].to_numpy()[sess], None)
    events = pd.DataFrame({
        "event_id": np.arange(1, len(sess) + 1, dtype=np.int64),
        "timestamp": ts.astype("datetime64[s]"),
        "type": category(event_type, TYPES),
        "event": category(track, TRACK_EVENTS),
        "anonymous_id": anon_ids,
        "user_id": text(np.where(user >= 0, user_ids, None)),
        "session_id": sess.astype(np.int32) + 1,
        "page_path": category(paths[0], paths[1]),
        "product_category": category(np.where(np.isin(what, [1, 2, 3, 4]), view_cat, -1),
                                     CATEGORY_NAMES),
        "order_id": text(order_ids),
        "revenue": revenue,
        "utm_source": _utm(src, 0),
        "utm_medium": _utm(src, 1),
        "utm_campaign": category(camp, campaign_names),
        "device": category(s["device"].to_numpy()[sess], DEVICES),
    })
    events = events.sort_values(["timestamp", "event_id"], kind="stable").reset_index(drop=True)
    events["event_id"] = np.arange(1, len(events) + 1, dtype=np.int64)
    cookie_ok = s["cookie_ok"].to_numpy()
    return events, cookie_ok


def _abandoned(rng, customers, s, added):
    """Visits that reach "Checkout Started" and stop, about ABANDONED_SHARE of all checkouts.

    Each one follows an earlier visit (its "parent") of the same person, with the same cookie,
    device and consent, and the category looked at then. Visits that put something in the
    cart are four times as likely to lead to a checkout. After a browsing visit the checkout
    comes 1 hour to a few days later (or as long before, if that would pass the end of the
    log); before a purchase it comes as long before the order. Where that would fall before
    the log starts, it falls somewhere between the start and the earlier visit instead.
    """
    kind = s["kind"].to_numpy()
    n_buy = int((kind == BUY).sum())
    # As many as make the world's share the average one (a random count would drift by a
    # few points in a small world).
    n = min(round(n_buy * ABANDONED_SHARE / (1 - ABANDONED_SHARE)), len(s))
    weight = np.where(added, 4.0, 1.0)
    # n parents without replacement, in proportion to their weight (exponential keys).
    keys = rng.exponential(size=len(s)) / weight
    parent = np.sort(np.argpartition(keys, n - 1)[:n]) if 0 < n < len(s) else np.arange(n)
    p = s.iloc[parent].reset_index(drop=True)
    latest = int((WINDOW_END - WINDOW_START).total_seconds()) - 3600
    parent_end = p["end_s"].to_numpy()
    delay = (3600 + rng.exponential(1.5 * 86_400, n)).astype(np.int64)
    anywhere_before = rng.random(n)
    later = parent_end + delay
    before = (p["kind"].to_numpy() == BUY) | (later > latest)
    end_s = np.where(before, parent_end - delay, later)
    # Too early for the log: somewhere in the hours between its start and the parent visit.
    early = end_s < 3600
    end_s[early] = 3600 + (anywhere_before[early] * np.maximum(
        parent_end[early] - 2 * 3600, 0)).astype(np.int64)
    cust = p["cust"].to_numpy()
    consent_email = np.where(cust >= 0, customers["consent_email"].to_numpy()[
        np.maximum(cust, 0)], False)
    weights = np.tile(np.array([sh for *_, sh in SOURCES]), (n, 1))
    weights[~consent_email, 5] = 0
    return pd.DataFrame({
        "cust": cust, "kind": np.full(n, ABANDON), "end_s": end_s,
        "view_cat": p["view_cat"].to_numpy(), "source": pick_rows(rng, weights),
        "device": p["device"].to_numpy(),
        "logged_in": (cust >= 0) & (rng.random(n) < 0.6),  # customers log in at the checkout
        "campaign_pick": rng.integers(0, 4, n), "cookie_ok": p["cookie_ok"].to_numpy(),
        "order_id": np.full(n, None), "revenue": np.zeros(n), "cookie": p["cookie"].to_numpy(),
    })


def _utm(src, part):
    """utm_source or utm_medium of each event; missing for direct visits (no tag)."""
    labels = list(dict.fromkeys(x[part] for x in SOURCES[1:]))
    codes = np.array([-1] + [labels.index(x[part]) for x in SOURCES[1:]])[src]
    return category(codes, labels)


def _session_value(back, last, sess, m):
    out = np.zeros(m, dtype=back.dtype)
    out[sess[last]] = back[last]
    return out


def _after_login(is_login, sess):
    """True from the identify call onwards within each session."""
    count = np.cumsum(is_login)
    start = np.r_[True, sess[1:] != sess[:-1]]
    before_session = np.maximum.accumulate(np.where(start, count - is_login, 0))
    return (count - before_session) > 0


def _paths(what, view_cat, camp, campaign_names):
    cat_paths = [f"/kategori/{slug(c)}" for c in CATEGORY_NAMES]
    camp_paths = [f"/kampanj/{slug(c)}" for c in campaign_names]
    labels = ["/", *cat_paths, "/kassa", "/kassa/tack", *camp_paths]
    code = np.select(
        [(what == 0) & (camp >= 0), what == 0, np.isin(what, [1, 2]), what == 3, what == 4],
        [1 + len(cat_paths) + 2 + camp, 0, 1 + view_cat, 1 + len(cat_paths),
         2 + len(cat_paths)], default=0)
    # identify calls keep the page they happen on: the previous row's path
    prev = np.r_[0, code[:-1]]
    code = np.where(what == 5, prev, code)
    return code, labels
