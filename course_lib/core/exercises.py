"""Exercises that check themselves, in the spirit of Kaggle's learntools.

An exercise is a small declarative class: what the answer is (or a function that checks it),
hints and a solution, all in Swedish and English. In a notebook::

    from course_lib.lessons.l00 import q1   # course_lib.start() has defined ____
    answer_1 = ____        # the learner replaces ____ with an answer
    q1.check()             # reads answer_1 and gives friendly feedback
    q1.hint()              # the next hint
    q1.solution()          # the solution

``check()`` never raises on a learner's answer: a wrong type or shape is feedback, not a
traceback. Tests call ``assert_check_passed`` / ``assert_check_failed`` on every exercise.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from . import progress
from .answers import NotANumber, Option, ____, compare_numbers, markdown_to_html, number_value
from .i18n import messages, pick

msg = messages(
    {
        "correct": {"sv": "✅ **Rätt!**", "en": "✅ **Correct!**"},
        "incorrect": {"sv": "❌ **Inte riktigt.**", "en": "❌ **Not quite.**"},
        "not_attempted": {
            "sv": "✏️ **Inte besvarad än.** Skriv ditt svar i stället för `____` och kör cellen igen.",
            "en": "✏️ **Not answered yet.** Put your answer in place of `____` and run the cell again.",
        },
        "no_variable": {
            "sv": "✏️ **Inte besvarad än.** Variabeln `{var}` finns inte. Kör cellen där du "
            "skriver ditt svar först.",
            "en": "✏️ **Not answered yet.** The variable `{var}` does not exist. Run the cell "
            "where you write your answer first.",
        },
        "invalid": {"sv": "🤔 **Svaret har fel form.**", "en": "🤔 **The answer has the wrong form.**"},
        "unexpected_form": {
            "sv": "Svaret (av typen `{kind}`) går inte att jämföra med det rätta. Läs frågan "
            "igen: vilken sorts svar efterfrågas?",
            "en": "The answer (of type `{kind}`) cannot be compared with the right one. Read "
            "the question again: what kind of answer is asked for?",
        },
        "hint_title": {"sv": "💡 **Ledtråd {n} av {total}:**", "en": "💡 **Hint {n} of {total}:**"},
        "no_more_hints": {
            "sv": "(Det var sista ledtråden. Med `{name}.solution()` ser du lösningen.)",
            "en": "(That was the last hint. `{name}.solution()` shows the solution.)",
        },
        "no_hints": {"sv": "Den här frågan har inga ledtrådar.", "en": "This question has no hints."},
        "solution_title": {"sv": "📖 **Lösning:**", "en": "📖 **Solution:**"},
        "choose_one_type": {
            "sv": "Svara med ett av alternativen som text, till exempel `\"{example}\"`.",
            "en": "Answer with one of the options as text, for example `\"{example}\"`.",
        },
        "choose_many_type": {
            "sv": "Svara med en lista av alternativ, till exempel `[\"{example}\"]`.",
            "en": "Answer with a list of options, for example `[\"{example}\"]`.",
        },
        "unknown_option": {
            "sv": "{value} finns inte bland alternativen: {options}.",
            "en": "{value} is not one of the options: {options}.",
        },
        "choose_one_wrong": {
            "sv": "Det är inte det bästa svaret. Läs frågan igen, eller be om en ledtråd.",
            "en": "That is not the best answer. Read the question again, or ask for a hint.",
        },
        "choose_many_counts": {
            "sv": "Du har {right} av {total} rätt val, och {wrong} som inte hör hit.",
            "en": "You have {right} of {total} right choices, and {wrong} that do not belong.",
        },
        "classify_type": {
            "sv": "Svara med en ordbok där varje exempel får en grupp, till exempel "
            "`{{\"{item}\": \"{group}\"}}`.",
            "en": "Answer with a dictionary that gives each example a group, for example "
            "`{{\"{item}\": \"{group}\"}}`.",
        },
        "unknown_item": {
            "sv": "{value} är inte ett av exemplen i frågan.",
            "en": "{value} is not one of the examples in the question.",
        },
        "missing_items": {
            "sv": "Följande exempel saknar grupp: {items}.",
            "en": "These examples have no group yet: {items}.",
        },
        "classify_counts": {
            "sv": "{right} av {total} rätt. Titta en gång till på: {wrong}.",
            "en": "{right} of {total} right. Take another look at: {wrong}.",
        },
        "number_type": {
            "sv": "Svara med ett tal, till exempel `42` eller `0.35` (punkt som decimaltecken).",
            "en": "Answer with a number, for example `42` or `0.35`.",
        },
        "number_off": {
            "sv": "Ditt svar {value} stämmer inte. {direction}",
            "en": "Your answer {value} is not right. {direction}",
        },
        "decimal_comma": {
            "sv": "Python läser `{a},{b}` som två tal. Skriv decimaltal med punkt: `{a}.{b}`.",
            "en": "Python reads `{a},{b}` as two numbers. Write decimals with a point: `{a}.{b}`.",
        },
        "number_text": {
            "sv": "Du skrev texten `\"{value}\"`. Skriv talet utan citattecken, till exempel `42`.",
            "en": "You wrote the text `\"{value}\"`. Write the number without quotes, for "
            "example `42`.",
        },
        "number_nan": {
            "sv": "Svaret är NaN (inget tal), ofta för att en uträkning delade med noll eller "
            "saknade värden. Kontrollera uträkningen.",
            "en": "The answer is NaN (not a number), often because a calculation divided by "
            "zero or had missing values. Check the calculation.",
        },
        "number_table": {
            "sv": "Svaret är en tabell eller lista, inte ett tal. Plocka ut talet, till exempel "
            "med `.iloc[0]` eller `len(...)`.",
            "en": "The answer is a table or a list, not a number. Take out the number, for "
            "example with `.iloc[0]` or `len(...)`.",
        },
        "too_high": {"sv": "Det är för högt.", "en": "It is too high."},
        "too_low": {"sv": "Det är för lågt.", "en": "It is too low."},
        "frame_type": {
            "sv": "Svara med en pandas-{kind}, till exempel resultatet av en `groupby`.",
            "en": "Answer with a pandas {kind}, for example the result of a `groupby`.",
        },
        "frame_shape": {
            "sv": "Din tabell har formen {got}, men den rätta har {expected} (rader, kolumner).",
            "en": "Your table has shape {got}, but the right one has {expected} (rows, columns).",
        },
        "frame_index": {
            "sv": "Raderna har andra namn än väntat. Väntade: {expected}.",
            "en": "The rows have other labels than expected. Expected: {expected}.",
        },
        "frame_columns": {
            "sv": "Kolumnerna har andra namn än väntat. Väntade: {expected}.",
            "en": "The columns have other names than expected. Expected: {expected}.",
        },
        "frame_values": {
            "sv": "Formen stämmer, men några värden skiljer sig från de rätta.",
            "en": "The shape is right, but some values differ from the right ones.",
        },
        "progress_note": {"sv": "ℹ️ {note}", "en": "ℹ️ {note}"},
    },
    __name__,
)


_MISSING = object()

Texts = Mapping[str, str]  # {"sv": ..., "en": ...}


@dataclass(frozen=True)
class Feedback:
    """What a check tells the learner. Shows as Markdown in a notebook."""

    status: str  # "correct" | "incorrect" | "not_attempted" | "invalid" | "info"
    message: str

    @property
    def correct(self) -> bool:
        return self.status == "correct"

    def _repr_markdown_(self) -> str:
        return self.message

    def __repr__(self) -> str:
        return self.message

    def html(self) -> str:
        return markdown_to_html(self.message)




def _join(*parts: str | None) -> str:
    return " ".join(p for p in parts if p)


class Exercise:
    """Base class. Subclasses set the class attributes and implement :meth:`evaluate`."""

    id: str = ""  # unique, e.g. "00.q1": the key in the progress file
    optional: bool = False  # "going further": extra points in the teacher's gradebook
    var: str | None = None  # the learner's variable that check() reads
    hints: Sequence[Texts] = ()
    solution_text: Texts = {"sv": "", "en": ""}

    def __init__(self) -> None:
        self._hints_shown = 0

    @property
    def name(self) -> str:
        """How the notebook refers to it ("q1"), taken from the id "00.q1"."""
        return self.id.rpartition(".")[2] or "q"

    # -- the learner's three verbs ------------------------------------------------------
    def check(self, answer: object = _MISSING) -> Feedback:
        """Check an answer (by default the notebook variable ``var``) and record progress."""
        if answer is _MISSING:
            answer = self._read_variable(inspect.currentframe().f_back.f_globals)
        feedback = self.feedback_for(answer)
        if feedback.status in ("correct", "incorrect"):
            wrong = self.recorded_answer(answer) if feedback.status == "incorrect" else None
            note = progress.record(self.id, feedback.status, answer=wrong)
            if note:
                feedback = Feedback(feedback.status, feedback.message + "\n\n" +
                                    msg("progress_note", note=note))
        return feedback

    def hint(self, n: int | None = None, last_note: str | None = None) -> Feedback:
        """The next hint (or hint number ``n``). After the last one, ``last_note`` (by default:
        how to see the solution in code; the widget form says which button to press)."""
        if not self.hints:
            return Feedback("info", msg("no_hints"))
        if n is None:
            self._hints_shown = min(self._hints_shown + 1, len(self.hints))
            n = self._hints_shown
        n = max(1, min(int(n), len(self.hints)))
        progress.record(self.id, "hint")
        text = _join(msg("hint_title", n=n, total=len(self.hints)), pick(self.hints[n - 1]))
        if n == len(self.hints):
            text += "\n\n" + (last_note or msg("no_more_hints", name=self.name))
        return Feedback("info", text)

    @property
    def hints_used_up(self) -> bool:
        """True once the last hint has been shown (or there are none): time for the solution."""
        return self._hints_shown >= len(self.hints)

    def solution(self) -> Feedback:
        progress.record(self.id, "solution")
        return Feedback("info", msg("solution_title") + "\n\n" + pick(self.solution_text))

    # -- checking ---------------------------------------------------------------------
    def feedback_for(self, answer: object) -> Feedback:
        """Pure: the feedback for ``answer`` (no progress is recorded)."""
        if answer is ____ or answer is _MISSING_VARIABLE:
            text = msg("no_variable", var=self.var) if answer is _MISSING_VARIABLE else None
            return Feedback("not_attempted", text or msg("not_attempted"))
        try:
            status, detail = self.evaluate(answer)
        except AnswerFormError as problem:
            return Feedback("invalid", _join(msg("invalid"), str(problem)))
        except (TypeError, ValueError, AttributeError, KeyError, IndexError, OverflowError):
            # An answer of a shape no check foresaw: feedback, never a traceback.
            return Feedback("invalid", _join(msg("invalid"), msg("unexpected_form",
                                                                    kind=type(answer).__name__)))
        head = msg("correct") if status == "correct" else msg("incorrect")
        return Feedback(status, _join(head, detail))

    def evaluate(self, answer: object) -> tuple[str, str]:
        """Return ("correct" | "incorrect", detail text). Raise AnswerFormError for bad shape."""
        raise NotImplementedError

    def recorded_answer(self, answer: object) -> object:
        """A wrong answer as the progress file keeps it (only choices: see ChooseExercise)."""
        return None

    def _read_variable(self, namespace: Mapping[str, object]) -> object:
        if self.var is None:
            return ____
        return namespace.get(self.var, _MISSING_VARIABLE)

    # -- for tests and the answer key -------------------------------------------------
    def solution_answer(self) -> object:
        """A correct answer in Python form (used by tests and the answer-key edition)."""
        raise NotImplementedError

    def wrong_answer(self) -> object:
        """A plausible wrong answer (used by tests)."""
        raise NotImplementedError

    def solution_code(self) -> str:
        """The solution as a Python expression, for the answer-key edition."""
        return repr(self.solution_answer())

    def assert_check_passed(self, answer: object = _MISSING) -> None:
        answer = self.solution_answer() if answer is _MISSING else answer
        feedback = self.feedback_for(answer)
        assert feedback.correct, f"{self.id}: solution rejected: {feedback.message}"

    def assert_check_failed(self, answer: object = _MISSING) -> None:
        answer = self.wrong_answer() if answer is _MISSING else answer
        feedback = self.feedback_for(answer)
        assert feedback.status == "incorrect", f"{self.id}: wrong answer not rejected: {feedback}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.id}>"


class _MissingVariable:
    pass


_MISSING_VARIABLE = _MissingVariable()


class AnswerFormError(ValueError):
    """The answer has the wrong type or shape; the message says what form is expected."""


# -------------------------------------------------------------------------- options


def _match_option(value: object, options: Sequence[Option]) -> Option:
    """Accept an option by key, by its label in either language, by letter (A, B, …) or alias."""
    if not isinstance(value, str):
        raise AnswerFormError(msg("choose_one_type", example=options[0].label()))
    wanted = " ".join(value.split()).casefold()
    for i, option in enumerate(options):
        names = {option.key.casefold(), option.sv.casefold(), option.en.casefold(), chr(65 + i).casefold()}
        if wanted in names or wanted in option.aliases:
            return option
    listing = ", ".join(f'"{o.label()}"' for o in options)
    raise AnswerFormError(msg("unknown_option", value=f'"{value}"', options=listing))


class ChooseExercise(Exercise):
    """Choose one option (``multiple = False``) or several (``multiple = True``).

    ``also_correct`` maps other defensible single choices to a note that says why they count
    (the solution still shows the best answer).
    """

    options: Sequence[Option] = ()
    correct: frozenset[str] | set[str] = frozenset()
    multiple: bool = False
    also_correct: Mapping[str, Texts] = {}

    def _chosen(self, answer: object) -> set[str]:
        if self.multiple:
            # Any collection of options: a list, a set, a pandas Series or a numpy array.
            if isinstance(answer, str | bytes | Mapping) or not hasattr(answer, "__iter__"):
                raise AnswerFormError(msg("choose_many_type", example=self.options[0].label()))
            return {_match_option(a, self.options).key for a in list(answer)}
        return {_match_option(answer, self.options).key}

    def evaluate(self, answer: object) -> tuple[str, str]:
        chosen = self._chosen(answer)
        if chosen == set(self.correct):
            return "correct", ""
        if not self.multiple and next(iter(chosen)) in self.also_correct:
            return "correct", pick(self.also_correct[next(iter(chosen))])
        if not self.multiple:
            return "incorrect", msg("choose_one_wrong")
        right = len(chosen & set(self.correct))
        wrong = len(chosen - set(self.correct))
        return "incorrect", msg("choose_many_counts", right=right, total=len(self.correct), wrong=wrong)

    def recorded_answer(self, answer: object) -> object:
        """The chosen option keys, so the teacher's dashboard can count the commonest wrong ones."""
        try:
            chosen = self._chosen(answer)
        except AnswerFormError:
            return None
        return sorted(chosen) if self.multiple else next(iter(chosen))

    def solution_answer(self) -> object:
        keys = [o.key for o in self.options if o.key in self.correct]
        return keys if self.multiple else keys[0]

    def wrong_answer(self) -> object:
        wrong = [o.key for o in self.options if o.key not in self.correct and o.key not in self.also_correct]
        return wrong[:1] + self.solution_answer()[:-1] if self.multiple else wrong[0]

    def widget(self):
        from .exercise_widgets import choose_widget

        return choose_widget(self)


class ClassifyExercise(Exercise):
    """Sort items into groups, e.g. examples of data into structured / semi / unstructured."""

    items: Sequence[Option] = ()
    groups: Sequence[Option] = ()
    expected: Mapping[str, str] = {}

    def _sorted(self, answer: object) -> dict[str, str]:
        if hasattr(answer, "to_dict") and hasattr(answer, "index"):
            answer = answer.to_dict()  # a pandas Series: item -> group
        if not isinstance(answer, Mapping):
            raise AnswerFormError(
                msg("classify_type", item=self.items[0].label(), group=self.groups[0].label())
            )
        result = {}
        for item_value, group_value in answer.items():
            try:
                item = _match_option(item_value, self.items)
            except AnswerFormError:
                raise AnswerFormError(msg("unknown_item", value=f'"{item_value}"')) from None
            result[item.key] = _match_option(group_value, self.groups).key
        missing = [i.label() for i in self.items if i.key not in result]
        if missing:
            raise AnswerFormError(msg("missing_items", items=", ".join(missing)))
        return result

    def evaluate(self, answer: object) -> tuple[str, str]:
        given = self._sorted(answer)
        wrong = [i.label() for i in self.items if given[i.key] != self.expected[i.key]]
        if not wrong:
            return "correct", ""
        right = len(self.items) - len(wrong)
        return "incorrect", msg("classify_counts", right=right, total=len(self.items),
                                wrong="; ".join(wrong))

    def recorded_answer(self, answer: object) -> object:
        try:
            return self._sorted(answer)
        except AnswerFormError:
            return None

    def solution_answer(self) -> object:
        return dict(self.expected)

    def wrong_answer(self) -> object:
        answer = dict(self.expected)
        first = self.items[0].key
        answer[first] = next(g.key for g in self.groups if g.key != answer[first])
        return answer

    def widget(self):
        from .exercise_widgets import classify_widget

        return classify_widget(self)


class NumberExercise(Exercise):
    """A number within a tolerance. ``expected`` may be a function, computed when checked."""

    expected: float | Callable[[], float] = 0.0
    abs_tol: float = 0.0
    rel_tol: float = 1e-9

    def expected_value(self) -> float:
        return float(self.expected() if callable(self.expected) else self.expected)

    def evaluate(self, answer: object) -> tuple[str, str]:
        try:
            value = number_value(answer)
        except NotANumber as slip:
            raise AnswerFormError(_number_slip(slip)) from None
        side = compare_numbers(value, self.expected_value(), self.rel_tol, self.abs_tol)
        if side == 0:
            return "correct", ""
        direction = msg("too_high") if side > 0 else msg("too_low")
        return "incorrect", msg("number_off", value=_shown(value), direction=direction)

    def solution_answer(self) -> object:
        value = self.expected_value()
        return int(value) if value.is_integer() else value

    def wrong_answer(self) -> object:
        value = self.expected_value()
        return value * 2 + 10 * (self.abs_tol + 1)


def _number_slip(slip: NotANumber) -> str:
    if slip.reason == "decimal_comma":
        return msg("decimal_comma", **slip.details)
    if slip.reason == "text":
        return msg("number_text", value=str(slip.details["value"])[:40])
    if slip.reason == "nan":
        return msg("number_nan")
    if slip.reason == "table":
        return msg("number_table")
    return msg("number_type")


def _shown(value: int | float) -> str:
    """A learner's number, short enough to read even when it has hundreds of digits."""
    text = f"{value:g}" if isinstance(value, float) else str(value)
    if len(text) <= 24:
        return text
    digits = text.lstrip("-")  # an integer too long to read (or to turn into a float)
    return f"{text[:-len(digits)]}{digits[0]}.{digits[1:4]}e+{len(digits) - 1}"


class FrameExercise(Exercise):
    """A pandas Series or DataFrame, compared in shape, labels and values (numbers to ``rtol``)."""

    expected: Callable[[], object] = staticmethod(lambda: None)
    rtol: float = 1e-6
    check_order: bool = True

    def evaluate(self, answer: object) -> tuple[str, str]:
        import pandas as pd

        want = self.expected()
        kind = "Series" if isinstance(want, pd.Series) else "DataFrame"
        if not isinstance(answer, type(want)):
            raise AnswerFormError(msg("frame_type", kind=kind))
        got = answer if self.check_order else answer.sort_index()
        want = want if self.check_order else want.sort_index()
        if got.shape != want.shape:
            return "incorrect", msg("frame_shape", got=_shape(got), expected=_shape(want))
        if list(got.index) != list(want.index):
            return "incorrect", msg("frame_index", expected=_preview(want.index))
        if kind == "DataFrame" and list(got.columns) != list(want.columns):
            return "incorrect", msg("frame_columns", expected=_preview(want.columns))
        try:
            pd.testing.assert_frame_equal(
                pd.DataFrame(got), pd.DataFrame(want), check_dtype=False, check_names=False,
                check_categorical=False, rtol=self.rtol,
            )
        except AssertionError:
            return "incorrect", msg("frame_values")
        return "correct", ""

    def solution_answer(self) -> object:
        return self.expected()

    def wrong_answer(self) -> object:
        want = self.expected()
        return want.iloc[:-1] if len(want) > 1 else want * 0 + 1


def _shape(obj) -> tuple[int, int]:
    return (obj.shape[0], obj.shape[1] if obj.ndim == 2 else 1)


def _preview(labels, n: int = 6) -> str:
    values = [str(v) for v in list(labels)[:n]]
    return ", ".join(values) + (" …" if len(labels) > n else "")


class CheckExercise(Exercise):
    """Free-form: ``judge(answer)`` returns (correct?, detail) or raises AnswerFormError."""

    def judge(self, answer: object) -> tuple[bool, str]:
        raise NotImplementedError

    def evaluate(self, answer: object) -> tuple[str, str]:
        ok, detail = self.judge(answer)
        return ("correct" if ok else "incorrect"), detail


def texts(sv: str, en: str) -> dict[str, str]:
    """A pair of texts, for hints and solutions: ``texts(sv="…", en="…")``."""
    return {"sv": sv, "en": en}
