"""Progress survives crashes and broken files; the learner is told when something was mended."""

import json
import os

import pytest

import course_lib
from course_lib import overview
from course_lib.core import progress
from course_lib.lessons import all_exercises
from course_lib.lessons.l00 import q1


def test_missing_file_is_empty_progress():
    assert progress.load().exercises == {}
    assert progress.load().notice is None


def test_crash_during_write_keeps_the_old_file(monkeypatch):
    q1.check(6)
    before = progress.progress_path().read_bytes()

    def crash(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    note = progress.record("00.q2", "incorrect")
    assert "kunde inte sparas" in note
    assert progress.progress_path().read_bytes() == before
    leftovers = [p for p in progress.progress_path().parent.iterdir() if p.suffix == ".tmp"]
    assert leftovers == []


def test_corrupted_file_is_set_aside_and_learner_told():
    path = progress.progress_path()
    path.write_text('{"exercises": {"00.q1": ', encoding="utf-8")
    feedback = q1.check(6)
    assert feedback.correct
    assert "progress.broken-1.json" in feedback.message
    assert (path.parent / "progress.broken-1.json").read_text().startswith('{"exercises"')
    assert progress.load().exercises["00.q1"]["correct"] is True


@pytest.mark.parametrize("content", ["[]", '{"exercises": []}', "\x00\xff", ""])
def test_any_broken_content_is_set_aside(content):
    progress.progress_path().write_text(content, encoding="latin-1")
    result = progress.load()
    assert result.exercises == {} and result.notice


def test_english_notice():
    course_lib.set_language("en")
    progress.progress_path().write_text("nonsense", encoding="utf-8")
    assert "could not be read" in q1.check(6).message


def test_file_is_readable_json_with_version():
    q1.check(6)
    data = json.loads(progress.progress_path().read_text(encoding="utf-8"))
    assert data["version"] == progress.VERSION and data["exercises"]["00.q1"]["correct"]


def test_overview_states_follow_progress():
    total = len(all_exercises())
    table = overview.overview()
    assert list(table["Läge"]) == ["ej påbörjad"] * total
    q1.check(5)
    assert overview.overview()["Läge"].iloc[0] == "försökt"
    q1.check(6)
    course_lib.set_language("en")
    assert list(overview.overview()["State"]) == ["correct"] + ["not attempted"] * (total - 1)
    assert overview.summary() == f"1 of {total} questions correct, 0 tried."


def test_command_line_reset_asks_first(capsys):
    q1.check(6)
    assert overview.main(["--reset"], ask=lambda prompt: "nej") == 1
    assert progress.load().exercises
    assert overview.main(["--reset", "--lang", "en"], ask=lambda prompt: "yes") == 0
    assert progress.load().exercises == {}
    assert "progress.reset-1.json" in capsys.readouterr().out
    assert overview.main(["--lang", "en"]) == 0
    assert f"0 of {len(all_exercises())}" in capsys.readouterr().out


# ------------------------------------------------------------ the last wrong choice


def test_a_wrong_choice_is_kept_for_the_teacher_and_a_number_is_not():
    from course_lib.lessons.l00 import q2

    wrong = [i for i, o in enumerate(q2.options) if o.key not in q2.correct][-1]
    q2.check("factual")
    q2.check(chr(65 + wrong))  # a letter names an option too: kept as the option's key
    q1.check(5)
    saved = progress.load().exercises
    assert saved["00.q2"][progress.WRONG_ANSWER] == q2.options[wrong].key
    assert progress.WRONG_ANSWER not in saved["00.q1"]  # numbers are not choices


def test_last_wrong_choice_survives_a_later_correct_answer():
    from course_lib.lessons.l00 import q2

    wrong = next(o.key for o in q2.options if o.key not in q2.correct)
    q2.check(wrong)
    q2.check(q2.solution_answer())
    entry = progress.load().exercises["00.q2"]
    assert entry["correct"] and entry[progress.WRONG_ANSWER] == wrong


def test_classify_and_many_choices_are_kept_in_a_stable_form():
    from course_lib.core.exercises import ChooseExercise, ClassifyExercise
    from course_lib.lessons import all_exercises

    classify = next(e for e in all_exercises() if isinstance(e, ClassifyExercise))
    many = next(e for e in all_exercises() if isinstance(e, ChooseExercise) and e.multiple)
    classify.check(classify.wrong_answer())
    many.check(many.wrong_answer())
    saved = progress.load().exercises
    assert saved[classify.id][progress.WRONG_ANSWER] == dict(sorted(classify.wrong_answer().items()))
    assert saved[many.id][progress.WRONG_ANSWER] == sorted(set(many.wrong_answer()))


@pytest.mark.parametrize("bad", [
    "x" * 81, "", 5, None, True, ["ok", 3], ["y"] * 31, {"a": 1}, {"a": "b" * 81},
    {str(i): "g" for i in range(31)}, [["nested"]],
])
def test_an_answer_that_is_too_big_or_odd_is_not_kept(bad):
    progress.record("00.q2", "incorrect", answer=bad)
    entry = progress.load().exercises["00.q2"]
    assert entry["attempts"] == 1 and progress.WRONG_ANSWER not in entry


def test_an_answer_comes_only_with_a_wrong_outcome():
    progress.record("00.q2", "correct", answer="factual")
    assert progress.WRONG_ANSWER not in progress.load().exercises["00.q2"]


def test_a_file_from_before_answers_were_kept_reads_as_before_and_gains_one():
    path = progress.progress_path()
    entry = {"attempts": 2, "correct": False, "hints": 1, "solution_viewed": False,
             "first": "2024-01-01T10:00:00+00:00", "last": "2024-01-01T10:05:00+00:00"}
    old = {"version": 1, "exercises": {"00.q2": entry}}
    path.write_text(json.dumps(old), encoding="utf-8")
    assert progress.load().exercises == old["exercises"]
    progress.record("00.q2", "incorrect", answer="factual")
    entry = progress.load().exercises["00.q2"]
    assert entry["attempts"] == 3 and entry[progress.WRONG_ANSWER] == "factual"
    assert entry["first"] == "2024-01-01T10:00:00+00:00"


def test_a_hand_edited_wrong_answer_is_dropped_when_read():
    path = progress.progress_path()
    entry = {"attempts": 1, "correct": False, progress.WRONG_ANSWER: {"a": ["not", "text"]}}
    path.write_text(json.dumps({"version": 1, "exercises": {"00.q2": entry}}), encoding="utf-8")
    loaded = progress.load()
    assert loaded.exercises["00.q2"]["attempts"] == 1 and loaded.notice is None
    assert progress.WRONG_ANSWER not in loaded.exercises["00.q2"]


# ------------------------------------------------------------------ the overview in notebook 00


def _hidden_bars_removed(page: str) -> str:
    """The HTML as a screen reader reads it: without the bars hidden from it, without tags."""
    import re

    page = re.sub(r"<(span|p) aria-hidden='true'[^>]*>.*?</\1>", "", page)
    return re.sub(r"<[^>]+>", " ", page)


def _with_exercises():
    """The notebooks the overview lists: those with exercises (10 has none)."""
    from course_lib.lessons import LESSONS, exercises_of

    return [number for number in LESSONS if exercises_of(number)]


def test_one_compact_row_per_notebook_with_each_exercise_on_demand():
    from course_lib.lessons import TITLES
    from course_lib.lessons.l01 import q1 as first_of_01

    q1.check(5)
    q1.check(6)
    first_of_01.hint()
    shown = overview.progress_overview()
    page = shown._repr_html_()
    listed = _with_exercises()
    assert "10" not in listed and len(listed) == 10
    assert page.count("<tr>") == len(listed) + 1 and page.count("<details>") == len(listed)
    assert "<summary>10 · " not in page
    assert "<summary>00 · Börja här</summary>" in page and ">■□</span> 1 av 2 rätt" in page
    assert "<li>Fråga 1: rätt (2 försök)</li>" in page
    # Notebook 01 asks q1 third, under the heading "Fråga 1": listed third, named as q1.
    items = [line for line in page.split("<li>") if "ej påbörjad (1 ledtråd)" in line]
    assert items == ["Fråga 1: ej påbörjad (1 ledtråd)</li>"]
    row_01 = page.split("<summary>01 ")[1].split("</details>")[0]
    assert row_01.index("Fråga 2:") < row_01.index("Fråga 1:")
    assert "00.q1" not in page and "q1" not in page and "dataframe" not in page
    assert "1 av 2 rätt" in _hidden_bars_removed(page) and "■" not in _hidden_bars_removed(page)
    text = repr(shown)
    assert text.splitlines()[0] == f"1 av {len(all_exercises())} frågor rätt, 0 försökta."
    assert len(text.splitlines()) == len(listed) + 2
    course_lib.set_language("en")
    page = overview.progress_overview()._repr_html_()
    assert f"<summary>08 · {TITLES['08']['en']}</summary>" in page and "1 of 2 correct" in page


def test_without_the_notebooks_exercises_are_numbered_by_their_names(monkeypatch, tmp_path):
    from course_lib.lessons.l01 import q1 as asked_third

    asked_third.hint()
    monkeypatch.setattr(overview, "ROOT", tmp_path)  # course_lib installed without notebooks
    assert overview.exercise_order() == []
    [_, row, *_] = overview.progress_overview().rows
    assert overview.exercise_text(row.exercises[0]) == "Fråga 1: ej påbörjad (1 ledtråd)"


def test_done_tried_and_not_yet_each_have_a_symbol_and_words():
    from course_lib.lessons.l00 import q2

    q2.check("factual")
    [row] = [r for r in overview.progress_overview().rows if r.number == "00"]
    assert overview.bar(row) == "◧□" and overview.row_text(row) == "0 av 2 rätt, 1 försökt"
    q1.check(6)
    [row] = [r for r in overview.progress_overview().rows if r.number == "00"]
    assert overview.bar(row) == "■◧" and overview.row_text(row, "en") == "1 of 2 correct, 1 tried"


def test_a_notice_about_the_progress_file_is_shown_with_the_overview():
    progress.progress_path().write_text("{broken", encoding="utf-8")
    shown = overview.progress_overview()
    assert "progress.broken-1.json" in shown._repr_html_()
    assert "progress.broken-1.json" in repr(shown)


def test_make_progress_prints_the_same_compactly(capsys):
    q1.check(6)
    assert overview.main(["--lang", "en"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(_with_exercises()) + 2 and lines[2].startswith("00 · Start here ")
    assert lines[2].split()[-5:] == ["■□", "1", "of", "2", "correct"]
    assert overview.main(["--lang", "sv", "--details"]) == 0
    assert "    Fråga 1: rätt (1 försök)" in capsys.readouterr().out


def test_a_console_that_cannot_show_the_squares_gets_plain_characters():
    import io

    stream = io.TextIOWrapper(io.BytesIO(), encoding="cp1252")
    assert overview._symbols_for(stream) == overview.ASCII_SYMBOLS
    assert overview._symbols_for(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")) == overview.SYMBOLS


def test_titles_are_the_notebooks_own():
    import sys
    from pathlib import Path

    from course_lib.lessons import LESSONS, TITLES

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
    import build_notebooks

    sources, _ = build_notebooks.load_sources()
    assert {m.NOTEBOOK["number"]: m.NOTEBOOK["title"] for m in sources} == TITLES
    assert set(TITLES) == set(LESSONS)


# ---------------------------------------------------------------- version 1 -> 2: 08 became 09

def _v1_file():
    """A version-1 progress file: the capstone (then notebook 08) done in Swedish and again in
    English, with hints, a viewed solution and a wrong classification, beside other notebooks."""
    entry = {"attempts": 2, "correct": True, "hints": 1, "solution_viewed": False,
             "first": "2025-02-01T09:00:00+00:00", "last": "2025-02-03T10:00:00+00:00"}
    exercises = {
        "00.q1": dict(entry),
        "07.q6": dict(entry, correct=False),
        "08.q1": dict(entry, correct=False, last_wrong_answer={"ad": "buy", "till": "awareness"}),
        "08.q2": dict(entry, solution_viewed=True, last_wrong_answer="pixel"),
        "08.q3": dict(entry, attempts=5, hints=3),
        "08.q4": dict(entry, attempts=1),
    }
    return {"version": 1, "exercises": exercises}


def test_a_version_1_file_moves_the_capstone_answers_from_08_to_09_and_keeps_a_copy():
    path = progress.progress_path()
    old = _v1_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(old), encoding="utf-8")
    loaded = progress.load()
    assert loaded.notices == []
    expected = {k.replace("08.", "09.", 1): progress.clean_entry(v) for k, v in old["exercises"].items()}
    assert loaded.exercises == expected
    assert not any(k.startswith("08.") for k in loaded.exercises)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert saved["version"] == progress.VERSION == 2
    assert {k: progress.clean_entry(v) for k, v in saved["exercises"].items()} == expected
    copy = path.with_name("progress.v1-1.json")
    assert json.loads(copy.read_text(encoding="utf-8")) == old  # the old form, byte for byte
    assert progress.load().exercises == expected  # a second load changes nothing
    assert not path.with_name("progress.v1-2.json").exists()


def test_an_answer_recorded_into_a_version_1_file_migrates_it_first():
    path = progress.progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_v1_file()), encoding="utf-8")
    progress.record("08.q1", "correct")  # the new notebook 08's first question
    exercises = progress.load().exercises
    assert exercises["08.q1"]["attempts"] == 1 and exercises["08.q1"]["correct"]
    assert exercises["09.q1"]["attempts"] == 2 and not exercises["09.q1"]["correct"]
    assert exercises["09.q1"][progress.WRONG_ANSWER] == {"ad": "buy", "till": "awareness"}
    assert set(exercises) == {"00.q1", "07.q6", "08.q1", "09.q1", "09.q2", "09.q3", "09.q4"}


def test_the_migration_happens_with_the_lock_held(monkeypatch):
    from course_lib.core import storage

    path = progress.progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_v1_file()), encoding="utf-8")
    keep_copy, held = storage.keep_copy, []

    def watched(file, label):
        with pytest.raises(storage.StorageError):  # someone else may not take the lock now
            with storage.locked(file, timeout=0.05):
                pass
        held.append(label)
        return keep_copy(file, label)

    monkeypatch.setattr(storage, "keep_copy", watched)
    progress.load()
    assert held == ["v1"]


def test_two_entries_that_land_on_one_id_are_added_up_not_lost():
    first = {"attempts": 2, "correct": False, "hints": 1, "solution_viewed": False,
             "first": "2025-02-01T09:00:00+00:00", "last": "2025-02-01T10:00:00+00:00"}
    second = {"attempts": 1, "correct": True, "hints": 0, "solution_viewed": True,
              "first": "2025-01-01T09:00:00+00:00", "last": "2025-03-01T10:00:00+00:00"}
    merged = progress.renumber({"08.q1": first, "09.q1": second}, 1)["09.q1"]
    assert merged == {"attempts": 3, "correct": True, "hints": 1, "solution_viewed": True,
                      "first": "2025-01-01T09:00:00+00:00", "last": "2025-03-01T10:00:00+00:00"}
    assert progress.renumber({"08.q1": first}, 2) == {"08.q1": first}  # already current


def test_a_version_1_file_that_cannot_be_rewritten_is_still_shown_with_the_new_numbers(monkeypatch):
    from course_lib.core import storage

    path = progress.progress_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(_v1_file()), encoding="utf-8")
    before = path.read_bytes()

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "atomic_write", refuse)
    loaded = progress.load()
    assert "09.q3" in loaded.exercises and "08.q3" not in loaded.exercises
    assert loaded.exercises["09.q3"]["attempts"] == 5
    assert "kunde inte sparas" in loaded.notice
    assert path.read_bytes() == before  # untouched, nothing lost
