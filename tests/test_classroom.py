"""Teachers run a whole class: hand-in files, the class dashboard and the Canvas gradebook.

The dashboard's figures are checked against an independent count made here with plain Python
from the truth the simulated class was made of (tests/classroom_data.py).
"""

import csv
import io
import json
import re
import socket
from collections import Counter

import pytest

import course_lib
from course_lib import teacher
from course_lib.classroom import collect, dashboard, gradebook, handin
from course_lib.core import progress
from course_lib.core.plotting import alt_text
from course_lib.lessons import all_exercises
from tests.classroom_data import OLDER_VERSION, STUDENTS, make_class

EXERCISES = all_exercises()


@pytest.fixture(scope="module")
def simulated(tmp_path_factory):
    return make_class(tmp_path_factory.mktemp("class") / "inlamningar")


@pytest.fixture(scope="module")
def read(simulated):
    return collect.read_class_folder(simulated.folder, handin.workbook_version())


# ------------------------------------------------------------------ plain-Python counts


def plain_state(entry):
    if not entry or not entry.get("attempts"):
        return "not_attempted"
    return "correct" if entry.get("correct") else "tried"


def plain_wrong(exercise, answer):
    """The wrong answer in words, written out here without the dashboard's code."""
    if hasattr(exercise, "groups"):
        items = {o.key: o.sv for o in exercise.items}
        groups = {o.key: o.sv for o in exercise.groups}
        return [items[i] + " → " + groups[g] for i, g in answer.items() if exercise.expected[i] != g]
    options = {o.key: o.sv for o in exercise.options}
    if isinstance(answer, list):
        return [" + ".join(options[k] for k in answer)]
    return [options[answer]]


# ------------------------------------------------------------------ the folder


def test_thirty_students_are_counted_once_and_every_other_file_is_listed_with_its_reason(simulated, read):
    assert len(read.handed_in) == STUDENTS
    assert sorted(read.students) == sorted(simulated.truth)
    assert {h.student: h.file for h in read.handed_in} == simulated.files
    assert {p.file: p.reason for p in read.problems} == simulated.problems


def test_older_workbook_files_are_read_and_marked(simulated, read):
    older = {h.student for h in read.handed_in if h.version_note == "older"}
    assert older == simulated.older
    assert all(h.workbook_version == OLDER_VERSION for h in read.handed_in if h.student in older)
    table = dashboard.student_table(read.handed_in, EXERCISES, "sv")
    marked = table.loc[table["Version"].str.contains("äldre version"), "Student"]
    assert set(marked) == simulated.older
    assert all("08.q9" not in h.exercises or h.student in older for h in read.handed_in)


def test_problem_sentences_name_the_file_and_the_reason_in_the_teachers_language(read):
    sentences = {p.file: p.sentence("sv") for p in read.problems}
    assert sentences["edited.json"] == ("edited.json: kontrollsumman stämmer inte: filen har skadats "
                                        "eller ändrats för hand efter att den skrevs")
    assert "progress.json, inte inlämningsfilen" in sentences["progress.json"]
    assert "s05/handin-student-05.json" in sentences["s05/handin-student-05-1.json"]
    assert "the newer s06/handin-student-06.json is counted" in next(
        p for p in read.problems if p.reason == "older_handin").sentence("en")


# ------------------------------------------------------------------ the figures


def test_per_question_figures_equal_an_independent_count(simulated, read):
    counts = {c.exercise.id: c for c in dashboard.exercise_counts(read.handed_in, EXERCISES, "sv")}
    for exercise in EXERCISES:
        entries = [simulated.truth[s].get(exercise.id) for s in simulated.truth]
        states = Counter(plain_state(e) for e in entries)
        wrong = Counter()
        for entry in entries:
            if entry and "last_wrong_answer" in entry:
                wrong.update(plain_wrong(exercise, entry["last_wrong_answer"]))
        got = counts[exercise.id]
        assert (got.correct, got.tried, got.not_attempted) == (
            states["correct"], states["tried"], states["not_attempted"]), exercise.id
        assert got.hints == sum(e["hints"] for e in entries if e), exercise.id
        assert got.solutions == sum(bool(e and e["solution_viewed"]) for e in entries), exercise.id
        assert got.wrong == wrong, exercise.id
    assert any(c.wrong for c in counts.values())  # the commonest wrong answers are really there


def test_the_questions_table_shows_the_same_numbers_and_the_commonest_wrong_answers(simulated, read):
    counts = dashboard.exercise_counts(read.handed_in, EXERCISES, "sv")
    table = dashboard.exercise_table(counts, "sv")
    assert list(table.columns) == ["Notebook", "Fråga", "Rätt", "Försökt", "Ej påbörjad", "Andel rätt",
                                   "Ledtrådar", "Lösning visad", "Vanligaste fel svar"]
    for (_, row), exercise in zip(table.iterrows(), EXERCISES, strict=True):
        entries = [simulated.truth[s].get(exercise.id) for s in simulated.truth]
        correct = sum(plain_state(e) == "correct" for e in entries)
        assert row["Rätt"] == correct
        assert row["Andel rätt"] == f"{round(100 * correct / STUDENTS)}\u00a0%"
        assert row["Fråga"].startswith(exercise.name)
        assert row["Fråga"].endswith("(valfri)") == exercise.optional
        wrong = Counter()
        for entry in entries:
            if entry and "last_wrong_answer" in entry:
                wrong.update(plain_wrong(exercise, entry["last_wrong_answer"]))
        if wrong:
            top, n = sorted(wrong.items(), key=lambda p: (-p[1], p[0]))[0]
            assert row["Vanligaste fel svar"].startswith(f"{top} ({n})")
        else:
            assert row["Vanligaste fel svar"] == ""


def test_one_row_per_student_with_their_progress(simulated, read):
    table = dashboard.student_table(read.handed_in, EXERCISES, "sv").set_index("Student")
    for student, entries in simulated.truth.items():
        states = [plain_state(entries.get(e.id)) for e in EXERCISES]
        row = table.loc[student]
        assert (row["Rätt"], row["Försökt"], row["Ej påbörjad"]) == (
            states.count("correct"), states.count("tried"), states.count("not_attempted"))
        assert row["Ledtrådar"] == sum(e["hints"] for e in entries.values())
        assert row["Segment"] == simulated.segments[student]
        for notebook in ("00", "04", "08", "09"):
            ids = [e.id for e in EXERCISES if e.id.startswith(notebook + ".")]
            done = sum(plain_state(entries.get(i)) == "correct" for i in ids)
            assert row[notebook] == f"{done}/{len(ids)}"


def test_the_bar_per_notebook_is_the_share_of_cells(simulated, read):
    states = dashboard.state_table(read.handed_in, EXERCISES)
    shares = dashboard.notebook_shares(states, EXERCISES)
    for notebook in shares.index:
        ids = [e.id for e in EXERCISES if e.id.startswith(notebook + ".")]
        cells = [plain_state(simulated.truth[s].get(i)) for s in simulated.truth for i in ids]
        for state in ("correct", "tried", "not_attempted"):
            assert shares.loc[notebook, state] == pytest.approx(cells.count(state) / len(cells))


def test_every_cell_of_the_heat_map_carries_its_symbol_not_only_its_colour(read, simulated):
    """WCAG 1.4.1: each student's question has the mark of its state (✓ ✗ ·) on its colour."""
    from course_lib.classroom.plots import MARKS, SYMBOLS

    fig = dashboard.class_heatmap(read, EXERCISES, "sv")
    marks = {c.get_label(): c for c in fig.axes[0].collections}  # one collection per state
    students = sorted(simulated.truth)  # the heat map's rows, in the same order
    for state, (marker, _size) in MARKS.items():
        assert marker in (f"${SYMBOLS[state]}$", "o")
        cells = {(int(y), int(x)) for x, y in marks[state].get_offsets()}
        expected = {(row, column) for row, student in enumerate(students)
                    for column, e in enumerate(EXERCISES)
                    if plain_state(simulated.truth[student].get(e.id)) == state}
        assert cells == expected, state


@pytest.mark.parametrize("language,kinds", [("sv", ("Värmekarta", "Stapeldiagram")),
                                            ("en", ("Heat map", "Bar chart"))])
def test_pictures_say_what_they_show_in_the_teachers_language(read, language, kinds):
    heat = alt_text(dashboard.class_heatmap(read, EXERCISES, language))
    bars = alt_text(dashboard.class_notebook_bars(read, EXERCISES, language))
    assert heat.startswith(kinds[0]) and bars.startswith(kinds[1])
    assert f"{STUDENTS} " in heat and f"{len(EXERCISES)} " in heat
    if language == "sv":
        assert "rätt (✓)" in heat and "högst" in bars and not re.search(r"\b(largest|lowest)\b", heat + bars)


def test_the_report_is_one_page_in_the_teachers_language_with_pictures_and_tables(read):
    page = dashboard.report_html(read, EXERCISES, "en")
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page
    assert "<title>Class overview – Data is gold</title>" in page
    assert page.count('<img alt="Heat map: 30 students') == 1 and page.count('<img alt="Bar chart') == 1
    assert "<caption>Per question</caption>" in page and "<caption>Per student</caption>" in page
    assert "Files that were not counted" in page and "edited.json" in page
    assert "(older version)" in page and "files come from an older version" in page
    assert "&lt;" not in dashboard.report_html(read, EXERCISES, "sv").split("<main>")[0]


# ------------------------------------------------------------------ make class


def test_make_class_writes_the_report_and_the_gradebook(simulated, capsys):
    assert teacher.main(["--dir", str(simulated.folder), "--lang", "sv"]) == 0
    out = capsys.readouterr().out
    assert "30 studenter har lämnat in" in out and "Filer som inte räknades:" in out
    assert "damaged.json: filen är skadad eller ingen JSON-fil" in out
    assert (simulated.folder / "class-report.html").exists()
    assert (simulated.folder / "gradebook.csv").exists()
    # Our own outputs are neither hand-ins nor problems when the teacher runs it again.
    again = collect.read_class_folder(simulated.folder)
    assert {p.file for p in again.problems} == set(simulated.problems)


def test_make_class_on_a_missing_folder_says_so(tmp_path, capsys):
    assert teacher.main(["--dir", str(tmp_path / "finns-inte"), "--lang", "sv"]) == 2
    out = capsys.readouterr().out
    assert "finns inte" in out and "make class dir=" in out and "Traceback" not in out


def test_make_class_without_a_folder_says_how(capsys):
    assert teacher.main(["--lang", "en"]) == 2
    assert "make class dir=handins" in capsys.readouterr().out


def test_make_class_on_an_empty_folder_says_so(tmp_path, capsys):
    (tmp_path / "tom").mkdir()
    assert teacher.main(["--dir", str(tmp_path / "tom"), "--lang", "en"]) == 2
    assert "The folder" in (out := capsys.readouterr().out) and "is empty" in out


def test_make_class_on_a_file_instead_of_a_folder_says_so(tmp_path, capsys):
    (tmp_path / "a.json").write_text("{}")
    assert teacher.main(["--dir", str(tmp_path / "a.json"), "--lang", "sv"]) == 2
    assert "är en fil, inte en mapp" in capsys.readouterr().out


def test_a_folder_of_only_wrong_files_lists_them_and_no_figures(tmp_path, capsys):
    (tmp_path / "x.json").write_text('{"a": 1}')
    (tmp_path / "slides.pdf").write_bytes(b"%PDF-1.4")
    assert teacher.main(["--dir", str(tmp_path), "--lang", "sv"]) == 1
    out = capsys.readouterr().out
    assert "Ingen av filerna" in out and "x.json: ingen inlämningsfil" in out and "slides.pdf" in out
    page = (tmp_path / "class-report.html").read_text(encoding="utf-8")
    assert "<img" not in page and "x.json" in page


def test_a_huge_file_is_refused_before_it_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(collect, "MAX_BYTES", 100)
    (tmp_path / "big.json").write_text("[" + "1," * 100 + "1]")
    result = collect.read_class_folder(tmp_path)
    assert [(p.file, p.reason) for p in result.problems] == [("big.json", "too_big")]


# ------------------------------------------------------------------ the gradebook


def test_gradebook_has_canvas_columns_points_and_formula_safe_names(simulated, read):
    rows = list(csv.reader(io.StringIO(gradebook.gradebook_csv(read, EXERCISES, assignment_id="12345"))))
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "Data är guld (12345)"]
    assert len(rows) == STUDENTS + 1
    by_name = {r[0]: r for r in rows[1:]}
    assert "'-Kalle 13" in by_name and "-Kalle 13" not in by_name
    for student, entries in simulated.truth.items():
        expected = 0.0
        for exercise in EXERCISES:
            entry = entries.get(exercise.id)
            if plain_state(entry) == "correct":
                expected += 0.5 if entry["solution_viewed"] else 1.0
        row = by_name["'" + student if student.startswith("-") else student]
        assert row[1:5] == ["", "", "", ""]  # for the teacher to fill in from Canvas
        assert float(row[5]) == expected


def test_optional_questions_are_extra_points_on_top():
    optional = [e for e in EXERCISES if e.optional]
    assert {e.id for e in optional} == {"01.q6", "03.q5", "07.q6"}
    assert gradebook.points_possible(EXERCISES) == len(EXERCISES) - len(optional)
    everything = {e.id: {"attempts": 1, "correct": True} for e in EXERCISES}
    student = collect.HandedIn("x", "A", "sv", "0.1.0", "", everything)
    assert gradebook.student_points(student, EXERCISES) == (len(EXERCISES) - 3, 3.0)


def test_gradebook_by_notebook_has_a_column_per_notebook(read):
    header = gradebook.gradebook_rows(read, EXERCISES, by_notebook=True)[0]
    assert header[5:] == [f"Data är guld {n}" for n in ("00", "01", "02", "03", "04", "05", "06", "07", "08",
                                                                "09")]


# ------------------------------------------------------------------ the hand-in file


def test_a_format_1_hand_in_counts_its_08_answers_as_the_capstone_now_09(tmp_path):
    """Before notebook 08 became "Test and learn", the capstone was 08: a file handed in then
    (format 1) shows its capstone answers under 09, and none under the new 08."""
    entry = {"attempts": 1, "correct": True, "hints": 0, "solution_viewed": False,
             "first": "2025-02-01T09:00:00+00:00", "last": "2025-02-01T09:10:00+00:00"}
    old = {"00.q1": entry, "08.q1": entry, "08.q4": dict(entry, correct=False)}
    document = handin.handin_document("Anna L", "en", old, {}, [], None, OLDER_VERSION,
                                      "2025-03-01T12:00:00+00:00")
    document.pop("checksum")
    document = handin.seal({**document, "format_version": 1})
    (tmp_path / "handin-anna-l.json").write_text(json.dumps(document), encoding="utf-8")
    (student,) = collect.read_class_folder(tmp_path, handin.workbook_version()).handed_in
    assert set(student.exercises) == {"00.q1", "09.q1", "09.q4"}
    assert student.exercises["09.q1"]["correct"] and not student.exercises["09.q4"]["correct"]
    fresh = handin.handin_document("Bo", "sv", {"08.q1": entry}, {}, [], None, "1.0",
                                   "2025-03-01T12:00:00+00:00")
    assert fresh["format_version"] == handin.FORMAT_VERSION == 2
    assert set(collect.read_document(fresh, "f.json", "1.0").exercises) == {"08.q1"}


def _some_work():
    from course_lib.lessons.l00 import q1, q2

    q1.check(5)
    q1.check(6)
    q1.hint()
    q2.check("factual")


def test_handin_holds_the_work_and_nothing_else_about_the_student(tmp_path):
    from course_lib import choices
    from course_lib.dataplan import example_plan, save_plan
    from course_lib.segments import Segment, save_segments, where

    _some_work()
    choices.save_three_factors(["age", "urban_rural", "interests"], {"age": "Friluftsliv skiftar med åldern"})
    save_segments([Segment("Unga", where("age").between(18, 29))])
    save_plan(example_plan())
    result = handin.write_handin("  Åsa   Öberg ", "sv")
    assert result.path == course_lib.work_dir() / "handin-asa-oberg.json"
    text = result.path.read_text(encoding="utf-8")
    document = json.loads(text)
    assert document["student"] == "Åsa Öberg" and document["language"] == "sv"
    assert document["workbook_version"] == handin.workbook_version() != "unknown"
    q1 = document["exercises"]["00.q1"]
    assert (q1["attempts"], q1["correct"], q1["hints"], q1["solution_viewed"]) == (2, True, 1, False)
    assert q1["first"] and q1["last"]
    assert document["exercises"]["00.q2"]["last_wrong_answer"] == "factual"
    assert document["three_factors"]["factors"] == ["age", "urban_rural", "interests"]
    assert document["segments"][0]["name"] == "Unga"
    assert document["data_plan"]["organisation"] and set(document["data_plan"]["stages"]) == {
        "awareness", "consideration", "purchase", "loyalty"}
    assert "not a security measure" in document["checksum"]["about"]["en"]
    assert "inget säkerhetsskydd" in document["checksum"]["about"]["sv"]
    # Nothing personal beyond the chosen name: no path, no machine name, no user name.
    assert str(tmp_path) not in text and str(course_lib.work_dir()) not in text
    assert socket.gethostname() not in text
    assert "my_work" in result.sentence() and "Ladda upp filen" in result.sentence()


def test_checksum_recognises_an_edit_and_a_missing_checksum():
    document = handin.handin_document("Anna", "en", {"00.q1": {"attempts": 1}}, {}, [], None, "0.1.0",
                                      "2025-01-01T00:00:00+00:00")
    assert handin.checksum_state(document) == "ok"
    edited = json.loads(json.dumps(document))
    edited["exercises"]["00.q1"]["correct"] = True
    assert handin.checksum_state(edited) == "mismatch"
    assert handin.checksum_state({k: v for k, v in document.items() if k != "checksum"}) == "missing"
    # Key order and spacing do not matter: the checksum is over the canonical JSON.
    shuffled = json.loads(json.dumps(document, indent=4, sort_keys=False))
    assert handin.checksum_state(dict(reversed(list(shuffled.items())))) == "ok"


@pytest.mark.parametrize("name,words", [
    ("", "namn eller en pseudonym"),
    ("anna@example.se", "inte en e-postadress"),
    ("Anna 19900101-1234", "personnummer"),
    ("Anna/../../etc", "får bara innehålla"),
    ("A" * 61, "för långt"),
])
def test_a_name_that_holds_more_than_a_name_is_refused(name, words):
    with pytest.raises(course_lib.CourseError, match=words):
        handin.clean_name(name)


def test_file_names_are_plain_ascii_even_for_other_scripts():
    assert handin.file_name("Åsa Öberg-Nilsson") == "handin-asa-oberg-nilsson.json"
    assert re.fullmatch(r"handin-[0-9a-f]{10}\.json", handin.file_name("李小龍"))


def test_a_broken_segments_file_is_left_out_and_said_and_nothing_is_moved():
    (course_lib.work_dir() / "segments.json").write_text("{broken", encoding="utf-8")
    (course_lib.work_dir() / "dataplan.json").write_text("[]", encoding="utf-8")
    result = handin.write_handin("Bo", "en")
    assert result.document["segments"] == [] and result.document["data_plan"] is None
    said = result.sentence()
    assert "segments could not be read" in said and "data plan could not be read" in said
    assert (course_lib.work_dir() / "dataplan.json").exists()  # handing in changes nothing


def test_make_handin_command(capsys):
    _some_work()
    assert handin.main(["--name", "Anna L", "--lang", "en"]) == 0
    assert "handin-anna-l.json" in capsys.readouterr().out
    assert handin.main(["--lang", "sv"]) == 2
    assert 'make handin name="Anna L"' in capsys.readouterr().out
    assert handin.main(["--name", "a@b.se"]) == 2
    assert "e-postadress" in capsys.readouterr().out


def test_handin_widget_names_its_controls_in_the_learners_language_and_writes_the_file():
    from course_lib.widgets.handin import handin_widget

    course_lib.set_language("en")
    box = handin_widget()
    assert box.name_field.description == "Name or pseudonym"
    assert box.button.description == "Create the hand-in file"
    box.button.click()
    assert "Write your name" in box.status.value
    box.name_field.value = "Kim <b>"
    box.button.click()
    assert "&lt;b&gt;" in box.status.value or "not" in box.status.value
    box.name_field.value = "Kim"
    box.button.click()
    assert "handin-kim.json" in box.status.value
    assert (course_lib.work_dir() / "handin-kim.json").exists()


def test_a_handed_in_file_reads_back_as_the_dashboard_sees_it():
    _some_work()
    written = handin.write_handin("Anna L", "sv")
    read = collect.read_class_folder(written.path.parent)
    assert read.students == ["Anna L"]
    assert read.handed_in[0].exercises["00.q2"][progress.WRONG_ANSWER] == "factual"
    assert read.handed_in[0].version_note == ""
