"""A simulated class of 30 students: their hand-in files in one folder, and the truth behind them.

Shared by the classroom unit tests and the dashboard's browser test. Besides the 30 good files
the folder holds what a real download from a learning platform holds: one file handed in twice,
one student's older hand-in, three files from an older workbook, a damaged file, an edited file,
a file without its checksum, a foreign JSON file, a progress.json uploaded by mistake, an empty
file and a stray text file.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from pathlib import Path

from course_lib.classroom import handin
from course_lib.lessons import all_exercises

STUDENTS = 30
OLDER_VERSION = "0.0.9"
CURRENT = handin.workbook_version()


@dataclass
class SimulatedClass:
    folder: Path
    truth: dict[str, dict[str, dict]]  # student -> exercise id -> entry, as written
    files: dict[str, str]  # student -> the file that must be counted
    older: set[str]  # students whose counted file comes from the older workbook
    problems: dict[str, str]  # file -> reason key
    segments: dict[str, int] = field(default_factory=dict)


def _entry(rng: random.Random, exercise, day: int) -> dict | None:
    roll = rng.random()
    if roll < 0.2:
        return None  # never opened
    entry = {"attempts": 0, "correct": False, "hints": rng.choice([0, 0, 1, 2, 3]),
             "solution_viewed": rng.random() < 0.15,
             "first": f"2025-02-{day:02d}T09:00:00+00:00",
             "last": f"2025-02-{day:02d}T10:{rng.randint(0, 59):02d}:00+00:00"}
    if roll < 0.27:
        return entry  # only read the hints: not an attempt
    entry["attempts"] = rng.randint(1, 4)
    entry["correct"] = rng.random() < 0.6
    if entry["attempts"] > 1 or not entry["correct"]:
        recorded = exercise.recorded_answer(exercise.wrong_answer()) if _is_choice(exercise) else None
        if recorded is not None and rng.random() < 0.8:
            entry["last_wrong_answer"] = _another_wrong(rng, exercise, recorded)
    return entry


def _is_choice(exercise) -> bool:
    return hasattr(exercise, "options") or hasattr(exercise, "groups")


def _another_wrong(rng: random.Random, exercise, recorded):
    """Vary the wrong choice between students, so the commonest ones differ in number."""
    if isinstance(recorded, str):
        wrong = [o.key for o in exercise.options if o.key not in exercise.correct
                 and o.key not in getattr(exercise, "also_correct", {})]
        return rng.choice(wrong)
    if isinstance(recorded, dict):
        answer = dict(exercise.expected)
        for item in rng.sample(sorted(answer), k=min(2, len(answer))):
            answer[item] = rng.choice([g.key for g in exercise.groups])
        return answer if answer != dict(exercise.expected) else recorded
    return recorded


def _document(name, exercises, version, created, segments=0, plan=False):
    segs = [{"name": f"Segment {i}", "description": "", "rule": {"column": "age", "between": [18, 29]}}
            for i in range(segments)]
    summary = {"organisation": "Fjällgården", "factors": ["age"], "stages": {}, "stages_covered": 3,
               "gaps": 2, "gdpr_notes": 0} if plan else None
    factors = {"chosen": True, "factors": ["age", "urban_rural", "interests"], "reasons": {}}
    return handin.handin_document(name, "sv", exercises, factors, segs, summary, version, created)


def _write(folder: Path, name: str, document) -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")


def make_class(folder: Path, seed: int = 7) -> SimulatedClass:
    rng = random.Random(seed)
    exercises = all_exercises()
    folder.mkdir(parents=True, exist_ok=True)
    cls = SimulatedClass(folder, {}, {}, set(), {})
    for n in range(1, STUDENTS + 1):
        name = f"Student {n:02d}" if n != 13 else "-Kalle 13"  # Excel would read it as a formula
        older = n in (3, 14, 27)
        known = [e for e in exercises if not (older and e.id.startswith("08."))]
        entries = {e.id: entry for e in known if (entry := _entry(rng, e, 1 + n % 28)) is not None}
        if older:  # the older workbook had a question that is gone now, and kept no wrong answers
            entries["08.q9"] = {"attempts": 1, "correct": True}
            for entry in entries.values():
                entry.pop("last_wrong_answer", None)
        version = OLDER_VERSION if older else CURRENT
        document = _document(name, entries, version, f"2025-03-01T12:{n:02d}:00+00:00",
                             segments=n % 5, plan=n % 2 == 0)
        file = f"s{n:02d}/handin-student-{n:02d}.json"  # Canvas-like: one folder per student
        _write(folder, file, document)
        cls.truth[name] = {k: v for k, v in entries.items() if k != "08.q9"}
        cls.files[name] = file
        cls.segments[name] = n % 5
        if older:
            cls.older.add(name)
        if n == 5:  # handed in twice, the very same file
            _write(folder, "s05/handin-student-05-1.json", document)
            cls.problems["s05/handin-student-05-1.json"] = "duplicate"
        if n == 6:  # an earlier, different hand-in by the same student
            early = _document(name, {}, version, "2025-02-20T08:00:00+00:00")
            _write(folder, "s06/early/handin-student-06.json", early)
            cls.problems["s06/early/handin-student-06.json"] = "older_handin"
    # Files that must be listed, never counted.
    good = _document("Student 31", {"00.q1": {"attempts": 1, "correct": False}}, CURRENT,
                     "2025-03-01T13:00:00+00:00")
    text = json.dumps(good, ensure_ascii=False, indent=1)
    (folder / "damaged.json").write_text(text[: len(text) // 2], encoding="utf-8")
    cls.problems["damaged.json"] = "not_json"
    edited = json.loads(text)
    edited["exercises"]["00.q1"]["correct"] = True  # the student "fixed" an answer by hand
    _write(folder, "edited.json", edited)
    cls.problems["edited.json"] = "tampered"
    unsealed = {k: v for k, v in json.loads(text).items() if k != "checksum"}
    _write(folder, "unsealed.json", unsealed)
    cls.problems["unsealed.json"] = "no_checksum"
    _write(folder, "foreign.json", {"name": "something else", "values": [1, 2, 3]})
    cls.problems["foreign.json"] = "foreign"
    _write(folder, "progress.json", {"version": 1, "exercises": {"00.q1": {"attempts": 1}}})
    cls.problems["progress.json"] = "progress_file"
    (folder / "empty.json").write_bytes(b"")
    cls.problems["empty.json"] = "empty"
    (folder / "notes.txt").write_text("kommentar från studenten", encoding="utf-8")
    cls.problems["notes.txt"] = "not_json_file"
    return cls
