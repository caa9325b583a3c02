"""One language for everything the library shows: feedback, widget labels, errors, plot labels.

Every module keeps its own texts in a dict ``{key: {"sv": ..., "en": ...}}`` and gets a
translator for it with :func:`messages`; ``msg(key)`` speaks the chosen language and
``msg(key, "en")`` a given one. The language is chosen once per notebook with
:func:`course_lib.set_language`. Numbers shown to a learner go through :func:`number` and
:func:`percent`, so a Swedish reader sees ``1 234,5`` and ``12 %``.

>>> msg = messages({"hello": {"sv": "Hej {name}", "en": "Hello {name}"}}, "doctest")
>>> msg("hello", "en", name="Ada")
'Hello Ada'
>>> number(1234.5, 1, "sv"), number(1234.5, 1, "en"), percent(0.125, 1, "sv")
('1\\xa0234,5', '1,234.5', '12,5\\xa0%')
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from contextlib import contextmanager

LANGUAGES = ("sv", "en")
_state = {"language": "sv", "chosen": False}

# Every registered message table, so a test can prove each text exists in both languages.
REGISTRY: dict[str, Mapping[str, Mapping[str, str]]] = {}


class LanguageError(ValueError):
    """An unknown language code was asked for."""


def set_language(language: str) -> str:
    """Choose the language ("sv" or "en") of every text the library shows from now on."""
    code = str(language).strip().lower() if isinstance(language, str) else language
    if code not in LANGUAGES:
        raise LanguageError(
            f'Okänt språk {language!r}: välj "sv" eller "en". / '
            f'Unknown language {language!r}: choose "sv" or "en".'
        )
    _state["language"] = code
    _state["chosen"] = True
    pandas_numbers(code)
    return code


def pandas_numbers(language: str | None = None) -> None:
    """Tables show decimals as the language writes them: ``0,62`` in Swedish, ``0.62`` in English.

    Applies to pandas' display only (never to the data), and only if pandas is loaded already:
    :func:`course_lib.start` loads it, so importing course_lib stays fast.
    """
    import sys

    pd = sys.modules.get("pandas")
    if pd is None or not hasattr(pd, "set_option"):
        return
    if (language or get_language()) == "sv":
        pd.set_option("display.float_format", _swedish_float)
    else:
        pd.reset_option("display.float_format")


def _swedish_float(value: float) -> str:
    """One float in a table, Swedish style: at most two decimals from 1 up, three below 1,
    no trailing zeros. ``1234.5`` -> ``1 234,5``, ``187.0`` -> ``187``, ``0.625`` -> ``0,625``.
    """
    text = f"{value:,.2f}" if abs(value) >= 1 else f"{value:.3f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\u00a0").replace(".", ",")


def get_language() -> str:
    """The language chosen with :func:`set_language` (Swedish until then)."""
    return _state["language"]


def language_chosen() -> bool:
    """True once a language was chosen (``course_lib.start()`` does): else the folder decides."""
    return _state["chosen"]


def pick(texts: Mapping[str, str], language: str | None = None) -> str:
    """Pick the text for the current (or the given) language from ``{"sv": ..., "en": ...}``."""
    return texts[language or get_language()]


def messages(table: Mapping[str, Mapping[str, str]], owner: str) -> Callable[..., str]:
    """Register ``table`` under ``owner`` and return ``msg(key, language=None, **values)``."""
    REGISTRY[owner] = table

    def msg(key: str, language: str | None = None, /, **values) -> str:
        text = pick(table[key], language)
        return text.format(**values) if values else text

    msg.table = table
    return msg


# Swedish writes a decimal comma and a (non-breaking) space between thousands and before %.
_NUMBER_STYLE = {"sv": (",", "\u00a0", "\u00a0%"), "en": (".", ",", "%")}


def number(value, decimals: int = 0, language: str | None = None) -> str:
    """A number as the learner's language writes it: ``1 234,5`` (sv) or ``1,234.5`` (en)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    point, thousands, _ = _NUMBER_STYLE[language or get_language()]
    text = f"{float(value):,.{decimals}f}"
    return text.replace(",", "\0").replace(".", point).replace("\0", thousands)


def percent(share: float, decimals: int = 0, language: str | None = None) -> str:
    """A share (0..1) as a percentage: ``12 %`` (sv) or ``12%`` (en)."""
    if share is None or (isinstance(share, float) and math.isnan(share)):
        return "–"
    sign = _NUMBER_STYLE[language or get_language()][2]
    return number(100 * share, decimals, language) + sign


@contextmanager
def speaking(language: str | None):
    """Within the block, texts made without a language speak ``language`` (None: unchanged).

    For a widget made in another language than the notebook's: the library functions it calls
    (reports, notes, alt texts) then speak the widget's language. The choice is restored after.
    """
    if language is None or language == _state["language"]:
        yield get_language()
        return
    if language not in LANGUAGES:
        raise LanguageError(f"Unknown language {language!r}: choose one of {LANGUAGES}.")
    before = dict(_state)
    _state["language"] = language
    try:
        yield language
    finally:
        _state.update(before)
