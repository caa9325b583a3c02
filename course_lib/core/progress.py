"""The learner's progress: which exercises they tried and solved, in a small local JSON file.

The file lives in the learner's work folder (``course_lib.work_dir()``) and is written through
:mod:`course_lib.core.storage`: under a file lock, so two open notebooks never lose each
other's answers, and atomically, so a crash mid-write loses nothing. Every entry is checked
when read, so a hand-edited file can never break ``q.check()`` or the overview. A damaged file
is set aside (and mentioned wherever progress is shown until the learner deals with it); a file
from a newer version of the workbook is left untouched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from . import storage
from .i18n import messages
from .paths import work_dir

FILE_NAME = "progress.json"
# 2: notebook 08 became "Test and learn" and the capstone moved on to 09, so a version-1
# file's "08.qN" answers are the capstone's and now read "09.qN" (see RENUMBERED).
VERSION = 2
# Per version: the notebook numbers that changed after it (old -> new). A file of that
# version is migrated on load, under the lock, after a copy of it is kept beside it.
RENUMBERED = {1: {"08": "09"}}
OUTCOMES = ("correct", "incorrect", "hint", "solution")
# The learner's last wrong choice in a choose or classify exercise, for the teacher's class
# dashboard (its commonest wrong answers). Optional: older files simply lack it.
WRONG_ANSWER = "last_wrong_answer"
MAX_ANSWER_TEXT = 80
MAX_ANSWER_ITEMS = 30

msg = messages(
    {
        "corrupt": {
            "sv": "Filen med dina framsteg gick inte att läsa. Den är sparad som {backup} och "
            "en ny fil har startats.",
            "en": "Your progress file could not be read. It has been kept as {backup} and a "
            "fresh one has been started.",
        },
        "kept_aside": {
            "sv": "En skadad fil med tidigare framsteg finns kvar som {files} i mappen my_work. "
            "Det du gjort sedan dess är sparat som vanligt; ta bort den gamla filen när du "
            "inte längre behöver den.",
            "en": "A damaged file with earlier progress is kept as {files} in the my_work "
            "folder. What you have done since is saved as usual; delete the old file when you "
            "no longer need it.",
        },
        "repaired": {
            "sv": "{n} poster i filen med dina framsteg var felaktiga och hoppades över.",
            "en": "{n} entries in your progress file were malformed and were skipped.",
        },
        "newer": {
            "sv": "Filen med dina framsteg kommer från en nyare version av arbetsboken "
            "(version {version}). Den lämnas orörd: svaren kontrolleras men sparas inte. "
            "Uppdatera arbetsboken för att spara igen.",
            "en": "Your progress file comes from a newer version of the workbook (version "
            "{version}). It is left untouched: answers are checked but not saved. Update the "
            "workbook to save again.",
        },
        "unwritable": {
            "sv": "Dina framsteg kunde inte sparas ({reason}). Svaret är ändå kontrollerat.",
            "en": "Your progress could not be saved ({reason}). Your answer was still checked.",
        },
    },
    __name__,
)


@dataclass
class LoadResult:
    """Progress read from disk, plus messages for the learner if something had to be mended."""

    exercises: dict[str, dict] = field(default_factory=dict)
    notices: list[str] = field(default_factory=list)

    @property
    def notice(self) -> str | None:
        return " ".join(self.notices) or None


def progress_path() -> Path:
    return work_dir() / FILE_NAME


def _fresh() -> dict:
    return {"version": VERSION, "exercises": {}}


def _count(value) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _time(value) -> str | None:
    return value if isinstance(value, str) and len(value) <= 40 else None


def clean_answer(value) -> str | list[str] | dict[str, str] | None:
    """A recorded choice as it may be kept: an option key, a list of keys, or item -> group.

    Small by construction (a choice exercise has a handful of short option keys), so a
    hand-edited file cannot make the progress file, or a teacher's class folder, huge.
    """
    def short(text) -> bool:
        return isinstance(text, str) and 0 < len(text) <= MAX_ANSWER_TEXT

    if short(value):
        return value
    if isinstance(value, list) and len(value) <= MAX_ANSWER_ITEMS and all(map(short, value)):
        return sorted(set(value))
    if (isinstance(value, dict) and len(value) <= MAX_ANSWER_ITEMS
            and all(short(k) and short(v) for k, v in value.items())):
        return dict(sorted(value.items()))
    return None


def clean_entry(entry) -> dict | None:
    """One exercise's entry with the right types, or None if nothing in it can be used."""
    if not isinstance(entry, dict):
        return None
    cleaned = {
        "attempts": _count(entry.get("attempts")),
        "correct": entry.get("correct") is True,
        "hints": _count(entry.get("hints")),
        "solution_viewed": entry.get("solution_viewed") is True,
        "first": _time(entry.get("first")),
        "last": _time(entry.get("last")),
    }
    # Only choice exercises have one, and files from before it was recorded have none.
    wrong = clean_answer(entry.get(WRONG_ANSWER))
    if wrong is not None:
        cleaned[WRONG_ANSWER] = wrong
    return cleaned


def _clean_exercises(data: dict) -> tuple[dict[str, dict], int]:
    raw = data.get("exercises")
    if not isinstance(raw, dict):
        return {}, int(raw is not None)
    cleaned, skipped = {}, 0
    for key, entry in raw.items():
        good = clean_entry(entry)
        if good is None or not isinstance(key, str):
            skipped += 1
        else:
            cleaned[key] = good
    return cleaned, skipped


def renumber(exercises: dict, from_version: int) -> dict:
    """Exercise ids as they are named now, for entries saved by an older ``from_version``:
    ``{"08.q1": …}`` from version 1 is ``{"09.q1": …}``. Every entry is kept; should two
    end up under one id (a hand-edited file), their attempts and hints are added up and
    what was true of either stays true."""
    if not isinstance(exercises, dict):
        return exercises
    for version in sorted(v for v in RENUMBERED if v >= from_version):
        moves = RENUMBERED[version]
        renamed: dict = {}
        for key, entry in exercises.items():
            number, dot, rest = key.partition(".") if isinstance(key, str) else (key, "", "")
            new = f"{moves[number]}.{rest}" if dot and number in moves else key
            renamed[new] = _merge(renamed[new], entry) if new in renamed else entry
        exercises = renamed
    return exercises


def _merge(first, second):
    a, b = clean_entry(first), clean_entry(second)
    if a is None or b is None:
        return first if b is None else second
    merged = {"attempts": a["attempts"] + b["attempts"], "correct": a["correct"] or b["correct"],
              "hints": a["hints"] + b["hints"],
              "solution_viewed": a["solution_viewed"] or b["solution_viewed"],
              "first": min(filter(None, (a["first"], b["first"])), default=None),
              "last": max(filter(None, (a["last"], b["last"])), default=None)}
    wrong = b.get(WRONG_ANSWER, a.get(WRONG_ANSWER))
    if wrong is not None:
        merged[WRONG_ANSWER] = wrong
    return merged


def _migrator(path: Path):
    """Bring an older file up to date; called by storage with the lock held, before writing,
    so the old file is copied first (``progress.v1-1.json``)."""
    def migrate(data: dict, found: int) -> None:
        storage.keep_copy(path, f"v{found}")
        data["exercises"] = renumber(data.get("exercises"), found)
    return migrate


def _notices(path: Path, loaded: storage.Loaded, skipped: int, earlier: bool = True) -> list[str]:
    """What the learner should know; ``earlier`` also mentions files set aside before."""
    notices = []
    if loaded.set_aside is not None:
        notices.append(msg("corrupt", backup=loaded.set_aside.name))
    elif earlier:
        earlier = storage.set_aside_files(path)
        if earlier:
            notices.append(msg("kept_aside", files=", ".join(p.name for p in earlier)))
    if skipped:
        notices.append(msg("repaired", n=skipped))
    if loaded.newer is not None:
        notices.append(msg("newer", version=loaded.newer))
    return notices


def load(path: Path | None = None) -> LoadResult:
    """Read the progress file; a missing file is simply empty progress."""
    path = path or progress_path()
    try:
        with storage.locked(path):
            loaded = storage.load_document(path, VERSION, _fresh, _migrator(path))
            if loaded.migrated_from is not None:
                storage.write_json(path, loaded.data)
    except OSError as error:
        notice = msg("unwritable", reason=_reason(error))
        try:  # an older file that cannot be rewritten (read-only folder) is still shown, renamed
            data = storage.read_json(path) if path.exists() else _fresh()
        except (OSError, storage.UnreadableFile):
            return LoadResult(notices=[notice])
        data = data if isinstance(data, dict) else _fresh()
        found = data.get("version")
        if isinstance(found, int) and not isinstance(found, bool) and found < VERSION:
            data["exercises"] = renumber(data.get("exercises"), found)
        return LoadResult(_clean_exercises(data)[0], [notice])
    exercises, skipped = _clean_exercises(loaded.data)
    return LoadResult(exercises, _notices(path, loaded, skipped))


def _reason(error: OSError) -> str:
    return error.strerror or str(error) or error.__class__.__name__


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def record(exercise_id: str, outcome: str, path: Path | None = None, answer=None) -> str | None:
    """Note an attempt at an exercise. ``outcome`` is "correct", "incorrect", "hint" or "solution".

    ``answer`` (optional, only with "incorrect") is the wrong choice of a choose or classify
    exercise, in :func:`clean_answer`'s form; anything else is not kept.
    Returns a message for the learner if the file had to be mended or could not be written.
    """
    if outcome not in OUTCOMES:
        raise ValueError(outcome)
    wrong = clean_answer(answer) if outcome == "incorrect" else None
    path = path or progress_path()
    skipped = 0

    def change(data: dict) -> None:
        nonlocal skipped
        exercises, skipped = _clean_exercises(data)
        blank = {"attempts": 0, "correct": False, "hints": 0, "solution_viewed": False,
                 "first": None, "last": None}
        entry = exercises.setdefault(exercise_id, blank)
        if outcome in ("correct", "incorrect"):
            entry["attempts"] += 1
            entry["correct"] = entry["correct"] or outcome == "correct"
            if wrong is not None:
                entry[WRONG_ANSWER] = wrong
        elif outcome == "hint":
            entry["hints"] += 1
        else:
            entry["solution_viewed"] = True
        entry["first"] = entry["first"] or _now()
        entry["last"] = _now()
        data["exercises"] = exercises

    try:
        loaded = storage.update_document(path, VERSION, _fresh, change, _migrator(path))
    except OSError as error:
        return msg("unwritable", reason=_reason(error))
    return " ".join(_notices(path, loaded, skipped, earlier=False)) or None


def state_of(exercise_id: str, exercises: dict[str, dict]) -> str:
    """"not_attempted", "tried" or "correct" for one exercise."""
    entry = exercises.get(exercise_id)
    if not entry or not entry.get("attempts"):
        return "not_attempted"
    return "correct" if entry.get("correct") else "tried"


def reset(path: Path | None = None) -> Path | None:
    """Start over. The old file is kept as a backup (returned), so a reset can be undone."""
    path = path or progress_path()
    with storage.locked(path):
        if not path.exists():
            return None
        return storage.set_aside(path, "reset")
