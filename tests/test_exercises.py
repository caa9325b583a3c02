"""The exercise engine: every exercise accepts its solution, rejects a wrong answer, never raises."""

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import course_lib
from course_lib.core import exercises as ex
from course_lib.core import progress
from course_lib.lessons import all_exercises, exercise_by_id
from course_lib.lessons.l00 import q1, q2
from tests.examples import examples

EVERY = all_exercises()


@pytest.mark.parametrize("exercise", EVERY, ids=lambda e: e.id)
def test_every_exercise_accepts_its_solution_and_rejects_a_wrong_answer(exercise):
    exercise.assert_check_passed()
    exercise.assert_check_failed()


@pytest.mark.parametrize("exercise", EVERY, ids=lambda e: e.id)
@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_exercise_has_hints_and_solution_in_both_languages(exercise, language):
    course_lib.set_language(language)
    assert exercise.hints, "every exercise has at least one hint"
    for number, hint in enumerate(exercise.hints, start=1):
        code_only = hint["sv"].strip().startswith("`") and hint["sv"].strip().endswith("`")
        assert hint[language].strip() and (hint["sv"] != hint["en"] or code_only), exercise.id
        assert hint[language].strip() in exercise.hint(number).message
    text = exercise.solution_text[language].strip()
    assert text and text in exercise.solution().message
    assert exercise.solution_text["sv"] != exercise.solution_text["en"]


def test_ids_are_unique():
    ids = [e.id for e in EVERY]
    assert len(ids) == len(set(ids))
    assert exercise_by_id("00.q1") is q1


def test_placeholder_means_not_attempted_not_wrong():
    assert q1.check(ex.____).status == "not_attempted"
    assert "____" in q1.check(ex.____).message


def test_check_reads_the_notebook_variable():
    namespace = {"answer_1": 6}
    assert q1._read_variable(namespace) == 6
    assert q1.feedback_for(q1._read_variable({})).status == "not_attempted"
    assert "answer_1" in q1.feedback_for(q1._read_variable({})).message


def test_check_without_argument_uses_caller_globals():
    globals()["answer_1"] = 6
    try:
        assert q1.check().correct
    finally:
        del globals()["answer_1"]


@settings(max_examples=examples(150), deadline=None)
@given(st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(),
    st.lists(st.text()), st.dictionaries(st.text(), st.text()), st.tuples(st.integers(), st.integers()),
    st.lists(st.integers()), st.sets(st.integers()),
))
def test_no_answer_ever_raises(answer):
    for exercise in EVERY:
        feedback = exercise.feedback_for(answer)
        assert feedback.status in {"correct", "incorrect", "invalid", "not_attempted"}
        assert feedback.message


def test_wrong_types_get_friendly_feedback_in_the_chosen_language():
    course_lib.set_language("en")
    assert "number" in q1.check("six").message
    assert q1.check((0, 35)).status == "invalid" and "0.35" in q1.check((0, 35)).message
    course_lib.set_language("sv")
    assert "tal" in q1.check("sex").message
    assert q2.check(3).status == "invalid"


def test_choose_accepts_key_label_or_letter_in_either_language():
    for answer in ("attitude", "Attityddata", "attitude data", "b", " B "):
        assert q2.check(answer).correct, answer
    assert q2.check("factual").status == "incorrect"


class _Sort(ex.ClassifyExercise):
    id = "test.sort"
    items = [ex.Option("crm", "Köp i CRM", "Purchase in CRM"),
             ex.Option("json", "Klickhändelse i JSON", "Click event in JSON"),
             ex.Option("review", "Recension", "Review")]
    groups = [ex.Option("structured", "Strukturerad", "Structured"),
              ex.Option("semi_structured", "Semistrukturerad", "Semi-structured"),
              ex.Option("unstructured", "Ostrukturerad", "Unstructured")]
    expected = {"crm": "structured", "json": "semi_structured", "review": "unstructured"}
    hints = [ex.texts("Tänk på kolumner.", "Think about columns.")]
    solution_text = ex.texts("Se ovan.", "See above.")


class _Pick(ex.ChooseExercise):
    id = "test.pick"
    multiple = True
    options = [ex.Option("a", "Ålder", "Age"), ex.Option("b", "Kön", "Gender"),
               ex.Option("c", "Politisk åsikt", "Political opinion")]
    correct = {"a", "b"}


class _Frame(ex.FrameExercise):
    id = "test.frame"

    @staticmethod
    def expected():
        return pd.Series([3, 5], index=["Göteborg", "Umeå"], name="kunder")


def test_classify():
    sort = _Sort()
    sort.assert_check_passed()
    sort.assert_check_failed()
    partial = {"crm": "structured", "json": "structured", "review": "Ostrukturerad"}
    feedback = sort.check(partial)
    assert feedback.status == "incorrect" and "2 av 3" in feedback.message
    assert "saknar grupp" in sort.check({"crm": "structured"}).message
    assert sort.check(["structured"]).status == "invalid"
    assert sort.check({"shoe": "structured", "json": "x", "review": "y"}).status == "invalid"


def test_choose_several():
    pick = _Pick()
    pick.assert_check_passed()
    pick.assert_check_failed()
    assert "1 av 2" in pick.check(["a", "c"]).message
    assert pick.check("a").status == "invalid"


def test_frame_answers():
    frame = _Frame()
    frame.assert_check_passed()
    frame.assert_check_failed()
    want = _Frame.expected()
    assert frame.check(want.astype(float)).correct
    assert frame.check(want.rename({"Umeå": "Luleå"})).status == "incorrect"
    assert frame.check(want * 2).status == "incorrect"
    assert frame.check(want.to_frame()).status == "invalid"
    assert frame.check([3, 5]).status == "invalid"


def test_check_records_progress_and_hint_and_solution():
    q1.check(5)
    q1.check(6)
    q1.hint()
    q1.solution()
    saved = progress.load().exercises["00.q1"]
    first, last = saved.pop("first"), saved.pop("last")
    assert saved == {"attempts": 2, "correct": True, "hints": 1, "solution_viewed": True}
    assert first <= last and last.startswith("20")  # ISO times, for the hand-in
    q1.check(ex.____)  # not attempted is not an attempt
    assert progress.load().exercises["00.q1"]["attempts"] == 2


def test_hints_advance_and_stop_at_the_last():
    exercise = type(q1)()
    total = len(exercise.hints)
    shown = [exercise.hint() for _ in range(total + 1)]
    for number, feedback in enumerate(shown[:total], start=1):
        assert feedback.message.startswith(f"💡 **Ledtråd {number} av {total}:**")
        assert exercise.hints[number - 1]["sv"] in feedback.message
    assert shown[-1].message == shown[-2].message  # the last hint stays the last
    assert "q1.solution()" in shown[-1].message and "q1.solution()" not in shown[0].message


def test_feedback_shows_as_markdown():
    feedback = q1.check(6)
    assert feedback._repr_markdown_() == feedback.message
    assert "<b>" in feedback.html()



NUMBER_EXERCISES = [e for e in EVERY if isinstance(e, ex.NumberExercise)]


def _same_value_in_other_types(value):
    import decimal
    import fractions

    import numpy as np

    forms = [np.float64(value), np.array(value), decimal.Decimal(repr(float(value))),
             pd.Series([value]).iloc[0]]
    if float(value).is_integer():
        whole = int(value)
        forms += [np.int64(whole), np.int32(whole), fractions.Fraction(whole), pd.array([whole])[0]]
    return forms


@pytest.mark.parametrize("exercise", NUMBER_EXERCISES, ids=lambda e: e.id)
def test_number_answers_are_judged_by_value_whatever_computed_them(exercise):
    right = exercise.solution_answer()
    for form in _same_value_in_other_types(right):
        assert exercise.feedback_for(form).correct, (exercise.id, type(form), form)
    for huge in (10**400, -(10**400), float("inf"), float("-inf")):
        feedback = exercise.feedback_for(huge)
        assert feedback.status == "incorrect", (exercise.id, huge)
    for refused in (float("nan"), "42", [right], pd.Series([right, right])):
        assert exercise.feedback_for(refused).status == "invalid", (exercise.id, refused)


def test_number_slips_get_specific_help():
    assert "citattecken" in q1.feedback_for("6").message
    assert "NaN" in q1.feedback_for(float("nan")).message
    assert ".iloc[0]" in q1.feedback_for(pd.Series([6, 7])).message
    assert "0.35" in q1.feedback_for((0, 35)).message
    assert "e+400" in q1.feedback_for(10**400).message  # shown short, not 400 digits


def test_choices_accept_numpy_and_pandas_collections():
    import numpy as np

    several = next(e for e in EVERY if isinstance(e, ex.ChooseExercise) and e.multiple)
    keys = several.solution_answer()
    assert several.feedback_for(np.array(keys)).correct
    assert several.feedback_for(pd.Series(keys)).correct
    assert several.feedback_for(set(keys)).correct
    sorting = next(e for e in EVERY if isinstance(e, ex.ClassifyExercise))
    assert sorting.feedback_for(pd.Series(sorting.solution_answer())).correct
