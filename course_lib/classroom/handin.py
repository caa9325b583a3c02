"""The hand-in file: one JSON file a student uploads to the course's learning platform.

It holds the student's work and nothing else about them: the progress of every exercise
(attempts, correct, hints, solution viewed, first and last time, the last wrong choice), the
three factors, the saved segments, a summary of the data plan, the language, the workbook's
version, and the name or pseudonym the student chose. No path, machine name or e-mail address
is written. From a terminal::

    python -m course_lib.classroom.handin --name "Anna L" --lang sv     # make handin name="Anna L"

The checksum (SHA-256 over the canonical JSON) lets the teacher's dashboard recognise a file
that was damaged on the way or edited by hand. It is **not a security measure**: anyone can
compute it again after an edit. The file says so itself.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from ..core import progress, storage
from ..core.errors import CourseError
from ..core.i18n import get_language, messages, set_language
from ..core.paths import ROOT, shown_path, work_dir

FORMAT = "data-ar-guld/handin"
# 2: notebook 08 is "Test and learn" and the capstone is 09. A format-1 file's "08.qN" are
# the capstone's answers; the teacher's dashboard reads them as "09.qN" (progress.renumber).
# Format 2 is otherwise the same as 1, so the number follows the progress file's version.
FORMAT_VERSION = 2
FILE_PREFIX = "handin-"
MAX_NAME = 60
MAX_REASON = 300
# Said in the file itself, so a teacher who opens it in an editor reads it too.
CHECKSUM_ABOUT = {
    "sv": "Kontrollsumman visar om filen skadats eller ändrats för hand efter att den skrevs. "
          "Den är inget säkerhetsskydd: vem som helst kan räkna fram den igen efter en ändring.",
    "en": "The checksum shows whether the file was damaged or edited by hand after it was "
          "written. It is not a security measure: anyone can compute it again after an edit.",
}

msg = messages(
    {
        "name_missing": {
            "sv": "Skriv ditt namn eller en pseudonym först.",
            "en": "Write your name or a pseudonym first.",
        },
        "name_hint": {
            "sv": "Använd det namn läraren känner igen dig på, eller en pseudonym ni kommit "
            "överens om. Inget annat om dig sparas i filen.",
            "en": "Use the name your teacher knows you by, or a pseudonym you agreed on. "
            "Nothing else about you is saved in the file.",
        },
        "name_too_long": {
            "sv": "Namnet är för långt ({n} tecken); högst {limit} räcker.",
            "en": "The name is too long ({n} characters); at most {limit} will do.",
        },
        "name_email": {
            "sv": "Skriv ett namn, inte en e-postadress: filen ska inte innehålla mer om dig än "
            "namnet.",
            "en": "Write a name, not an e-mail address: the file should hold nothing more about "
            "you than the name.",
        },
        "name_number": {
            "sv": "Namnet innehåller en lång sifferföljd, kanske ett personnummer. Skriv bara "
            "namnet eller pseudonymen.",
            "en": "The name holds a long run of digits, perhaps an identity number. Write only "
            "the name or pseudonym.",
        },
        "name_characters": {
            "sv": "Namnet får bara innehålla bokstäver, siffror, mellanslag och - ' . _ (inte {chars}).",
            "en": "The name may only hold letters, digits, spaces and - ' . _ (not {chars}).",
        },
        "written": {
            "sv": "Klart: {path}. {summary} Ladda upp filen i kursens lärplattform.",
            "en": "Done: {path}. {summary} Upload the file in the course's learning platform.",
        },
        "summary": {
            "sv": "{correct} frågor rätt och {tried} försökta, {segments} sparade segment, "
            "dataplan: {plan}.",
            "en": "{correct} questions correct and {tried} tried, {segments} saved segments, "
            "data plan: {plan}.",
        },
        "yes": {"sv": "ja", "en": "yes"},
        "no": {"sv": "nej", "en": "no"},
        "segments_unreadable": {
            "sv": "Dina sparade segment gick inte att läsa och kom inte med i filen.",
            "en": "Your saved segments could not be read and are not in the file.",
        },
        "plan_unreadable": {
            "sv": "Din dataplan gick inte att läsa och kom inte med i filen.",
            "en": "Your data plan could not be read and is not in the file.",
        },
        "cli_name": {
            "sv": "Ange ditt namn, till exempel: make handin name=\"Anna L\"",
            "en": "Give your name, for example: make handin name=\"Anna L\"",
        },
    },
    __name__,
)


# ------------------------------------------------------------------ the workbook's version


def workbook_version() -> str:
    """The installed workbook's version (package metadata), else pyproject.toml's."""
    from importlib import metadata

    try:
        return metadata.version("course-lib")
    except metadata.PackageNotFoundError:
        pass
    try:
        import tomllib

        return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, ValueError):
        return "unknown"


def version_key(version: str) -> tuple[int, ...] | None:
    """"0.10.1" -> (0, 10, 1), so versions compare as numbers; None for anything else."""
    parts = re.findall(r"\d+", version) if isinstance(version, str) else []
    return tuple(int(p) for p in parts[:4]) if parts else None


# ------------------------------------------------------------------ the student's name


_ALLOWED = re.compile(r"[^\W_]|[ \-'._]")


def clean_name(name: object) -> str:
    """The name as written in the file: spaces tidied, refused if it holds more than a name."""
    text = " ".join(unicodedata.normalize("NFC", name).split()) if isinstance(name, str) else ""
    if not text:
        raise CourseError(msg("name_missing"), hint=msg("name_hint"))
    if len(text) > MAX_NAME:
        raise CourseError(msg("name_too_long", n=len(text), limit=MAX_NAME))
    if "@" in text:
        raise CourseError(msg("name_email"), hint=msg("name_hint"))
    if re.search(r"\d{6}", re.sub(r"[\s\-]", "", text)):
        raise CourseError(msg("name_number"), hint=msg("name_hint"))
    odd = sorted({c for c in text if not _ALLOWED.fullmatch(c)})
    if odd:
        raise CourseError(msg("name_characters", chars=" ".join(odd)))
    return text


def file_name(name: str) -> str:
    """``handin-anna-l.json``: plain ASCII, because learning platforms rename other files."""
    plain = unicodedata.normalize("NFKD", clean_name(name)).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    if not slug:  # a name in another script: a short fingerprint of it
        slug = hashlib.sha256(name.encode("utf-8")).hexdigest()[:10]
    return f"{FILE_PREFIX}{slug}.json"


# ------------------------------------------------------------------ checksum


def canonical_bytes(document: dict) -> bytes:
    """The document without its checksum, as one canonical JSON text (sorted keys, no spaces)."""
    body = {k: v for k, v in document.items() if k != "checksum"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def compute_checksum(document: dict) -> str:
    return hashlib.sha256(canonical_bytes(document)).hexdigest()


def seal(document: dict) -> dict:
    """The document with its checksum and, beside it, what the checksum is (and is not)."""
    return {**document, "checksum": {"sha256": compute_checksum(document), "about": CHECKSUM_ABOUT}}


def checksum_state(document: dict) -> str:
    """"ok", "missing" or "mismatch" (damaged or edited after it was written)."""
    block = document.get("checksum")
    value = block.get("sha256") if isinstance(block, dict) else None
    if not isinstance(value, str):
        return "missing"
    try:
        return "ok" if value == compute_checksum(document) else "mismatch"
    except (TypeError, ValueError):
        return "mismatch"


# ------------------------------------------------------------------ the document


def factors_part(factors, reasons: dict, chosen: bool) -> dict:
    """The three factors, only when the student chose them (not the workbook's defaults)."""
    if not chosen:
        return {"chosen": False, "factors": [], "reasons": {}}
    return {"chosen": True, "factors": list(factors),
            "reasons": {str(k): str(v)[:MAX_REASON] for k, v in reasons.items() if k in factors}}


def plan_summary(plan) -> dict | None:
    """What the teacher needs to see of a data plan: the organisation, the factors, and per
    stage of the customer journey the data, sources and storage, and whether it is covered."""
    from .. import dataplan

    if plan is None:
        return None
    stages = {}
    for key in dataplan.STAGES:
        stage = plan.stages[key]
        stages[key] = {"data_points": list(stage.data_points), "sources": list(stage.sources),
                       "storage": stage.storage_places(), "covered": dataplan.stage_covered(stage)}
    return {"organisation": plan.organisation, "factors": list(plan.factors), "stages": stages,
            "stages_covered": sum(s["covered"] for s in stages.values()),
            "gaps": len(dataplan.plan_gaps(plan, "en")), "gdpr_notes": len(dataplan.gdpr_notes(plan, "en")),
            "test_plan": plan.test.filled}


def handin_document(name: str, language: str, exercises: dict, factors: dict, segments: list,
                    data_plan: dict | None, version: str, created: str) -> dict:
    """The hand-in as a sealed dict. Pure: everything it holds is passed in."""
    document = {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "workbook_version": version,
        "created": created,
        "student": clean_name(name),
        "language": language,
        "exercises": {k: progress.clean_entry(v) for k, v in sorted(exercises.items())},
        "three_factors": factors,
        "segments": segments,
        "data_plan": data_plan,
    }
    return seal(document)


def _now() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _saved_segments(language: str) -> tuple[list, str | None]:
    from ..segments import store

    path = work_dir() / store.DEFAULT_FILE
    if not path.exists():
        return [], None
    try:
        return store.segments_to_dict(store.load_segments(path))["segments"], None
    except (CourseError, OSError):
        return [], msg("segments_unreadable", language)


def _saved_plan(language: str) -> tuple[dict | None, str | None]:
    # Read without dataplan.load_plan, which sets a broken file aside: handing in changes nothing.
    from .. import dataplan

    path = dataplan.plan_path()
    if not path.exists():
        return None, None
    try:
        return plan_summary(dataplan.DataPlan.from_dict(storage.read_json(path))), None
    except (ValueError, TypeError, KeyError, AttributeError, OSError):
        return None, msg("plan_unreadable", language)


def gather(name: str, language: str | None = None) -> tuple[dict, list[str]]:
    """The hand-in of the work in the learner's folder, and notes about what could not be read."""
    from .. import choices

    language = language or get_language()
    loaded = progress.load()
    chosen = choices.load_three_factors()
    segments, segments_note = _saved_segments(language)
    plan, plan_note = _saved_plan(language)
    document = handin_document(
        name, language, loaded.exercises,
        factors_part(chosen.factors, chosen.reasons, chosen.saved), segments, plan,
        workbook_version(), _now())
    notes = [n for n in (loaded.notice, segments_note, plan_note) if n]
    return document, notes


@dataclass(frozen=True)
class HandIn:
    """A written hand-in file; shows as one sentence in a notebook."""

    path: Path
    document: dict
    notes: tuple[str, ...] = ()

    def sentence(self, language: str | None = None) -> str:
        language = language or self.document["language"]
        exercises = self.document["exercises"].values()
        states = [progress.state_of("x", {"x": e}) for e in exercises]
        summary = msg("summary", language, correct=states.count("correct"), tried=states.count("tried"),
                      segments=len(self.document["segments"]),
                      plan=msg("yes" if self.document["data_plan"] else "no", language))
        text = msg("written", language, path=shown_path(self.path), summary=summary)
        return " ".join([text, *self.notes])

    def _repr_markdown_(self) -> str:
        return self.sentence()

    def __repr__(self) -> str:
        return self.sentence()


def write_handin(name: str, language: str | None = None, folder: Path | None = None) -> HandIn:
    """Write ``my_work/handin-<name>.json`` (through the one storage module: locked, atomic)."""
    document, notes = gather(name, language)
    path = storage.save_json((folder or work_dir()) / file_name(name), document)
    return HandIn(path, document, tuple(notes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the file to hand in (my_work/handin-<name>.json).")
    parser.add_argument("--name", default="", help="your name or pseudonym")
    parser.add_argument("--lang", default="sv", choices=["sv", "en"])
    args = parser.parse_args(argv)
    set_language(args.lang)
    if not args.name.strip():
        print(msg("cli_name"))
        return 2
    try:
        print(write_handin(args.name, args.lang).sentence())
    except CourseError as error:
        print(error)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
