"""The learner's progress: which exercises they tried and solved, in a small local JSON file.

The file lives in the learner's work folder (``course_lib.paths.work_dir()``). Writes are
atomic (temporary file, then ``os.replace``), so a crash mid-write never loses earlier
progress. A file that cannot be read is set aside under a new name, a fresh one is started,
and the learner is told.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .i18n import messages
from .paths import work_dir

FILE_NAME = "progress.json"
VERSION = 1

msg = messages(
    {
        "corrupt": {
            "sv": "Filen med dina framsteg gick inte att läsa. Den är sparad som {backup} och "
            "en ny fil har startats.",
            "en": "Your progress file could not be read. It has been kept as {backup} and a "
            "fresh one has been started.",
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
    """Progress read from disk, plus a message for the learner if something had to be mended."""

    exercises: dict[str, dict] = field(default_factory=dict)
    notice: str | None = None


def progress_path() -> Path:
    return work_dir() / FILE_NAME


def _set_aside(path: Path, label: str = "broken") -> Path:
    """Rename a broken file so nothing is lost, never overwriting an earlier backup."""
    n = 1
    while (backup := path.with_name(f"{path.stem}.{label}-{n}{path.suffix}")).exists():
        n += 1
    os.replace(path, backup)
    return backup


def load(path: Path | None = None) -> LoadResult:
    """Read the progress file; a missing file is simply empty progress."""
    path = path or progress_path()
    if not path.exists():
        return LoadResult()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        exercises = data["exercises"]
        if not isinstance(exercises, dict):
            raise ValueError("exercises is not an object")
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        backup = _set_aside(path)
        return LoadResult(notice=msg("corrupt", backup=backup.name))
    return LoadResult(exercises=exercises)


def write_json_atomic(path: Path, data: object) -> None:
    """Write JSON so that readers see either the old file or the new one, never half of one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False, indent=1, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def record(exercise_id: str, outcome: str, path: Path | None = None) -> str | None:
    """Note an attempt at an exercise. ``outcome`` is "correct", "incorrect" or "hint"/"solution".

    Returns a message for the learner if the file had to be mended or could not be written.
    """
    path = path or progress_path()
    try:
        loaded = load(path)
        entry = loaded.exercises.setdefault(
            exercise_id, {"attempts": 0, "correct": False, "hints": 0, "solution_viewed": False}
        )
        if outcome in ("correct", "incorrect"):
            entry["attempts"] += 1
            entry["correct"] = entry["correct"] or outcome == "correct"
        elif outcome == "hint":
            entry["hints"] += 1
        elif outcome == "solution":
            entry["solution_viewed"] = True
        write_json_atomic(path, {"version": VERSION, "exercises": loaded.exercises})
    except OSError as error:
        return msg("unwritable", reason=error.strerror or error.__class__.__name__)
    return loaded.notice


def state_of(exercise_id: str, exercises: dict[str, dict]) -> str:
    """"not_attempted", "tried" or "correct" for one exercise."""
    entry = exercises.get(exercise_id)
    if not entry or not entry.get("attempts"):
        return "not_attempted"
    return "correct" if entry.get("correct") else "tried"


def reset(path: Path | None = None) -> Path | None:
    """Start over. The old file is kept as a backup (returned), so a reset can be undone."""
    path = path or progress_path()
    if not path.exists():
        return None
    return _set_aside(path, "reset")
