"""A learner's own sources, kept in the work folder beside the company's inventory."""

from __future__ import annotations

from dataclasses import asdict, replace
from pathlib import Path

from ..core import storage
from ..core.paths import work_dir
from .inventory import Flow, Inventory, Source, company_inventory, from_row, msg, problems_in

FILE_NAME = "my_sources.json"
VERSION = 1


def my_sources_path() -> Path:
    return work_dir() / FILE_NAME


def save_mine(inventory: Inventory, path: Path | None = None) -> Path:
    """Keep the sources you added (and their flows) in your work folder. Returns the file."""
    path = path or my_sources_path()
    added = inventory.added
    keys = {s.key for s in added}
    data = {
        "version": VERSION,
        "sources": [asdict(s) for s in added],
        "flows": [asdict(f) for f in inventory.flows if f.source in keys],
    }
    storage.save_json(path, data)
    return path


def my_inventory(path: Path | None = None) -> Inventory:
    """The company's inventory plus the sources you saved with :func:`save_mine`."""
    path = path or my_sources_path()
    company = company_inventory()
    if not path.exists():
        return company
    try:
        data = storage.read_json(path)
        added = tuple(from_row(Source, {**row, "added": True}) for row in data["sources"])
        extra_flows = tuple(from_row(Flow, row) for row in data["flows"])
        inv = replace(company, sources=company.sources + added, flows=company.flows + extra_flows)
        if problems_in(inv):
            raise ValueError("inconsistent")
    except (ValueError, KeyError, TypeError, AttributeError):
        backup = storage.set_aside(path)
        return replace(company, notice=msg("corrupt", backup=backup.name))
    return inv


def forget_mine(path: Path | None = None) -> Path | None:
    """Start over from the company's inventory; your file is kept as a backup (returned)."""
    path = path or my_sources_path()
    with storage.locked(path):
        return storage.set_aside(path, "reset") if path.exists() else None
