"""course_lib: the library behind the "Data är guld" workbook.

Importing it is fast: nothing is read from disk and no plotting or widget library is
loaded until a function needs it.

>>> import course_lib
>>> course_lib.set_language("en")
'en'
"""

from __future__ import annotations

import os
from pathlib import Path

from .errors import CourseError
from .i18n import LANGUAGES, get_language, set_language

__all__ = ["CourseError", "get_language", "set_language", "start", "notebook_language"]


def notebook_language(folder: Path | None = None) -> str:
    """The language a notebook is written in: COURSE_LANGUAGE, else its folder (sv/ or en/)."""
    chosen = os.environ.get("COURSE_LANGUAGE", "").strip().lower()
    if chosen in LANGUAGES:
        return chosen
    name = (folder or Path.cwd()).name.lower()
    return name if name in LANGUAGES else "sv"


def start(language: str | None = None) -> None:
    """First cell of every notebook: choose the language (by default the notebook's own)."""
    set_language(language or notebook_language())
