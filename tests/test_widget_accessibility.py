"""Every widget a notebook shows speaks to a screen reader (WCAG 2.1 AA) in its structure:

- 1.1.1: every picture in a widget sits in a ``cl-picture`` box with its alt text beside it, made
  from the data, in the learner's language (the naming script makes it the ``<img>``'s alt);
- 4.1.3: where a widget answers a button or a choice with words (right or wrong, saved, an error,
  how many match), that area is a ``cl-live`` region inside a ``cl-named`` box, which the naming
  script turns into a polite status region;
- every notebook shows the naming script from its first cell (``course_lib.start()``).

The browser tests check that the script did its work on the page (tests/test_notebooks_browser.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import course_lib
from course_lib.core.accessible import LIVE, NAMED

ROOT = Path(__file__).resolve().parents[1]
KINDS = {"sv": ("Stapeldiagram", "Tidslinje", "Flödesschema"),
         "en": ("Bar chart", "Timeline", "Flow chart")}


@pytest.fixture(scope="module")
def world():
    from course_lib import datasets

    return datasets.load()


def _exercise(kind: str):
    from course_lib.core import exercises
    from course_lib.lessons import all_exercises

    return next(e for e in all_exercises() if isinstance(e, getattr(exercises, kind)))


def _dataplan_form():
    from course_lib import dataplan
    from course_lib.widgets.dataplan import DataPlanForm

    form = DataPlanForm(start_from=dataplan.example_plan())
    form.show_picture()
    return form


# Every widget a notebook shows: name -> (make it, where it answers in words, or None).
def _widgets(world) -> dict:
    from course_lib.overview import reset_widget
    from course_lib.widgets import campaign_lab
    from course_lib.widgets.catalog_browser import catalog_browser
    from course_lib.widgets.hashing import hashing_widget
    from course_lib.widgets.privacy import audit_widget
    from course_lib.widgets.segment_builder import lesson_builder
    from course_lib.widgets.sources import source_form
    from course_lib.widgets.tone import tone_widget
    from course_lib.widgets.tracking import journey_widget, utm_widget

    return {
        "choose exercise": (lambda: _exercise("ChooseExercise").widget(), lambda box: box.feedback),
        "classify exercise": (lambda: _exercise("ClassifyExercise").widget(),
                              lambda box: box.feedback),
        "segment builder": (lambda: lesson_builder(world.customers), lambda b: b.status),
        "campaign lab": (lambda: campaign_lab(world), lambda lab: lab.live),
        "sources form": (source_form, lambda box: box.status),
        "data plan form": (_dataplan_form, lambda form: form.status),
        "catalog browser": (catalog_browser, lambda box: box.count),
        "privacy audit": (audit_widget, lambda box: box.summary),
        "progress reset": (reset_widget, lambda box: box.status),
        "customer journey": (lambda: journey_widget(world), lambda box: box.summary),
        "hashing": (hashing_widget, None),  # follows the typing: a table, not a message
        "tone": (tone_widget, None),
        "utm link": (utm_widget, None),
    }


def _root(made):
    return getattr(made, "widget", made)  # the builder and the lab keep their box in .widget


def _tree(widget, ancestors=()):
    """(widget, its ancestors) for the widget and everything inside it."""
    yield widget, ancestors
    for child in getattr(widget, "children", ()):
        yield from _tree(child, (*ancestors, widget))


def _classes(widget) -> set[str]:
    return set(getattr(widget, "_dom_classes", ()))


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_picture_in_a_widget_has_its_alt_text_beside_it(world, language):
    course_lib.set_language(language)
    pictures = 0
    for name, (make, _) in _widgets(world).items():
        made = make()
        if hasattr(made, "wait_for_pictures"):
            assert made.wait_for_pictures()
        for widget, ancestors in _tree(_root(made)):
            if type(widget).__name__ != "Image":
                continue
            pictures += 1
            box = ancestors[-1]
            assert "cl-picture" in _classes(box), name
            words = " ".join(re.sub(r"<[^>]+>", " ", child.value) for child in box.children
                             if hasattr(child, "value") and isinstance(child.value, str))
            alt = " ".join(words.split())
            assert alt.startswith(KINDS[language]), (name, alt[:80])
            assert 'class="cl-alt"' in "".join(c.value for c in box.children
                                               if isinstance(getattr(c, "value", None), str))
    assert pictures == 4  # the builder's profiles, the sources map, the journey, the data plan


@pytest.mark.parametrize("language", ["sv", "en"])
def test_what_a_widget_answers_is_a_live_region_the_script_reaches(world, language):
    course_lib.set_language(language)
    for name, (make, answer) in _widgets(world).items():
        made = make()
        tree = list(_tree(_root(made)))
        live = [(widget, ancestors) for widget, ancestors in tree if LIVE in _classes(widget)]
        if answer is None:
            assert live == [], name  # typing would be read out at every key
            continue
        assert LIVE in _classes(answer(made)), name
        for _, ancestors in live:  # the script only looks inside a named box
            assert any(NAMED in _classes(a) for a in ancestors), name


def test_a_checked_answer_lands_in_the_live_region(world):
    exercise = _exercise("ChooseExercise")
    box = exercise.widget()
    box.controls[0].value = box.controls[0].options[1][1]
    box.check_button.click()
    assert LIVE in _classes(box.feedback) and box.feedback.value


def test_every_notebook_shows_the_naming_script_from_its_first_cell():
    for path in sorted((ROOT / "notebooks").glob("*/*.ipynb")):
        nb = json.loads(path.read_text(encoding="utf-8"))
        first = next(c for c in nb["cells"] if c["cell_type"] == "code")
        assert "course_lib.start(" in "".join(first["source"]), path.name
        scripts = ["".join(o.get("data", {}).get("application/javascript", ""))
                   for o in first["outputs"]]
        assert any("window.__courseNames" in s for s in scripts), path.name


def test_start_shows_the_script_only_in_a_kernel(monkeypatch):
    import IPython
    import IPython.display

    shown = []
    monkeypatch.setattr(IPython.display, "display", lambda obj: shown.append(obj))

    class Shell:
        kernel = None

    monkeypatch.setattr(IPython, "get_ipython", lambda: Shell())
    course_lib._show_names_script()  # what start() ends with
    assert shown == []  # a script or a terminal: nothing to run it
    Shell.kernel = object()
    course_lib._show_names_script()
    assert [type(obj).__name__ for obj in shown] == ["NamesScript"]
