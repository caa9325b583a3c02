"""course_lib: the library behind the "Data är guld" workbook.

Importing it is fast: nothing is read from disk and no plotting or widget library is
loaded until a function needs it.

>>> import course_lib
>>> course_lib.set_language("en")
'en'
"""

from .errors import CourseError
from .i18n import get_language, set_language

__all__ = ["CourseError", "get_language", "set_language"]
