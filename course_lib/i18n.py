"""One language for everything the library shows: feedback, widget labels, errors, plot labels.

Every module keeps its own texts in a dict ``{key: {"sv": ..., "en": ...}}`` and gets a
translator for it with :func:`messages`. The language is chosen once per notebook with
:func:`course_lib.set_language`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

LANGUAGES = ("sv", "en")
_state = {"language": "sv"}

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
    _install_friendly_errors()
    return code


def get_language() -> str:
    """The language chosen with :func:`set_language` (Swedish until then)."""
    return _state["language"]


def pick(texts: Mapping[str, str], language: str | None = None) -> str:
    """Pick the text for the current language from ``{"sv": ..., "en": ...}``."""
    return texts[language or get_language()]


def messages(table: Mapping[str, Mapping[str, str]], owner: str) -> Callable[..., str]:
    """Register ``table`` under ``owner`` and return ``msg(key, **values)`` for it."""
    REGISTRY[owner] = table

    def msg(key: str, /, **values) -> str:
        text = pick(table[key])
        return text.format(**values) if values else text

    return msg


def _install_friendly_errors() -> None:
    """In IPython, show a CourseError as a short message instead of a traceback."""
    try:
        from IPython import get_ipython
    except ImportError:  # plain Python: ordinary exceptions are fine
        return
    shell = get_ipython()
    if shell is None:
        return
    from .errors import CourseError, show_friendly_error

    shell.set_custom_exc((CourseError,), show_friendly_error)
