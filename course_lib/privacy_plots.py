"""Pictures for notebook 07: how a quiz reached its players' friends, and what the studies found.

Figures from ../shared/facts/marketing.md: Cambridge Analytica (about 87 million Facebook users),
Kosinski, Stillwell & Graepel (2013, PNAS) and Matz, Kosinski, Nave & Stillwell (2017, PNAS).
"""

from __future__ import annotations

from .core.i18n import messages
from .core.plotting import (
    BLUE,
    LIGHT,
    MUTED,
    PAPER,
    TEXT,
    VERMILLION,
    alt_sentence,
    extremes,
    finish,
    style,
    tint,
)

msg = messages(
    {
        "spread_title": {
            "sv": "En app, många vänner: så nådde quizet cirka 87 miljoner Facebook-användare",
            "en": "One app, many friends: how the quiz reached about 87 million Facebook users",
        },
        "player": {"sv": "Gör quizet\n(har sagt ja)", "en": "Takes the quiz\n(said yes)"},
        "friend": {"sv": "Vän\n(tillfrågades inte)", "en": "Friend\n(never asked)"},
        "app": {"sv": "Quizappen\n”thisisyourdigitallife”", "en": "The quiz app\n“thisisyourdigitallife”"},
        "firm": {"sv": "Cambridge Analytica:\nprofiler för politisk\nannonsering",
                 "en": "Cambridge Analytica:\nprofiles for political\nadvertising"},
        "arrow_friends": {"sv": "vännernas profiler\noch gillamarkeringar",
                          "en": "friends' profiles\nand likes"},
        "arrow_own": {"sv": "svar och\ngillamarkeringar", "en": "answers\nand likes"},
        "schematic": {
            "sv": "Schematisk bild. Källa: arbetsbokens faktafil (ICO, FTC).",
            "en": "Schematic picture. Source: the workbook's facts file (ICO, FTC).",
        },
        "study_title_2013": {
            "sv": "Kosinski m.fl. 2013: gissat ur gillamarkeringar\n(cirka 58 000 frivilliga)",
            "en": "Kosinski et al. 2013: guessed from likes\n(about 58,000 volunteers)",
        },
        "study_title_2017": {
            "sv": "Matz m.fl. 2017: annonser anpassade\nefter personlighet (över 3,5 miljoner personer)",
            "en": "Matz et al. 2017: ads matched to\npersonality (over 3.5 million people)",
        },
        "gay_straight": {"sv": "Homo- eller\nheterosexuell man", "en": "Gay or\nstraight man"},
        "ethnicity": {"sv": "Afroamerikan eller\nvit amerikan",
                      "en": "African American or\nCaucasian American"},
        "party": {"sv": "Demokrat eller\nrepublikan", "en": "Democrat or\nRepublican"},
        "share_right": {"sv": "Andel rätt särskiljda (%)", "en": "Share told apart correctly (%)"},
        "chance": {"sv": "ren gissning: 50 %", "en": "pure guess: 50 %"},
        "clicks": {"sv": "Klick", "en": "Clicks"},
        "purchases": {"sv": "Köp", "en": "Purchases"},
        "more_than": {"sv": "Upp till så mycket mer än\nen annons som inte passade (%)",
                      "en": "Up to this much more than\na mismatched ad (%)"},
        "spread_alt": {
            "sv": "en person gör quizet och säger ja; appen hämtar hens svar och "
                  "gillamarkeringar och dessutom profiler och gillamarkeringar från hens vänner "
                  "({friends} i bilden), fast vännerna aldrig tillfrågades; allt går vidare till "
                  "Cambridge Analytica för politisk annonsering, sammanlagt cirka 87 miljoner "
                  "Facebook-användare",
            "en": "one person takes the quiz and says yes; the app collects their answers and "
                  "likes and also the profiles and likes of their friends ({friends} in the "
                  "picture), who were never asked; everything goes on to Cambridge Analytica for "
                  "political advertising, about 87 million Facebook users in all",
        },
        "study_alt": {
            "sv": "två forskningsresultat. Kosinski m.fl. 2013, andel rätt särskiljda ur "
                  "gillamarkeringar (ren gissning 50 %)",
            "en": "two research findings. Kosinski et al. 2013, share told apart correctly from "
                  "likes (pure guess 50%)",
        },
        "study_alt_2017": {
            "sv": "Matz m.fl. 2017, annonser anpassade efter personlighet gav upp till {clicks} "
                  "fler klick och {purchases} fler köp",
            "en": "Matz et al. 2017, ads matched to personality gave up to {clicks} more clicks "
                  "and {purchases} more purchases",
        },
        "special_note": {
            "sv": "Alla tre är särskilda kategorier enligt GDPR artikel 9",
            "en": "All three are special categories under GDPR Article 9",
        },
    },
    __name__,
)

# Kosinski, Stillwell & Graepel (2013), PNAS 110(15):5802-5805.
KOSINSKI_2013 = {"gay_straight": 88, "ethnicity": 95, "party": 85}
# Matz, Kosinski, Nave & Stillwell (2017), PNAS 114(48):12714-12719: "up to" figures.
MATZ_2017 = {"clicks": 40, "purchases": 50}


def quiz_spread():
    """A schematic: one quiz player said yes, their friends' data came along, on to the firm."""
    from matplotlib.patches import FancyArrowPatch

    plt = style()
    fig, ax = plt.subplots(figsize=(11, 5.2))
    ax.set_axis_off()
    ax.set_xlim(0, 11)
    ax.set_ylim(0, 5.6)
    box = {"boxstyle": "round,pad=0.4", "lw": 1.5}

    def node(x, y, text, colour, size=10):
        ax.text(x, y, text, ha="center", va="center", fontsize=size,
                bbox={**box, "fc": colour, "ec": TEXT})

    def arrow(a, b, colour=MUTED, style="-|>", lw=1.5):
        ax.add_patch(FancyArrowPatch(a, b, arrowstyle=style, mutation_scale=14, color=colour, lw=lw))

    node(2.2, 2.8, msg("player"), tint(BLUE, 0.8), 11)
    friends = [(0.8, 4.8), (2.2, 5.0), (3.6, 4.8), (0.6, 0.7), (2.2, 0.5), (3.8, 0.7)]
    for fx, fy in friends:
        node(fx, fy, msg("friend"), tint(VERMILLION, 0.85), 8)
        arrow((fx, fy), (2.2, 2.8), colour=VERMILLION, style="-", lw=1.2)
    node(6.0, 2.8, msg("app"), PAPER, 10)
    node(9.4, 2.8, msg("firm"), LIGHT, 10)
    arrow((3.2, 3.05), (4.9, 3.05))
    arrow((3.2, 2.55), (4.9, 2.55), colour=VERMILLION)
    ax.text(4.05, 3.35, msg("arrow_own"), ha="center", fontsize=8)
    ax.text(4.05, 1.95, msg("arrow_friends"), ha="center", fontsize=8, color=VERMILLION)
    arrow((7.15, 2.8), (8.2, 2.8), lw=2.5)
    ax.text(5.5, 0.05, msg("schematic"), ha="center", fontsize=8, color=MUTED)
    ax.set_title(msg("spread_title"), fontsize=13)
    fig.tight_layout()
    return finish(fig, alt=alt_sentence("schematic", msg("spread_alt", friends=len(friends))))


def study_figures():
    """Two bar charts: what Likes revealed (2013) and what personality-matched ads did (2017)."""
    plt = style()
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.6), gridspec_kw={"width_ratios": [3, 2]})
    labels = [msg(k) for k in KOSINSKI_2013]
    values = list(KOSINSKI_2013.values())
    bars = left.bar(labels, values, color=VERMILLION)
    left.axhline(50, color=TEXT, ls="--", lw=1)
    left.text(-0.4, 52, msg("chance"), ha="left", fontsize=9,
              bbox={"fc": "white", "ec": "none", "pad": 1})
    left.set_ylim(0, 100)
    left.set_ylabel(msg("share_right"))
    left.set_title(msg("study_title_2013"), fontsize=11)
    left.bar_label(bars, fmt="%d %%")
    left.set_xlabel(msg("special_note"), fontsize=9, color=TEXT)

    labels = [msg(k) for k in MATZ_2017]
    bars = right.bar(labels, list(MATZ_2017.values()), color=BLUE)
    right.set_ylim(0, 60)
    right.set_ylabel(msg("more_than"))
    right.set_title(msg("study_title_2017"), fontsize=11)
    right.bar_label(bars, fmt="+%d %%")
    for ax in (left, right):
        ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    return finish(fig, alt=study_alt())


def study_alt() -> str:
    from .core.i18n import percent

    found = extremes([" ".join(msg(k).split()) for k in KOSINSKI_2013],
                     [v / 100 for v in KOSINSKI_2013.values()], percent, words="high")
    matz = msg("study_alt_2017", **{k: percent(v / 100) for k, v in MATZ_2017.items()})
    return alt_sentence("bar", msg("study_alt"), found, matz)
