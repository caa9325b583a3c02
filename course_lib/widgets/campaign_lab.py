"""The campaign lab without code: choose an audience, a channel, 2-4 messages, the control
group's share and the week, press Run, and read what happened and how sure we can be.

The widget is thin: :mod:`course_lib.campaigns.panel` turns the controls into a campaign and
runs it (:func:`~course_lib.campaigns.panel.run_lab`); the widget shows the outcome. The reach,
the verdict (or a friendly error) sit in a live region, so a screen reader says the new result.
"""

from __future__ import annotations

import base64
import dataclasses
import html
import logging

from ..campaigns import panel
from ..core.accessible import live, named, names_script
from ..core.errors import CourseError
from ..core.i18n import get_language, messages
from ..core.plotting import figure_png

msg = messages(
    {
        "intro": {
            "sv": "Välj målgrupp, kanal och 2–4 budskap, hur stor kontrollgrupp du vill ha och "
            "vilken vecka kampanjen går. Tryck sedan på ”Kör kampanjen”. Samma val ger samma "
            "resultat; en ny vecka är ett nytt utskick.",
            "en": "Choose the audience, the channel and 2–4 messages, how large a control group "
            "you want and the week the campaign runs. Then press “Run the campaign”. The same "
            "choices give the same result; a new week is a new send.",
        },
        "audience": {"sv": "Målgrupp", "en": "Audience"},
        "random_size": {"sv": "Antal slumpvis valda", "en": "Number chosen at random"},
        "channel": {"sv": "Kanal", "en": "Channel"},
        "themes": {"sv": "Budskap att testa (2–4)", "en": "Messages to test (2–4)"},
        "control": {"sv": "Kontrollgrupp, andel", "en": "Control group, share"},
        "week": {"sv": "Vecka (1–52)", "en": "Week (1–52)"},
        "run": {"sv": "Kör kampanjen", "en": "Run the campaign"},
        "running": {"sv": "Kampanjen körs …", "en": "The campaign is running …"},
        "waiting": {"sv": "Inget resultat än: tryck på ”Kör kampanjen”.",
                    "en": "No result yet: press “Run the campaign”."},
        "stale": {"sv": "Du har ändrat valen: resultatet nedan gäller de förra valen. Tryck på "
                        "”Kör kampanjen” för ett nytt.",
                  "en": "You changed the choices: the result below is for the earlier ones. "
                        "Press “Run the campaign” for a new one."},
        "verdict": {"sv": "Slutsats", "en": "Verdict"},
        "rates": {"sv": "Andel som köpte per grupp", "en": "Share who ordered per group"},
        "lift": {"sv": "Ökning", "en": "Lift"},
        "pictures": {"sv": "Diagram", "en": "Charts"},
        "error": {"sv": "Kampanjen kunde inte köras:", "en": "The campaign could not run:"},
        "bug": {"sv": "Något oväntat gick fel i arbetsboken ({kind}). Kör cellen igen; hjälper "
                       "det inte, berätta för läraren vilka val du gjorde.",
                "en": "Something unexpected went wrong in the workbook ({kind}). Run the cell "
                      "again; if that does not help, tell the teacher which choices you made."},
        "example": {"sv": "Exempel: resultatet med valen ovan, för målgruppen ”{audience}”",
                    "en": "Example: the result of the choices above, for the audience "
                          "“{audience}”"},
    },
    __name__,
)


class CampaignLab:
    """``campaign_lab()``'s object: show it by leaving it last in a cell.

    ``lab.outcome`` is the last run (a :class:`~course_lib.campaigns.panel.LabOutcome`), or
    None; ``lab.settings()`` what the controls say now; ``lab.run()`` presses Run.
    """

    def __init__(self, world=None, language: str | None = None, saved=None, lesson=None):
        import ipywidgets as w  # loaded here: importing course_lib stays fast

        if world is None:
            from .. import datasets

            world = datasets.load()
        self.world = world
        self.language = language or get_language()
        lang = self.language
        saved_problem = ""
        if saved is None:
            saved, saved_problem = panel.saved_segments()
        self.choices = panel.audience_choices(saved, lesson, lang)
        self.outcome = None
        wide = {"description_width": "initial"}

        self.audience = w.Dropdown(options=[(c.label, c.key) for c in self.choices],
                                   value=panel.first_audience(self.choices),
                                   description=msg("audience", lang),
                                   style=wide, layout=w.Layout(width="auto", max_width="100%"))
        self.random_size = w.BoundedIntText(value=panel.DEFAULT_RANDOM_SIZE, min=2,
                                            max=max(2, len(world.customers)),
                                            description=msg("random_size", lang), style=wide,
                                            layout=w.Layout(width="16em"))
        # Radio buttons, not toggle buttons: a screen reader hears which channel is chosen.
        self.channel = w.RadioButtons(options=panel.channel_options(lang), value="email",
                                      description=msg("channel", lang), style=wide,
                                      layout=w.Layout(width="auto"))
        self.themes = {t: w.Checkbox(value=t in panel.DEFAULT_THEMES, indent=False,
                                     description=panel.theme_label(t, lang),
                                     layout=w.Layout(width="auto"))
                       for t in panel.THEMES}
        # A selection slider: its readout is the label, in the learner's number format (20 %).
        self.control_share = w.SelectionSlider(options=panel.control_options(lang),
                                               value=panel.DEFAULT_CONTROL_SHARE,
                                               description=msg("control", lang), style=wide,
                                               continuous_update=False,
                                               layout=w.Layout(width="28em", max_width="100%"))
        self.control_share.add_class("cl-stops")
        self.week = w.BoundedIntText(value=1, min=1, max=panel.MAX_WEEKS,
                                     description=msg("week", lang), style=wide,
                                     layout=w.Layout(width="12em"))
        # No icon: the icon font's glyph would become part of the button's accessible name.
        self.run_button = w.Button(description=msg("run", lang), button_style="primary",
                                   layout=w.Layout(width="auto", align_self="flex-start"))
        # The live region: reach, verdict or error. The naming script (core/accessible.py)
        # makes every .cl-live a polite status region, so its new text is read out.
        self.live = live(w.HTML(_p(msg("waiting", lang)) + _problem(saved_problem)))
        self.details = w.HTML()
        self.pictures = w.HTML()
        self.stale = w.HTML()  # says when the result shown no longer matches the controls

        self.audience.observe(self._on_audience, "value")
        for control in (self.audience, self.random_size, self.channel, *self.themes.values(),
                        self.control_share, self.week):
            control.observe(self._on_change, "value")
        self.run_button.on_click(self.run)
        self._on_audience()

        row = w.Layout(flex_flow="row wrap", align_items="center", grid_gap="4px 16px")
        themes = w.VBox([_heading(msg("themes", lang)), *self.themes.values()])
        themes.add_class("cl-group")  # heard as one group named by its heading
        self.widget = w.VBox([
            w.HTML(_STYLE),
            w.HTML(_p(msg("intro", lang))),
            w.HBox([self.audience, self.random_size], layout=row),
            self.channel,
            themes,
            w.HBox([self.control_share, self.week], layout=row),
            self.run_button,
            self.stale,
            self.live,
            self.details,
            self.pictures,
        ])
        self.widget.add_class("cl-lab")
        named(self.widget)
        # The slides and the reading site show the controls and an example result instead.
        self.widget.course_static = self.static_html

    def _ipython_display_(self):
        from IPython.display import display

        display(self.widget)
        display(names_script(self.language))

    # -------------------------------------------------------------- reading the controls
    def settings(self) -> panel.LabSettings:
        """What the controls say now."""
        return panel.LabSettings(
            audience=self.audience.value, channel=self.channel.value,
            themes=tuple(t for t, box in self.themes.items() if box.value),
            control_share=self.control_share.value, week=int(self.week.value),
            random_size=int(self.random_size.value))

    def _on_audience(self, _change=None):
        random = self.audience.value == panel.RANDOM
        self.random_size.disabled = not random
        last = self.outcome
        if random and last is not None and last.settings.audience != panel.RANDOM:
            # A fair comparison: as many as the segment just run could reach.
            self.random_size.value = max(2, min(last.reachable, self.random_size.max))

    def _on_change(self, _change=None):
        last = self.outcome
        changed = last is not None and self.settings() != last.settings
        self.stale.value = _p(msg("stale", self.language)) if changed else ""

    # -------------------------------------------------------------- running
    def run(self, _button=None) -> None:
        """Run the campaign the controls describe and show the outcome (or the error)."""
        lang = self.language
        self.run_button.disabled = True
        self.live.value = _p(msg("running", lang))
        try:
            outcome = panel.run_lab(self.world, self.settings(), self.choices, lang)
        except CourseError as error:  # a learner's choice that cannot run: say why, kindly
            self._failed(error_html(error, lang))
            return
        except Exception as error:  # noqa: BLE001 - a bug of ours: a sentence, never silence
            # (a click handler's traceback would only reach JupyterLab's log console)
            logging.getLogger(__name__).exception("The campaign lab failed")
            self._failed(f"<p>⚠️ {html.escape(msg('bug', lang, kind=type(error).__name__))}</p>")
            return
        finally:
            self.run_button.disabled = False
        self.outcome = outcome
        self.stale.value = ""
        self.live.value = live_html(outcome)
        self.details.value = details_html(outcome)
        self.pictures.value = pictures_html(outcome)

    def _failed(self, shown: str) -> None:
        self.outcome = None
        self.stale.value = ""
        self.live.value = shown
        self.details.value = self.pictures.value = ""

    def static_html(self) -> str:
        """The widget for a page without a kernel (core/widget_text.py): its controls as they
        start, then the result of running them as they start on the lesson's first segment."""
        from ..core.widget_text import describe

        results = (self.live, self.details, self.pictures, self.stale)
        parts = [describe(child) for child in self.widget.children if child not in results]
        settings = self.settings()
        keys = [c.key for c in self.choices]
        if "lesson:0" in keys:  # the same example whatever the learner has saved
            settings = dataclasses.replace(settings, audience="lesson:0")
        try:
            outcome = panel.run_lab(self.world, settings, self.choices, self.language)
        except CourseError:
            return "<div>" + "".join(parts) + "</div>"
        example = msg("example", self.language, audience=outcome.result.campaign.name)
        parts += [f"<p><strong>{html.escape(example)}</strong></p>", live_html(outcome),
                  details_html(outcome), pictures_html(outcome)]
        return "<div>" + "".join(p for p in parts if p) + "</div>"

    @property
    def shown_text(self) -> str:
        """Everything the result area shows, as plain text (for tests and scripts)."""
        import re

        text = " ".join(x.value for x in (self.live, self.details, self.pictures))
        text = re.sub(r'<img alt="([^"]*)"[^>]*>', r" \1 ", text)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        return re.sub(r"[ \t\r\n]+", " ", text).strip()  # (keeps the no-break spaces of 1 234)


def campaign_lab(world=None, language: str | None = None) -> CampaignLab:
    """The campaign lab: run a test campaign on the synthetic customers without code.

    ``world`` defaults to the workbook's world (``datasets.load()``), ``language`` to the
    notebook's. The audiences on offer are your saved segments (segments.json), the lesson's
    segments, a random audience of the size you choose, and everyone the channel reaches.
    """
    return CampaignLab(world, language)


# ---------------------------------------------------------------- HTML the learner sees

_STYLE = """<style>
.cl-lab .widget-html-content { line-height: 1.4; }
.cl-lab h3.cl-h { font-size: 1em; margin: 10px 0 2px; }
.cl-lab h4 { margin: 8px 0 2px; }
.cl-lab .cl-live { min-height: 2.5em; }
/* Radio buttons as tall as their text, also in the presenter's large type. */
.cl-lab .widget-radio-box label { height: auto; line-height: 1.5; margin: 2px 0; }
.cl-lab .widget-radio-box { margin-bottom: 0; }
.cl-lab table { border-collapse: collapse; }
.cl-lab th, .cl-lab td { padding: 1px 8px; text-align: right; vertical-align: top; }
.cl-lab th:first-child, .cl-lab td:first-child { text-align: left; }
.cl-lab .cl-table { overflow-x: auto; max-width: 100%; }
.cl-lab img { max-width: 100%; height: auto; }
.cl-lab :focus-visible, .cl-lab .noUi-handle:focus, .cl-lab select:focus,
.cl-lab input:focus, .cl-lab button:focus-visible {
  outline: 3px solid #0072B2 !important; outline-offset: 2px; }
</style>"""


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>" if text else ""


def _problem(text: str) -> str:
    return f"<p>⚠️ {html.escape(text)}</p>" if text else ""


def _heading(text: str):
    import ipywidgets as w

    return w.HTML(f'<h3 class="cl-h">{html.escape(text)}</h3>')


def error_html(error: CourseError, language: str | None = None) -> str:
    """The friendly sentence (and hint) of a learner's error, never a traceback."""
    hint = f"<br>💡 {html.escape(error.hint)}" if error.hint else ""
    return (f"<p>⚠️ <b>{html.escape(msg('error', language))}</b> "
            f"{html.escape(error.message)}{hint}</p>")


def live_html(outcome) -> str:
    """What the live region says after a run: the headline, who could take part and why, and
    the verdict in plain words."""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in outcome.verdict_lines)
    return (f"<p><b>{html.escape(outcome.headline)}</b></p>{_p(outcome.note)}"
            f"<h4>{html.escape(msg('verdict', outcome.language))}</h4><ul>{items}</ul>")


def _region(label: str, table: str) -> str:
    """A wide table in a box that scrolls sideways and can be reached with Tab."""
    return (f'<div class="cl-table" role="region" tabindex="0" aria-label="{html.escape(label)}">'
            f"{table}</div>")


def details_html(outcome) -> str:
    """The rates with their intervals and the lift, as sentences and as tables."""
    from ..campaigns.show import formatted
    from ..campaigns.stats import msg as stats_msg

    lang = outcome.language

    def m(key, **values):
        return stats_msg(key, lang, **values)

    lifts = formatted(outcome.report.lifts, shares=[m("h_relative")],
                      points=[m("h_lift"), m("h_lift_low"), m("h_lift_high")],
                      decimals={m("h_p"): 3}, language=lang)
    rate_items = "".join(f"<li>{html.escape(line)}</li>" for line in outcome.rate_lines)
    lift_items = "".join(f"<li>{html.escape(line)}</li>" for line in outcome.lift_lines)
    # The rates are said whole in the sentences; the lift's table adds the relative lift, the
    # p-value and the recipients a clear answer needs.
    return (_p(outcome.compare_line)
            + f"<h4>{html.escape(msg('rates', lang))}</h4><ul>{rate_items}</ul>"
            + f"<h4>{html.escape(msg('lift', lang))}</h4><ul>{lift_items}</ul>"
            + _region(msg("lift", lang), lifts.to_html(border=0)))


def pictures_html(outcome) -> str:
    """The interval and lift pictures as images with their alt text (made from the data)."""
    from ..core.plotting import alt_text

    parts = []
    for fig in outcome.figures:
        png = base64.b64encode(figure_png(fig, dpi=110)).decode("ascii")
        parts.append(f'<img alt="{html.escape(alt_text(fig) or "", quote=True)}" '
                     f'src="data:image/png;base64,{png}">')
    return f"<h4>{html.escape(msg('pictures', outcome.language))}</h4>" + "".join(parts)
