"""Friendly errors: a learner sees one clear sentence in their language, never a traceback."""

from __future__ import annotations

from .i18n import messages

msg = messages(
    {
        "title": {"sv": "Något blev fel", "en": "Something went wrong"},
    },
    __name__,
)


class CourseError(ValueError):
    """An error caused by the learner's input, with a message meant for them.

    It subclasses ValueError so ordinary Python code can still catch it.
    """

    def __init__(self, message: str, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message} {self.hint}"


def friendly_markdown(error: CourseError) -> str:
    """The Markdown a learner sees for ``error``."""
    text = f"**⚠️ {msg('title')}:** {error.message}"
    if error.hint:
        text += f"\n\n💡 {error.hint}"
    return text


def show_friendly_error(shell, etype, evalue, tb, tb_offset=None):
    """IPython custom exception handler: display the message, keep the traceback hidden."""
    from IPython.display import Markdown, display

    display(Markdown(friendly_markdown(evalue)))
    # Returning a structured traceback keeps the cell marked as failed for "Run All".
    return []


class FriendlyError:
    """A CourseError caught on purpose, shown as the learner would see it (see :func:`attempt`)."""

    def __init__(self, error: CourseError):
        self.error = error

    def _repr_markdown_(self) -> str:
        return friendly_markdown(self.error)

    def __repr__(self) -> str:
        return str(self.error)


def attempt(function, *args, **kwargs):
    """Run ``function``; if the learner's input is the problem, return the friendly message.

    For a notebook that shows an error message on purpose without stopping "Run All":
    ``attempt(load_customer_file, "broken.csv")``.
    """
    try:
        return function(*args, **kwargs)
    except CourseError as error:
        return FriendlyError(error)
