"""Every activity leaves data: one customer's journey, the tracking plan, and how much it adds up to.

- :func:`customer_journey` gathers everything Fjällgården recorded about one customer (web
  events, store purchases, what the pixel sent to the ad platform) into one tidy table, and
  :func:`plot_timeline` draws it.
- :func:`check_tracking_plan` reads a tracking plan (event name → properties) and says, in
  plain words, where it breaks the naming rules of the Segment spec.
- :func:`data_points_per_customer` counts how many records one customer produces in a year.

>>> check_tracking_plan({"Order Completed": ["order_id", "revenue", "currency"]}).ok
True
>>> [f.problem_key for f in check_tracking_plan({"clicked_button": ["button_text"]})]
['format', 'structure']
>>> suggest_event_name("clicked_button")
'Button Clicked'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from .core.errors import CourseError
from .core.i18n import get_language, messages, number, pick
from .core.plotting import BLACK, BLUE, GREEN, INK, LIGHT, LINE, ORANGE, PINK, SKY, TEXT, VERMILLION, YELLOW

msg = messages(
    {
        "col_time": {"sv": "Tid", "en": "Time"},
        "col_what": {"sv": "Vad", "en": "What"},
        "col_detail": {"sv": "Detaljer", "en": "Details"},
        "col_channel": {"sv": "Kanal", "en": "Channel"},
        "col_table": {"sv": "Tabell", "en": "Table"},
        "unknown_customer": {
            "sv": "Det finns ingen kund med nummer {value!r}.",
            "en": "There is no customer with number {value!r}.",
        },
        "unknown_customer_hint": {
            "sv": "Kundnummer ser ut som \"C0001998\"; du kan också skriva bara siffran, 1998.",
            "en": "Customer numbers look like \"C0001998\"; you can also write just the number, "
            "1998.",
        },
        "timeline_title": {
            "sv": "Kundresan för {name} ({customer}): {n} spår på {days} dagar",
            "en": "The customer journey of {name} ({customer}): {n} traces in {days} days",
        },
        "timeline_empty": {
            "sv": "Inga spår för {customer} mellan {start} och {end}.",
            "en": "No traces for {customer} between {start} and {end}.",
        },
        "plan_type": {
            "sv": "En spårningsplan är en ordbok: händelsens namn → lista med egenskaper, till "
            "exempel {example}.",
            "en": "A tracking plan is a dictionary: event name → list of properties, for "
            "example {example}.",
        },
        "props_type": {
            "sv": "Egenskaperna för {event!r} ska vara en lista med namn inom citattecken, "
            "till exempel [\"order_id\", \"revenue\"].",
            "en": "The properties of {event!r} should be a list of names in quotes, for "
            "example [\"order_id\", \"revenue\"].",
        },
        "ok": {
            "sv": "✅ **Inga anmärkningar.** Alla namn följer reglerna.",
            "en": "✅ **No findings.** Every name follows the rules.",
        },
        "findings_title": {
            "sv": "**{n} anmärkningar:**",
            "en": "**{n} findings:**",
        },
        "try_instead": {"sv": "Förslag: {suggestion}", "en": "Suggestion: {suggestion}"},
        "problem_dynamic": {
            "sv": "Namnet ser ut att byggas av data (siffror, eller tecken som $, / och =). Då blir "
            "varje produkt eller dag en egen händelse och ingen kan räkna dem. Lägg det som "
            "ändras i en egenskap.",
            "en": "The name looks built from data (digits, or characters such as $, / and =). Then "
            "every product or day becomes an event of its own and nobody can count them. Put "
            "what changes into a property.",
        },
        "problem_language": {
            "sv": "Namnet är inte på engelska. Segment-specens standardnamn är engelska, och "
            "verktygen känner igen dem (\"Order Completed\").",
            "en": "The name is not in English. The Segment spec's standard names are English, "
            "and tools recognise them (\"Order Completed\").",
        },
        "problem_format": {
            "sv": "Skriv händelsens namn som ord med stor begynnelsebokstav och mellanslag "
            "(Title Case), inte med understreck eller små bokstäver.",
            "en": "Write the event name as words with capital initials and spaces (Title "
            "Case), not with underscores or lower case.",
        },
        "problem_structure": {
            "sv": "Ett händelsenamn är ett objekt följt av en handling i dåtid: \"Product "
            "Viewed\", \"Order Completed\".",
            "en": "An event name is an object followed by an action in the past tense: "
            "\"Product Viewed\", \"Order Completed\".",
        },
        "problem_duplicate": {
            "sv": "Samma händelse som {other!r}, bara stavad annorlunda. Två namn för en sak "
            "delar siffrorna i två.",
            "en": "The same event as {other!r}, just spelled differently. Two names for one "
            "thing split the numbers in two.",
        },
        "problem_no_properties": {
            "sv": "Händelsen har inga egenskaper. Då vet vi att något hände, men inte vad "
            "(vilken produkt, vilket belopp).",
            "en": "The event has no properties. Then we know something happened, but not "
            "what (which product, which amount).",
        },
        "problem_missing_property": {
            "sv": "Saknar {missing}, som Fjällgårdens analytiker behöver för den här händelsen.",
            "en": "Lacks {missing}, which Fjällgården's analysts need for this event.",
        },
        "problem_property_format": {
            "sv": "Egenskapen {prop!r} ska skrivas i snake_case: små bokstäver a–z, siffror och "
            "understreck.",
            "en": "The property {prop!r} should be written in snake_case: lower-case letters "
            "a–z, digits and underscores.",
        },
        "col_event": {"sv": "händelse", "en": "event"},
        "col_property": {"sv": "egenskap", "en": "property"},
        "col_problem": {"sv": "problem", "en": "problem"},
        "col_suggestion": {"sv": "förslag", "en": "suggestion"},
        "col_properties": {"sv": "egenskaper", "en": "properties"},
        "col_question": {"sv": "svarar på frågan", "en": "answers the question"},
        "records": {"sv": "Poster per kund och år", "en": "Records per customer and year"},
        "customers_axis": {"sv": "Antal kunder", "en": "Number of customers"},
        "median": {"sv": "Median: {value:,.0f}", "en": "Median: {value:,.0f}"},
        "big_title": {
            "sv": "Så mycket data lämnar en kund efter sig på ett år",
            "en": "How much data one customer leaves behind in a year",
        },
        "src_events": {"sv": "Webbhändelser", "en": "Web events"},
        "src_pixel_events": {"sv": "Pixelhändelser", "en": "Pixel events"},
        "src_orders": {"sv": "Köp", "en": "Orders"},
        "src_order_lines": {"sv": "Orderrader", "en": "Order lines"},
        "src_records": {"sv": "Alla poster", "en": "All records"},
        "src_values": {"sv": "Alla värden", "en": "All values"},
        "stat_mean": {"sv": "medel per kund", "en": "mean per customer"},
        "stat_max": {"sv": "mest för en kund", "en": "most for one customer"},
        "stat_total": {"sv": "alla kunder", "en": "all customers"},
        "stat_million": {"sv": "med en miljon kunder", "en": "with a million customers"},
        "known_on_web": {
            "sv": "De {n} av {total} kunder som loggat in i webbutiken",
            "en": "The {n} of {total} customers who logged in to the web shop",
        },
        "mean_per_source": {"sv": "Poster per kund och år, i medel",
                            "en": "Records per customer and year, on average"},
        "kr": {"sv": "{amount} kr", "en": "SEK {amount}"},
        "alt_lanes": {"sv": "en rad per sorts spår, tiden från vänster till höger",
                      "en": "one row per kind of trace, time from left to right"},
        "alt_counts": {"sv": "antal per sort: {items}", "en": "count per kind: {items}"},
        "alt_first_last": {"sv": "första spåret {first}, sista {last}",
                           "en": "first trace {first}, last {last}"},
        "alt_histogram": {
            "sv": "till vänster hur många poster per år de {n} inloggade kunderna lämnar, "
                  "median {median}, som mest {most}",
            "en": "on the left how many records a year the {n} logged-in customers leave, "
                  "median {median}, at most {most}",
        },
        "alt_means": {"sv": "till höger i medel per kund: {found}",
                      "en": "on the right, the mean per customer: {found}"},
    },
    __name__,
)

# ----------------------------------------------------------------------- the journey
# Every kind of trace, in the order of the timeline's lanes (top to bottom), with the Segment
# event it comes from, a colour (Okabe-Ito, readable for colour-blind viewers) and a marker.
KINDS = {
    "ad_click": ({"sv": "Klick på annons", "en": "Ad click"}, VERMILLION, "*"),
    "email_click": ({"sv": "Klick i nyhetsbrev", "en": "Newsletter click"}, PINK, "*"),
    "page_view": ({"sv": "Sidvisning", "en": "Page view"}, LINE, "o"),
    "product_viewed": ({"sv": "Tittade på produkt", "en": "Product viewed"}, SKY, "o"),
    "product_added": ({"sv": "La i varukorgen", "en": "Added to cart"}, BLUE, "o"),
    "checkout_started": ({"sv": "Gick till kassan", "en": "Checkout started"}, ORANGE, "o"),
    "logged_in": ({"sv": "Loggade in", "en": "Logged in"}, BLACK, "D"),
    "order_completed": ({"sv": "Köp i webbutiken", "en": "Web shop purchase"}, GREEN, "s"),
    "store_purchase": ({"sv": "Köp i butik", "en": "Store purchase"}, GREEN, "P"),
    "pixel": ({"sv": "Skickat till annonsplattformen (pixel)",
               "en": "Sent to the ad platform (pixel)"}, YELLOW, "^"),
}
_TRACK_KINDS = {"Product Viewed": "product_viewed", "Product Added": "product_added",
                "Checkout Started": "checkout_started", "Order Completed": "order_completed"}
_MONTHS = {"sv": "jan feb mar apr maj jun jul aug sep okt nov dec".split(),
           "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()}


def kind_label(kind: str, language: str | None = None) -> str:
    return pick(KINDS[kind][0], language)


def money(amount: float) -> str:
    """1408.0 → "1 408 kr" in Swedish, "SEK 1,408" in English."""
    return msg("kr", amount=number(amount))


def _customer_id(world, customer) -> str:
    ids = world.customers["customer_id"]
    if isinstance(customer, int) and not isinstance(customer, bool):
        customer = f"C{customer:07d}"
    if isinstance(customer, str) and customer.strip().upper() in set(ids):
        return customer.strip().upper()
    raise CourseError(msg("unknown_customer", value=customer), hint=msg("unknown_customer_hint"))


def cookies_of(events, customer_id: str):
    """The browser cookies (anonymous IDs) a customer has logged in from.

    Every event from those browsers belongs to the customer, also the ones before logging in:
    this is how a web shop ties anonymous clicks to a known person.
    """
    return events.loc[events["user_id"] == customer_id, "anonymous_id"].unique()


def customer_journey(world, customer_id, start=None, end=None):
    """Everything recorded about one customer, one row per trace, in time order.

    Columns: time, what (the kind of trace in the chosen language), detail, channel (for web
    traces), kind (a key of :data:`KINDS`) and table (where the row comes from). By default the
    period is the one the event log covers.
    """
    import pandas as pd

    from .utm import PAID_CHANNELS, session_channels

    cid = _customer_id(world, customer_id)
    events = world.events
    start = pd.Timestamp(start) if start is not None else events["timestamp"].min().normalize()
    end = pd.Timestamp(end) if end is not None else events["timestamp"].max()
    mine = events[events["anonymous_id"].isin(cookies_of(events, cid))]
    mine = mine[mine["timestamp"].between(start, end)]
    channel = session_channels(mine)["channel"]
    first_of_session = ~mine["session_id"].duplicated()
    rows = []
    for row, first in zip(mine.itertuples(index=False), first_of_session, strict=True):
        ch = channel[row.session_id]
        if row.type == "page":
            kind = ("ad_click" if first and ch in PAID_CHANNELS else
                    "email_click" if first and ch == "Email" else "page_view")
            detail = row.page_path
            if kind != "page_view":
                detail = f"{row.utm_source} / {row.utm_medium} · {row.utm_campaign}"
        elif row.type == "identify":
            kind, detail = "logged_in", row.user_id
        else:
            kind = _TRACK_KINDS.get(row.event, "page_view")
            detail = str(row.product_category)
            if kind == "order_completed":
                detail = f"{row.order_id}: {money(row.revenue)}"
        rows.append((row.timestamp, kind, detail, ch, "events"))
    orders = world.orders
    orders = orders[(orders["customer_id"] == cid) & orders["order_time"].between(start, end)
                    & ~orders["order_id"].isin(mine["order_id"].dropna())]
    for row in orders.itertuples(index=False):
        kind = "store_purchase" if row.channel == "butik" else "order_completed"
        place = row.store if row.channel == "butik" else row.order_id
        rows.append((row.order_time, kind, f"{place}: {money(row.amount_sek)}", None, "orders"))
    pixel = world.pixel_events
    for row in pixel[pixel["event_id"].isin(mine["event_id"])].itertuples(index=False):
        rows.append((row.event_time, "pixel", row.event_name, None, "pixel_events"))
    journey = pd.DataFrame(rows, columns=["time", "kind", "detail", "channel", "table"])
    journey["time"] = pd.to_datetime(journey["time"])  # also when there are no rows
    journey["what"] = [kind_label(k) for k in journey["kind"]]
    journey = journey[["time", "what", "detail", "channel", "kind", "table"]]
    journey = journey.sort_values(["time", "table"], kind="stable").reset_index(drop=True)
    person = world.customers.set_index("customer_id").loc[cid]
    journey.attrs.update(customer=cid, name=f"{person['first_name']} {person['last_name']}",
                         start=start, end=end)
    return journey


def active_customers(world, n: int = 30) -> list[str]:
    """The ``n`` logged-in customers with the most web events: good journeys to look at."""
    events = world.events
    counts = _owner_of_each_event(events).value_counts().rename_axis("customer").reset_index()
    counts = counts.sort_values(["count", "customer"], ascending=[False, True])
    return list(counts["customer"].head(n))


def _owner_of_each_event(events):
    """The customer behind each event (through the browser cookie), or missing if unknown."""
    known = events.dropna(subset=["user_id"]).drop_duplicates("anonymous_id")
    return events["anonymous_id"].map(known.set_index("anonymous_id")["user_id"])


def _date_label(number, _pos=None) -> str:
    import matplotlib.dates as mdates

    day = mdates.num2date(number)
    return f"{day.day} {_MONTHS[get_language()][day.month - 1]}"


def _labels(rows, kind):
    """Small texts over the dots: the amount of a purchase, where a click came from, and
    "×3" where one visit left several traces of the same kind (they overlap in the picture)."""
    if kind in ("order_completed", "store_purchase"):
        return [(t, d.split(": ")[-1]) for t, d in zip(rows["time"], rows["detail"], strict=True)]
    if kind in ("ad_click", "email_click"):
        return [(t, d.split(" / ")[0]) for t, d in zip(rows["time"], rows["detail"], strict=True)]
    same_visit = rows.groupby(rows["time"].dt.floor("h"))["time"].agg(["first", "size"])
    return [(t, f"×{n}") for t, n in same_visit.itertuples(index=False) if n > 1]


def journey_table(journey, rows: int = 14):
    """The first traces of a journey as a table to read: headings in the learner's language."""
    import pandas as pd

    shown = journey.head(rows)
    return pd.DataFrame({
        msg("col_time"): shown["time"].dt.strftime("%Y-%m-%d %H:%M"),
        msg("col_what"): shown["what"],
        msg("col_detail"): shown["detail"],
        msg("col_channel"): shown["channel"].astype("object").fillna("–"),
        msg("col_table"): shown["table"],
    })


def plot_timeline(journey):
    """The journey as a picture: one lane per kind of trace, time from left to right."""
    import matplotlib.dates as mdates
    import pandas as pd

    from .core.plotting import finish, style

    plt = style()
    kinds = list(KINDS)
    fig, ax = plt.subplots(figsize=(12, 5.2))
    for lane, kind in enumerate(kinds):
        rows = journey[journey["kind"] == kind]
        _, colour, marker = KINDS[kind]
        ax.axhline(lane, color=LIGHT, lw=1, zorder=0)
        if len(rows):
            ax.scatter(rows["time"], [lane] * len(rows), color=colour, marker=marker,
                       s=150 if marker in "*P" else 60, edgecolor=TEXT, linewidths=0.5,
                       zorder=3)
        for i, (when, text) in enumerate(_labels(rows, kind)):
            ax.annotate(text, (when, lane), xytext=(0, 9 if i % 2 == 0 else -15),
                        textcoords="offset points", ha="center", fontsize=8)
    ax.set_yticks(range(len(kinds)), [kind_label(k) for k in kinds])
    ax.invert_yaxis()
    start, end = journey.attrs.get("start"), journey.attrs.get("end")
    if start is not None and end is not None:
        ax.set_xlim(start, end)
    span = (end - start).days if start is not None else 60
    ax.xaxis.set_major_locator(mdates.WeekdayLocator(byweekday=mdates.MO) if span <= 120
                               else mdates.MonthLocator())
    ax.xaxis.set_major_formatter(plt.FuncFormatter(_date_label))
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.tick_params(axis="y", length=0)
    customer = journey.attrs.get("customer", "")
    if len(journey):
        ax.set_title(msg("timeline_title", name=journey.attrs.get("name", ""), customer=customer,
                         n=len(journey), days=span), fontsize=12)
    else:
        ax.set_title(msg("timeline_empty", customer=customer,
                         start=_date_label(mdates.date2num(pd.Timestamp(start))),
                         end=_date_label(mdates.date2num(pd.Timestamp(end)))), fontsize=12)
    fig.tight_layout()
    return finish(fig, alt=timeline_alt(journey, " ".join(ax.get_title().split())))


def timeline_alt(journey, title: str) -> str:
    """The timeline in words: its title, how many traces of each kind, first and last."""
    from .core.plotting import alt_sentence, listing

    if not len(journey):
        return alt_sentence("timeline", title)
    counts = journey["kind"].value_counts()
    items = [f"{kind_label(k).lower()} {counts[k]}" for k in KINDS if counts.get(k, 0)]
    times = journey["time"].sort_values()
    first, last = (t.strftime("%Y-%m-%d %H:%M") for t in (times.iloc[0], times.iloc[-1]))
    return alt_sentence("timeline", title, msg("alt_lanes"), msg("alt_counts", items=listing(items)),
                        msg("alt_first_last", first=first, last=last))


# --------------------------------------------------------------------- tracking plan
# Fjällgården's own plan: the events its web shop sends, with their properties, and the
# question each one answers. The names follow the Segment spec's e-commerce events.
FJALLGARDEN_PLAN = {
    "Product Viewed": ["category"],
    "Product Added": ["category"],
    "Checkout Started": ["category"],
    "Order Completed": ["order_id", "revenue", "currency", "category"],
}
PLAN_QUESTIONS = {
    "Product Viewed": {"sv": "Vilka kategorier väcker intresse?",
                       "en": "Which categories draw interest?"},
    "Product Added": {"sv": "Vad vill kunden ha, men köper kanske inte?",
                      "en": "What does the customer want, but perhaps not buy?"},
    "Checkout Started": {"sv": "Hur många går till kassan men köper aldrig?",
                         "en": "How many go to the checkout but never buy?"},
    "Order Completed": {"sv": "Vad säljer vi, för hur mycket, och vilken kanal ledde dit?",
                        "en": "What do we sell, for how much, and which channel led there?"},
}
PLAN_EXAMPLE = '{"Order Completed": ["order_id", "revenue", "currency"]}'
# A plan written in a hurry: every event name and most properties break a rule (notebook 01).
MESSY_PLAN = {
    "clicked_buy_button": ["Button Text"],
    "Köp": ["orderId", "revenue", "currency"],
    "Viewed Product 4711": ["category"],
    "newsletter signup": [],
}
# What Fjällgården's analysts need on the events they count most. revenue and currency are
# reserved properties in the Segment spec.
REQUIRED_PROPERTIES = {
    "Order Completed": ("order_id", "revenue", "currency"),
    "Product Viewed": ("category",),
    "Product Added": ("category",),
}
# Strong past-tense verbs that do not end in -ed.
IRREGULAR_PAST = {"bought", "built", "chosen", "done", "found", "given", "held", "kept", "left",
                  "lost", "made", "paid", "put", "read", "seen", "sent", "set", "shown", "sold",
                  "spent", "taken", "told", "won", "written", "in", "out", "up"}
# Common one-word names and what the spec calls them.
KNOWN_NAMES = {"köp": "Order Completed", "kop": "Order Completed", "purchase": "Order Completed",
               "buy": "Order Completed", "order": "Order Completed", "klick": "Button Clicked",
               "click": "Button Clicked", "signup": "Signed Up", "login": "Signed In",
               "logout": "Signed Out", "nyhetsbrev": "Newsletter Subscribed",
               "newsletter": "Newsletter Subscribed", "varukorg": "Product Added"}
_TITLE_CASE = re.compile(r"([A-Z][a-z]*|[A-Z]+)( ([A-Z][a-z]*|[A-Z]+))*")  # "SMS Sent" is fine
_SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(_[a-z0-9]+)*")
_DYNAMIC = re.compile(r"[0-9{}$<>=/%#@:]")
_SWEDISH = str.maketrans("åäöÅÄÖéÉ", "aaoAAOeE")


@dataclass(frozen=True)
class Finding:
    """One remark about a tracking plan: which event (and property), what is wrong, a fix."""

    event: str
    problem_key: str
    problem: str
    suggestion: str = ""
    prop: str = ""


class Findings(list):
    """The findings of :func:`check_tracking_plan`; shows as a short list in a notebook."""

    @property
    def ok(self) -> bool:
        return not self

    def _repr_markdown_(self) -> str:
        if self.ok:
            return msg("ok")
        lines = [msg("findings_title", n=len(self))]
        for f in self:
            where = f"`{f.event}`" + (f" → `{f.prop}`" if f.prop else "")
            tip = f" *{msg('try_instead', suggestion=f.suggestion)}*" if f.suggestion else ""
            lines.append(f"- {where}: {f.problem}{tip}")
        return "\n".join(lines)

    def frame(self):
        import pandas as pd

        return pd.DataFrame([(f.event, f.prop, f.problem, f.suggestion) for f in self],
                            columns=[msg("col_event"), msg("col_property"), msg("col_problem"),
                                     msg("col_suggestion")])


def _words(name: str) -> list[str]:
    """"clickedBuyButton", "clicked_buy-button 12" → ["clicked", "Buy", "button"]."""
    spaced = re.sub(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])", " ", name)
    return [w for w in re.split(r"[\s_\-./:{}$<>=%#@]+", spaced) if w and not w.isdigit()]


def is_past_tense(word: str) -> bool:
    word = word.lower()
    return word.endswith("ed") or word in IRREGULAR_PAST


def suggest_event_name(name: str) -> str:
    """A name in the spec's form: object + past-tense action, Title Case ("" if no idea)."""
    name = re.sub(r"\{[^}]*\}|\$\w+|<[^>]*>", " ", str(name))  # drop "{date}", "$id", "<sku>"
    words = [w for w in _words(name) if not any(ch.isdigit() for ch in w)]
    if len(words) == 1:
        return KNOWN_NAMES.get(words[0].lower(), "")
    if not words:
        return ""
    words = [w.translate(_SWEDISH).capitalize() for w in words]
    if is_past_tense(words[0]) and not is_past_tense(words[-1]):
        words = words[1:] + words[:1]  # "Viewed Product" → "Product Viewed"
    if not is_past_tense(words[-1]):
        return ""
    return " ".join(words)


def suggest_property_name(name: str) -> str:
    """"orderId", "Order ID", "pris-kr" → "order_id", "order_id", "pris_kr"."""
    words = _words(str(name).translate(_SWEDISH))
    return "_".join(w.lower() for w in words) or ""


def _event_findings(name: str) -> list[Finding]:
    """What is wrong with one event name; the suggestion goes with the first finding."""
    suggestion = suggest_event_name(name)
    if _DYNAMIC.search(name):  # the other rules hardly matter until the data is out
        return [Finding(name, "dynamic", msg("problem_dynamic"), suggestion)]
    if not name.isascii():
        return [Finding(name, "language", msg("problem_language"), suggestion)]
    keys = []
    if not _TITLE_CASE.fullmatch(name):
        keys.append("format")
    words = _words(name)
    if len(words) < 2 or not is_past_tense(words[-1]):
        keys.append("structure")
    return [Finding(name, key, msg(f"problem_{key}"), suggestion if i == 0 else "")
            for i, key in enumerate(keys)]


def check_tracking_plan(plan: Mapping) -> Findings:
    """Every place where ``plan`` breaks the naming rules, in plain words, with a suggestion.

    Rules (after the Segment spec): event names are an object + a past-tense action in Title
    Case ("Order Completed"), in English, never built from data; properties are snake_case;
    every event has properties, and the ones Fjällgården counts have what the analysts need.
    """
    if not isinstance(plan, Mapping):
        raise CourseError(msg("plan_type", example=PLAN_EXAMPLE))
    found = Findings()
    seen: dict[str, str] = {}
    for event, props in plan.items():
        event = str(event)
        if isinstance(props, str) or not isinstance(props, (list, tuple, set)):
            raise CourseError(msg("props_type", event=event))
        found.extend(_event_findings(event))
        key = re.sub(r"[^a-z]", "", event.lower())
        if key in seen:
            found.append(Finding(event, "duplicate", msg("problem_duplicate", other=seen[key])))
        seen.setdefault(key, event)
        if not props:
            found.append(Finding(event, "no_properties", msg("problem_no_properties")))
        for prop in props:
            if not _SNAKE_CASE.fullmatch(str(prop)):
                found.append(Finding(event, "property_format",
                                     msg("problem_property_format", prop=str(prop)),
                                     suggest_property_name(prop), str(prop)))
        missing = [p for p in REQUIRED_PROPERTIES.get(event, ()) if p not in props]
        if props and missing:
            found.append(Finding(event, "missing_property",
                                 msg("problem_missing_property", missing=", ".join(missing))))
    return found


def tracking_plan_table(plan: Mapping = FJALLGARDEN_PLAN):
    """The plan as a table: event, its properties, and the question it answers."""
    import pandas as pd

    if not isinstance(plan, Mapping):
        raise CourseError(msg("plan_type", example=PLAN_EXAMPLE))
    return pd.DataFrame(
        [(event, ", ".join(props), pick(PLAN_QUESTIONS[event]) if event in PLAN_QUESTIONS else "")
         for event, props in plan.items()],
        columns=[msg("col_event"), msg("col_properties"), msg("col_question")])


# ------------------------------------------------------------------------- big data
# Values one row holds: the columns of each table in the world.
SOURCES = ("events", "pixel_events", "orders", "order_lines")


def data_points_per_customer(world):
    """Records per customer and year: web events, pixel events, orders and order lines.

    The event log covers only the last weeks of the year, so its counts are scaled up to a year
    (days in a year / days in the log). Orders are counted over the last 365 days. ``values``
    is records × the values each record holds (its columns).
    """
    import pandas as pd

    from .world.customers import END

    events = world.events
    owner = _owner_of_each_event(events)
    first, last = events["timestamp"].min().normalize(), events["timestamp"].max().normalize()
    per_year = 365 / ((last - first).days + 1)
    pixel = world.pixel_events
    pixel_owner = pixel["event_id"].map(pd.Series(owner.to_numpy(), index=events["event_id"]))
    since = END + pd.Timedelta(days=1) - pd.Timedelta(days=365)
    orders = world.orders[world.orders["order_time"] >= since]
    lines = world.order_lines.merge(orders[["order_id", "customer_id"]], on="order_id")
    ids = world.customers["customer_id"]
    table = pd.DataFrame({
        "events": owner.value_counts().reindex(ids, fill_value=0).to_numpy() * per_year,
        "pixel_events": pixel_owner.value_counts().reindex(ids, fill_value=0).to_numpy()
        * per_year,
        "orders": orders["customer_id"].value_counts().reindex(ids, fill_value=0).to_numpy(),
        "order_lines": lines["customer_id"].value_counts().reindex(ids, fill_value=0).to_numpy(),
    }, index=pd.Index(ids, name="customer_id")).round().astype(int)
    table["records"] = table[list(SOURCES)].sum(axis=1)
    widths = {name: world.table(name).shape[1] for name in SOURCES}
    table["values"] = sum(table[name] * widths[name] for name in SOURCES)
    table.attrs["per_year"] = per_year
    return table


def data_points_summary(table):
    """Mean and most per customer, and the total for all customers, per kind of record."""
    import pandas as pd

    columns = [*SOURCES, "records", "values"]
    summary = pd.DataFrame({msg("stat_mean"): table[columns].mean().round(1),
                            msg("stat_max"): table[columns].max(),
                            msg("stat_total"): table[columns].sum(),
                            msg("stat_million"): (table[columns].mean() * 1_000_000).round().astype(int)})
    summary.index = [msg(f"src_{c}") for c in columns]
    return summary


def plot_data_points(table):
    """Left: how many records the customers we know on the web leave in a year (histogram,
    median marked). Right: what those records are, on average."""
    from .core.plotting import finish, style

    plt = style()
    known = table[table["events"] > 0]
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.4), width_ratios=[3, 2])
    left.hist(known["records"], bins=30, color=BLUE, edgecolor="white")
    median = float(known["records"].median())
    left.axvline(median, color=VERMILLION, lw=2)
    left.annotate(msg("median", value=median), (median, 0.92), xycoords=("data", "axes fraction"),
                  xytext=(6, 0), textcoords="offset points", color=INK)
    left.set_xlabel(msg("records"))
    left.set_ylabel(msg("customers_axis"))
    left.set_title(msg("known_on_web", n=len(known), total=len(table)), fontsize=11)
    means = known[list(SOURCES)].mean()
    bars = right.barh([msg(f"src_{c}") for c in SOURCES][::-1], means.to_numpy()[::-1],
                      color=[ORANGE, GREEN, YELLOW, SKY][::-1])
    right.bar_label(bars, fmt="%.1f", padding=3)
    right.set_title(msg("mean_per_source"), fontsize=11)
    right.margins(x=0.2)
    for ax in (left, right):
        ax.spines[["top", "right"]].set_visible(False)
    fig.suptitle(msg("big_title"), fontsize=13)
    fig.tight_layout()
    return finish(fig, alt=data_points_alt(known, means))


def data_points_alt(known, means) -> str:
    from .core.i18n import number
    from .core.plotting import alt_sentence, extremes

    left = msg("alt_histogram", n=number(len(known)), median=number(known["records"].median()),
               most=number(known["records"].max()))
    found = extremes([msg(f"src_{c}") for c in means.index], means.tolist(), lambda v: number(v, 1),
                     words="high")
    return alt_sentence("histogram", msg("big_title"), left, msg("alt_means", found=found))
