"""Every file the learner owns goes through here: written whole or not at all, never lost.

- :func:`atomic_write`: a temporary file in the same folder, flushed to disk, then renamed over
  the old one, so a reader sees the old file or the new one, never half of one.
- :func:`locked`: a real file lock (``filelock``) around read-modify-write, so two notebooks
  open at once (the normal case: 00 shows progress while 04 is answered) both keep their
  answers. A lock rather than an append-only log keeps each file one readable JSON document.
- :func:`read_json` / :func:`write_json`: strict JSON (no NaN or Infinity, no numbers too long
  to read), so what we write any other tool can read.
- :func:`set_aside`: a file we cannot read is renamed, never deleted or overwritten.
- :func:`update_json`: all of the above for a small versioned document such as progress.json.
  A file written by a newer version of the workbook is left untouched.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

LOCK_TIMEOUT = 20  # seconds; another notebook holds the lock only while it writes a small file
STALE_AFTER = 60  # seconds: an older temporary file was left by a process that was killed


class StorageError(OSError):
    """A learner's file could not be read or written (the message says which and why)."""


class UnreadableFile(ValueError):
    """The file is not the strict JSON we write (hand-edited, damaged, or not ours)."""


class NewerFile(ValueError):
    """The file was written by a newer version of the workbook; we leave it untouched."""

    def __init__(self, version):
        super().__init__(f"version {version}")
        self.version = version


# ---------------------------------------------------------------- writing


def _temporaries(path: Path) -> Iterator[Path]:
    return path.parent.glob(f".{path.name}.*.tmp")


def clean_temporaries(path: Path, older_than: float = STALE_AFTER) -> int:
    """Remove temporary files a killed process left beside ``path``; returns how many."""
    return _remove_old(_temporaries(Path(path)), older_than)


def clean_folder(folder: Path, older_than: float = STALE_AFTER) -> int:
    """Remove every stale temporary file in the learner's folder (at the start of a notebook)."""
    return _remove_old(Path(folder).rglob(".*.tmp"), older_than)


def _remove_old(temporaries: Iterator[Path], older_than: float) -> int:
    import time

    removed = 0
    limit = time.time() - older_than
    for temp in temporaries:
        try:
            if temp.stat().st_mtime < limit:
                temp.unlink()
                removed += 1
        except FileNotFoundError:  # another process cleaned it first
            continue
    return removed


def atomic_write(path: Path, data: bytes) -> Path:
    """Write ``data`` so the file is either the old one or the whole new one, never half."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


@contextmanager
def atomic_file(path: Path):
    """Like :func:`atomic_write`, for a file written piece by piece (too big to hold in memory
    at once): yields a binary file; ``path`` is replaced only when the block ends without error."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def json_bytes(data: object) -> bytes:
    """Strict, readable JSON: sorted keys, UTF-8, and ValueError for NaN or Infinity."""
    text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True, allow_nan=False)
    return (text + "\n").encode("utf-8")


def write_json(path: Path, data: object) -> Path:
    """Write ``data`` as strict JSON, atomically."""
    return atomic_write(path, json_bytes(data))


# ---------------------------------------------------------------- reading


def _refuse_constant(name: str):
    raise ValueError(f"{name} is not JSON")


def _finite(text: str) -> float:
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise ValueError(f"{text} is too large")
    return value


def parse_json(text: str) -> object:
    """Strict JSON: NaN, Infinity and numbers too long for Python are refused (ValueError)."""
    return json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)


def read_json(path: Path) -> object:
    """The JSON document in ``path``; :class:`UnreadableFile` if it is not strict JSON."""
    try:
        return parse_json(Path(path).read_text(encoding="utf-8-sig"))
    except (ValueError, UnicodeDecodeError, RecursionError) as error:
        raise UnreadableFile(str(error)) from error


def set_aside(path: Path, label: str = "broken") -> Path:
    """Rename a file we cannot use so nothing is lost, never overwriting an earlier backup."""
    path = Path(path)
    n = 1
    while (backup := path.with_name(f"{path.stem}.{label}-{n}{path.suffix}")).exists():
        n += 1
    os.replace(path, backup)
    return backup


def keep_copy(path: Path, label: str) -> Path:
    """Copy a file before it is rewritten in a new form (``progress.v1-1.json``), so the old
    form is never lost; never overwrites an earlier copy."""
    path = Path(path)
    n = 1
    while (copy := path.with_name(f"{path.stem}.{label}-{n}{path.suffix}")).exists():
        n += 1
    atomic_write(copy, path.read_bytes())
    return copy


def set_aside_files(path: Path, label: str = "broken") -> list[Path]:
    """Backups :func:`set_aside` made of ``path`` so far, oldest first."""
    path = Path(path)
    found = path.parent.glob(f"{path.stem}.{label}-*{path.suffix}")
    return sorted(found, key=lambda p: (len(p.name), p.name))


# ---------------------------------------------------------------- locking


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT):
    """Hold the lock of ``path`` (a hidden ``.name.lock`` file beside it) while inside."""
    from filelock import FileLock, Timeout

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    lock = FileLock(path.with_name(f".{path.name}.lock"), timeout=timeout, thread_local=False)
    try:
        lock.acquire()
    except Timeout as error:
        raise StorageError(f"{path.name} is locked by another program") from error
    try:
        yield
    finally:
        lock.release()


def save_json(path: Path, data: object) -> Path:
    """Save a whole document (a plan, a choice, segments) under the lock, strictly, atomically.

    The last save wins, as when saving a document twice in any program; no reader ever sees
    half a file, and temporaries left by a killed save are cleaned.
    """
    payload = json_bytes(data)  # a ValueError (NaN) before anything is touched
    with locked(path):
        clean_temporaries(Path(path), older_than=0)
        return atomic_write(path, payload)


# ---------------------------------------------------------------- a versioned document


@dataclass
class Loaded:
    """A document read from disk: its data, and what happened on the way."""

    data: dict
    set_aside: Path | None = None  # the damaged file was kept under this name
    newer: object = None  # the version of a file from a newer workbook (left untouched)
    migrated_from: int | None = None  # the older version the data was brought up from


def load_document(path: Path, version: int, fresh: Callable[[], dict],
                  migrate: Callable[[dict, int], None] | None = None) -> Loaded:
    """Read a ``{"version": N, ...}`` document; a damaged one is set aside, a newer one kept.

    ``migrate(data, found)`` brings a document from an older version ``found`` up to date in
    place (``Loaded.migrated`` then says so; the caller writes it back under the lock).
    Call with the lock held when the result will be written back.
    """
    path = Path(path)
    if not path.exists():
        return Loaded(fresh())
    try:
        data = read_json(path)
        if not isinstance(data, dict):
            raise UnreadableFile("not an object")
    except UnreadableFile:
        return Loaded(fresh(), set_aside=set_aside(path))
    found = data.get("version")
    if isinstance(found, int) and not isinstance(found, bool) and found > version:
        return Loaded(fresh(), newer=found)
    older = found if isinstance(found, int) and not isinstance(found, bool) else 1
    if migrate is not None and older < version:
        migrate(data, older)
        data["version"] = version
        return Loaded(data, migrated_from=older)
    return Loaded(data)


def update_document(path: Path, version: int, fresh: Callable[[], dict],
                    change: Callable[[dict], None],
                    migrate: Callable[[dict, int], None] | None = None) -> Loaded:
    """Read, change and write back a document under the lock: no concurrent change is lost.

    A file from a newer workbook is not written; the caller tells the learner. An older one
    is brought up to date with ``migrate`` first (see :func:`load_document`).
    """
    path = Path(path)
    with locked(path):
        clean_temporaries(path, older_than=0)  # nobody else writes while we hold the lock
        loaded = load_document(path, version, fresh, migrate)
        if loaded.newer is None:
            change(loaded.data)
            loaded.data["version"] = version
            write_json(path, loaded.data)
        return loaded
