"""Widgets without a browser: set controls, click buttons, read what the learner would see."""

import course_lib
from course_lib import overview
from course_lib.core import progress
from course_lib.lessons.l00 import q2
from tests.test_exercises import _Pick, _Sort


def test_choose_widget_checks_like_code():
    box = q2.widget()
    dropdown = box.controls[0]
    box.check_button.click()
    assert "Inte besvarad" in box.feedback.value
    dropdown.value = "factual"
    box.check_button.click()
    assert "Inte riktigt" in box.feedback.value
    dropdown.value = "attitude"
    box.check_button.click()
    assert "Rätt" in box.feedback.value
    saved = progress.load().exercises["00.q2"]
    assert {k: saved[k] for k in ("attempts", "correct", "hints", "solution_viewed")} == {
        "attempts": 2, "correct": True, "hints": 0, "solution_viewed": False}


def test_widget_labels_follow_language():
    course_lib.set_language("en")
    box = q2.widget()
    assert box.check_button.description == "Check"
    assert [label for label, _ in box.controls[0].options][1] == "Factual data"
    box.hint_button.click()
    assert "Hint 1 of 1" in box.feedback.value


def test_classify_widget():
    box = _Sort().widget()
    assert [d.description for d in box.controls] == ["Köp i CRM", "Klickhändelse i JSON", "Recension"]
    box.controls[0].value = "structured"
    box.check_button.click()
    assert "saknar grupp" in box.feedback.value
    for dropdown, group in zip(box.controls, ["structured", "semi_structured", "unstructured"], strict=True):
        dropdown.value = group
    box.check_button.click()
    assert "Rätt" in box.feedback.value


def test_choose_several_widget_uses_tick_boxes():
    box = _Pick().widget()
    box.controls[0].value = True
    box.controls[1].value = True
    box.check_button.click()
    assert "Rätt" in box.feedback.value


def test_reset_widget_asks_before_resetting():
    q2.check("attitude")
    box = overview.reset_widget()
    box.start_button.click()
    assert box.children[1].layout.display == "flex"
    box.cancel_button.click()
    assert progress.load().exercises and "Inget ändrades" in box.status.value
    box.start_button.click()
    box.confirm_button.click()
    assert progress.load().exercises == {}
    assert "reset-1" in box.status.value
