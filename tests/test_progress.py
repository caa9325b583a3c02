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
    assert data["version"] == 1 and data["exercises"]["00.q1"]["correct"]


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
