"""The class dashboard as a page without code: the same sections as class-report.html, in Voilà.

    python tools/class_dashboard.py sv inlamningar   # writes build/class-dashboard/sv/class_dashboard.ipynb
    make class-dashboard dir=inlamningar lang=en      # the same, then serves it with Voilà

Built like the presenter view (tools/presenter.py): Voilà runs the notebook and shows only its
outputs. Pictures are HTML images carrying their alt text, which Voilà's template would drop
from a PNG output.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TITLE = {"sv": "Klassöversikt – Data är guld", "en": "Class overview – Data is gold"}


def dashboard_notebook(language: str, folder: Path):
    start = (f"import course_lib\ncourse_lib.start({language!r})\n"
             "from IPython.display import HTML, display\n"
             "from course_lib.teacher import page_sections")
    show = (f"for section in page_sections({str(folder)!r}, {language!r}):\n"
            "    display(HTML(section))")
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(start), nbformat.v4.new_code_cell(show)])
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["title"] = TITLE[language]  # the page's <title> in Voilà
    return nb


def write_dashboard(language: str, folder: Path, out: Path | None = None) -> Path:
    target = (out or ROOT / "build" / "class-dashboard") / language
    target.mkdir(parents=True, exist_ok=True)
    path = target / "class_dashboard.ipynb"
    nbformat.write(dashboard_notebook(language, Path(folder).resolve()), path)
    config = {"HTMLExporter": {"language_code": language}}  # the page says its language
    (target / "voila.json").write_text(json.dumps(config, indent=1) + "\n", encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    from course_lib.classroom.collect import check_folder
    from course_lib.core.errors import CourseError
    from course_lib.core.i18n import set_language

    language = argv[0] if argv else "sv"
    if language not in TITLE:
        print('Choose "sv" or "en", e.g. make class-dashboard dir=handins lang=en')
        return 2
    set_language(language)
    try:
        folder = check_folder(argv[1] if len(argv) > 1 else "")
    except CourseError as error:
        print(error)
        return 2
    print(write_dashboard(language, folder).relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
