import pytest

import course_lib
from course_lib import choices
from course_lib.core.errors import CourseError


def test_defaults_until_saved_then_the_saved_choice():
    assert choices.load_three_factors().factors == choices.DEFAULT_FACTORS
    assert not choices.load_three_factors().saved
    choices.save_three_factors(["Inkomst", "city", "Interests"], {"income": "budget"})
    loaded = choices.load_three_factors()
    assert loaded.factors == ("income", "city", "interests") and loaded.saved
    assert loaded.reasons == {"income": "budget"}


@pytest.mark.parametrize("bad,words", [
    (["age", "city"], "exakt tre"), (["age", "age", "city"], "två gånger"),
    (["age", "city", "shoe size"], "ingen datapunkt"), ("age", "exakt tre"),
])
def test_friendly_errors(bad, words):
    with pytest.raises(CourseError, match=words):
        choices.save_three_factors(bad)


def test_english_errors_and_broken_file():
    course_lib.set_language("en")
    with pytest.raises(CourseError, match="exactly three"):
        choices.validate_factors(["age"])
    (course_lib.work_dir() / choices.FILE_NAME).write_text("{oops", encoding="utf-8")
    loaded = choices.load_three_factors()
    assert loaded.factors == choices.DEFAULT_FACTORS and "could not be read" in loaded.notice
