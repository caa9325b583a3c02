"""`make nbgrader`: an nbgrader source course made from the workbook's sources and solutions.

The slow test runs nbgrader's own `generate_assignment` and `autograde` on a simulated student
submission and checks the scores nbgrader gives.
"""

import os
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

from course_lib.lessons import all_exercises, exercise_by_id

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_nbgrader  # noqa: E402


@pytest.fixture(scope="module")
def course(tmp_path_factory):
    out = tmp_path_factory.mktemp("nbgrader")
    for language in ("sv", "en"):
        build_nbgrader.write_course(out / language, (language,))
    return out


def _notebooks(course, language="sv"):
    return [nbformat.read(p, as_version=4) for p in sorted((course / language / "source").glob("*/*.ipynb"))]


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_exercise_is_graded_once_with_a_point(course, language):
    graded = [i for nb in _notebooks(course, language) for i in build_nbgrader.graded_exercises(nb)]
    assert sorted(graded) == sorted(e.id for e in all_exercises())


def test_cells_carry_valid_nbgrader_metadata(course):
    from nbgrader.nbgraderformat import MetadataValidator, ValidationError

    validator = MetadataValidator()
    for nb in _notebooks(course):
        try:
            validator.validate_nb(nb)
        except ValidationError as error:
            pytest.fail(str(error))
        ids = [c.metadata["nbgrader"]["grade_id"] for c in nb.cells if "nbgrader" in c.metadata]
        assert len(ids) == len(set(ids))


def test_answer_cells_hold_the_answer_keys_solution_between_markers(course):
    for nb in _notebooks(course):
        for cell in nb.cells:
            meta = cell.metadata.get("nbgrader", {})
            if not meta.get("solution"):
                continue
            exercise = exercise_by_id(build_nbgrader.graded_exercises(
                nbformat.v4.new_notebook(cells=[_as_test(meta)]))[0])
            before, _, rest = cell.source.partition("### BEGIN SOLUTION\n")
            solution, _, after = rest.partition("\n### END SOLUTION")
            assert before.rstrip().endswith("= ____") and after == ""
            assert solution.endswith(f"= {exercise.solution_code()}")


def _as_test(meta):
    cell = nbformat.v4.new_code_cell("")
    cell.metadata["nbgrader"] = {**meta, "grade": True,
                                 "grade_id": meta["grade_id"].replace("_answer", "_check")}
    return cell


def test_students_see_the_friendly_check_and_the_assert_is_hidden(course):
    for nb in _notebooks(course):
        for cell in nb.cells:
            if cell.metadata.get("nbgrader", {}).get("grade"):
                shown, _, hidden = cell.source.partition("\n### BEGIN HIDDEN TESTS\n")
                assert ".check(" in shown and "assert" not in shown
                assert hidden.startswith("assert ") and ".feedback_for(" in hidden


def test_the_language_is_fixed_in_the_first_cell_not_taken_from_the_folder(course):
    for language in ("sv", "en"):
        for nb in _notebooks(course, language):
            first = next(c for c in nb.cells if c.cell_type == "code")
            assert f"course_lib.start({language!r})" in first.source


@pytest.mark.slow
def test_nbgrader_generates_and_autogrades_a_submission(tmp_path):
    """nbgrader's own tools: the student version, then the grades of a half-right submission."""
    build_nbgrader.write_course(tmp_path, ("sv",), ["04"])
    assignment = "04-persondatakategorier"
    assert (tmp_path / "source" / assignment / f"{assignment}.ipynb").exists()
    venv_bin = str(Path(sys.executable).parent)
    env = dict(os.environ, PATH=venv_bin + os.pathsep + os.environ.get("PATH", ""),
               COURSE_WORK_DIR=str(tmp_path / "work"))
    env.pop("COURSE_LANGUAGE", None)

    def nbgrader(*args):
        done = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=tmp_path, env=env,
                              capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]

    nbgrader("generate_assignment", assignment, "--force")
    release = nbformat.read(tmp_path / "release" / assignment / f"{assignment}.ipynb", as_version=4)
    answers = [c for c in release.cells if c.metadata.get("nbgrader", {}).get("solution")]
    # The student version shows the workbook's own blank, and no solution and no assert.
    assert all(c.source.strip().endswith("= ____") for c in answers)
    text = "\n".join(c.source for c in release.cells)
    assert "BEGIN SOLUTION" not in text and "assert " not in text
    assert exercise_by_id("04.q2").solution_code() not in text

    # A student: 04.q1 and 04.q2 right, 04.q3 wrong, 04.q4 left blank, 04.q5 right.
    chosen = {
        "04.q1": exercise_by_id("04.q1").solution_code(),
        "04.q2": exercise_by_id("04.q2").solution_code(),
        "04.q3": repr(exercise_by_id("04.q3").wrong_answer()),
        "04.q5": exercise_by_id("04.q5").solution_code(),
    }
    for cell in answers:
        exercise_id = cell.metadata["nbgrader"]["grade_id"].removeprefix("ex").removesuffix("_answer")
        exercise_id = exercise_id.replace("_", ".", 1)
        if exercise_id in chosen:
            cell.source = cell.source.strip().replace("____", chosen[exercise_id])
    submitted = tmp_path / "submitted" / "anna" / assignment
    submitted.mkdir(parents=True)
    nbformat.write(release, submitted / f"{assignment}.ipynb")
    nbgrader("autograde", assignment, "--create", "--force")

    from nbgrader.api import Gradebook

    with Gradebook(f"sqlite:///{tmp_path / 'gradebook.db'}") as gradebook:
        submission = gradebook.find_submission(assignment, "anna")
        scores = {g.name: g.score for nb in submission.notebooks for g in nb.grades}
        assert scores == {"ex04_q1_check": 1.0, "ex04_q2_check": 1.0, "ex04_q3_check": 0.0,
                          "ex04_q4_check": 0.0, "ex04_q5_check": 1.0}
        assert (submission.score, submission.max_score) == (3.0, 5.0)
