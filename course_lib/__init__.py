"""course_lib: the library behind the "Data är guld" workbook.

Importing it is fast: nothing is read from disk and no plotting or widget library is
loaded until a function needs it. ``course_lib.core`` holds what every lesson uses
(language, errors, paths, storage, plotting, exercises, progress); the lessons' topics sit
beside it.

>>> import course_lib
>>> course_lib.set_language("en")
'en'
"""

from __future__ import annotations

from .core.errors import CourseError, attempt
from .core.i18n import get_language, notebook_language, number, percent, set_language
from .core.notebook_help import install_friendly_errors
from .core.paths import example_file, work_dir
from .core.storage import clean_folder

__all__ = [
    "CourseError",
    "attempt",
    "example_file",
    "get_language",
    "notebook_language",
    "number",
    "percent",
    "set_language",
    "start",
    "work_dir",
]


def start(language: str | None = None) -> None:
    """First cell of every notebook: choose the language (by default the notebook's own).

    It also gives the notebook the ``____`` placeholder that answer cells start from, so the
    import lines a learner reads hold no blank to fill in, and, in a kernel, shows the naming
    script once (core/accessible.py): every widget further down gets its names, its pictures'
    alt text and its live feedback for a screen reader.
    """
    import pandas  # noqa: F401  (loaded here, so tables show decimals the learner's way)

    from .core import notebook_display

    set_language(language or notebook_language())
    install_friendly_errors()
    notebook_display.install()  # pictures carry their alt text into the notebook
    clean_folder(work_dir())  # temporary files a killed kernel left behind
    _give_placeholder()
    _show_names_script()


def _show_names_script() -> None:
    from .core.notebook_display import in_kernel

    if in_kernel():  # a page runs it; a script or a terminal has nothing to run it
        from IPython.display import display

        from .core.accessible import names_script

        display(names_script())


def _give_placeholder() -> None:
    import sys

    if "IPython" not in sys.modules:  # not in a notebook kernel: nothing to give
        return
    from IPython import get_ipython

    from .core.answers import ____

    shell = get_ipython()
    if shell is not None:
        shell.user_ns["____"] = ____
