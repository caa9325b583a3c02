"""Save segments to JSON and load them back, identical; a broken file gets a clear message.

The file is meant to be read by people too::

    {"format": "data-ar-guld/segments", "version": 1,
     "segments": [{"name": "Unga", "description": "",
                   "rule": {"all": [{"column": "age", "between": [18, 29]},
                                    {"column": "city", "is_in": ["Göteborg"]}]}}]}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..core import storage
from ..core.errors import CourseError
from ..core.i18n import messages
from ..core.paths import shown_path, work_dir
from .rules import AllOf, AnyOf, Condition, Not, Op, Rule, Segment, where

FORMAT = "data-ar-guld/segments"
VERSION = 1
DEFAULT_FILE = "segments.json"

msg = messages(
    {
        "not_found": {
            "sv": "Filen {path} finns inte.",
            "en": "The file {path} does not exist.",
        },
        "not_json": {
            "sv": "Filen {path} går inte att läsa som JSON (rad {line}, tecken {column}).",
            "en": "The file {path} cannot be read as JSON (line {line}, character {column}).",
        },
        "saved": {
            "sv": "{count} segment sparade i {path}. Läs in dem igen med load_segments().",
            "en": "{count} segments saved in {path}. Read them back with load_segments().",
        },
        "not_strict_json": {
            "sv": "Filen {path} innehåller något som inte är giltig JSON (till exempel NaN, "
            "Infinity eller ett orimligt stort tal).",
            "en": "The file {path} holds something that is not valid JSON (such as NaN, "
            "Infinity or an absurdly large number).",
        },
        "not_ours": {
            "sv": "Filen {path} är ingen segmentfil från arbetsboken.",
            "en": "The file {path} is not a segment file from the workbook.",
        },
        "newer": {
            "sv": "Filen {path} har version {version}, men den här arbetsboken läser bara "
            "version {known}.",
            "en": "The file {path} has version {version}, but this workbook only reads "
            "version {known}.",
        },
        "bad_segment": {
            "sv": "Segment nummer {number} i {path} är trasigt: {problem}",
            "en": "Segment number {number} in {path} is broken: {problem}",
        },
        "p_not_object": {"sv": "det är inget objekt.", "en": "it is not an object."},
        "p_no_name": {"sv": "det saknar namn.", "en": "it has no name."},
        "p_bad_rule": {
            "sv": "villkoret {rule} går inte att förstå.",
            "en": "the condition {rule} cannot be understood.",
        },
        "hint": {
            "sv": "Spara segmenten igen från arbetsboken, eller rätta filen för hand.",
            "en": "Save the segments again from the workbook, or fix the file by hand.",
        },
    },
    __name__,
)


# ---------------------------------------------------------------- rule <-> dict


def rule_to_dict(rule: Rule) -> dict:
    if isinstance(rule, Condition):
        out = {"column": rule.column, rule.op.value: _ARGS_TO_JSON[rule.op.shape](rule.args)}
        if rule.op.shape == "days" and rule.args[1] is not None:
            out["today"] = rule.args[1]
        return out
    if isinstance(rule, AllOf):
        return {"all": [rule_to_dict(r) for r in rule.rules]}
    if isinstance(rule, AnyOf):
        return {"any": [rule_to_dict(r) for r in rule.rules]}
    if isinstance(rule, Not):
        return {"not": rule_to_dict(rule.rule)}
    raise TypeError(rule)


# How each shape of arguments is written to JSON and read back (see rules.Op.shape).
_ARGS_TO_JSON = {
    "values": list,
    "range": list,
    "limit": lambda args: args[0],
    "days": lambda args: args[0],
    "none": lambda args: True,
}


def _range(column: where, op: Op, value, data: dict) -> Rule:
    low, high = _list(value)
    return column.between(low, high)


_ARGS_FROM_JSON = {
    "values": lambda column, op, value, data: getattr(column, op.value)(_list(value)),
    "range": _range,
    "limit": lambda column, op, value, data: getattr(column, op.value)(value),
    "days": lambda column, op, value, data: column.within_last_days(value, today=data.get("today")),
    "none": lambda column, op, value, data: getattr(column, op.value)(),
}


def rule_from_dict(data) -> Rule:
    """The inverse of :func:`rule_to_dict`; ValueError/TypeError/KeyError on nonsense."""
    if not isinstance(data, dict):
        raise TypeError(data)
    if "all" in data:
        return AllOf(tuple(rule_from_dict(r) for r in _list(data["all"])))
    if "any" in data:
        return AnyOf(tuple(rule_from_dict(r) for r in _list(data["any"])))
    if "not" in data:
        return Not(rule_from_dict(data["not"]))
    ops = [op for op in Op if op.value in data]
    if len(ops) != 1 or not isinstance(data.get("column"), str):
        raise KeyError(data)
    op = ops[0]
    return _ARGS_FROM_JSON[op.shape](where(data["column"]), op, data[op.value], data)


def _list(value) -> list:
    if not isinstance(value, list):
        raise TypeError(value)
    return value


def segments_to_dict(segments) -> dict:
    return {
        "format": FORMAT,
        "version": VERSION,
        "segments": [
            {"name": s.name, "description": s.description, "rule": rule_to_dict(s.rule)}
            for s in segments
        ],
    }


def segments_from_dict(data, where_from: str = "JSON") -> list[Segment]:
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CourseError(msg("not_ours", path=where_from), hint=msg("hint"))
    if data.get("version") != VERSION:
        raise CourseError(
            msg("newer", path=where_from, version=data.get("version"), known=VERSION),
            hint=msg("hint"),
        )
    if not isinstance(data.get("segments"), list):
        raise CourseError(msg("not_ours", path=where_from), hint=msg("hint"))
    return [_segment(item, n, where_from) for n, item in enumerate(data["segments"], start=1)]


def _segment(item, number: int, where_from: str) -> Segment:
    def broken(problem: str) -> CourseError:
        text = msg("bad_segment", number=number, path=where_from, problem=problem)
        return CourseError(text, hint=msg("hint"))

    if not isinstance(item, dict):
        raise broken(msg("p_not_object"))
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise broken(msg("p_no_name"))
    try:
        rule = rule_from_dict(item.get("rule"))
    except CourseError as error:
        raise broken(error.message) from error
    except (TypeError, ValueError, KeyError) as error:
        shown = json.dumps(item.get("rule"), ensure_ascii=False)[:120]
        raise broken(msg("p_bad_rule", rule=shown)) from error
    description = item.get("description", "")
    return Segment(name, rule, description if isinstance(description, str) else "")


# ---------------------------------------------------------------- files


@dataclass(frozen=True)
class SavedSegments:
    """Where the segments were saved; shows as a sentence in a notebook."""

    path: Path
    count: int

    @property
    def name(self) -> str:
        return self.path.name

    def __fspath__(self) -> str:
        return str(self.path)

    def __repr__(self) -> str:
        return self._repr_markdown_()

    def _repr_markdown_(self) -> str:
        return msg("saved", count=self.count, path=shown_path(self.path))


def save_segments(segments, path=None) -> SavedSegments:
    """Save segments as JSON (default: segments.json in the learner's work folder)."""
    if isinstance(segments, Segment):
        segments = [segments]
    segments = list(segments)
    path = Path(path) if path is not None else work_dir() / DEFAULT_FILE
    return SavedSegments(storage.save_json(path, segments_to_dict(segments)), len(segments))


def load_segments(path=None) -> list[Segment]:
    """Load segments saved with :func:`save_segments`."""
    path = Path(path) if path is not None else work_dir() / DEFAULT_FILE
    if not path.exists():
        raise CourseError(msg("not_found", path=path.name))
    try:
        data = storage.read_json(path)
    except storage.UnreadableFile as error:
        cause = error.__cause__
        if isinstance(cause, json.JSONDecodeError):
            shown = msg("not_json", path=path.name, line=cause.lineno, column=cause.colno)
        else:
            shown = msg("not_strict_json", path=path.name)
        raise CourseError(shown, hint=msg("hint")) from error
    return segments_from_dict(data, where_from=path.name)
