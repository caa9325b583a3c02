"""What the campaign lab's controls mean: the audiences on offer, the settings a learner picks,
the campaign they make and the result in words. The widget (``widgets/campaign_lab.py``) only
reads its controls into :class:`LabSettings` and shows :func:`run_lab`'s :class:`LabOutcome`.

The campaign that is run has the same definition in Swedish and English (its variants are
named by theme key), so the same settings give the same numbers in either language; only the
names shown are translated afterwards.

>>> from course_lib import datasets
>>> from course_lib.campaigns.panel import LabSettings, audience_choices, run_lab
>>> choices = audience_choices(saved=[])
>>> settings = LabSettings(choices[0].key, "email", ("adventure", "price"), 0.2, week=1)
>>> outcome = run_lab(datasets.load(), settings, choices)
>>> outcome.rates.index.tolist()
['äventyr', 'pris', 'kontrollgrupp']
"""

from __future__ import annotations

import dataclasses
import numbers
from dataclasses import dataclass

from ..core.errors import CourseError
from ..core.i18n import get_language, messages, number, percent, speaking
from ..segments.rules import Segment
from .design import (
    CHANNELS,
    MAX_VARIANTS,
    THEMES,
    Campaign,
    Variant,
    campaign,
    channel_name,
    random_audience,
    theme_name,
)
from .design import msg as design_msg
from .simulate import MAX_WEEKS, run_campaign  # noqa: F401 (MAX_WEEKS: for the widget)

RANDOM = "random"
EVERYONE = "everyone"
MIN_VARIANTS = 2
CONTROL_SHARES = tuple(round(0.05 * i, 2) for i in range(11))  # 0 %, 5 % … 50 %
DEFAULT_CONTROL_SHARE = 0.2
DEFAULT_THEMES = ("adventure", "price")
DEFAULT_RANDOM_SIZE = 500
LAB_NAME = "campaign-lab"  # the run campaign's name: part of its seed, never shown

msg = messages(
    {
        "saved": {"sv": "Ditt sparade segment: {name}", "en": "Your saved segment: {name}"},
        "lesson": {"sv": "Lektionens segment: {name}", "en": "The lesson's segment: {name}"},
        "random": {"sv": "Slumpvis valda kunder (för jämförelse)",
                   "en": "Customers chosen at random (for comparison)"},
        "everyone": {"sv": "Alla som kanalen når", "en": "Everyone the channel reaches"},
        "unknown_audience": {
            "sv": "Målgruppen {key!r} finns inte bland valen. Välj en målgrupp i listan.",
            "en": "The audience {key!r} is not among the choices. Choose an audience in the list.",
        },
        "too_few_themes": {
            "sv": "Välj minst {least} budskap att testa (du har valt {count}). Ett test jämför "
            "budskap med varandra och med kontrollgruppen.",
            "en": "Choose at least {least} messages to test (you chose {count}). A test compares "
            "messages with each other and with the control group.",
        },
        "too_many_themes": {
            "sv": "Välj högst {most} budskap (du har valt {count}).",
            "en": "Choose at most {most} messages (you chose {count}).",
        },
        "bad_random_size": {
            "sv": "Skriv hur många kunder som ska väljas slumpvis, ett heltal från 2 och uppåt.",
            "en": "Write how many customers to choose at random, a whole number from 2 up.",
        },
        "broken_saved": {
            "sv": "Dina sparade segment gick inte att läsa: {problem}",
            "en": "Your saved segments could not be read: {problem}",
        },
        "rate_line": {
            "sv": "{name}: {rate} köpte ({count} av {n}; 95 % intervall {low} till {high})",
            "en": "{name}: {rate} ordered ({count} of {n}; 95% interval {low} to {high})",
        },
        "lift_line": {
            "sv": "{name} jämfört med {other}: {lift} procentenheter (95 % intervall {low} till "
            "{high})",
            "en": "{name} compared with {other}: {lift} percentage points (95% interval {low} "
            "to {high})",
        },
        "headline": {
            "sv": "Vecka {week}: {audience} via {channel}, {recipients} kunder med i testet.",
            "en": "Week {week}: {audience} through {channel}, {recipients} customers in the "
            "test.",
        },
    },
    __name__,
)


@dataclass(frozen=True)
class AudienceChoice:
    """One audience on offer: its key in the list, its label, and the audience itself
    (a Segment, :data:`RANDOM` for a random audience of the chosen size, or None for all)."""

    key: str
    label: str
    audience: object


@dataclass(frozen=True)
class LabSettings:
    """What the learner chose: audience key, channel, themes, control share, week."""

    audience: str
    channel: str = "email"
    themes: tuple[str, ...] = DEFAULT_THEMES
    control_share: float = DEFAULT_CONTROL_SHARE
    week: int = 1
    random_size: int = DEFAULT_RANDOM_SIZE


def saved_segments() -> tuple[list[Segment], str]:
    """The learner's saved segments (segments.json) and, if the file is broken, why (else "")."""
    from ..core.paths import work_dir
    from ..segments.store import DEFAULT_FILE, load_segments

    if not (work_dir() / DEFAULT_FILE).exists():
        return [], ""
    try:
        return load_segments(), ""
    except CourseError as error:
        return [], msg("broken_saved", problem=str(error))


def audience_choices(saved=None, lesson=None, language: str | None = None) -> list[AudienceChoice]:
    """The learner's saved segments first, then the lesson's, a random audience and everyone.
    ``saved=None`` reads segments.json; ``lesson=None`` takes the lesson's five segments."""
    if saved is None:
        saved, _ = saved_segments()
    if lesson is None:
        from ..segments.lesson import lesson_segments

        lesson = lesson_segments()
    out = [AudienceChoice(f"saved:{i}", msg("saved", language, name=s.name), s)
           for i, s in enumerate(saved)]
    out += [AudienceChoice(f"lesson:{i}", msg("lesson", language, name=s.name), s)
            for i, s in enumerate(lesson)]
    out.append(AudienceChoice(RANDOM, msg("random", language), RANDOM))
    out.append(AudienceChoice(EVERYONE, msg("everyone", language), None))
    return out


def channel_options(language: str | None = None) -> list[tuple[str, str]]:
    """(label, key) for each channel, as a choice list shows them."""
    return [(channel_name(c, language), c) for c in CHANNELS]


def theme_label(theme: str, language: str | None = None) -> str:
    """A theme and its example message: ``äventyr – ”Ut i naturen!”``."""
    text = design_msg(f"text_{theme}", language)
    quoted = f"”{text}”" if (language or get_language()) == "sv" else f"“{text}”"
    return f"{theme_name(theme, language)} – {quoted}"


def control_options(language: str | None = None) -> list[tuple[str, float]]:
    """(label, share) for the control group's slider, written the learner's way: 20 %."""
    return [(percent(s, 0, language), s) for s in CONTROL_SHARES]


def _choice(choices, key) -> AudienceChoice:
    for choice in choices:
        if choice.key == key:
            return choice
    raise CourseError(msg("unknown_audience", key=key))


def _themes(themes) -> tuple[str, ...]:
    chosen = tuple(t for t in THEMES if t in set(themes or ()))  # the list's order, no doubles
    if len(chosen) < MIN_VARIANTS:
        raise CourseError(msg("too_few_themes", least=MIN_VARIANTS, count=len(chosen)))
    if len(chosen) > MAX_VARIANTS:
        raise CourseError(msg("too_many_themes", most=MAX_VARIANTS, count=len(chosen)))
    return chosen


def campaign_from(settings: LabSettings, choices) -> Campaign:
    """The campaign the settings describe, the same in every language (variants named by
    their theme key, the theme's Swedish example text), so it is also the same draw."""
    choice = _choice(choices, settings.audience)
    audience = choice.audience
    if audience == RANDOM:
        size = settings.random_size
        if isinstance(size, bool) or not isinstance(size, numbers.Integral):
            raise CourseError(msg("bad_random_size"))
        audience = random_audience(int(size))
    variants = [Variant(t, t, design_msg(f"text_{t}", "sv")) for t in _themes(settings.themes)]
    return campaign(LAB_NAME, variants, channel=settings.channel, audience=audience,
                    control_share=settings.control_share)


def shown_campaign(test: Campaign, label: str, language: str | None = None) -> Campaign:
    """The campaign as the learner reads it: named after its audience, variants by theme."""
    variants = tuple(dataclasses.replace(v, name=theme_name(v.tone, language),
                                         text=design_msg(f"text_{v.tone}", language))
                     for v in test.variants)
    return dataclasses.replace(test, name=label, variants=variants)


@dataclass
class LabOutcome:
    """One run of the lab: the campaign, its result and report, and the two pictures."""

    settings: LabSettings
    campaign: Campaign  # as run (language-neutral)
    result: object  # CampaignResult, its names in the learner's language
    report: object  # ExperimentReport
    rates: object  # rate_estimates
    lifts: object  # lift_estimates
    figures: tuple  # (plot_rates, plot_lift)
    language: str
    headline: str
    rate_lines: list[str]
    lift_lines: list[str]

    @property
    def note(self) -> str:
        """Who could take part, and why the others could not."""
        return self.report.note

    @property
    def verdict_lines(self) -> list[str]:
        return list(self.report.lines)

    def __str__(self) -> str:
        return "\n".join([self.headline, self.note, *self.rate_lines, *self.lift_lines,
                          *self.verdict_lines])


def _audience_name(choice: AudienceChoice, settings: LabSettings, language) -> str:
    if choice.audience == RANDOM:
        return design_msg("random", language, size=number(settings.random_size, 0, language))
    if choice.audience is None:
        return design_msg("everyone", language)
    return choice.audience.name


def run_lab(world, settings: LabSettings, choices, language: str | None = None) -> LabOutcome:
    """Run the campaign the settings describe in their week and read it: the report (reach,
    rates with intervals, lift, verdict) and the two pictures, in ``language``."""
    from .plots import plot_lift, plot_rates
    from .stats import lift_estimates, rate_estimates, report, signed_points
    from .stats import msg as stats_msg

    language = language or get_language()
    with speaking(language):
        test = campaign_from(settings, choices)
        raw = run_campaign(world, test, settings.week)
        choice = _choice(choices, settings.audience)
        label = _audience_name(choice, settings, language)
        result = dataclasses.replace(raw, campaign=shown_campaign(test, label, language))
        rep = report(result)
        rates = rate_estimates(result)
        lifts = lift_estimates(result)
        figures = (plot_rates(result), plot_lift(result))
        other = lifts["against"].iloc[0]
        other = stats_msg("the_control") if other == result.group_names[-1] \
            and test.control_share > 0 else stats_msg("quoted", name=other)
        rate_lines = [msg("rate_line", name=name, rate=percent(row.rate, 1), count=number(row.count),
                          n=number(row.n), low=percent(row.low, 1), high=percent(row.high, 1))
                      for name, row in zip(rates.index, rates.itertuples(), strict=True)]
        lift_lines = [msg("lift_line", name=name, other=other, lift=signed_points(row.lift),
                          low=signed_points(row.low), high=signed_points(row.high))
                      for name, row in zip(lifts.index, lifts.itertuples(), strict=True)]
        headline = msg("headline", week=settings.week, audience=label,
                       channel=channel_name(test.channel),
                       recipients=number(int(result.counts()["recipients"].sum())))
    return LabOutcome(settings, test, result, rep, rates, lifts, figures, language, headline,
                      rate_lines, lift_lines)
