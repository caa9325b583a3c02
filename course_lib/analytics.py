"""Analytics tools versus personal data: counts you can read, IDs you can reach.

A Google Analytics-style report sums events into counts per day, channel or page; no row in
it is a person, so nobody in it can be sent an offer. Personal data is the opposite: every
row hangs on an ID that one platform gave one person. This module shows both sides with the
synthetic world: the aggregate report, who a table lets us reach, the same person under the
IDs of each system, what the pixel sends to the ad platform, how well our CRM matches the
platform's users, and B2B data about a company versus the people who work there.

>>> import pandas as pd
>>> events = pd.DataFrame({
...     "event_id": [1, 2, 3], "session_id": [1, 1, 2], "anonymous_id": ["a", "a", "b"],
...     "user_id": [None, "C1", None], "type": ["page", "track", "page"],
...     "event": [None, "Order Completed", None], "page_path": ["/", "/kassa/tack", "/"],
...     "timestamp": pd.to_datetime(["2025-11-01 10:00", "2025-11-01 10:05", "2025-11-02 09:00"]),
...     "utm_source": [None, None, "google"], "utm_medium": [None, None, "cpc"],
...     "utm_campaign": [None, None, "jul"], "device": ["mobil", "mobil", "dator"],
...     "revenue": [None, 499.0, None]})
>>> aggregate_report(events, by="channel")["conversions"].to_dict()
{'(direct) / (none)': 1, 'google / cpc': 0}
>>> reachable_people(aggregate_report(events)).id_columns
()
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from . import identity
from .core.errors import CourseError
from .core.i18n import messages

msg = messages(
    {
        "missing_columns": {
            "sv": "Tabellen saknar kolumnerna {columns}. Använd händelsetabellen, till exempel "
            "`world.events`.",
            "en": "The table lacks the columns {columns}. Use the event table, for example "
            "`world.events`.",
        },
        "not_a_table": {
            "sv": "Det här är ingen tabell. Skicka in en pandas-tabell, till exempel `world.events`.",
            "en": "This is not a table. Pass a pandas table, for example `world.events`.",
        },
        "unknown_by": {
            "sv": "Rapporten kan inte delas upp efter {by!r}. Välj en av: {known}.",
            "en": "The report cannot be split by {by!r}. Choose one of: {known}.",
        },
        "unknown_customer": {
            "sv": "Det finns ingen kund med kundnummer {customer_id!r}.",
            "en": "There is no customer with customer number {customer_id!r}.",
        },
        "reach_none": {
            "sv": "**Ingen att nå.** Tabellen har {rows} rader men ingen kolumn som pekar ut en "
            "person, bara antal och summor. Det finns ingen att skicka ett erbjudande till.",
            "en": "**Nobody to reach.** The table has {rows} rows but no column that points out "
            "a person, only counts and sums. There is nobody to send an offer to.",
        },
        "reach_some": {
            "sv": "**{people} personer att nå**, via ID-kolumnerna {columns}.",
            "en": "**{people} people to reach**, through the ID columns {columns}.",
        },
        "total": {"sv": "totalt", "en": "total"},
        "chart_title": {"sv": "{metric} per {by}", "en": "{metric} per {by}"},
        "sessions": {"sv": "Sessioner", "en": "Sessions"},
        "users": {"sv": "Användare (webbläsare)", "en": "Users (browsers)"},
        "page_views": {"sv": "Sidvisningar", "en": "Page views"},
        "add_to_carts": {"sv": "Lagt i varukorgen", "en": "Added to cart"},
        "conversions": {"sv": "Köp (konverteringar)", "en": "Purchases (conversions)"},
        "revenue_sek": {"sv": "Intäkt (kr)", "en": "Revenue (SEK)"},
        "conversion_rate": {"sv": "Konverteringsgrad", "en": "Conversion rate"},
        "day": {"sv": "dag", "en": "day"},
        "channel": {"sv": "kanal (källa / medium)", "en": "channel (source / medium)"},
        "device": {"sv": "enhet", "en": "device"},
        "campaign": {"sv": "kampanj", "en": "campaign"},
        "page": {"sv": "sida", "en": "page"},
        "unknown_metric": {
            "sv": "Rapporten har inget mått som heter {metric!r}. Välj ett av: {known}.",
            "en": "The report has no metric called {metric!r}. Choose one of: {known}.",
        },
        "not_sent": {"sv": "skickas inte", "en": "not sent"},
        # the identity trail
        "sys_crm": {"sv": "CRM-systemet (vårt)", "en": "The CRM (ours)"},
        "sys_web": {"sv": "Webbplatsens händelser (våra)", "en": "The website's events (ours)"},
        "sys_pixel": {"sv": "Pixeln (hos annonsplattformen)",
                      "en": "The pixel (at the ad platform)"},
        "sys_platform": {"sv": "Annonsplattformens användare", "en": "The ad platform's users"},
        "ours": {"sv": "våra servrar", "en": "our servers"},
        "theirs": {"sv": "plattformens servrar", "en": "the platform's servers"},
        "no_match": {"sv": "(ingen träff)", "en": "(no match)"},
        # match breakdown
        "both": {"sv": "e-post och telefon", "en": "e-mail and phone"},
        "email_only": {"sv": "bara e-post", "en": "e-mail only"},
        "phone_only": {"sv": "bara telefon (annan e-post på plattformen)",
                       "en": "phone only (another e-mail on the platform)"},
        "none_no_phone": {"sv": "ingen träff, inget giltigt telefonnummer hos oss",
                          "en": "no match, no valid phone number with us"},
        "none_with_phone": {"sv": "ingen träff trots telefonnummer",
                            "en": "no match despite a phone number"},
        "by_email": {"sv": "e-post", "en": "e-mail"},
        "by_phone": {"sv": "telefon", "en": "phone"},
        "by_either": {"sv": "e-post eller telefon", "en": "e-mail or phone"},
        # the hashing steps
        "step_raw": {"sv": "1. som kunden skrev", "en": "1. as the customer typed it"},
        "step_norm": {"sv": "2. normaliserad", "en": "2. normalised"},
        "step_hash": {"sv": "3. SHA-256", "en": "3. SHA-256"},
        "unusable": {"sv": "(går inte att använda)", "en": "(not usable)"},
        # the identity map
        "map_title": {"sv": "Samma person, ett ID per plattform",
                      "en": "The same person, one ID per platform"},
        "box_crm": {"sv": "CRM-systemet\ncustomer_id, e-post, telefon",
                    "en": "The CRM\ncustomer_id, e-mail, phone"},
        "box_web": {"sv": "Webbplatsen\nanonymousId (cookie), userId",
                    "en": "The website\nanonymousId (cookie), userId"},
        "box_ga": {"sv": "Analysverktyget (GA)\nbara antal, inga ID",
                   "en": "The analytics tool (GA)\ncounts only, no IDs"},
        "box_platform": {"sv": "Annonsplattformen\nplatform_id, fbp-cookie",
                         "en": "The ad platform\nplatform_id, fbp cookie"},
        "arrow_export": {"sv": "export: hashad kundlista\n(e-post, telefon)",
                         "en": "export: hashed customer list\n(e-mail, phone)"},
        "arrow_pixel": {"sv": "integration: pixeln\n(fbp, ibland hashad e-post)",
                        "en": "integration: the pixel\n(fbp, sometimes hashed e-mail)"},
        "arrow_ga": {"sv": "taggen skickar händelser,\nrapporten visar summor",
                     "en": "the tag sends events,\nthe report shows totals"},
        "ours_heading": {"sv": "Hos oss", "en": "Ours"},
        "theirs_heading": {"sv": "Hos andra", "en": "Someone else's"},
        "arrow_login": {"sv": "inloggning kopplar\nuserId = customer_id",
                        "en": "logging in links\nuserId = customer_id"},
        "alt_group": {"sv": "{heading}: {boxes}", "en": "{heading}: {boxes}"},
        "alt_bridges": {"sv": "pilar: {arrows}", "en": "arrows: {arrows}"},
        "alt_days": {"sv": "{first}–{last}", "en": "{first} to {last}"},
        "kr": {"sv": "{value} kr", "en": "SEK {value}"},
        # abandoned checkouts
        "bad_days": {
            "sv": "Antalet dagar ska vara ett heltal, minst 1 (till exempel 7), eller None för "
            "hela loggen, inte {value!r}.",
            "en": "The number of days should be a whole number of at least 1 (for example 7), "
            "or None for the whole log, not {value!r}.",
        },
        "empty_log": {
            "sv": "Händelseloggen är tom, så den har inget sista datum att räkna dagarna från. "
            "Använd till exempel `world.events`.",
            "en": "The event log is empty, so it has no last date to count the days back from. "
            "Use, for example, `world.events`.",
        },
        "checkout_period": {
            "sv": "de {days} dagarna {first}–{last}",
            "en": "the {days} days {first} to {last}",
        },
        "checkout_summary": {
            "sv": "**{abandoned} av {started} besök i kassan slutade utan köp ({share})** under "
            "{period}; {completed} blev köp. **Kunder att följa upp: {people}**, som lämnade "
            "kassan och inte har handlat på webben sedan dess. Köpte senare ändå: {bought}. "
            "Besök utan köp av någon som aldrig har loggat in och därför inte går att koppla "
            "till en kund: {unknown}.",
            "en": "**{abandoned} of {started} checkouts started were abandoned ({share})** in "
            "{period}; {completed} were completed. **Customers to follow up: {people}**, who "
            "left the checkout and have not bought on the web since. Bought later anyway: "
            "{bought}. Abandoned by someone who never logged in and so cannot be tied to a "
            "customer: {unknown}.",
        },
    },
    __name__,
)

EVENT_COLUMNS = ("event_id", "session_id", "anonymous_id", "type", "event", "page_path",
                 "timestamp", "utm_source", "utm_medium", "utm_campaign", "device", "revenue")
# Dimensions a visit has once (taken from its first event) and the one every event has.
SESSION_DIMENSIONS = ("day", "channel", "device", "campaign")
REPORT_DIMENSIONS = (*SESSION_DIMENSIONS, "page")
METRICS = ("sessions", "users", "page_views", "add_to_carts", "conversions", "revenue_sek",
           "conversion_rate")
ADD_TO_CART, CHECKOUT, PURCHASE = "Product Added", "Checkout Started", "Order Completed"
CHECKOUT_COLUMNS = ("session_id", "anonymous_id", "user_id", "event", "timestamp",
                    "product_category")


def _require(frame: object, columns) -> pd.DataFrame:
    if not isinstance(frame, pd.DataFrame):
        raise CourseError(msg("not_a_table"))
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise CourseError(msg("missing_columns", columns=", ".join(missing)))
    return frame


# ------------------------------------------------------------------ the aggregate report
def _session_dimensions(events: pd.DataFrame) -> pd.DataFrame:
    """One row per visit with what GA attributes to the whole visit: its first event's values."""
    first = events.sort_values(["session_id", "timestamp"]).drop_duplicates("session_id")
    source = first["utm_source"].astype("string").fillna("(direct)")
    medium = first["utm_medium"].astype("string").fillna("(none)")
    return pd.DataFrame({
        "session_id": first["session_id"].to_numpy(),
        "day": first["timestamp"].dt.normalize().to_numpy(),
        "channel": (source + " / " + medium).to_numpy(),
        "device": first["device"].astype("string").to_numpy(),
        "campaign": first["utm_campaign"].astype("string").fillna("(not set)").to_numpy(),
    })


def aggregate_report(events: pd.DataFrame, by: str = "day") -> pd.DataFrame:
    """What an analytics tool shows: sessions, users, page views, add-to-carts, conversions
    and revenue per day, channel (source / medium), device, campaign or page.

    Only counts and sums come out: the IDs are used to count, then dropped, as in Google
    Analytics. ``users`` counts browsers (cookies), not people.
    """
    _require(events, EVENT_COLUMNS)
    if by not in REPORT_DIMENSIONS:
        raise CourseError(msg("unknown_by", by=by, known=", ".join(REPORT_DIMENSIONS)))
    if by == "page":
        rows = events.assign(page=events["page_path"].astype("string"))
    else:
        rows = events.drop(columns=by, errors="ignore").merge(
            _session_dimensions(events)[["session_id", by]], on="session_id")
    event = rows["event"].astype("string")
    rows = rows.assign(
        _page_view=rows["type"].astype("string").eq("page"),
        _add=event.eq(ADD_TO_CART).fillna(False),
        _buy=event.eq(PURCHASE).fillna(False),
    )
    rows["_revenue"] = rows["revenue"].where(rows["_buy"], 0.0).fillna(0.0)
    report = rows.groupby(by, observed=True, sort=True).agg(
        sessions=("session_id", "nunique"),
        users=("anonymous_id", "nunique"),
        page_views=("_page_view", "sum"),
        add_to_carts=("_add", "sum"),
        conversions=("_buy", "sum"),
        revenue_sek=("_revenue", "sum"),
    )
    report["conversion_rate"] = (report["conversions"] / report["sessions"]).round(3)
    report = report.astype({c: "int64" for c in report.columns[:5]})
    report["revenue_sek"] = report["revenue_sek"].round(0).astype("int64")
    if by != "day":  # biggest first, like GA's tables
        report = report.sort_values("sessions", ascending=False, kind="stable")
    return report


def report_chart(report: pd.DataFrame, metric: str = "sessions"):
    """One metric of an aggregate report as a picture: a line per day, else bars."""
    import matplotlib.pyplot as plt

    from .core.plotting import BLUE, finish

    _require(report, ())
    if metric not in report.columns or report.index.name not in REPORT_DIMENSIONS:
        raise CourseError(msg("unknown_metric", metric=metric, known=", ".join(METRICS)))
    fig, ax = plt.subplots(figsize=(9, 3.4))
    if report.index.name == "day":
        shown = report[metric]
        ax.plot(shown.index, shown, color=BLUE, lw=1.8)
        ax.set_ylim(bottom=0)
        fig.autofmt_xdate()
    else:
        shown = report[metric].head(12)
        ax.barh([str(i) for i in shown.index[::-1]], shown.to_numpy()[::-1], color=BLUE)
    title = msg("chart_title", metric=msg(metric), by=msg(report.index.name))
    ax.set_title(title)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return finish(fig, alt=report_alt(shown, metric, title))


def _metric_text(metric: str, value) -> str:
    from .core.i18n import number, percent

    if metric == "conversion_rate":
        return percent(value, 1)
    if metric == "revenue_sek":
        return msg("kr", value=number(value))
    return number(value)


def report_alt(shown: pd.Series, metric: str, title: str) -> str:
    """The chart in words: what per what, the highest and the lowest point (and the days)."""
    from .core.plotting import alt_sentence, extremes

    if shown.empty:
        return alt_sentence("bar", title)
    if shown.index.name == "day":
        days = [d.strftime("%Y-%m-%d") for d in shown.index]
        span = msg("alt_days", first=days[0], last=days[-1])
        found = extremes(days, shown.tolist(), lambda v: _metric_text(metric, v), words="high")
        return alt_sentence("line", title, span, found)
    found = extremes([str(i) for i in shown.index], shown.tolist(), lambda v: _metric_text(metric, v))
    return alt_sentence("bar", title, found)


# ------------------------------------------------------------------ who can we reach?
def identifier_columns() -> dict[str, int]:
    """Column names in the world that point out a person (the data dictionary's identifiers),
    each with its rank in the catalogue: a customer number before an e-mail before a cookie."""
    from . import catalog
    from .datadictionary import data_dictionary

    rank = {i.key: n for n, i in enumerate(catalog.identifiers())}
    dd = data_dictionary()
    dd = dd[dd["data_point"].isin(list(rank))]
    found = {**rank, "contact_id": rank["customer_id"]}
    for column, key in zip(dd["column"], dd["data_point"], strict=True):
        found.setdefault(column, rank[key])
    return found


@dataclass(frozen=True)
class Reach:
    """Who a table lets us contact: its ID columns and how many different people they name."""

    rows: int
    id_columns: tuple[str, ...]
    people: int

    def _repr_markdown_(self) -> str:
        if not self.id_columns:
            return msg("reach_none", rows=self.rows)
        columns = ", ".join(f"`{c}`" for c in self.id_columns)
        return msg("reach_some", people=self.people, columns=columns)

    def __repr__(self) -> str:
        return self._repr_markdown_()


def reachable_people(table: pd.DataFrame) -> Reach:
    """Which columns of ``table`` identify a person, and how many people they name.

    Each row counts as the person its strongest ID names (a customer number before a
    cookie). A weaker ID that ever appeared together with a stronger one belongs to that
    person: a cookie that once logged in is that customer, not one more person.
    """
    _require(table, ())
    ids = identifier_columns()
    names = [*map(str, table.columns), *(str(n) for n in table.index.names if n)]
    columns = tuple(sorted(dict.fromkeys(c for c in names if c in ids), key=ids.get))
    if not columns:
        return Reach(len(table), (), 0)
    flat = table.reset_index() if set(columns) - set(map(str, table.columns)) else table
    person = pd.Series(pd.NA, index=flat.index, dtype="string")
    for column in columns:
        value = flat[column].astype("string")
        known = pd.DataFrame({"value": value, "person": person}).dropna()
        linked = known.drop_duplicates("value").set_index("value")["person"]
        person = person.fillna(value.map(linked).astype("string")).fillna(column + ":" + value)
    return Reach(len(table), columns, int(person.nunique()))


def abandoned_carts(events: pd.DataFrame) -> pd.DataFrame:
    """Visits where something was added to the cart but nothing was bought, with their IDs.

    This needs the event log with its IDs; the aggregate report only knows how many.
    """
    _require(events, ("session_id", "anonymous_id", "user_id", "event", "timestamp",
                      "product_category"))
    event = events["event"].astype("string")
    added = events[event.eq(ADD_TO_CART).fillna(False)]
    bought = set(events.loc[event.eq(PURCHASE).fillna(False), "session_id"])
    carts = added[~added["session_id"].isin(bought)]
    # the user ID may come with an earlier event of the visit (after logging in)
    user = events.dropna(subset=["user_id"]).drop_duplicates("session_id") \
        .set_index("session_id")["user_id"]
    out = carts.sort_values("timestamp").groupby("session_id", sort=True).agg(
        anonymous_id=("anonymous_id", "first"),
        added_at=("timestamp", "last"),
        product_category=("product_category", "last"),
    )
    out.insert(1, "user_id", user.reindex(out.index).astype("string"))
    return out.reset_index()


# ------------------------------------------------------------------ abandoned checkouts
@dataclass(frozen=True)
class AbandonedCheckouts:
    """The abandoned-checkout trigger for one period: who to follow up, and the funnel's end.

    ``customers`` has one row per customer: ``customer_id``, ``last_abandoned_at`` (when they
    last left the checkout), ``product_category`` (what was in the cart then),
    ``abandoned_checkouts`` (how many times in the period) and ``logged_in`` (whether they
    were logged in on that visit, or recognised by the cookie of an earlier login).
    """

    customers: pd.DataFrame
    started: int
    completed: int
    bought_later: int
    not_identified: int
    days: int
    first_day: pd.Timestamp
    reference_day: pd.Timestamp

    @property
    def abandoned(self) -> int:
        return self.started - self.completed

    @property
    def abandoned_share(self) -> float:
        """Share of the checkouts started in the period that were not completed."""
        return round(self.abandoned / self.started, 4) if self.started else 0.0

    def _repr_markdown_(self) -> str:
        from .core.i18n import number, percent

        period = msg("checkout_period", days=number(self.days),
                     first=self.first_day.strftime("%Y-%m-%d"),
                     last=self.reference_day.strftime("%Y-%m-%d"))
        return msg("checkout_summary", abandoned=number(self.abandoned),
                   started=number(self.started), share=percent(self.abandoned_share, 1),
                   period=period, completed=number(self.completed),
                   people=number(len(self.customers)), bought=number(self.bought_later),
                   unknown=number(self.not_identified))

    def __repr__(self) -> str:
        return self._repr_markdown_()


def _checkout_visits(events: pd.DataFrame) -> pd.DataFrame:
    """One row per visit that reached the checkout: when, the cookie, the customer (if
    known), what was in the cart, and whether the visit ended in a purchase."""
    event = events["event"].astype("string")
    started = events[event.eq(CHECKOUT).fillna(False)]
    bought = set(events.loc[event.eq(PURCHASE).fillna(False), "session_id"])
    visits = started.sort_values("timestamp", kind="stable").groupby("session_id", sort=True) \
        .agg(started_at=("timestamp", "last"), anonymous_id=("anonymous_id", "first"),
             product_category=("product_category", "last"))
    known = events.dropna(subset=["user_id"]).sort_values("timestamp", kind="stable")
    in_visit = known.drop_duplicates("session_id").set_index("session_id")["user_id"]
    by_cookie = known.drop_duplicates("anonymous_id").set_index("anonymous_id")["user_id"]
    user = in_visit.reindex(visits.index).astype("string")
    visits["logged_in"] = user.notna().to_numpy()
    cookie_user = by_cookie.reindex(visits["anonymous_id"]).astype("string")
    visits["customer_id"] = user.fillna(pd.Series(cookie_user.to_numpy(), index=visits.index))
    visits["completed"] = visits.index.isin(list(bought))
    return visits


def _last_purchases(events: pd.DataFrame) -> pd.Series:
    """The time of each customer's latest web purchase (buyers are always logged in)."""
    event = events["event"].astype("string")
    bought = events[event.eq(PURCHASE).fillna(False) & events["user_id"].notna()]
    return bought.groupby(bought["user_id"].astype("string"))["timestamp"].max()


def _check_days(days) -> None:
    if days is not None and (isinstance(days, bool) or not isinstance(days, int) or days < 1):
        raise CourseError(msg("bad_days", value=days))


def reference_day(events: pd.DataFrame) -> pd.Timestamp:
    """The dataset's reference date: the day of the event log's last event (never the
    computer's clock, so a notebook gives the same answer every time it runs)."""
    _require(events, ("timestamp",))
    last = pd.Timestamp(events["timestamp"].max())
    if pd.isna(last):
        raise CourseError(msg("empty_log"))
    return last.normalize()


def abandoned_checkouts(events: pd.DataFrame, days: int | None = 7,
                        today=None) -> AbandonedCheckouts:
    """Who went to the checkout in the last ``days`` days and left without buying: the
    abandoned-checkout trigger, and the share of started checkouts that were abandoned.

    A checkout is abandoned when a visit has "Checkout Started" but no "Order Completed".

    - The days end with ``today`` and include it. By default ``today`` is the dataset's
      reference date, the day of the log's last event, never the computer's clock:
      ``days=7`` in Fjällgården's world is 25-31 December 2025. ``days=None`` takes the whole
      log. Nothing after ``today`` is looked at.
    - A visitor counts as a customer when they were logged in on that visit, or when the same
      browser (cookie) logged in on another visit.
    - For each customer their latest abandoned checkout counts, and only if they have not
      bought on the web since: those who came back and bought need no reminder.
    - Visitors who never logged in cannot be named; they are only counted.

    Before sending anything, check that the customer may be contacted (``consent_email`` in
    the customer table). This needs the event log with its IDs; the aggregate report only
    knows how many.
    """
    _require(events, CHECKOUT_COLUMNS)
    _check_days(days)
    last = pd.Timestamp(today).normalize() if today is not None else reference_day(events)
    end = last + pd.Timedelta(days=1)
    events = events[events["timestamp"] < end]  # the log as it stood that day
    visits = _checkout_visits(events)
    first = visits["started_at"].min().normalize() if days is None and len(visits) else \
        last - pd.Timedelta(days=(days or 1) - 1)
    visits = visits[(visits["started_at"] >= first) & (visits["started_at"] < end)]
    left = visits[~visits["completed"]]
    named = left.dropna(subset=["customer_id"]).sort_values("started_at", kind="stable")
    people = named.groupby("customer_id", sort=True).agg(
        last_abandoned_at=("started_at", "last"),
        product_category=("product_category", "last"),
        abandoned_checkouts=("started_at", "size"),
        logged_in=("logged_in", "last"),
    )
    bought = _last_purchases(events).reindex(people.index)
    later = (bought > people["last_abandoned_at"]).to_numpy()
    people = people[~later].reset_index()
    people["customer_id"] = people["customer_id"].astype("string")
    people["abandoned_checkouts"] = people["abandoned_checkouts"].astype("int64")
    days_shown = days if days is not None else int((end - first).days)
    return AbandonedCheckouts(
        customers=people, started=len(visits), completed=int(visits["completed"].sum()),
        bought_later=int(later.sum()), not_identified=int(left["customer_id"].isna().sum()),
        days=days_shown, first_day=first, reference_day=last)


def with_last_abandoned_checkout(customers: pd.DataFrame, events: pd.DataFrame,
                                 today=None) -> pd.DataFrame:
    """A copy of the customer table with one more column, ``last_abandoned_checkout``: the
    day of the customer's latest abandoned checkout, empty when there is none or when they
    have bought on the web since.

    Then the segment rules can use the trigger like any date:
    ``where("last_abandoned_checkout").within_last_days(7)`` picks the same customers as
    ``abandoned_checkouts(events, days=7)``. The copy remembers the dataset's reference date
    (``attrs["reference_date"]``), so "the last 7 days" ends on the day of the last event. The
    customer table itself is not changed.
    """
    _require(customers, ("customer_id",))
    found = abandoned_checkouts(events, days=None, today=today)
    day = found.customers.set_index("customer_id")["last_abandoned_at"].dt.normalize()
    out = customers.copy()
    ids = out["customer_id"].astype("string")
    out["last_abandoned_checkout"] = pd.to_datetime(ids.map(day).to_numpy()).astype(
        "datetime64[s]")
    out.attrs["reference_date"] = str(found.reference_day.date())
    return out


# ------------------------------------------------------------------ one person, many IDs
def _short(value: object, n: int = 16) -> str:
    text = str(value)
    return text if len(text) <= n else text[:n] + "…"


def example_person(world) -> str:
    """A customer who appears everywhere: logged in on the site, seen by the pixel with a
    hashed e-mail, and found among the platform's users. The first such customer number."""
    pixel = world.pixel_events.dropna(subset=["hashed_email"])
    on_platform = set(world.platform_users["hashed_email"].dropna())
    seen = set(pixel.loc[pixel["hashed_email"].isin(on_platform), "hashed_email"])
    customers = world.customers
    hashed = identity.hash_emails(customers["email"])
    logged_in = set(world.events["user_id"].dropna())
    ok = hashed.isin(seen) & customers["customer_id"].isin(logged_in)
    return str(customers.loc[ok.to_numpy(), "customer_id"].iloc[0])


def identity_trail(world, customer_id: str) -> pd.DataFrame:
    """The same customer under each system's own ID: CRM, website, pixel, ad platform.

    Only an e-mail address, hashed the same way on both sides, ties our customer to the
    platform's user: that is the bridge a customer list or the pixel builds.
    """
    customers = world.customers
    row = customers[customers["customer_id"] == customer_id]
    if row.empty:
        raise CourseError(msg("unknown_customer", customer_id=customer_id))
    person = row.iloc[0]
    hashed = identity.sha256_hex(identity.normalize_email(person["email"]) or "")
    events = world.events[world.events["user_id"] == customer_id]
    cookies = sorted(set(events["anonymous_id"].dropna()))
    pixel = world.pixel_events[world.pixel_events["hashed_email"] == hashed]
    users = world.platform_users[world.platform_users["hashed_email"] == hashed]
    none = msg("no_match")
    rows = [
        ("sys_crm", "customer_id", person["customer_id"], "ours"),
        ("sys_crm", "email", person["email"], "ours"),
        ("sys_web", "userId", customer_id if len(events) else none, "ours"),
        ("sys_web", "anonymousId", ", ".join(cookies) or none, "ours"),
        ("sys_pixel", "fbp", ", ".join(sorted(set(pixel["fbp"]))) or none, "theirs"),
        ("sys_pixel", "hashed_email", _short(hashed) if len(pixel) else none, "theirs"),
        ("sys_platform", "platform_id",
         users["platform_id"].iloc[0] if len(users) else none, "theirs"),
        ("sys_platform", "hashed_email", _short(hashed) if len(users) else none, "theirs"),
    ]
    return pd.DataFrame([(msg(s), i, str(v), msg(w)) for s, i, v, w in rows],
                        columns=["system", "id", "value", "stored_at"])


def identity_map():
    """The platforms with their own IDs and the bridges between them, as a picture."""
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch

    from .core.plotting import BLUE, GREEN, INK, LINE, MUTED, ORANGE, VERMILLION, finish

    fig, ax = plt.subplots(figsize=(11, 5.2))
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    boxes = {  # key: (x, y, colour); ours in blue, theirs in orange
        "box_crm": (0.16, 0.78, BLUE),
        "box_web": (0.16, 0.22, BLUE),
        "box_platform": (0.80, 0.78, ORANGE),
        "box_ga": (0.80, 0.22, LINE),
    }
    for key, (x, y, colour) in boxes.items():
        ax.add_patch(FancyBboxPatch((x - 0.15, y - 0.09), 0.30, 0.18,
                                    boxstyle="round,pad=0.01", fc="white", ec=colour, lw=2.5))
        ax.text(x, y, msg(key), ha="center", va="center", fontsize=10.5)
    arrows = [  # (from, to, label, colour, style)
        ((0.31, 0.80), (0.65, 0.80), "arrow_export", GREEN, "-"),
        ((0.31, 0.26), (0.66, 0.72), "arrow_pixel", VERMILLION, "-"),
        ((0.31, 0.18), (0.65, 0.18), "arrow_ga", LINE, "--"),
        ((0.16, 0.31), (0.16, 0.69), "arrow_login", BLUE, "-"),
    ]
    for start, end, key, colour, style in arrows:
        ax.add_patch(FancyArrowPatch(start, end, arrowstyle="-|>", mutation_scale=18,
                                     color=colour, lw=2, ls=style))
        mx, my = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
        dx = 0.09 if key == "arrow_login" else 0.0
        dy = 0.06 if key == "arrow_export" else (-0.06 if key == "arrow_ga" else 0.0)
        # Every arrow is labelled in dark text: the label, not the colour, says what it is.
        ax.text(mx + dx, my + dy, msg(key), ha="center", va="center", fontsize=9, color=INK,
                bbox={"fc": "white", "ec": "none", "pad": 1})
    for x, key in ((0.16, "ours_heading"), (0.80, "theirs_heading")):
        ax.text(x, 0.96, msg(key), ha="center", va="center", fontsize=11, color=MUTED,
                fontweight="bold")
    ax.set_title(msg("map_title"), fontsize=13)
    fig.tight_layout()
    return finish(fig, alt=identity_map_alt())


def identity_map_alt() -> str:
    from .core.plotting import alt_sentence, listing

    def said(key):  # the picture's two-line labels as one phrase
        name, _, rest = msg(key).partition("\n")
        return f"{name} ({rest.replace(chr(10), ' ')})" if rest else name

    ours = msg("alt_group", heading=msg("ours_heading"), boxes=listing([said("box_crm"), said("box_web")]))
    theirs = msg("alt_group", heading=msg("theirs_heading"),
                 boxes=listing([said("box_platform"), said("box_ga")]))
    arrows = [" ".join(msg(k).split()) for k in ("arrow_login", "arrow_export", "arrow_pixel", "arrow_ga")]
    return alt_sentence("schematic", msg("map_title"), ours, theirs,
                        msg("alt_bridges", arrows=listing(arrows)))


# ------------------------------------------------------------------ the pixel
def pixel_coverage(events: pd.DataFrame, pixel_events: pd.DataFrame) -> pd.DataFrame:
    """Per kind of web event: how many happened, how many the pixel sent to the ad platform
    (only where the visitor accepted ad cookies) and how many of those carried a hashed e-mail.
    """
    from .world.platforms import PIXEL_NAMES

    _require(events, ("event_id", "type", "event"))
    _require(pixel_events, ("event_id", "hashed_email"))
    name = events["event"].astype("string").fillna(events["type"].astype("string"))
    pixel_name = name.map(PIXEL_NAMES).fillna(msg("not_sent"))
    sent = pixel_events.set_index("event_id")["hashed_email"]
    table = pd.DataFrame({
        "web_event": name.to_numpy(),
        "pixel_event": pixel_name.to_numpy(),
        "sent": events["event_id"].isin(sent.index).to_numpy(),
        "with_email": events["event_id"].map(sent).notna().to_numpy(),
    })
    out = table.groupby(["web_event", "pixel_event"], sort=False).agg(
        web_events=("sent", "size"), sent_to_pixel=("sent", "sum"),
        with_hashed_email=("with_email", "sum"))
    out.loc[(msg("total"), ""), :] = out.sum()
    out = out.astype("int64")
    out["share_sent"] = (out["sent_to_pixel"] / out["web_events"]).round(3)
    order = [*PIXEL_NAMES, "Checkout Started", "identify", msg("total")]
    return out.sort_index(level=0, key=lambda s: s.map({k: i for i, k in enumerate(order)}))


# ------------------------------------------------------------------ matching
def _matches(customers: pd.DataFrame, platform_users: pd.DataFrame, platform: str):
    _require(customers, ("email", "phone"))
    _require(platform_users, ("hashed_email", "hashed_phone"))
    return identity.matched(customers, platform_users, platform)


def match_rates(customers: pd.DataFrame, platform_users: pd.DataFrame,
                platform: str = "meta") -> pd.DataFrame:
    """Match rate by e-mail only, phone only, and either: usable, matched, rate.

    "Usable" means normalising gave a valid value; the rate is matched / usable, the same
    measure as :func:`course_lib.identity.match_rate`.
    """
    emails, phones, email_hit, phone_hit = _matches(customers, platform_users, platform)
    has_any = (emails.notna() | phones.notna()).to_numpy()
    rows = {
        msg("by_email"): (int(emails.notna().sum()), int(email_hit.sum())),
        msg("by_phone"): (int(phones.notna().sum()), int(phone_hit.sum())),
        msg("by_either"): (int(has_any.sum()), int((email_hit | phone_hit).sum())),
    }
    out = pd.DataFrame.from_dict(rows, orient="index", columns=["usable", "matched"])
    out["match_rate"] = (out["matched"] / out["usable"].where(out["usable"] > 0)).fillna(0) \
        .round(3)
    out.index.name = "matched_by"
    return out


def match_breakdown(customers: pd.DataFrame, platform_users: pd.DataFrame,
                    platform: str = "meta") -> pd.DataFrame:
    """Every customer in exactly one group, by how (or why not) they matched the platform.

    A phone-only match shows the customer is on the platform under another e-mail; without a
    match we cannot tell "not on the platform" from "gave the platform other details".
    """
    _, phones, email_hit, phone_hit = _matches(customers, platform_users, platform)
    has_phone = phones.notna().to_numpy()
    groups = {
        "both": email_hit & phone_hit,
        "email_only": email_hit & ~phone_hit,
        "phone_only": ~email_hit & phone_hit,
        "none_no_phone": ~email_hit & ~phone_hit & ~has_phone,
        "none_with_phone": ~email_hit & ~phone_hit & has_phone,
    }
    out = pd.DataFrame({"customers": [int(mask.sum()) for mask in groups.values()]},
                       index=pd.Index([msg(k) for k in groups], name="group"))
    out["share"] = (out["customers"] / max(len(customers), 1)).round(3)
    return out


def hashing_steps(email: object = "", phone: object = "") -> pd.DataFrame:
    """Raw -> normalised -> SHA-256 for one e-mail and one phone, by Meta's and Google's rules.

    >>> hashing_steps(phone="070-123 45 67")[("phone", "meta")].iloc[1]
    '46701234567'
    """
    none = msg("unusable")
    columns, values = [], []
    for kind, raw, normalize in (("email", email, identity.normalize_email),
                                 ("phone", phone, identity.normalize_phone)):
        for platform in identity.PLATFORMS:
            norm = normalize(raw, platform=platform) if str(raw or "").strip() else None
            columns.append((kind, platform))
            values.append([str(raw or ""), norm or none,
                           identity.sha256_hex(norm) if norm else none])
    index = [msg("step_raw"), msg("step_norm"), msg("step_hash")]
    return pd.DataFrame(list(zip(*values, strict=True)), index=index,
                        columns=pd.MultiIndex.from_tuples(columns))


# ------------------------------------------------------------------ B2B
def b2b_people(companies: pd.DataFrame, contacts: pd.DataFrame,
               customers: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per person at a company customer: who they are, their role, their company,
    and (when they also shop privately) their own customer history.

    This person-level view is where B2B marketing is heading: we talk to the buyer, not to
    the organisation number.
    """
    _require(companies, ("company_id", "company_name", "industry", "size_class"))
    _require(contacts, ("contact_id", "company_id", "first_name", "last_name", "role",
                        "work_email", "customer_id"))
    people = contacts[["contact_id", "first_name", "last_name", "role", "work_email",
                       "company_id", "customer_id"]].merge(
        companies[["company_id", "company_name", "industry", "size_class"]],
        on="company_id", how="left")
    people["private_customer"] = people["customer_id"].notna()
    if customers is not None:
        _require(customers, ("customer_id", "orders_12m", "revenue_12m"))
        people = people.merge(customers[["customer_id", "orders_12m", "revenue_12m"]],
                              on="customer_id", how="left")
    return people.drop(columns="company_id")
