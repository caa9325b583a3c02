"""Audience segments: write them, count them, check them, save them, run them as SQL, export them.

>>> from course_lib.segments import Segment, where
>>> young = where("age").between(18, 29) & where("city").is_in(["Göteborg"])
>>> Segment("Unga i Göteborg", young).name
'Unga i Göteborg'
"""

from .base import Base
from .evaluate import DEFAULT_MEASURES, SegmentResult, column_label, evaluate
from .guards import PLATFORM_MINIMUM, SegmentWarning, check_segments, looks_special
from .rules import AllOf, AnyOf, Condition, Not, Rule, Segment, everyone, where

__all__ = [
    "AllOf",
    "AnyOf",
    "Base",
    "Condition",
    "DEFAULT_MEASURES",
    "Not",
    "PLATFORM_MINIMUM",
    "Rule",
    "Segment",
    "SegmentResult",
    "SegmentWarning",
    "check_segments",
    "column_label",
    "evaluate",
    "everyone",
    "looks_special",
    "where",
]
