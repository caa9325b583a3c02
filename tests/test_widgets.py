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
    assert box.question.layout.display == "flex"
    assert "säkerhetskopia" in box.status.value  # the question is said in the live status
    box.cancel_button.click()
    assert progress.load().exercises and "Inget ändrades" in box.status.value
    assert box.question.layout.display == "none"
    box.start_button.click()
    box.confirm_button.click()
    assert progress.load().exercises == {}
    assert "reset-1" in box.status.value


def test_the_reset_widget_without_a_kernel_still_asks_its_question():
    from course_lib.core.widget_text import describe

    text = describe(overview.reset_widget())
    assert text.index("Börja om") < text.index("säkerhetskopia") < text.index("Ja, nollställ")


def test_a_solution_button_follows_the_last_hint(monkeypatch):
    monkeypatch.setattr(q2, "_hints_shown", 0)  # q2 is shared: other tests asked for hints
    box = q2.widget()
    assert box.solution_button.layout.display == "none"  # not before the last hint
    box.hint_button.click()
    assert "Hint 1 of 1" in box.feedback.value or "Ledtråd 1 av 1" in box.feedback.value
    assert "Knappen <b>Lösning</b> visar lösningen" in box.feedback.value
    assert "solution()" not in box.feedback.value  # no code for a widget user
    assert box.solution_button.layout.display is None and box.solution_button.description == "Lösning"
    box.solution_button.click()
    assert "Lösning:" in box.feedback.value and "attityddata" in box.feedback.value
    assert progress.load().exercises["00.q2"]["solution_viewed"] is True
    assert q2.widget().solution_button.layout.display is None  # shown again: the hints are used


def test_code_hints_still_point_to_the_code_solution():
    from course_lib.lessons.l00 import q1

    assert "`q1.solution()`" in q1.hint(len(q1.hints)).message


def test_solutions_with_code_blocks_show_as_code_in_a_widget():
    from course_lib.lessons.l01 import q1

    html = q1.widget()
    html.solution_button.click()
    assert "<pre><code>channel_for(" in html.feedback.value and "```" not in html.feedback.value


def test_every_control_has_a_name_and_no_dropdown_starts_blank():
    """Without a browser: descriptions set, no icon glyphs, "Välj …" selected at the start."""
    import ipywidgets as w

    from course_lib.core.exercise_widgets import UNCHOSEN

    box = q2.widget()
    dropdown = box.controls[0]
    assert dropdown.description == "Ditt svar"
    assert dropdown.index == 0 and dropdown.value == UNCHOSEN and dropdown.label == "Välj …"
    buttons = [box.check_button, box.hint_button, box.solution_button]
    assert all(b.description and not b.icon for b in buttons)
    sorted_box = _Sort().widget()
    assert all(d.index == 0 for d in sorted_box.controls)
    assert all(isinstance(d, w.Dropdown) and d.description for d in sorted_box.controls)
