"""What a learner's answer can be: the ``____`` placeholder, an option, feedback as HTML.

Kept apart from the exercise classes so the widget forms can use them without importing the
exercises (and the exercises can offer their widget forms without a circle).
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass

from .i18n import get_language


class _Placeholder:
    """``____``: what a learner replaces with an answer. Not attempted is not the same as wrong."""

    def __repr__(self) -> str:
        return "____"


____ = _Placeholder()


@dataclass(frozen=True)
class Option:
    key: str
    sv: str
    en: str
    aliases: frozenset[str] = frozenset()  # other accepted wordings, case-folded (the glossary's)

    def label(self, language: str | None = None) -> str:
        return getattr(self, language or get_language())


def markdown_to_html(text: str) -> str:
    r"""The little Markdown our feedback uses (bold, italics, code, code blocks, paragraphs) as
    HTML for widgets.

    >>> markdown_to_html("**Rätt.** Se *paid*:\n```python\nx = 1\n```")
    '<b>Rätt.</b> Se <i>paid</i>:<br><pre><code>x = 1</code></pre>'
    """
    parts = re.split(r"```[\w-]*\n?(.*?)\n?```\n?", text, flags=re.S)
    out = []
    for i, part in enumerate(parts):
        if i % 2:  # inside a code block
            out.append(f"<pre><code>{html.escape(part, quote=False)}</code></pre>")
        elif part:
            out.append(_inline_html(part))
    return "".join(out)


def _inline_html(text: str) -> str:
    codes: list[str] = []

    def keep(found: re.Match) -> str:  # code is taken as written: set aside, put back last
        codes.append(f"<code>{found.group(1)}</code>")
        return f"\0{len(codes) - 1}\0"

    out = re.sub(r"`([^`]+)`", keep, html.escape(text, quote=False))
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    out = re.sub(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])", r"<i>\1</i>", out)
    out = re.sub(r"\0(\d+)\0", lambda found: codes[int(found.group(1))], out)
    return "<br>".join(out.split("\n"))


class NotANumber(ValueError):
    """The answer is not one number; ``reason`` says which kind of slip it looks like."""

    def __init__(self, reason: str, **details):
        super().__init__(reason)
        self.reason = reason  # "decimal_comma", "text", "nan", "table", "other"
        self.details = details


def number_value(answer: object) -> int | float:
    """The number an answer stands for, whatever computed it (numpy, pandas, Decimal, Fraction).

    Huge integers stay exact (``10**400``); NaN, text and tables raise :class:`NotANumber`.

    >>> import numpy as np
    >>> from decimal import Decimal
    >>> number_value(np.int64(42)), number_value(Decimal("0.35")), number_value(np.array(7.5))
    (42, 0.35, 7.5)
    """
    import numbers

    if isinstance(answer, tuple) and len(answer) == 2 and all(
        isinstance(x, int) and not isinstance(x, bool) for x in answer
    ):  # a Swedish decimal comma: 0,35 is the tuple (0, 35) in Python
        raise NotANumber("decimal_comma", a=answer[0], b=answer[1])
    if isinstance(answer, str):
        raise NotANumber("text", value=answer)
    if hasattr(answer, "shape") and getattr(answer, "ndim", None) == 0:
        answer = answer.item()  # a 0-d numpy array
    elif hasattr(answer, "item") and not hasattr(answer, "__len__"):
        answer = answer.item()  # a numpy scalar
    elif hasattr(answer, "__len__") and not isinstance(answer, dict | str):
        raise NotANumber("table")
    if isinstance(answer, bool) or not isinstance(answer, numbers.Number):
        raise NotANumber("other")
    if isinstance(answer, numbers.Integral):
        return int(answer)
    if isinstance(answer, numbers.Rational) and not isinstance(answer, float):
        return _fraction_value(answer)
    try:
        value = float(answer)  # Decimal, numpy floats, complex with no imaginary part …
    except (TypeError, OverflowError):
        raise NotANumber("other") from None
    if math.isnan(value):
        raise NotANumber("nan")
    return value


def _fraction_value(answer) -> int | float:
    if answer.denominator == 1:
        return int(answer.numerator)
    try:
        return answer.numerator / answer.denominator
    except OverflowError:
        return math.inf if answer > 0 else -math.inf


def compare_numbers(answer: int | float, expected: float, rel_tol: float, abs_tol: float) -> int:
    """0 if ``answer`` is close enough to ``expected``, else 1 (too high) or -1 (too low).

    Works for integers far beyond what a float holds, and for infinity.
    """
    try:
        close = math.isclose(answer, expected, rel_tol=rel_tol, abs_tol=abs_tol)
    except OverflowError:  # an integer with hundreds of digits: nowhere near
        close = False
    if close:
        return 0
    return 1 if answer > expected else -1
