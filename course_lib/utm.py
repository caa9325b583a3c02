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
>>> channel_for("Google", "CPC", "Sommar_Shopping")
'Paid Shopping'
"""

from __future__ import annotations

from collections.abc import Mapping
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from .core.errors import CourseError
from .core.i18n import messages
from .ga4_channels import CHANNELS, PAID_CHANNELS, Visit, ga4_channel

UTM_PARAMS = ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term")
REQUIRED = ("utm_source", "utm_medium", "utm_campaign")
# Segment's context.campaign uses short keys; "name" is utm_campaign.
_SEGMENT_KEYS = {"source": "utm_source", "medium": "utm_medium", "name": "utm_campaign",
                 "content": "utm_content", "term": "utm_term"}

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
        channel = channel_for(cleaned["utm_source"], cleaned["utm_medium"], cleaned["utm_campaign"])
        if channel == "Unassigned":
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
def channel_for(source: str | None, medium: str | None, campaign: str | None = None) -> str:
    """GA4's default channel for a visit's source, medium and campaign name (case does not matter).

    A visit without any tags counts as Direct, as GA4 files a typed-in address. Google's rules
    are tried in Google's order and the first that matches wins (see
    :mod:`course_lib.ga4_channels`); the campaign name matters for Cross-network and Shopping.
    """
    s = _clean(source, "utm_source") or "(direct)"
    m = _clean(medium, "utm_medium") or ("(none)" if s == "(direct)" else "")
    return ga4_channel(Visit(s, m, _clean(campaign, "utm_campaign")))


def session_channels(events):
    """One row per session: its source, medium, campaign, channel and number of purchases.

    A session keeps the tags of the link it started from, so the first event decides. The
    campaign column is optional: without it no campaign name takes part in the rules.
    """
    import pandas as pd

    needed = ["session_id", "event", "utm_source", "utm_medium"]
    missing = [c for c in needed if c not in getattr(events, "columns", [])]
    if missing:
        raise CourseError(msg("missing_columns", missing=", ".join(missing)),
                          hint=msg("missing_columns_hint"))
    tags = ["utm_source", "utm_medium", "utm_campaign"]
    frame = pd.DataFrame({
        "session_id": events["session_id"],
        **{tag: (events[tag] if tag in events.columns else pd.Series(None, index=events.index))
           .astype("object") for tag in tags},
        "purchase": (events["event"] == "Order Completed").fillna(False).astype(int),
    })
    sessions = frame.groupby("session_id", sort=True).agg(
        **{tag: (tag, "first") for tag in tags}, purchases=("purchase", "sum"))
    triples = [tuple(map(_text_or_none, t)) for t in sessions[tags].itertuples(index=False)]
    lookup = {t: channel_for(*t) for t in set(triples)}
    sessions["channel"] = [lookup[t] for t in triples]
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
           "session_channels", "plot_channels", "CHANNELS", "PAID_CHANNELS", "UTM_PARAMS"]
