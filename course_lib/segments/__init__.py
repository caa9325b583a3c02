"""Audience segments: write them, count them, check them, save them, run them as SQL, export them.

>>> from course_lib.segments import Segment, where
>>> young = where("age").between(18, 29) & where("city").is_in(["Göteborg"])
>>> Segment("Unga i Göteborg", young).name
'Unga i Göteborg'
"""

from .base import Base
from .evaluate import DEFAULT_MEASURES, SegmentResult, column_label, evaluate
from .export import (
    AudienceExport,
    audience_frame,
    export_audience,
    export_audiences,
    export_excel,
    safe_cell,
)
from .files import (
    LoadReport,
    add_age_from_birth_year,
    load_customer_file,
    load_report,
    mapping_table,
    suggest_mapping,
)
from .guards import PLATFORM_MINIMUM, SegmentWarning, check_segments, looks_special
from .rules import AllOf, AnyOf, Condition, Not, Rule, Segment, everyone, where
from .sql import DIALECTS, check_in_duckdb, side_by_side, sql_where, to_sql
from .store import load_segments, save_segments
from .warehouse import ParquetBase

__all__ = [
    "AllOf",
    "AnyOf",
    "AudienceExport",
    "Base",
    "Condition",
    "LoadReport",
    "DEFAULT_MEASURES",
    "DIALECTS",
    "Not",
    "PLATFORM_MINIMUM",
    "ParquetBase",
    "Rule",
    "Segment",
    "SegmentResult",
    "SegmentWarning",
    "add_age_from_birth_year",
    "audience_frame",
    "check_in_duckdb",
    "check_segments",
    "column_label",
    "evaluate",
    "everyone",
    "export_audience",
    "export_audiences",
    "export_excel",
    "load_customer_file",
    "load_report",
    "load_segments",
    "safe_cell",
    "save_segments",
    "side_by_side",
    "sql_where",
    "suggest_mapping",
    "to_sql",
    "looks_special",
    "mapping_table",
    "where",
]
