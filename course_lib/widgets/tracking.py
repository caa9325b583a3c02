"""Widgets of notebook 01: pick a customer and see the journey; build a tagged link.

Each one reads its controls, calls one pure function (:func:`course_lib.tracking.customer_journey`
and :func:`plot_timeline`, or :func:`course_lib.utm.build_utm_link`) and shows the result.
"""

from __future__ import annotations

import html

import ipywidgets as w

from ..core.accessible import Picture, live, named
from ..core.errors import CourseError
from ..core.i18n import messages
from ..ga4_channels import channel_label
from ..tracking import active_customers, customer_journey, plot_timeline
from ..utm import build_utm_link, channel_for, utm_warnings

msg = messages(
    {
        "customer": {"sv": "Kund", "en": "Customer"},
        "summary": {
            "sv": "{n} spår: {web} på webben, {store} köp i butik och {pixel} skickade till "
            "annonsplattformen. Kanaler: {channels}.",
            "en": "{n} traces: {web} on the web, {store} store purchases and {pixel} sent to "
            "the ad platform. Channels: {channels}.",
        },
        "url": {"sv": "Sidans adress", "en": "Page address"},
        "link": {"sv": "Din taggade länk", "en": "Your tagged link"},
        "channel": {"sv": "GA4 sorterar besöket under kanalen", "en": "GA4 files the visit under"},
        "all_good": {"sv": "Inga varningar.", "en": "No warnings."},
    },
    __name__,
)

_WIDE = w.Layout(width="36em")
_STYLE = {"description_width": "9em"}


def journey_widget(world, customers: list[str] | None = None) -> w.VBox:
    """A list of customers; choosing one draws their timeline and sums it up in a sentence."""
    ids = customers or active_customers(world)
    names = world.customers.set_index("customer_id").loc[ids, ["first_name", "last_name"]]
    options = [(f"{cid} · {row.first_name} {row.last_name}", cid)
               for cid, row in zip(ids, names.itertuples(index=False), strict=True)]
    picker = w.Dropdown(options=options, value=ids[0], description=msg("customer"),
                        layout=w.Layout(width="max-content"))
    picture = Picture()
    summary = live(w.HTML())  # the chosen customer in a sentence, read out on each choice

    def show(_=None):
        journey = customer_journey(world, picker.value)
        picture.show_figure(plot_timeline(journey))
        channels = sorted(journey["channel"].dropna().unique())
        summary.value = html.escape(msg(
            "summary", n=len(journey), web=int((journey["table"] == "events").sum()),
            store=int((journey["kind"] == "store_purchase").sum()),
            pixel=int((journey["table"] == "pixel_events").sum()),
            channels=", ".join(channels) or "–"))

    picker.observe(show, names="value")
    show()
    box = named(w.VBox([picker, summary, picture.box]))
    box.picker, box.picture, box.summary = picker, picture.image, summary
    return box


def utm_widget(url: str = "https://www.fjallgarden.se/kampanj/julklappar_2025") -> w.VBox:
    """Fields for the address and the five tags; the link, its channel and warnings update live."""
    fields = {"url": w.Text(value=url, description=msg("url"), layout=_WIDE, style=_STYLE)}
    for name in ("utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"):
        fields[name] = w.Text(description=name, layout=_WIDE, style=_STYLE,
                              continuous_update=True)
    result = w.HTML()

    def show(_=None):
        values = {k: f.value for k, f in fields.items()}
        tags = [values[k] for k in ("utm_source", "utm_medium", "utm_campaign", "utm_content",
                                    "utm_term")]
        try:
            link = build_utm_link(values["url"], *tags)
        except CourseError as error:
            result.value = f"⚠️ {html.escape(str(error))}"
            return
        warnings = utm_warnings(*tags)
        items = "".join(f"<li>⚠️ {html.escape(text)}</li>" for text in warnings)
        result.value = (
            f"<b>{msg('link')}:</b><br><code style='word-break:break-all'>{html.escape(link)}"
            f"</code><br><b>{msg('channel')}:</b> "
            f"{html.escape(channel_label(channel_for(*tags[:3])))}"
            + (f"<ul>{items}</ul>" if items else f"<br>✅ {msg('all_good')}"))

    for field in fields.values():
        field.observe(show, names="value")
    show()
    box = w.VBox([*fields.values(), result])
    box.fields, box.result = fields, result
    return box
