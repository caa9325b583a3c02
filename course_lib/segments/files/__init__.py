"""Bring your own data: read a customer file as real exports come, say how it was read, and
map its columns to the catalogue.

    frame = load_customer_file("../my_work/kunder.csv")
    load_report(frame)                 # separator, encoding, types, missing values, notes
    mapping = suggest_mapping(frame)
    mapping_table(mapping, frame)      # for the learner to confirm

Reading is three steps, one module each: what kind of file it is (sniff), where the table is
in it (table), what type each column has (columns, dates). The report (report) says what each
step decided; loader joins them.
"""

from .loader import load_customer_file, load_report
from .mapping import add_age_from_birth_year, mapping_table, suggest_mapping
from .report import LoadReport

__all__ = [
    "LoadReport",
    "add_age_from_birth_year",
    "load_customer_file",
    "load_report",
    "mapping_table",
    "suggest_mapping",
]
