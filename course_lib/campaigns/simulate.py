"""Run a campaign on the synthetic world: who opened, clicked and bought, drawn from the
hidden truth with the noise a real test has.

The same campaign in the same week gives the same result on every machine (the seed is a hash
of the campaign's definition, the week and the world); another week is a new draw, with that
week's weather and calendar. Everything is numpy over customers, never a loop per customer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages, number
from .design import (
    THEMES,
    Campaign,
    RandomAudience,
    audience_label,
    channel_name,
    control_name,
    seed_spec,
    stable_seed,
    theme_name,
)
from .lab import Lab, Reach, prepare, reach_of
from .show import escape, formatted
from .truth import (
    PRICE,
    PRICE_ORDER_VALUE,
    click_chance,
    conversion_chance,
    organic_rate,
    send_chances,
    trigger_table,
)

SEND_HOUR = 8  # e-mails leave at 08:00
MAX_WEEKS = 52

msg = messages(
    {
        "bad_week": {
            "sv": "Veckan måste vara ett heltal från 1 till {most}, inte {value!r}.",
            "en": "The week must be a whole number from 1 to {most}, not {value!r}.",
        },
        "not_campaign": {
            "sv": "{value!r} är ingen kampanj. Skapa den med campaign(namn, varianter, ...).",
            "en": "{value!r} is not a campaign. Create it with campaign(name, variants, ...).",
        },
        "reach_email": {
            "sv": "Målgruppen ”{audience}” har {members} kunder; {reachable} av dem har samtyckt "
            "till e-post och fick vara med. {control} hölls utanför som kontrollgrupp.",
            "en": "The audience “{audience}” has {members} customers; {reachable} of them "
            "consented to e-mail and could take part. {control} were held back as the control "
            "group.",
        },
        "reach_ads": {
            "sv": "Målgruppen ”{audience}” har {members} kunder; {reachable} av dem har samtyckt "
            "till annonser och matchades på plattformen, så de fick vara med. {control} hölls "
            "utanför som kontrollgrupp.",
            "en": "The audience “{audience}” has {members} customers; {reachable} of them "
            "consented to ads and were matched on the platform, so they could take part. "
            "{control} were held back as the control group.",
        },
        "reach_random": {
            "sv": "{reachable} kunder valdes slumpvis bland dem som kan nås via {channel}. "
            "{control} hölls utanför som kontrollgrupp.",
            "en": "{reachable} customers were chosen at random among those {channel} can reach. "
            "{control} were held back as the control group.",
        },
        "h_group": {"sv": "grupp", "en": "group"},
        "h_theme": {"sv": "tema", "en": "theme"},
        "h_recipients": {"sv": "mottagare", "en": "recipients"},
        "h_opened": {"sv": "öppnade", "en": "opened"},
        "h_impressions": {"sv": "visningar", "en": "impressions"},
        "h_clicked": {"sv": "klickade", "en": "clicked"},
        "h_ordered": {"sv": "köpte", "en": "ordered"},
        "h_revenue": {"sv": "omsättning (kr)", "en": "revenue (SEK)"},
        "h_open_rate": {"sv": "öppningsandel", "en": "open rate"},
        "h_ctr": {"sv": "klick per visning", "en": "click-through rate"},
        "h_click_rate": {"sv": "klickandel", "en": "click rate"},
        "h_order_rate": {"sv": "köpandel", "en": "order rate"},
        "h_sent_theme": {"sv": "utskick: {theme}", "en": "sends: {theme}"},
        "h_clicked_theme": {"sv": "klick: {theme}", "en": "clicks: {theme}"},
        "h_customer": {"sv": "kund", "en": "customer"},
        "title": {"sv": "Kampanj ”{name}”, vecka {week}, {channel}",
                  "en": "Campaign “{name}”, week {week}, {channel}"},
    },
    __name__,
)

# What the site and the e-mail tool record, as Segment-spec calls (Email events spec and
# E-commerce spec). Ad platforms report impressions only in total, so ads add page visits.
EVENTS = ["Email Delivered", "Email Opened", "Email Link Clicked", "Order Completed"]
DELIVERED, OPENED, LINK_CLICKED, ORDER = range(4)
UTM = {"email": ("newsletter", "email"), "meta": ("facebook", "paid_social"),
       "google": ("google", "cpc")}


@dataclass(repr=False)  # the repr is the title and who took part, not every array
class CampaignResult:
    """What happened: one row per customer who took part, and the counts per group.

    ``group[i]`` is the variant index of participant ``i`` (``len(variants)`` for the
    control group); the boolean arrays say what they did. ``summary`` is the table a marketer
    reads; ``events`` and ``responses`` are the data the campaign produced.
    """

    campaign: Campaign
    week: int
    days: tuple[pd.Timestamp, ...]
    reach: Reach
    group: np.ndarray
    seen: np.ndarray  # opened an e-mail / number of ad impressions
    clicked: np.ndarray
    ordered: np.ndarray
    from_campaign: np.ndarray  # the order came after a click
    revenue: np.ndarray
    seed: int
    _sends: list = field(default_factory=list, repr=False)
    _lab: Lab | None = field(default=None, repr=False)

    @property
    def positions(self) -> np.ndarray:
        return self.reach.positions

    @property
    def n_groups(self) -> int:
        return len(self.campaign.variants) + 1

    @property
    def group_names(self) -> list[str]:
        return [v.name for v in self.campaign.variants] + [control_name()]

    def counts(self) -> dict[str, np.ndarray]:
        """Per group (variants, then control): recipients, seen, clicked, ordered, revenue."""
        k = self.n_groups
        return {"recipients": np.bincount(self.group, minlength=k),
                "seen": np.bincount(self.group, weights=self.seen, minlength=k).astype(np.int64),
                "clicked": np.bincount(self.group, weights=self.clicked, minlength=k)
                .astype(np.int64),
                "ordered": np.bincount(self.group, weights=self.ordered, minlength=k)
                .astype(np.int64),
                "revenue": np.bincount(self.group, weights=self.revenue, minlength=k)}

    @property
    def summary(self) -> pd.DataFrame:
        """Recipients, opens (or impressions), clicks, orders and revenue per group."""
        c = self.counts()
        email = self.campaign.channel == "email"
        n = np.maximum(c["recipients"], 1)
        frame = pd.DataFrame({
            msg("h_theme"): [theme_name(v.tone) for v in self.campaign.variants] + ["–"],
            msg("h_recipients"): c["recipients"],
            msg("h_opened" if email else "h_impressions"): c["seen"],
            msg("h_clicked"): c["clicked"],
            msg("h_ordered"): c["ordered"],
            msg("h_revenue"): c["revenue"].round(0).astype(np.int64),
            msg("h_open_rate" if email else "h_ctr"):
                c["seen"] / n if email else c["clicked"] / np.maximum(c["seen"], 1),
            msg("h_click_rate"): c["clicked"] / n,
            msg("h_order_rate"): c["ordered"] / n,
        }, index=pd.Index(self.group_names, name=msg("h_group")))
        return frame

    @property
    def note(self) -> str:
        """Who could take part, and why the others could not, in one or two sentences."""
        c = self.counts()
        control = number(int(c["recipients"][-1]))
        values = {"audience": audience_label(self.campaign.audience),
                  "members": number(self.reach.audience), "reachable": number(self.reach.reachable),
                  "control": control, "channel": channel_name(self.campaign.channel)}
        if isinstance(self.campaign.audience, RandomAudience):
            return msg("reach_random", **values)
        return msg("reach_email" if self.campaign.channel == "email" else "reach_ads", **values)

    @property
    def title(self) -> str:
        return msg("title", name=self.campaign.name, week=self.week,
                   channel=channel_name(self.campaign.channel))

    def __repr__(self) -> str:
        return f"{self.title}\n{self.note}"

    def _repr_html_(self) -> str:
        rates = [msg(k) for k in ("h_open_rate", "h_ctr", "h_click_rate", "h_order_rate")]
        table = formatted(self.summary, shares=rates)
        return f"<p><b>{escape(self.title)}</b><br>{escape(self.note)}</p>" + table.to_html()

    @cached_property
    def events(self) -> pd.DataFrame:
        """Every interaction as a row of the world's compact Segment-spec event table
        (``course_lib.world.files.render_events`` turns it into Segment calls), plus
        ``utm_content`` (the variant) and ``theme``."""
        return _events(self)

    @cached_property
    def responses(self) -> pd.DataFrame:
        """New first-party data: per participant, what they were sent and what they did."""
        customers = self._lab.customers
        themes = np.array([*self.campaign.themes, None], dtype=object)[self.group]
        return pd.DataFrame({
            "customer_id": customers["customer_id"].to_numpy()[self.positions],
            "campaign": self.campaign.name,
            "week": self.week,
            "channel": self.campaign.channel,
            "group": pd.Categorical.from_codes(self.group, self.group_names),
            "theme": pd.Categorical(themes, categories=list(THEMES)),
            "seen": self.seen,
            "clicked": self.clicked,
            "ordered": self.ordered,
            "revenue": self.revenue.round(2),
        })


def _check_week(week) -> int:
    if isinstance(week, bool) or not isinstance(week, int | np.integer) or not 1 <= week <= MAX_WEEKS:
        raise CourseError(msg("bad_week", most=MAX_WEEKS, value=week))
    return int(week)


def send_days(test: Campaign, week: int) -> tuple[pd.Timestamp, ...]:
    """The campaign's send dates moved on by whole weeks: week 2 is seven days later."""
    return tuple(pd.Timestamp(d) + pd.Timedelta(days=7 * (week - 1)) for d in test.send_dates)


def assign_groups(rng: np.random.Generator, m: int, n_variants: int,
                  control_share: float) -> np.ndarray:
    """Complete randomisation: a random order, the first share to control, the rest dealt
    out to the variants in turn, so group sizes differ by at most one."""
    n_control = int(round(control_share * m))
    if control_share > 0:
        n_control = min(max(n_control, 1), m - n_variants)
    order = rng.permutation(m)
    group = np.empty(m, dtype=np.int8)
    group[order[:n_control]] = n_variants
    group[order[n_control:]] = np.arange(m - n_control) % n_variants
    return group


def run_campaign(world, campaign: Campaign, week: int = 1) -> CampaignResult:
    """Send ``campaign`` in ``week`` (1 = its own dates) and draw what the customers did."""
    if not isinstance(campaign, Campaign):
        raise CourseError(msg("not_campaign", value=campaign))
    week = _check_week(week)
    lab = prepare(world)
    seed = stable_seed("campaign", lab.world.name, seed_spec(campaign), week)
    rng = np.random.default_rng(seed)
    reach = reach_of(lab, campaign, rng)
    days = send_days(campaign, week)
    positions = reach.positions
    m = len(positions)
    n_variants = len(campaign.variants)
    group = assign_groups(rng, m, n_variants, campaign.control_share)
    treated = np.flatnonzero(group < n_variants)
    who = positions[treated]
    themes = np.array([THEMES.index(t) for t in campaign.themes])[group[treated]]

    seen = np.zeros(m, dtype=np.int64)
    clicked = np.zeros(m, dtype=bool)
    converted = np.zeros(m, dtype=bool)
    sends = []
    for day in days:  # one to a few send dates; each is vectorised over the recipients
        boost = trigger_table(lab.weather, day)[lab.truth.trigger_key[who], themes]
        first, second = send_chances(lab.truth, campaign.channel, who, themes, boost)
        if campaign.channel == "email":
            shown = (rng.random(len(who)) < first).astype(np.int64)
            click = (shown > 0) & (rng.random(len(who)) < second)
        else:
            shown = 1 + rng.poisson(first)
            click = rng.random(len(who)) < 1 - (1 - second) ** shown
        buy = click & (rng.random(len(who)) < conversion_chance(lab.truth, who, themes, boost))
        seen[treated] += shown
        clicked[treated] |= click
        converted[treated] |= buy
        sends.append((day, shown, click, buy))
    organic = rng.random(m) < organic_rate(lab.truth, positions, days)
    ordered = organic | converted
    from_campaign = converted & ~organic
    value = lab.truth.order_value[positions].copy()
    price_orders = from_campaign.copy()
    price_orders[treated] &= themes == PRICE
    value[price_orders] *= PRICE_ORDER_VALUE
    revenue = np.zeros(m)
    revenue[ordered] = rng.gamma(2.0, value[ordered] / 2.0)
    if campaign.channel == "email":
        seen = np.minimum(seen, 1)  # "opened" counts people, not opens
    return CampaignResult(campaign, week, days, reach, group, seen, clicked, ordered,
                          from_campaign, revenue, seed, sends, lab)


def expected_rates(lab: Lab, campaign: Campaign, positions: np.ndarray,
                   days: tuple[pd.Timestamp, ...]) -> dict[str, np.ndarray]:
    """The hidden truth's chances for ``positions``, per variant (columns): to click at least
    once, to order if sent, and to order anyway (no message)."""
    organic = organic_rate(lab.truth, positions, days)
    clicks, orders = [], []
    for theme in campaign.themes:
        themes = np.full(len(positions), THEMES.index(theme))
        no_click = np.ones(len(positions))
        no_buy = np.ones(len(positions))
        for day in days:
            boost = trigger_table(lab.weather, day)[lab.truth.trigger_key[positions], themes]
            first, second = send_chances(lab.truth, campaign.channel, positions, themes, boost)
            p_click = click_chance(campaign.channel, first, second)
            no_click *= 1 - p_click
            no_buy *= 1 - p_click * conversion_chance(lab.truth, positions, themes, boost)
        clicks.append(1 - no_click)
        orders.append(1 - (1 - organic) * no_buy)
    return {"click": np.stack(clicks, 1), "order": np.stack(orders, 1), "organic": organic}


# ------------------------------------------------------------------ events


def _slug(text: str) -> str:
    from ..world.events import slug

    return slug(str(text)).replace("_", "-")


def _events(result: CampaignResult) -> pd.DataFrame:
    from ..world.draw import category, text
    from ..world.events import DEVICES, TYPES
    from ..world.orders import CATEGORY_NAMES

    lab, test = result._lab, result.campaign
    rng = np.random.default_rng(result.seed + 1)  # the times are drawn apart from the outcome
    treated = np.flatnonzero(result.group < len(test.variants))
    parts = []  # (participant index, event code or -1 for a page, seconds, via the campaign)

    def add(index, code, seconds, tagged):
        parts.append((index, np.full(len(index), code), seconds, np.full(len(index), tagged)))

    for day, shown, click, buy in result._sends:
        start = (day - result.days[0]).total_seconds() + SEND_HOUR * 3600
        if test.channel == "email":
            add(treated, DELIVERED, np.full(len(treated), start), True)
            opened = shown > 0
            open_at = start + np.minimum(rng.exponential(3 * 3600, len(treated)), 6 * 86400)
            add(treated[opened], OPENED, open_at[opened], True)
            add(treated[click], LINK_CLICKED, open_at[click] + 60, True)
            visit_at = open_at + 90
        else:
            visit_at = start + rng.uniform(0, 6 * 86400, len(treated))
        add(treated[click], -1, visit_at[click] + 30, True)
        add(treated[buy], ORDER, visit_at[buy] + rng.exponential(1200, int(buy.sum())) + 300, True)
    organic = np.flatnonzero(result.ordered & ~result.from_campaign)
    window = ((result.days[-1] - result.days[0]).days + 7) * 86400
    add(organic, ORDER, rng.uniform(0, window, len(organic)), False)

    index = np.concatenate([p[0] for p in parts])
    code = np.concatenate([p[1] for p in parts])
    seconds = np.concatenate([p[2] for p in parts])
    tagged = np.concatenate([p[3] for p in parts])
    order = np.lexsort((code, seconds))
    index, code, seconds, tagged = index[order], code[order], seconds[order], tagged[order]
    position = result.positions[index]
    customers = lab.customers
    is_order = code == ORDER
    slug = _slug(test.name)
    numbers = pd.Series(np.cumsum(is_order)).astype(str).str.zfill(6)
    order_ids = text(numbers.radd(f"K-{slug}-v{result.week}-").where(is_order, None))
    source, medium = UTM[test.channel]
    utm = np.where(tagged, 0, -1)
    cookie = (position.astype(np.int64) * 7919 + 104729) % 10**12  # the world's cookie rule
    favourite = customers["favourite_category"]
    category_codes = pd.Categorical(favourite.astype(object).to_numpy()[position],
                                    categories=CATEGORY_NAMES).codes
    variant_names = [v.name for v in test.variants]
    group = result.group[index]
    return pd.DataFrame({
        "event_id": np.arange(1, len(code) + 1, dtype=np.int64),
        "timestamp": (result.days[0] + pd.to_timedelta(seconds.round(), unit="s"))
        .astype("datetime64[s]"),
        "type": category(np.where(code < 0, 0, 1), TYPES),
        "event": category(code, EVENTS),
        "anonymous_id": text(pd.Series(cookie).astype(str).str.zfill(12).radd("anon-")),
        "user_id": text(customers["customer_id"].to_numpy()[position]),
        "session_id": (index + 1).astype(np.int32),  # one visit per participant and campaign
        "page_path": category(np.where(is_order, 1, 0), [f"/kampanj/{slug}", "/kassa/tack"]),
        "product_category": category(np.where(is_order, category_codes, -1), CATEGORY_NAMES),
        "order_id": order_ids,
        "revenue": np.where(is_order, result.revenue[index].round(2), np.nan),
        "utm_source": category(utm, [source]),
        "utm_medium": category(utm, [medium]),
        "utm_campaign": category(utm, [f"{slug}-v{result.week}"]),
        "device": category(customers["preferred_device"].cat.codes.to_numpy()[position], DEVICES),
        "utm_content": category(np.where(tagged & (group < len(variant_names)), group, -1),
                                variant_names),
        "theme": category(np.where(tagged & (group < len(variant_names)),
                                   np.array([THEMES.index(t) for t in test.themes]
                                            + [-1])[group], -1), THEMES),
    })


# ------------------------------------------------------------------ first-party data


def first_party_data(*results: CampaignResult) -> pd.DataFrame:
    """What the campaigns taught us about each customer: per theme, how many messages they
    got and how many they clicked. This is psychographic data you could not look up before:
    a click on "äventyr" is a customer telling you what speaks to them."""
    frames = [r.responses for r in results]
    data = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(
        columns=["customer_id", "theme", "clicked"])
    data = data[data["theme"].notna()]
    wide = data.pivot_table(index="customer_id", columns="theme", values="clicked",
                            aggfunc=["size", "sum"], observed=True, fill_value=0)
    wide.columns = [f"{'sent' if kind == 'size' else 'clicked'}_{theme}"
                    for kind, theme in wide.columns]
    return wide.astype(np.int64).sort_index()


def first_party_table(data: pd.DataFrame, top: int | None = 5) -> pd.DataFrame:
    """:func:`first_party_data` with the learner's headers ("klick: trygghet"), the customers
    who clicked most first (ties in customer-id order); ``top`` keeps the first rows."""
    kinds = {"sent": "h_sent_theme", "clicked": "h_clicked_theme"}
    order = data.filter(like="clicked_").sum(axis=1).sort_values(ascending=False, kind="stable")
    shown = data.loc[order.index]
    shown = shown.rename(columns={column: msg(kinds[column.split("_", 1)[0]],
                                              theme=theme_name(column.split("_", 1)[1]))
                                  for column in data.columns})
    shown.index.name = msg("h_customer")
    return shown if top is None else shown.head(top)


def save_responses(result: CampaignResult):
    """Save the campaign's first-party data as CSV in the work folder (my_work/campaigns/);
    returns the path. Written whole or not at all, under the storage module's lock."""
    from ..core import storage
    from ..core.paths import work_dir

    path = work_dir() / "campaigns" / f"{_slug(result.campaign.name)}-v{result.week}.csv"
    data = result.responses.to_csv(index=False, lineterminator="\n").encode("utf-8")
    with storage.locked(path):
        storage.atomic_write(path, data)
    return path
