"""Type a sentence, see its tone: which words the word list found, and the score they add up to.

The widget only calls :func:`course_lib.datatypes.score_tone` and shows the result.
"""

from __future__ import annotations

import html

import ipywidgets as w

from ..core.i18n import messages
from ..datatypes import score_tone

msg = messages(
    {
        "text": {"sv": "Din mening", "en": "Your sentence"},
        "placeholder": {"sv": "Skriv en recension …", "en": "Write a review …"},
        "language": {"sv": "Ordlista", "en": "Word list"},
        "both": {"sv": "båda", "en": "both"},
        "sv": {"sv": "svenska", "en": "Swedish"},
        "en": {"sv": "engelska", "en": "English"},
        "result": {
            "sv": "Tonläget är <b>{tone}</b> (poäng {score:+d}).",
            "en": "The tone is <b>{tone}</b> (score {score:+d}).",
        },
        "words": {"sv": "Orden som räknades: {words}", "en": "The words that counted: {words}"},
        "tone_positiv": {"sv": "positivt", "en": "positive"},
        "tone_neutral": {"sv": "neutralt", "en": "neutral"},
        "tone_negativ": {"sv": "negativt", "en": "negative"},
        "no_words": {
            "sv": "Inget ord i meningen finns i ordlistan, så den räknas som neutral.",
            "en": "No word of the sentence is in the word list, so it counts as neutral.",
        },
    },
    __name__,
)

EXAMPLE = "Supernöjd med jackan, inte dålig alls!"


def tone_result_html(text: str, language: str | None) -> str:
    """What the learner sees: the tone, the score and each counted word with its points.

    Blue for positive and dark orange for negative, as in the tone chart; the points
    (+1, −1) say the same without colour.
    """
    from ..core.plotting import BLUE, ORANGE, shade

    result = score_tone(text, language)
    marked = []
    for word in result.words:
        points = score_tone(word).score
        colour = BLUE if points > 0 else shade(ORANGE, 0.4)
        sign = f"{points:+d}".replace("-", "−")
        marked.append(f'<span style="color:{colour}"><b>{html.escape(word)}</b> ({sign})</span>')
    lines = [msg("result", tone=msg(f"tone_{result.tone}"), score=result.score)]
    lines.append(msg("words", words=", ".join(marked)) if marked else msg("no_words"))
    return "<br>".join(lines)


def tone_widget(text: str = EXAMPLE) -> w.VBox:
    """A text box and a word-list choice; the result updates as you type."""
    box = w.Text(value=text, description=msg("text"), placeholder=msg("placeholder"),
                 continuous_update=True, style={"description_width": "initial"},
                 layout=w.Layout(width="36em"))
    # Radio buttons, not toggle buttons: a screen reader hears which list is chosen.
    # "" for both lists, never None: ipywidgets may start a choice whose value is None empty.
    language = w.RadioButtons(options=[(msg("both"), ""), (msg("sv"), "sv"), (msg("en"), "en")],
                              value="", description=msg("language"), orientation="horizontal",
                              style={"description_width": "initial"}, layout=w.Layout(width="36em"))
    result = w.HTML()

    def update(_=None):
        result.value = tone_result_html(box.value, language.value or None)

    box.observe(update, names="value")
    language.observe(update, names="value")
    update()
    out = w.VBox([box, language, result])
    out.text, out.language, out.result = box, language, result
    return out
