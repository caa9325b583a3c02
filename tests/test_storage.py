"""The learner's files: strict JSON, a real lock, nothing lost to two kernels or a kill."""

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from course_lib.core import progress, storage
from course_lib.lessons.l00 import q1

ROOT = Path(__file__).resolve().parents[1]


def _answer_many(path: str, worker: int, count: int) -> None:
    for n in range(count):
        note = progress.record(f"w{worker}.q{n}", "correct", Path(path))
        assert note is None, note


@pytest.mark.slow
def test_four_kernels_recording_at_once_lose_nothing(tmp_path):
    path = tmp_path / "progress.json"
    context = multiprocessing.get_context("spawn")
    workers = [context.Process(target=_answer_many, args=(str(path), w, 60)) for w in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(120)
        assert worker.exitcode == 0
    saved = json.loads(path.read_text(encoding="utf-8"))["exercises"]
    assert len(saved) == 240
    assert all(entry["attempts"] == 1 and entry["correct"] for entry in saved.values())
    assert list(tmp_path.glob("*.tmp")) + list(tmp_path.glob(".*.tmp")) == []


_WRITER = """
import sys
from pathlib import Path
from course_lib.core import progress
n = 0
while True:
    progress.record(f"k.q{n % 500}", "incorrect", Path(sys.argv[1]))
    if n == 0:
        print("writing", flush=True)
    n += 1
"""


@pytest.mark.slow
def test_killed_writers_leave_a_readable_file_and_temporaries_are_cleaned(tmp_path):
    path = tmp_path / "progress.json"
    for round_ in range(12):
        writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(path)], cwd=ROOT,
                                  stdout=subprocess.PIPE, text=True)
        assert writer.stdout.readline() == "writing\n"  # started, and has written once
        time.sleep(0.02 + 0.013 * round_)  # killed at a different point of its writing each time
        writer.send_signal(signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        if path.exists():  # the file is always whole: old or new, never half
            assert isinstance(json.loads(path.read_text(encoding="utf-8"))["exercises"], dict)
    # Simulate the leftovers a kill between create and rename leaves behind.
    (tmp_path / ".progress.json.abc123.tmp").write_text("{half")
    assert progress.record("00.q1", "correct", path) is None
    assert list(tmp_path.glob(".*.tmp")) == []
    assert progress.load(path).exercises["00.q1"]["correct"] is True


def test_start_cleans_stale_temporaries_only():
    import course_lib

    folder = course_lib.work_dir()
    old, new = folder / ".segments.json.x.tmp", folder / ".plan.json.y.tmp"
    old.write_text("x")
    new.write_text("y")
    past = time.time() - 3600
    os.utime(old, (past, past))
    course_lib.start("sv")
    assert not old.exists() and new.exists()


@pytest.mark.parametrize("text", ["NaN", '{"a": Infinity}', '{"a": -Infinity}', "1e999",
                                  "9" * 5000, "[" * 100_000, '{"a": 1', "\ufeff{"])
def test_reading_is_strict(tmp_path, text):
    path = tmp_path / "f.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(storage.UnreadableFile):
        storage.read_json(path)


def test_writing_is_strict(tmp_path):
    with pytest.raises(ValueError):
        storage.write_json(tmp_path / "f.json", {"share": float("nan")})
    assert not (tmp_path / "f.json").exists()
    storage.write_json(tmp_path / "f.json", {"ö": 1})
    assert storage.read_json(tmp_path / "f.json") == {"ö": 1}


def test_a_newer_file_is_left_untouched_and_the_learner_told():
    path = progress.progress_path()
    newer = '{"version": 7, "exercises": {"00.q1": {"attempts": 3}}, "badges": ["x"]}'
    path.write_text(newer, encoding="utf-8")
    feedback = q1.check(6)
    assert feedback.correct and "nyare version" in feedback.message
    assert path.read_text(encoding="utf-8") == newer
    assert "nyare version" in progress.load().notice


@pytest.mark.parametrize("entry", ['"yes"', "[1, 2]", '{"attempts": "many"}', '{"attempts": -4}',
                                   '{"correct": "true", "hints": 1.5}', "null", '{"attempts": 1e308}'])
def test_hand_edited_entries_never_crash_check_or_overview(entry):
    from course_lib import overview

    path = progress.progress_path()
    text = '{"version": 1, "exercises": {"00.q1": ENTRY, "00.q2": {"attempts": 1}}}'
    path.write_text(text.replace("ENTRY", entry), encoding="utf-8")
    table = overview.overview()
    assert len(table) > 0
    assert q1.check(6).correct
    saved = progress.load().exercises
    assert saved["00.q1"]["attempts"] >= 1 and saved["00.q2"]["attempts"] == 1


def test_a_set_aside_file_is_mentioned_wherever_progress_is_shown(capsys):
    from course_lib import overview

    progress.progress_path().write_text("{broken", encoding="utf-8")
    assert "progress.broken-1.json" in q1.check(6).message  # told at once
    # ... and again each time progress is shown, not only once.
    for _ in range(2):
        assert "progress.broken-1.json" in progress.load().notice
        assert "progress.broken-1.json" in overview.summary()
    assert overview.main(["--lang", "sv"]) == 0
    assert "progress.broken-1.json" in capsys.readouterr().out
    # Checking answers does not repeat it every time.
    assert "broken" not in q1.check(6).message
