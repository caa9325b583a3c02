"""Building blocks for notebook sources: one bilingual source per lesson, two notebooks out.

A source in ``tools/notebook_src/NN_name.py`` defines::

    NOTEBOOK = {"number": "00", "slug": {"sv": "00-borja-har", "en": "00-start-here"},
                "title": {"sv": "Börja här", "en": "Start here"}}
    CELLS = [md(sv="# Rubrik", en="# Heading"), code("course_lib.start()"), ...]

Markdown cells carry both languages side by side, so a translation is never far from its
original; code cells are written once, so Swedish and English notebooks cannot drift apart.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    kind: str  # "markdown" or "code"
    sv: str
    en: str
    tags: tuple[str, ...] = ()
    slide: str | None = None  # reveal.js: "slide", "subslide", "fragment", "skip", "-"
    meta: dict = field(default_factory=dict)

    def source(self, language: str) -> str:
        return self.sv if language == "sv" else self.en


def _clean(text: str) -> str:
    return textwrap.dedent(text).strip("\n")


def md(sv: str, en: str, *, slide: str | None = None, tags: tuple[str, ...] = ()) -> Cell:
    """A Markdown cell, written in Swedish and English."""
    return Cell("markdown", _clean(sv), _clean(en), tuple(tags), slide)


def code(source: str, *, tags: tuple[str, ...] = (), slide: str | None = None,
         exercise: str | None = None) -> Cell:
    """A code cell, identical in both languages.

    ``exercise="00.q1"`` marks the cell where the learner writes an answer to that exercise;
    the answer-key edition fills in the solution there.
    """
    meta = {"exercise": exercise} if exercise else {}
    text = _clean(source)
    return Cell("code", text, text, tuple(tags), slide, meta)
