"""Where the workbook keeps its files: the lesson data, and the learner's own work."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def data_dir() -> Path:
    """The committed lesson data (catalogue, default synthetic world)."""
    return Path(os.environ.get("COURSE_DATA_DIR", ROOT / "data"))


def example_file(name: str) -> Path:
    """A file in data/examples/, such as the Swedish-style customer file of notebook 10."""
    return data_dir() / "examples" / name


def work_dir() -> Path:
    """The learner's own folder: progress, saved segments, exports, plans.

    It sits beside the notebooks so it shows in JupyterLab's file browser; set
    COURSE_WORK_DIR to keep it elsewhere (tests use a temporary folder).
    """
    path = Path(os.environ.get("COURSE_WORK_DIR", ROOT / "notebooks" / "my_work"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def shown_path(path: Path) -> str:
    """A path as a learner should see it: ``my_work/exports/x.csv`` inside the work folder, the
    file name elsewhere. Never a full path of this machine (outputs stay the same everywhere)."""
    path = Path(path)
    try:
        inside = path.resolve().relative_to(work_dir().resolve())
    except ValueError:
        return path.name
    return "/".join(("my_work", *inside.parts))
