"""The class dashboard's two pictures: a student × question heat map and a bar per notebook.

Both take plain tables (made by :mod:`.dashboard`) and say what they show in the teacher's
language. Colour is never the only cue: every heat map cell carries a symbol (✓ correct,
✗ tried, · not attempted) and every bar a hatch and its percentage.
"""

from __future__ import annotations

from ..core.i18n import messages, percent
from ..core.plotting import BLUE, HATCHES, INK, LIGHT, MUTED, ORANGE, alt_sentence, extremes, finish, style

STATES = ("correct", "tried", "not_attempted")
SYMBOLS = {"correct": "✓", "tried": "✗", "not_attempted": "·"}
# The same symbols as marks in the heat map's cells (marker, size): a glyph as a marker fills
# its box, so the small dot is matplotlib's own circle.
MARKS = {"correct": ("$✓$", 30), "tried": ("$✗$", 30), "not_attempted": ("o", 3)}
COLOURS = {"correct": BLUE, "tried": ORANGE, "not_attempted": LIGHT}
TEXT_ON = {"correct": "white", "tried": INK, "not_attempted": INK}

msg = messages(
    {
        "correct": {"sv": "rätt", "en": "correct"},
        "tried": {"sv": "försökt", "en": "tried"},
        "not_attempted": {"sv": "ej påbörjad", "en": "not attempted"},
        "heat_title": {"sv": "Varje students frågor", "en": "Each student's questions"},
        "heat_what": {
            "sv": "{students} studenter och {questions} frågor, varje ruta rätt (✓), försökt (✗) "
            "eller ej påbörjad (·)",
            "en": "{students} students and {questions} questions, each cell correct (✓), tried "
            "(✗) or not attempted (·)",
        },
        "heat_total": {
            "sv": "{share} av alla rutor rätt",
            "en": "{share} of all cells correct",
        },
        "heat_students": {"sv": "studenter med flest rätt: {top}", "en": "students with most correct: {top}"},
        "heat_hardest": {"sv": "frågor: {extremes}", "en": "questions: {extremes}"},
        "student": {"sv": "Student", "en": "Student"},
        "question": {"sv": "Fråga", "en": "Question"},
        "bar_title": {"sv": "Andel rätt per notebook", "en": "Share correct per notebook"},
        "bar_what": {
            "sv": "andel rätt, försökt och ej påbörjad per notebook för {students} studenter",
            "en": "share correct, tried and not attempted per notebook for {students} students",
        },
        "notebook": {"sv": "Notebook", "en": "Notebook"},
        "share": {"sv": "Andel av frågorna", "en": "Share of the questions"},
        "of": {"sv": "{n} av {total}", "en": "{n} of {total}"},
    },
    __name__,
)


def progress_heatmap(states, language: str | None = None):
    """``states``: a DataFrame, students as rows, questions as columns, each cell a state."""
    import numpy as np
    from matplotlib.colors import ListedColormap

    plt = style()
    codes = states.replace({s: i for i, s in enumerate(STATES)}).to_numpy(dtype=float)
    rows, cols = codes.shape
    fig, ax = plt.subplots(figsize=(max(6.0, 1.8 + 0.28 * cols), max(2.5, 1.4 + 0.3 * rows)))
    ax.imshow(codes, cmap=ListedColormap([COLOURS[s] for s in STATES]), vmin=-0.5, vmax=2.5,
              aspect="auto", interpolation="nearest")
    for code, state in enumerate(STATES):  # the symbol in each cell: colour is not alone
        rows_at, cols_at = np.nonzero(codes == code)
        marker, size = MARKS[state]  # (one mark collection per state, not a text per cell)
        ax.scatter(cols_at, rows_at, marker=marker, s=size, c=TEXT_ON[state], linewidths=0,
                   label=state)
    ax.set_xticks(range(cols), [str(c) for c in states.columns], rotation=90, fontsize=7)
    ax.set_yticks(range(rows), [str(r) for r in states.index], fontsize=8)
    ax.set_xlabel(msg("question", language))
    ax.set_ylabel(msg("student", language))
    ax.set_title(msg("heat_title", language))
    ax.set_xticks(np.arange(-0.5, cols), minor=True)
    ax.set_yticks(np.arange(-0.5, rows), minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="minor", length=0)
    handles = [plt.Rectangle((0, 0), 1, 1, color=COLOURS[s]) for s in STATES]
    ax.legend(handles, [f"{SYMBOLS[s]} {msg(s, language)}" for s in STATES], loc="upper left",
              bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    return finish(fig, alt=heatmap_alt(states, language))


def heatmap_alt(states, language: str | None = None) -> str:
    correct = states.eq("correct")
    per_student = correct.sum(axis=1)
    per_question = correct.mean(axis=0)
    questions = len(states.columns)
    best = per_student.max() if len(per_student) else 0
    leaders = [str(s) for s in per_student.index[per_student == best]][:3]
    top = f"{', '.join(leaders)} ({msg('of', language, n=int(best), total=questions)})"
    return alt_sentence(
        "heatmap",
        msg("heat_what", language, students=len(states), questions=questions),
        msg("heat_total", language, share=percent(float(correct.to_numpy().mean()) if correct.size else 0.0,
                                                  0, language)),
        msg("heat_students", language, top=top) if len(per_student) else "",
        msg("heat_hardest", language, extremes=extremes(
            [str(c) for c in per_question.index], list(per_question.values),
            lambda v: percent(v, 0, language), language, words="high")) if questions else "",
        language=language)


def notebook_bars(shares, students: int, language: str | None = None):
    """``shares``: a DataFrame, notebooks as rows, columns correct/tried/not_attempted (0..1)."""
    plt = style()
    fig, ax = plt.subplots(figsize=(max(5.0, 1.5 + 0.7 * len(shares)), 3.6))
    labels = [str(n) for n in shares.index]
    bottom = [0.0] * len(shares)
    for state, hatch in zip(STATES, HATCHES, strict=False):
        values = list(shares[state])
        ax.bar(labels, values, bottom=bottom, color=COLOURS[state], hatch=hatch, edgecolor=MUTED,
               linewidth=0.5, label=msg(state, language))
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    for x, value in enumerate(shares["correct"]):
        ax.text(x, min(value, 0.92) + 0.02 if value < 0.12 else value / 2, percent(value, 0, language),
                ha="center", va="center", fontsize=8, color="white" if value >= 0.12 else INK)
    ax.set_ylim(0, 1)
    ax.set_ylabel(msg("share", language))
    ax.set_xlabel(msg("notebook", language))
    ax.set_title(msg("bar_title", language))
    ax.yaxis.set_major_formatter(lambda v, _: percent(v, 0, language))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    fig.tight_layout()
    alt = alt_sentence("bar", msg("bar_what", language, students=students),
                       extremes(labels, list(shares["correct"]), lambda v: percent(v, 0, language),
                                language, words="high"), language=language)
    return finish(fig, alt=alt)
