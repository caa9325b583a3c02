"""Keeping a learner's plan in the work folder, and reading it back (a broken file is set aside)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..core import storage
from ..core.errors import CourseError
from ..core.paths import work_dir
from .plan import DataPlan, msg

FILE_NAME = "dataplan.json"


def plan_path() -> Path:
    return work_dir() / FILE_NAME


def save_plan(plan: DataPlan, path: Path | None = None) -> Path:
    """Save the plan in the work folder (atomically: a crash never leaves half a file)."""
    if not isinstance(plan, DataPlan):
        raise CourseError(msg("bad_shape"), hint=msg("bad_shape_hint"))
    path = path or plan_path()
    storage.save_json(path, plan.to_dict())
    return path


@dataclass
class LoadedPlan:
    """The saved plan (None if there is none) and a message if a broken file was set aside."""

    plan: DataPlan | None = None
    notice: str | None = None


def load_plan(path: Path | None = None) -> LoadedPlan:
    """Read the saved plan. A file that cannot be read is set aside and the learner told."""
    path = path or plan_path()
    if not path.exists():
        return LoadedPlan()
    try:
        plan = DataPlan.from_dict(storage.read_json(path))
    except (ValueError, TypeError, KeyError, AttributeError):
        # CourseError is a ValueError: a plan that no longer validates is set aside too.
        backup = storage.set_aside(path)
        return LoadedPlan(notice=msg("corrupt", backup=backup.name))
    return LoadedPlan(plan=plan)
