"""UTM tagging: build tagged links, read the tags back, and sort visits into channels.

A UTM tag is five small labels on a link (``utm_source``, ``utm_medium``, ``utm_campaign``,
``utm_content``, ``utm_term``). The analytics tool reads them when someone lands on the site
and files the visit under a *channel* (Email, Paid Social …) by fixed rules.

>>> link = build_utm_link("https://www.fjallgarden.se/kampanj", "Newsletter", "email",
...                       "Julklappar 2025")
>>> link
'https://www.fjallgarden.se/kampanj?utm_source=newsletter&utm_medium=email&utm_campaign=julklappar%202025'
>>> parse_utm(link)["utm_campaign"]
'julklappar 2025'
>>> channel_for("facebook", "paid_social")
'Paid Social'
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from .core.errors import CourseError
from .core.i18n import messages

UTM_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")
REQUIRED = ("utm_source", "utm_medium", "utm_campaign")
# Segment's context.campaign uses short keys; "name" is utm_campaign.
_SEGMENT_KEYS = {"source": "utm_source", "medium": "utm_medium", "name": "utm_campaign",
                 "content": "utm_content", "term": "utm_term"}

# GA4's default channel group, after Google Analytics Help "[GA4] Default channel group"
# (support.google.com/analytics/answer/9756891), simplified in two ways:
# - Google matches sources against its own long lists of search and social sites; these
#   short lists hold the common ones.
# - Only the channels a Swedish retailer meets every day are here. Cross-network, Paid
#   Shopping, Paid Video, Paid Other, Organic Video, Audio, SMS and Mobile Push fall into
#   Unassigned.
SEARCH_SITES = frozenset({"google", "google.com", "google.se", "bing", "bing.com", "duckduckgo",
                          "yahoo", "ecosia", "baidu", "yandex", "startpage"})
SOCIAL_SITES = frozenset({"facebook", "facebook.com", "m.facebook.com", "l.facebook.com",
                          "instagram", "instagram.com", "linkedin", "linkedin.com", "tiktok",
                          "tiktok.com", "pinterest", "snapchat", "twitter", "t.co", "x", "x.com",
                          "reddit", "threads"})
PAID_MEDIUM = re.compile(r"^(.*cp.*|ppc|retargeting|paid.*)$")
SOCIAL_MEDIA = {"social", "social-network", "social-media", "sm", "social network", "social media"}
EMAIL_WORDS = {"email", "e-mail", "e_mail", "e mail"}
DISPLAY_MEDIA = {"display", "banner", "expandable", "interstitial", "cpm"}
REFERRAL_MEDIA = {"referral", "app", "link"}
CHANNELS = ("Direct", "Organic Search", "Paid Search", "Paid Social", "Organic Social", "Email",
            "Affiliates", "Referral", "Display", "Unassigned")
PAID_CHANNELS = frozenset({"Paid Search", "Paid Social", "Display"})

msg = messages(
    {
        "no_url": {
            "sv": "Länken saknar adress. Skriv hela adressen, till exempel "
            "\"https://www.fjallgarden.se/kampanj\".",
            "en": "The link has no address. Write the whole address, for example "
            "\"https://www.fjallgarden.se/kampanj\".",
        },
        "bad_url": {
            "sv": "{url!r} ser inte ut som en webbadress.",
            "en": "{url!r} does not look like a web address.",
        },
        "bad_url_hint": {
            "sv": "En adress har ett domännamn, till exempel www.fjallgarden.se/kampanj.",
            "en": "An address has a domain name, for example www.fjallgarden.se/kampanj.",
        },
        "not_text": {
            "sv": "{name} ska vara text inom citattecken, inte {value!r}.",
            "en": "{name} should be text in quotes, not {value!r}.",
        },
        "parse_type": {
            "sv": "parse_utm läser en länk (text) eller en händelse (ordbok), inte {kind}.",
            "en": "parse_utm reads a link (text) or an event (dictionary), not {kind}.",
        },
        "missing": {
            "sv": "{name} saknas. Alla tre behövs: source och medium avgör kanalen, campaign "
            "vilken kampanj besöket räknas till.",
            "en": "{name} is missing. All three are needed: source and medium decide the "
            "channel, campaign which campaign the visit counts towards.",
        },
        "unassigned": {
            "sv": "Källan {source!r} med mediet {medium!r} hamnar i kanalen Unassigned. Använd ett "
            "medium som GA4 känner igen, till exempel email, cpc, paid_social, social eller "
            "referral.",
            "en": "Source {source!r} with medium {medium!r} ends up in the Unassigned channel. Use "
            "a medium GA4 recognises, for example email, cpc, paid_social, social or referral.",
        },
        "spaces": {
            "sv": "{name} innehåller mellanslag; de blir %20 i länken. Många team skriver "
            "understreck i stället: {suggestion!r}.",
            "en": "{name} contains spaces; they become %20 in the link. Many teams write "
            "underscores instead: {suggestion!r}.",
        },
        "missing_columns": {
            "sv": "Händelsetabellen saknar kolumnerna {missing}.",
            "en": "The event table lacks the columns {missing}.",
        },
        "missing_columns_hint": {
            "sv": "Använd world.events, som har session_id, event, utm_source och utm_medium.",
            "en": "Use world.events, which has session_id, event, utm_source and utm_medium.",
        },
        "sessions": {"sv": "Sessioner", "en": "Sessions"},
        "purchases": {"sv": "Köp", "en": "Purchases"},
        "channel": {"sv": "Kanal", "en": "Channel"},
        "alt_column": {"sv": "{column}: {found}", "en": "{column}: {found}"},
        "chart_title": {
            "sv": "Sessioner och köp per kanal (GA4:s standardregler)",
            "en": "Sessions and purchases per channel (GA4's default rules)",
        },
    },
    __name__,
)


# ----------------------------------------------------------------------------- building
def _clean(value, name: str = "utm") -> str:
    """Lowercase, trimmed, single spaces: "Facebook " and "facebook" are one source in GA4's
    reports only if they are written the same way, so we always write them the same way."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise CourseError(msg("not_text", name=name, value=value))
    return " ".join(value.split()).lower()


def _full_url(url) -> str:
    if not isinstance(url, str) or not url.strip():
        raise CourseError(msg("no_url"))
    url = url.strip()
    if "://" not in url:  # "www.fjallgarden.se" is what people paste; browsers add https
        url = "https://" + url
    parts = urlsplit(url)
    if "." not in parts.netloc or " " in parts.netloc:
        raise CourseError(msg("bad_url", url=url), hint=msg("bad_url_hint"))
    return url


def build_utm_link(url: str, source: str, medium: str, campaign: str,
                   content: str | None = None, term: str | None = None) -> str:
    """The link with UTM tags: lowercased, URL-encoded (å → %C3%A5, space → %20).

    Other query parameters of ``url`` are kept; old UTM tags are replaced. Empty tags are left
    out; :func:`utm_warnings` says which required ones are missing.
    """
    parts = urlsplit(_full_url(url))
    values = dict(zip(UTM_PARAMS, (source, medium, campaign, content, term), strict=True))
    tags = [(name, _clean(value, name)) for name, value in values.items()]
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k.lower() not in UTM_PARAMS]
    query = urlencode(kept + [(k, v) for k, v in tags if v], quote_via=quote, safe="")
    return urlunsplit((parts.scheme, parts.netloc, parts.path, query, parts.fragment))


def utm_warnings(source: str | None, medium: str | None, campaign: str | None,
                 content: str | None = None, term: str | None = None) -> list[str]:
    """Friendly warnings about a set of tags: missing required ones, an unknown medium, spaces."""
    values = dict(zip(UTM_PARAMS, (source, medium, campaign, content, term), strict=True))
    cleaned = {name: _clean(value, name) for name, value in values.items()}
    found = [msg("missing", name=name) for name in REQUIRED if not cleaned[name]]
    if cleaned["utm_source"] and cleaned["utm_medium"]:
        if channel_for(cleaned["utm_source"], cleaned["utm_medium"]) == "Unassigned":
            found.append(msg("unassigned", source=cleaned["utm_source"],
                             medium=cleaned["utm_medium"]))
    for name, value in cleaned.items():
        if " " in value:
            found.append(msg("spaces", name=name, suggestion=value.replace(" ", "_")))
    return found


# ------------------------------------------------------------------------------ reading
def parse_utm(link_or_event) -> dict[str, str]:
    """The UTM tags in a link, or in a Segment event (its ``context.campaign``).

    Returns ``{"utm_source": …, "utm_medium": …}`` with only the tags that are there, decoded
    (``%C3%A5`` → å) but otherwise as written.
    """
    if isinstance(link_or_event, Mapping):
        context = link_or_event.get("context", link_or_event)
        campaign = context.get("campaign") or {}
        found = {_SEGMENT_KEYS[k]: str(v) for k, v in campaign.items() if k in _SEGMENT_KEYS}
        url = (context.get("page") or {}).get("url", "")
        return _ordered({**parse_utm(url), **found} if url else found)
    if not isinstance(link_or_event, str):
        raise CourseError(msg("parse_type", kind=type(link_or_event).__name__))
    query = urlsplit(link_or_event.strip()).query if "?" in link_or_event else ""
    if not query and "=" in link_or_event:  # just the query part: "utm_source=…&utm_medium=…"
        query = link_or_event.strip().lstrip("?")
    tags = {k.lower(): v for k, v in parse_qsl(query, keep_blank_values=False)}
    return _ordered({k: v for k, v in tags.items() if k in UTM_PARAMS})


def _ordered(tags: dict[str, str]) -> dict[str, str]:
    return {k: tags[k] for k in UTM_PARAMS if k in tags}


# ----------------------------------------------------------------------------- channels
def channel_for(source: str | None, medium: str | None) -> str:
    """GA4's default channel for a visit's source and medium (case does not matter).

    A visit without any tags counts as Direct, as GA4 files a typed-in address. The rules are
    tried in GA4's order; the first that matches wins.
    """
    s = _clean(source) or "(direct)"
    m = _clean(medium) or ("(none)" if s == "(direct)" else "")
    paid = bool(PAID_MEDIUM.match(m))
    if s == "(direct)" and m in ("(none)", "(not set)"):
        return "Direct"
    if s in SEARCH_SITES and paid:
        return "Paid Search"
    if s in SOCIAL_SITES and paid:
        return "Paid Social"
    if m in DISPLAY_MEDIA:
        return "Display"
    if s in SOCIAL_SITES or m in SOCIAL_MEDIA:
        return "Organic Social"
    if s in SEARCH_SITES or m == "organic":
        return "Organic Search"
    if m in REFERRAL_MEDIA:
        return "Referral"
    if s in EMAIL_WORDS or m in EMAIL_WORDS:
        return "Email"
    if m in ("affiliate", "affiliates"):
        return "Affiliates"
    return "Unassigned"


def session_channels(events):
    """One row per session: its source, medium, channel and number of purchases.

    A session keeps the tags of the link it started from, so the first event decides.
    """
    import pandas as pd

    needed = ["session_id", "event", "utm_source", "utm_medium"]
    missing = [c for c in needed if c not in getattr(events, "columns", [])]
    if missing:
        raise CourseError(msg("missing_columns", missing=", ".join(missing)),
                          hint=msg("missing_columns_hint"))
    frame = pd.DataFrame({
        "session_id": events["session_id"],
        "utm_source": events["utm_source"].astype("object"),
        "utm_medium": events["utm_medium"].astype("object"),
        "purchase": (events["event"] == "Order Completed").fillna(False).astype(int),
    })
    sessions = frame.groupby("session_id", sort=True).agg(
        utm_source=("utm_source", "first"), utm_medium=("utm_medium", "first"),
        purchases=("purchase", "sum"))
    pairs = sessions[["utm_source", "utm_medium"]].drop_duplicates()
    lookup = {(s, m): channel_for(_text_or_none(s), _text_or_none(m))
              for s, m in pairs.itertuples(index=False)}
    sessions["channel"] = [lookup[(s, m)] for s, m in
                           sessions[["utm_source", "utm_medium"]].itertuples(index=False)]
    return sessions


def _text_or_none(value):
    return None if value is None or value != value else str(value)  # NaN != NaN


def sessions_per_channel(events):
    """Sessions, purchases and purchases per 100 sessions for every channel, largest first."""
    sessions = session_channels(events)
    table = sessions.groupby("channel").agg(sessions=("purchases", "size"),
                                            purchases=("purchases", "sum"))
    table["purchase_rate"] = (100 * table["purchases"] / table["sessions"]).round(1)
    table.index.name = "channel"
    return table.sort_values(["sessions", "purchases"], ascending=False)


def plot_channels(table):
    """Two bar charts side by side: sessions and purchases per channel."""
    from .core.plotting import BLUE, GREEN, finish, style

    plt = style()
    rows = table.iloc[::-1]  # largest at the top
    fig, axes = plt.subplots(1, 2, figsize=(11, 0.45 * len(rows) + 1.6), sharey=True)
    for ax, column, colour in zip(axes, ["sessions", "purchases"], [BLUE, GREEN], strict=True):
        bars = ax.barh(list(rows.index), rows[column], color=colour)
        ax.bar_label(bars, padding=3, fontsize=9)
        ax.set_title(msg(column))
        ax.spines[["top", "right"]].set_visible(False)
        ax.margins(x=0.15)
    axes[0].set_ylabel(msg("channel"))
    fig.suptitle(msg("chart_title"), fontsize=12)
    fig.tight_layout()
    return finish(fig, alt=channels_alt(table))


def channels_alt(table) -> str:
    """The two bar charts in words: the largest and smallest channel for each."""
    from .core.i18n import number
    from .core.plotting import alt_sentence, extremes

    found = [msg("alt_column", column=msg(c), found=extremes(table.index, table[c].tolist(), number))
             for c in ("sessions", "purchases")]
    return alt_sentence("bar", msg("chart_title"), *found)


__all__ = ["build_utm_link", "parse_utm", "channel_for", "utm_warnings", "sessions_per_channel",
           "session_channels", "plot_channels", "CHANNELS", "UTM_PARAMS"]
