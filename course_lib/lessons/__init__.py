"""The exercises of each notebook, one module per notebook (``l00`` for notebook 00, …).

A notebook binds them with ``from course_lib.lessons.l00 import q1, q2``; ``course_lib.start()``
has already put the ``____`` placeholder in the notebook, so no import line shows it.
"""

from __future__ import annotations

import importlib
import pkgutil
import re

from ..core.exercises import Exercise

# Lesson number -> module name, found from the lNN.py files (no list to keep up to date);
# the progress overview and the tests walk it.
LESSONS = {
    info.name[1:]: info.name
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name)
    if re.fullmatch(r"l\d\d", info.name)
}


# Each notebook's title, as tools/notebook_src/NN_*.py gives it (a test keeps the two the same).
TITLES = {
    "00": {"sv": "Börja här", "en": "Start here"},
    "01": {"sv": "Data överallt: spårning och taggning", "en": "Data everywhere: tracking and tagging"},
    "02": {"sv": "Tre datatyper", "en": "Three data types"},
    "03": {"sv": "Analysverktyg eller persondata", "en": "Analytics tools or personal data"},
    "04": {"sv": "Kategorier av persondata", "en": "Categories of personal data"},
    "05": {"sv": "Datakällor och dataekosystemet", "en": "Data sources and the data ecosystem"},
    "06": {"sv": "Från tre faktorer till fem segment", "en": "From three factors to five segments"},
    "07": {"sv": "Etik och GDPR", "en": "Ethics and GDPR"},
    "08": {"sv": "Testa oss fram", "en": "Test and learn"},
    "09": {"sv": "Din dataplan", "en": "Your data plan"},
    "10": {"sv": "Fördjupning: din egen kundfil och datalagret",
           "en": "Going further: your own customer file and the warehouse"},
}


def exercises_of(number: str) -> list[Exercise]:
    """Every exercise of one notebook, in order (q1, q2, …)."""
    module = importlib.import_module(f"{__name__}.{LESSONS[number]}")
    found = [v for k, v in vars(module).items() if k.startswith("q") and isinstance(v, Exercise)]
    return sorted(found, key=lambda e: e.id)


def all_exercises() -> list[Exercise]:
    return [e for number in LESSONS for e in exercises_of(number)]


def exercise_by_id(exercise_id: str) -> Exercise:
    for exercise in exercises_of(exercise_id.split(".")[0]):
        if exercise.id == exercise_id:
            return exercise
    raise KeyError(exercise_id)
