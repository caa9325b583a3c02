"""Points per student as a CSV that Canvas's gradebook imports.

The shape follows Instructure's guide "How do I import grades in the Gradebook?"
(https://community.canvaslms.com/t5/Instructor-Guide/How-do-I-import-grades-in-the-Gradebook/ta-p/807):
the columns ``Student``, ``ID``, ``SIS User ID``, ``SIS Login ID``, ``Section``, then one column
per assignment titled ``Name (assignment id)``. PrairieLearn's maintainers tested such imports
(https://github.com/PrairieLearn/PrairieLearn/issues/4547): Canvas matches a student by the
identity columns and an assignment by its id in parentheses (or by its exact name; a new name
creates a new assignment). The workbook only knows the name the student chose, so ``ID``,
``SIS User ID``, ``SIS Login ID`` and ``Section`` are left empty for the teacher to fill in from
Canvas's own export. docs/gradebook.md explains the points and the steps.

Points (docs/gradebook.md): 1 for a question answered correctly without viewing the solution,
0.5 when the solution was viewed (the progress file does not say whether before or after), 0
otherwise. Optional questions ("going further") count the same, as extra points on top of the
required ones.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from ..core.progress import state_of
from ..segments.export import safe_cell
from .collect import ClassFolder, HandedIn

IDENTITY_COLUMNS = ("Student", "ID", "SIS User ID", "SIS Login ID", "Section")
DEFAULT_TITLE = "Data är guld"
GRADEBOOK_FILE = "gradebook.csv"
FULL, WITH_SOLUTION = 1.0, 0.5


def points_for(entry: dict | None, exercise_id: str) -> float:
    """One question's points from its progress entry."""
    if state_of(exercise_id, {exercise_id: entry} if entry else {}) != "correct":
        return 0.0
    return WITH_SOLUTION if entry.get("solution_viewed") else FULL


def student_points(student: HandedIn, exercises: list) -> tuple[float, float]:
    """(required points, extra points from optional questions)."""
    required = extra = 0.0
    for exercise in exercises:
        points = points_for(student.exercises.get(exercise.id), exercise.id)
        if exercise.optional:
            extra += points
        else:
            required += points
    return required, extra


def points_possible(exercises: list) -> float:
    """What the Canvas assignment should be worth: the required questions only."""
    return FULL * sum(not e.optional for e in exercises)


def column_title(title: str = DEFAULT_TITLE, assignment_id: str | None = None) -> str:
    """``Data är guld (12345)``; without an id, Canvas matches the name or makes a new assignment."""
    return f"{title} ({assignment_id})" if assignment_id else title


def _number(value: float) -> str:
    return f"{value:g}"  # Canvas reads a decimal point, whatever the teacher's language


def gradebook_rows(cls: ClassFolder, exercises: list, title: str = DEFAULT_TITLE,
                   assignment_id: str | None = None, by_notebook: bool = False) -> list[list[str]]:
    """The CSV as rows: a header, then one row per student (formula-safe text cells)."""
    if by_notebook:
        notebooks = list(dict.fromkeys(e.id.split(".")[0] for e in exercises))
        groups = {f"{title} {n}": [e for e in exercises if e.id.startswith(f"{n}.")] for n in notebooks}
    else:
        groups = {column_title(title, assignment_id): list(exercises)}
    rows = [[safe_cell(c) for c in (*IDENTITY_COLUMNS, *groups)]]
    for student in cls.handed_in:
        scores = [_number(sum(student_points(student, group))) for group in groups.values()]
        rows.append([safe_cell(student.student), "", "", "", "", *scores])
    return rows


def gradebook_csv(cls: ClassFolder, exercises: list, **options) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows(gradebook_rows(cls, exercises, **options))
    return buffer.getvalue()


def write_gradebook(cls: ClassFolder, exercises: list, path: Path | None = None, **options) -> Path:
    """``gradebook.csv`` in the class folder, UTF-8 as Canvas asks, written atomically."""
    from ..core import storage

    path = path or cls.folder / GRADEBOOK_FILE
    return storage.atomic_write(path, gradebook_csv(cls, exercises, **options).encode("utf-8"))
