"""One language switch for everything; every text exists in Swedish and English."""

import importlib
import pkgutil
import re
import string

import pytest

import course_lib
from course_lib.core import i18n

# Import every module so each registers its message table.
for info in pkgutil.walk_packages(course_lib.__path__, "course_lib."):
    importlib.import_module(info.name)


def _fields(text):
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_exists_in_both_languages_with_the_same_placeholders():
    assert len(i18n.REGISTRY) >= 5
    for owner, table in i18n.REGISTRY.items():
        for key, texts in table.items():
            assert set(texts) == {"sv", "en"}, (owner, key)
            assert texts["sv"].strip() and texts["en"].strip(), (owner, key)
            assert _fields(texts["sv"]) == _fields(texts["en"]), (owner, key)


def test_swedish_texts_look_swedish():
    swedish = " ".join(t["sv"] for table in i18n.REGISTRY.values() for t in table.values())
    assert re.search("[åäö]", swedish)
    for english_word in (" the ", " your ", " please "):
        assert english_word not in swedish.lower()


def test_unknown_language_is_a_clear_error_in_both_languages():
    with pytest.raises(i18n.LanguageError, match='välj "sv" eller "en".*choose "sv" or "en"'):
        course_lib.set_language("de")
    with pytest.raises(i18n.LanguageError):
        course_lib.set_language(None)
    assert course_lib.get_language() == "sv"


def test_language_code_is_forgiving_about_case_and_space():
    assert course_lib.set_language(" EN ") == "en"


def test_notebook_language_follows_folder_then_environment(tmp_path, monkeypatch):
    monkeypatch.delenv("COURSE_LANGUAGE", raising=False)
    assert course_lib.notebook_language(tmp_path / "en") == "en"
    assert course_lib.notebook_language(tmp_path / "sv") == "sv"
    assert course_lib.notebook_language(tmp_path / "elsewhere") == "sv"
    monkeypatch.setenv("COURSE_LANGUAGE", "en")
    assert course_lib.notebook_language(tmp_path / "sv") == "en"
    monkeypatch.chdir(tmp_path)
    course_lib.start()
    assert course_lib.get_language() == "en"


def test_import_is_light():
    import subprocess
    import sys

    code = ("import sys, course_lib; "
            "print(any(m.split('.')[0] in {'matplotlib', 'ipywidgets', 'pandas', 'duckdb'} "
            "for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_friendly_error_markdown():
    from course_lib.core.errors import CourseError, friendly_markdown

    course_lib.set_language("en")
    text = friendly_markdown(CourseError("Column 'x' does not exist.", hint="Try 'age'."))
    assert text.startswith("**⚠️ Something went wrong:** Column 'x'") and "💡 Try 'age'." in text
