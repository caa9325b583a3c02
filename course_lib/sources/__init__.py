"""Fjällgården's data sources: the inventory, its coverage of the lesson's data points, the map.

The company's inventory lives in ``data/sources.toml``. A learner adds sources with
:func:`add_source`, which never changes the inventory it is given but returns a new one, and
keeps them with :func:`save_mine` (the file is written atomically in the work folder).

The package: ``inventory`` (the objects, the company's inventory, adding a source),
``tables`` (what a learner sees of it), ``mine`` (a learner's own sources, kept in the work
folder) and ``ecosystem`` (the map from sources to storage to platforms).

>>> from course_lib import sources
>>> company = sources.company_inventory()
>>> company.source("web_events").source_type
'first_party'
>>> [f.target for f in company.flows_from("crm")]
['meta', 'google_ads', 'email_tool']
"""

from .ecosystem import (
    FLOW_COLOURS,
    SOURCE_TYPE_COLOURS,
    SOURCE_TYPE_LINES,
    ecosystem_alt,
    ecosystem_map,
    layout,
)
from .inventory import (
    FLOW_KINDS,
    HEADINGS,
    STAGES,
    TEXT_FIELDS,
    Flow,
    Inventory,
    LegalBasis,
    Source,
    System,
    add_source,
    company_inventory,
    msg,
    problems_in,
)
from .mine import FILE_NAME, VERSION, forget_mine, my_inventory, my_sources_path, save_mine
from .tables import coverage, flows, inventory, uncovered

__all__ = [
    "FILE_NAME", "FLOW_COLOURS", "FLOW_KINDS", "HEADINGS", "SOURCE_TYPE_COLOURS",
    "SOURCE_TYPE_LINES", "STAGES", "TEXT_FIELDS", "VERSION", "Flow", "Inventory", "LegalBasis",
    "Source", "System", "add_source", "company_inventory", "coverage", "ecosystem_alt",
    "ecosystem_map", "flows", "forget_mine", "inventory", "layout", "msg", "my_inventory",
    "my_sources_path", "problems_in", "save_mine", "uncovered",
]
