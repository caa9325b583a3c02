"""The tables a learner sees of an inventory: sources, flows, and which data points they cover."""

from __future__ import annotations

import pandas as pd

from .. import catalog
from ..core.i18n import get_language, pick
from .inventory import HEADINGS, Inventory, msg, source_table
from .mine import my_inventory


def inventory(language: str | None = None, *, of: Inventory | None = None,
              brief: bool = False) -> pd.DataFrame:
    """The inventory as a table, one row per source, in the chosen language.

    ``of`` is the inventory to show (by default the company's plus your saved sources);
    ``brief=True`` keeps only the name, type, storage and where the data is sent.
    """
    return source_table(of if of is not None else my_inventory(), language or get_language(),
                        brief)


def flows(language: str | None = None, *, of: Inventory | None = None) -> pd.DataFrame:
    """Every flow between systems: from, to, export or integration, and what moves."""
    lang = language or get_language()
    inv = of if of is not None else my_inventory()
    rows = [{"from": inv.node_name(f.source, lang), "to": inv.node_name(f.target, lang),
             "kind": msg(f.kind, lang), "what": f.text("what", lang)}
            for f in inv.flows]
    frame = pd.DataFrame(rows, columns=["from", "to", "kind", "what"])
    frame.index = range(1, len(frame) + 1)
    return frame.rename(columns={k: pick(HEADINGS[k], lang) for k in frame.columns})


def coverage(inventory: Inventory | None = None, language: str | None = None) -> pd.DataFrame:
    """Which of the lesson's 20 data points each source type covers, and through which sources.

    One row per data point, one column per source type; a cell names the sources ("–": none).
    """
    lang = language or get_language()
    inv = inventory if inventory is not None else my_inventory()
    rows = []
    for point in catalog.data_points():
        row = {pick(HEADINGS["data_point"], lang): point.name(lang)}
        for stype in catalog.source_types():
            names = [s.name(lang) for s in inv.sources
                     if s.source_type == stype.key and point.key in s.data_points]
            row[stype.name(lang)] = ", ".join(names) or "–"
        rows.append(row)
    return pd.DataFrame(rows).set_index(pick(HEADINGS["data_point"], lang))


def uncovered(inventory: Inventory | None = None) -> list[str]:
    """Keys of the data points no source in the inventory covers."""
    inv = inventory if inventory is not None else my_inventory()
    covered = {p for s in inv.sources for p in s.data_points}
    return [p.key for p in catalog.data_points() if p.key not in covered]
