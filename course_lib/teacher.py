"""What a teacher runs on a folder of handed-in files: the class report and its summary.

    python -m course_lib.teacher --dir inlamningar --lang sv     # make class dir=…

prints a summary and writes ``class-report.html`` (and ``gradebook.csv``) in that folder;
:func:`page_sections` gives the Voilà page (``make class-dashboard dir=…``) the same sections.
Like the learner's overview, it stands above the lessons, because it reads every exercise;
the counting itself is in :mod:`course_lib.classroom.dashboard`.
"""

from __future__ import annotations

import argparse
import html
import sys
from pathlib import Path

from .classroom import collect, handin
from .classroom.collect import ClassFolder
from .classroom.dashboard import REPORT_FILE, TABLE_STYLE, msg, print_summary, report_html, report_sections
from .core.errors import CourseError
from .core.i18n import set_language


def workbook_exercises() -> list:
    """Every exercise of the teacher's workbook, in notebook order."""
    from .lessons import all_exercises

    return all_exercises()


def write_report(folder, language: str | None = None) -> tuple[Path, ClassFolder]:
    """Read the folder and write class-report.html into it (atomically)."""
    from .core import storage

    cls = collect.read_class_folder(folder, handin.workbook_version())
    exercises = workbook_exercises()
    path = storage.atomic_write(cls.folder / REPORT_FILE,
                                report_html(cls, exercises, language).encode("utf-8"))
    return path, cls


def page_sections(folder, language: str | None = None) -> list[str]:
    """The Voilà page's sections (tools/class_dashboard.py): the report's, or the folder's problem."""
    try:
        cls = collect.read_class_folder(folder, handin.workbook_version())
    except CourseError as error:
        return [f"<h1>{html.escape(msg('page_title', language))}</h1><p>{html.escape(str(error))}</p>"]
    # Voilà's own table style aligns every cell right; the report's reads better.
    return [f"<style>{TABLE_STYLE}</style>", *report_sections(cls, workbook_exercises(), language)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Summarise a folder of handed-in files.")
    parser.add_argument("--dir", default="", help="the folder with the students' handin-*.json files")
    parser.add_argument("--lang", default="sv", choices=["sv", "en"])
    args = parser.parse_args(argv)
    set_language(args.lang)
    try:
        path, cls = write_report(args.dir, args.lang)
    except CourseError as error:
        print(error)
        return 2
    exercises = workbook_exercises()
    print(print_summary(cls, exercises, args.lang))
    print(msg("written", args.lang, path=path))
    if cls.handed_in:
        from .classroom.gradebook import write_gradebook

        print(msg("gradebook_written", args.lang, path=write_gradebook(cls, exercises)))
    return 0 if cls.handed_in else 1


if __name__ == "__main__":
    sys.exit(main())
