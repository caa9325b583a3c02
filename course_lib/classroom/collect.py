"""A folder of handed-in files, read the way a teacher needs: every good file counted once,
every other file listed with the reason, never a crash.

A teacher downloads the submissions from the learning platform (Canvas renames each file, e.g.
``annal_12345_67890_handin-anna-l.json``) and puts them in one folder; sub-folders are read too.
The file's content decides, never its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..core import progress, storage
from ..core.errors import CourseError
from ..core.i18n import LANGUAGES, messages
from . import handin

MAX_BYTES = 2_000_000  # a hand-in is a few kilobytes; anything this big is not one
EXERCISE_ID = re.compile(r"\d\d\.q\d+")
# What `make class` itself writes into the folder: not hand-ins, and not problems either.
OUR_OUTPUTS = {"class-report.html", "gradebook.csv"}

msg = messages(
    {
        "no_folder_given": {
            "sv": "Ange mappen med studenternas inlämnade filer.",
            "en": "Name the folder with the students' handed-in files.",
        },
        "no_folder": {
            "sv": "Mappen {folder} finns inte.",
            "en": "The folder {folder} does not exist.",
        },
        "not_a_folder": {
            "sv": "{folder} är en fil, inte en mapp.",
            "en": "{folder} is a file, not a folder.",
        },
        "folder_hint": {
            "sv": "Lägg studenternas inlämnade filer (handin-….json) i en mapp och ange den, till "
            "exempel: make class dir=inlamningar",
            "en": "Put the students' handed-in files (handin-….json) in one folder and name it, "
            "for example: make class dir=handins",
        },
        "empty_folder": {
            "sv": "Mappen {folder} är tom: där finns inga inlämnade filer att läsa.",
            "en": "The folder {folder} is empty: there are no handed-in files to read.",
        },
        # Why a file was not counted: one short reason each.
        "r_not_json_file": {
            "sv": "ingen inlämningsfil (arbetsbokens filer slutar på .json)",
            "en": "not a hand-in file (the workbook's files end in .json)",
        },
        "r_empty": {"sv": "filen är tom", "en": "the file is empty"},
        "r_too_big": {
            "sv": "filen är för stor för att vara en inlämningsfil ({size})",
            "en": "the file is too large to be a hand-in file ({size})",
        },
        "r_not_json": {
            "sv": "filen är skadad eller ingen JSON-fil",
            "en": "the file is damaged or not a JSON file",
        },
        "r_progress_file": {
            "sv": "det här är progress.json, inte inlämningsfilen: be studenten skapa den med "
            "formuläret i notebook 00 eller make handin",
            "en": "this is progress.json, not the hand-in file: ask the student to create it with "
            "the form in notebook 00 or make handin",
        },
        "r_foreign": {
            "sv": "ingen inlämningsfil från arbetsboken",
            "en": "not a hand-in file from the workbook",
        },
        "r_newer_format": {
            "sv": "filen kommer från en nyare version av arbetsboken (format {version}): "
            "uppdatera arbetsboken",
            "en": "the file comes from a newer version of the workbook (format {version}): "
            "update the workbook",
        },
        "r_no_name": {
            "sv": "filen saknar ett giltigt namn",
            "en": "the file has no valid name",
        },
        "r_bad_content": {
            "sv": "filens innehåll har fel form ({part})",
            "en": "the file's content has the wrong shape ({part})",
        },
        "r_no_checksum": {
            "sv": "kontrollsumman saknas: filen har ändrats för hand eller kommer inte från "
            "arbetsboken",
            "en": "the checksum is missing: the file was edited by hand or does not come from "
            "the workbook",
        },
        "r_tampered": {
            "sv": "kontrollsumman stämmer inte: filen har skadats eller ändrats för hand efter "
            "att den skrevs",
            "en": "the checksum does not match: the file was damaged or edited by hand after it "
            "was written",
        },
        "r_duplicate": {
            "sv": "samma fil som {other}, räknas en gång",
            "en": "the same file as {other}, counted once",
        },
        "r_older_handin": {
            "sv": "en äldre inlämning av {student}; den nyare {other} räknas",
            "en": "an older hand-in by {student}; the newer {other} is counted",
        },
        "problem": {"sv": "{file}: {reason}", "en": "{file}: {reason}"},
    },
    __name__,
)


@dataclass(frozen=True)
class HandedIn:
    """One student's hand-in as read from a file (only what passed validation)."""

    file: str  # relative to the class folder
    student: str
    language: str
    workbook_version: str
    created: str
    exercises: dict[str, dict]
    three_factors: dict = field(default_factory=dict)
    segments: list = field(default_factory=list)
    data_plan: dict | None = None
    version_note: str = ""  # "older" or "newer" than the teacher's workbook, else ""
    checksum: str = ""


@dataclass(frozen=True)
class Problem:
    """A file that was not counted, and why (a key of this module's ``r_…`` messages)."""

    file: str
    reason: str
    values: tuple[tuple[str, str], ...] = ()

    def sentence(self, language: str | None = None) -> str:
        reason = msg(f"r_{self.reason}", language, **dict(self.values))
        return msg("problem", language, file=self.file, reason=reason)


@dataclass
class ClassFolder:
    folder: Path
    handed_in: list[HandedIn]
    problems: list[Problem]

    @property
    def students(self) -> list[str]:
        return [h.student for h in self.handed_in]


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def read_document(document: object, file: str, current_version: str) -> HandedIn | Problem:
    """Validate one parsed hand-in; pure (the checksum is checked before anything is trusted)."""
    if not isinstance(document, dict) or document.get("format") != handin.FORMAT:
        progress_file = isinstance(document, dict) and "exercises" in document and "format" not in document
        return Problem(file, "progress_file" if progress_file else "foreign")
    found = document.get("format_version")
    if not isinstance(found, int) or isinstance(found, bool):
        return Problem(file, "bad_content", (("part", "format_version"),))
    if found > handin.FORMAT_VERSION:
        return Problem(file, "newer_format", (("version", str(found)),))
    state = handin.checksum_state(document)
    if state != "ok":
        return Problem(file, "no_checksum" if state == "missing" else "tampered")
    try:
        student = handin.clean_name(document.get("student"))
    except CourseError:
        return Problem(file, "no_name")
    exercises = document.get("exercises")
    if not isinstance(exercises, dict):
        return Problem(file, "bad_content", (("part", "exercises"),))
    if found < handin.FORMAT_VERSION:  # checked above: the file is as the student wrote it
        exercises = progress.renumber(exercises, found)
    cleaned = {key: progress.clean_entry(entry) for key, entry in exercises.items()
               if isinstance(key, str) and EXERCISE_ID.fullmatch(key)}
    version = document.get("workbook_version")
    version = version if isinstance(version, str) and len(version) <= 40 else "?"
    language = document.get("language") if document.get("language") in LANGUAGES else "sv"
    created = document.get("created") if isinstance(document.get("created"), str) else ""
    factors = document.get("three_factors") if isinstance(document.get("three_factors"), dict) else {}
    segments = document.get("segments") if isinstance(document.get("segments"), list) else []
    plan = document.get("data_plan") if isinstance(document.get("data_plan"), dict) else None
    return HandedIn(file, student, language, version, created[:40],
                    {k: v for k, v in cleaned.items() if v is not None}, factors, segments, plan,
                    _version_note(version, current_version), document["checksum"]["sha256"])


def _version_note(version: str, current: str) -> str:
    mine, theirs = handin.version_key(current), handin.version_key(version)
    if mine is None or theirs is None or mine == theirs:
        return "" if version == current else "older"
    return "older" if theirs < mine else "newer"


def read_file(path: Path, file: str, current_version: str) -> HandedIn | Problem:
    """One file of the folder: read, parsed strictly and validated."""
    if path.suffix.lower() != ".json":
        return Problem(file, "not_json_file")
    size = path.stat().st_size
    if size == 0:
        return Problem(file, "empty")
    if size > MAX_BYTES:
        return Problem(file, "too_big", (("size", _size(size)),))
    try:
        document = storage.read_json(path)
    except (storage.UnreadableFile, OSError):
        return Problem(file, "not_json")
    return read_document(document, file, current_version)


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts)
                  and p.name not in OUR_OUTPUTS)


def check_folder(folder) -> Path:
    """The class folder, or a CourseError that says what is wrong with it."""
    if folder is None or not str(folder).strip():
        raise CourseError(msg("no_folder_given"), hint=msg("folder_hint"))
    folder = Path(str(folder).strip()).expanduser()
    if not folder.exists():
        raise CourseError(msg("no_folder", folder=folder), hint=msg("folder_hint"))
    if not folder.is_dir():
        raise CourseError(msg("not_a_folder", folder=folder), hint=msg("folder_hint"))
    return folder


def read_class_folder(folder, current_version: str | None = None) -> ClassFolder:
    """Every hand-in in ``folder``: one per student (the newest), the rest listed as problems."""
    folder = check_folder(folder)
    files = _files(folder)
    if not files:
        raise CourseError(msg("empty_folder", folder=folder), hint=msg("folder_hint"))
    current = current_version or handin.workbook_version()
    found, problems = [], []
    for path in files:
        item = read_file(path, path.relative_to(folder).as_posix(), current)
        (problems if isinstance(item, Problem) else found).append(item)
    kept, repeats = one_per_student(found)
    return ClassFolder(folder, kept, problems + repeats)


def one_per_student(found: list[HandedIn]) -> tuple[list[HandedIn], list[Problem]]:
    """The same file twice counts once; two different hand-ins by one name: the newest counts."""
    by_name: dict[str, HandedIn] = {}
    repeats = []
    for item in sorted(found, key=lambda h: (h.created, h.file), reverse=True):
        key = item.student.casefold()
        kept = by_name.get(key)
        if kept is None:
            by_name[key] = item
        elif kept.checksum == item.checksum:
            repeats.append(Problem(item.file, "duplicate", (("other", kept.file),)))
        else:
            repeats.append(Problem(item.file, "older_handin",
                                   (("student", item.student), ("other", kept.file))))
    kept = sorted(by_name.values(), key=lambda h: (h.student.casefold(), h.file))
    return kept, sorted(repeats, key=lambda p: p.file)
