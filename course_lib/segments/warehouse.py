"""Segments on a customer base bigger than memory: Parquet files, read by DuckDB.

``evaluate("kunder.parquet", segments)`` (a file or a folder of files) never loads the
customers into pandas. Each segment's rule becomes SQL (:mod:`.sql`), and one query gives each
customer a *pattern*, an integer whose bit i says "is in segment i", and counts customers and
sums the value measures per pattern (``GROUP BY pattern``). Sizes, overlaps, the exclusive
assignment and the measures then come from at most 2**k rows, exactly as for a DataFrame.

Exports pass the same consent step (:func:`.consent.consent_rule`, as SQL here) and hash the
same way (:mod:`course_lib.identity`): only the identifier columns of the members who said yes
to ads are fetched, a chunk at a time, and hashed by identity's own functions.

The profiles come from the same query: each factor's profile band (the bands of
:meth:`.base.Base.bands`, written as SQL) is grouped by too, and added up per band.
:func:`progress` tells a callback how far DuckDB has come while a query runs, for the
builder's progress bar.
"""

from __future__ import annotations

import os
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from ..core.errors import CourseError
from ..core.i18n import messages
from ..identity import PLATFORMS, hashed_identifiers, sha256_hex
from .base import (
    DATE_BANDS,
    NumberSummary,
    category_text,
    date_labels,
    number_cuts,
)
from .rules import (
    NUMERIC_OPS,
    Op,
    Rule,
    Segment,
    column_error,
    iso_date,
    not_date_error,
    not_numeric_error,
    wrong_type_error,
)
from .sql import literal, quote_identifier, sql_where

VIEW = "customers"  # the name the Parquet files go by inside DuckDB
CHUNK = 200_000  # members fetched and hashed at a time during an export
MAX_CATEGORIES = 1_000  # distinct values fetched to judge a yes/no or consent column
PROGRESS_EVERY = 0.1  # seconds between two looks at how far a query has come
NUMBER_TYPES = ("TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT", "USMALLINT",
                "UINTEGER", "UBIGINT", "UHUGEINT", "FLOAT", "DOUBLE", "DECIMAL")

msg = messages(
    {
        "no_parquet": {
            "sv": "Hittar ingen Parquet-fil i {path}. Ange en .parquet-fil eller en mapp med "
            "sådana filer.",
            "en": "Found no Parquet file in {path}. Give a .parquet file or a folder of them.",
        },
        "no_rows_kept": {
            "sv": "Kunderna i en Parquet-fil hålls inte i minnet, så enskilda medlemmar kan inte "
            "visas här. Använd to_sql(...) eller export_audience(...) för medlemmarna.",
            "en": "The customers of a Parquet file are not held in memory, so single members "
            "cannot be shown here. Use to_sql(...) or export_audience(...) for the members.",
        },
    },
    __name__,
)


def is_parquet_source(value) -> bool:
    """True for a path (text or Path) to a .parquet file or to a folder."""
    if not isinstance(value, str | os.PathLike):
        return False
    path = Path(value)
    return path.is_dir() or path.suffix.lower() in (".parquet", ".pq")


def parquet_files(source) -> list[str]:
    path = Path(source)
    files = sorted(path.rglob("*.parquet")) if path.is_dir() else [path]
    files = [f for f in files if f.is_file()]
    if not files:
        raise CourseError(msg("no_parquet", path=str(source)))
    return [str(f) for f in files]


def no_rows_kept() -> CourseError:
    return CourseError(msg("no_rows_kept"))


class ParquetBase:
    """A customer base in Parquet files, queried with DuckDB; nothing is loaded into pandas.

    Offers what the segment functions need of a :class:`Base`: ``n``, ``has``, ``kind``,
    ``categories``, ``columns`` and ``today``, plus :meth:`where_sql` for a rule.
    """

    def __init__(self, source, today=None, connection=None):
        import duckdb

        self.source = Path(source)
        self.con = connection or duckdb.connect()
        # A real view (not a relation's temporary one): every cursor of the connection sees it.
        files = ", ".join(literal(f) for f in parquet_files(source))
        self.con.execute(f"CREATE OR REPLACE VIEW {VIEW} AS SELECT * FROM read_parquet([{files}])")
        described = self.con.execute(f"DESCRIBE {VIEW}").fetchall()
        self.types = {row[0]: row[1] for row in described}
        self.columns = pd.Index(list(self.types))
        self.n = int(self.con.execute(f"SELECT count(*) FROM {VIEW}").fetchone()[0])
        self.today = None if today is None else iso_date(today)
        self.match_rate = None  # unknown for a file: the platform tells after an upload
        self.files = parquet_files(source)
        self._categories: dict[str, list] = {}
        self._summaries: dict = {}  # (what, column, …) -> answer: the file does not change

    def has(self, column: str) -> bool:
        return column in self.types

    def kind(self, column: str) -> str:
        """"number", "date" or "category" (text and yes/no), as for a DataFrame."""
        if not self.has(column):
            raise column_error(column, self.columns)
        kind = self.types[column].upper()
        if kind.startswith(NUMBER_TYPES):
            return "number"
        if kind.startswith(("DATE", "TIMESTAMP")):
            return "date"
        return "category"

    def categories(self, column: str) -> list:
        """The different values of a text or yes/no column (at most MAX_CATEGORIES + 1), in
        the order pandas gives them when it reads the file (see :func:`_category_order`)."""
        if column not in self._categories:
            if self.types.get(column, "").upper() == "BOOLEAN":
                found = [False, True]
            elif (order := _category_order(self.files, column)) is not None:
                found = order[:MAX_CATEGORIES + 1]
            else:
                name = quote_identifier(column)
                query = (f"SELECT DISTINCT {name} FROM {VIEW} WHERE {name} IS NOT NULL "
                         f"ORDER BY 1 LIMIT {MAX_CATEGORIES + 1}")
                found = [r[0] for r in self.con.execute(query).fetchall()]
            self._categories[column] = found
        return self._categories[column]

    # The same summaries as a Base gives, each one small query (and kept).
    def category_counts(self, column: str) -> np.ndarray:
        """Customers per category, in the order of :meth:`categories`."""
        def ask():
            name = quote_identifier(column)
            rows = dict(self.con.execute(f"SELECT {name}, count(*) FROM {VIEW} WHERE {name} "
                                         f"IS NOT NULL GROUP BY 1").fetchall())
            return np.array([rows.get(c, 0) for c in self.categories(column)], dtype=np.int64)
        return self._summary(("counts", column), ask)

    def number_summary(self, column: str) -> NumberSummary:
        def ask():
            x = self._number(column)
            count, low, high, whole = self.con.execute(
                f"SELECT count({x}), min({x}), max({x}), coalesce(bool_and({x} = floor({x})), "
                f"true) FROM {VIEW}").fetchone()
            return NumberSummary(int(count), np.nan if low is None else float(low),
                                 np.nan if high is None else float(high), bool(whole))
        return self._summary(("numbers", column), ask)

    def quantiles(self, column: str, shares) -> np.ndarray:
        """As numpy's default (linear) quantile: DuckDB's quantile_cont."""
        shares = tuple(float(q) for q in shares)

        def ask():
            found = self.con.execute(f"SELECT quantile_cont({self._number(column)}, "
                                     f"{list(shares)}) FROM {VIEW}").fetchone()[0]
            return np.array([np.nan if v is None else v for v in found or [None] * len(shares)],
                            dtype=float)
        return self._summary(("quantiles", column, shares), ask)

    def distinct_numbers(self, column: str, limit: int) -> np.ndarray | None:
        def ask():
            x = self._number(column)
            rows = self.con.execute(f"SELECT DISTINCT {x} FROM {VIEW} WHERE {x} IS NOT NULL "
                                    f"ORDER BY 1 LIMIT {limit + 1}").fetchall()
            return None if len(rows) > limit else np.array([r[0] for r in rows], dtype=float)
        return self._summary(("distinct", column, limit), ask)

    def reference_date(self, column: str) -> pd.Timestamp:
        """The "today" date profiles count back from: ``today``, else the column's latest date."""
        if self.today is not None:
            return pd.Timestamp(self.today)

        def ask():
            latest = self.con.execute(f"SELECT max({quote_identifier(column)}) "
                                      f"FROM {VIEW}").fetchone()[0]
            return pd.Timestamp("1970-01-01" if latest is None else latest).normalize()
        return self._summary(("latest", column), ask)

    def _number(self, column: str) -> str:
        if self.kind(column) != "number":
            raise not_numeric_error(column, "between")
        return f"CAST({quote_identifier(column)} AS DOUBLE)"

    def _summary(self, key, ask):
        if key not in self._summaries:
            self._summaries[key] = ask()
        return self._summaries[key]

    def band_sql(self, column: str) -> tuple[str, list[str]] | None:
        """The column's profile band as SQL (0 for missing, then one per label) and the
        labels, exactly as :meth:`.base.Base.bands`; None for a text column with too many
        different values to profile."""
        name = quote_identifier(column)
        kind = self.kind(column)
        if kind == "category":
            values = self.categories(column)
            if len(values) > MAX_CATEGORIES:
                return None
            cases = " ".join(f"WHEN {name} = {literal(v)} THEN {i + 1}"
                             for i, v in enumerate(values))
            return f"(CASE {cases} ELSE 0 END)", [category_text(v) for v in values]
        if kind == "number":
            cuts, labels = number_cuts(self, column)
            x = self._number(column)
            steps = "".join(f" + CAST({x} >= {float(c)!r} AS INTEGER)" for c in cuts)
            return f"(CASE WHEN {x} IS NULL THEN 0 ELSE 1{steps} END)", labels
        # Dates: more than d days ago means before the start of the last d days.
        end = self.reference_date(column) + pd.Timedelta(days=1)
        steps = "".join(f" + CAST({name} < TIMESTAMP '{end - pd.Timedelta(days=d)}' AS INTEGER)"
                        for d in DATE_BANDS)
        return f"(CASE WHEN {name} IS NULL THEN 0 ELSE 1{steps} END)", date_labels()

    def check(self, rule: Rule) -> None:
        """The same friendly errors as for a DataFrame: a missing column, a wrong type."""
        for condition in rule.conditions():
            _check_condition(self, condition)

    def where_sql(self, rule: Rule) -> str:
        self.check(rule)
        return sql_where(rule, VIEW, today=self.today)

    def count(self, where: str) -> int:
        return int(self.con.execute(f"SELECT count(*) FROM {VIEW} WHERE {where}").fetchone()[0])


def _check_condition(base: ParquetBase, c) -> None:
    kind = base.kind(c.column)
    if c.op in NUMERIC_OPS and kind != "number":
        raise not_numeric_error(c.column, c.op.value)
    if c.op == Op.WITHIN_LAST_DAYS and kind != "date":
        raise not_date_error(c.column)
    if c.op not in (Op.IS_IN, Op.NOT_IN):
        return
    is_yes_no = base.types[c.column].upper() == "BOOLEAN"
    for value in c.args:
        if kind == "number" and (isinstance(value, bool) or not isinstance(value, int | float)):
            raise wrong_type_error(c.column, "number", value)
        if kind == "category" and isinstance(value, bool) != is_yes_no:
            raise wrong_type_error(c.column, "category", value)
        if kind == "category" and not is_yes_no and not isinstance(value, str):
            raise wrong_type_error(c.column, "category", value)


def _category_order(files: list[str], column: str) -> list | None:
    """A category column saved from pandas keeps its own order (small, medium, large) in the
    file's dictionary; pandas reads it in that order, so the builder offers it so too. None
    for a plain text column (then the values are in alphabetical order, as pandas sorts)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    if not pa.types.is_dictionary(pq.read_schema(files[0]).field(column).type):
        return None
    values = pd.read_parquet(files, columns=[column])[column]
    return list(values.cat.categories) if isinstance(values.dtype, pd.CategoricalDtype) else None


def read_into_pandas(base: ParquetBase) -> pd.DataFrame:
    """The whole file as a DataFrame, read as pandas reads it (for a base that fits)."""
    return pd.read_parquet(base.files)


@contextmanager
def progress(con, report, every: float = PROGRESS_EVERY):
    """While the block runs queries on ``con``, a helper thread looks every ``every`` seconds
    how far DuckDB has come and calls ``report(percent)`` (a whole number 0-100, never
    going back); ``report(100)`` when the block is done. DuckDB says -1 while it cannot tell
    (and between queries): that is not passed on. DuckDB only keeps track with its progress
    bar on, which it turns off outside a terminal: it is turned on here, without its printing.

    >>> import duckdb
    >>> heard = []
    >>> with progress(duckdb.connect(), heard.append) as con:
    ...     pass
    >>> heard
    [100]
    """
    con.execute("SET enable_progress_bar = true")
    con.execute("SET enable_progress_bar_print = false")  # our own bar, not DuckDB's text one
    done = threading.Event()
    shown = [0]

    def watch():
        while not done.wait(every):
            value = int(con.query_progress())
            if shown[0] < value < 100:
                shown[0] = value
                report(value)

    watcher = threading.Thread(target=watch, name="warehouse-progress", daemon=True)
    watcher.start()
    try:
        yield con
    finally:
        done.set()
        watcher.join()
    report(100)


def base_of(source, today=None) -> ParquetBase:
    return source if isinstance(source, ParquetBase) else ParquetBase(source, today=today)


# ---------------------------------------------------------------- counting in one query


def pattern_sql(base: ParquetBase, segments: list[Segment]) -> str:
    """Each customer's pattern: bit i is set when the customer is in segment i."""
    flags = [f"(CASE WHEN {base.where_sql(s.rule)} THEN {1 << i} ELSE 0 END)"
             for i, s in enumerate(segments)]
    return " + ".join(flags)


def _sum_of(base: ParquetBase, column: str) -> str:
    name = quote_identifier(column)
    if base.kind(column) == "number":
        return f"sum(CAST({name} AS DOUBLE))"
    return f"sum(CASE WHEN {name} THEN 1.0 ELSE 0.0 END)"  # yes/no: True counts as 1


@dataclass
class PatternCounts:
    """Customers, measure sums and consents per pattern (index = pattern, 0 … 2**k - 1), and
    per profiled column a table of customers per pattern (rows) and band (columns)."""

    customers: np.ndarray
    sums: dict  # role -> (total, present), one number per pattern each
    consented: np.ndarray | None
    bands: dict = field(default_factory=dict)  # column -> (table, labels)


def count_patterns(base: ParquetBase, segments, measured: dict, consent_rule,
                   profiled=()) -> PatternCounts:
    """One GROUP BY query over the whole file: everything the evaluation needs. With
    ``profiled`` columns the groups are (pattern, each column's band): a few hundred rows,
    added up here per pattern and per band (three times faster than GROUPING SETS)."""
    parts = ["count(*)"]
    for column in measured.values():
        parts += [_sum_of(base, column), f"count({quote_identifier(column)})"]
    if consent_rule is not None:
        parts.append(f"sum(CASE WHEN {base.where_sql(consent_rule)} THEN 1 ELSE 0 END)")
    banded = {c: found for c in profiled if (found := base.band_sql(c)) is not None}
    bands = [f"{sql} AS band_{i}" for i, (sql, _) in enumerate(banded.values())]
    query = (f"SELECT {', '.join([pattern_sql(base, segments) + ' AS pattern', *bands, *parts])}"
             f" FROM {VIEW} GROUP BY ALL")
    rows = base.con.execute(query).fetchall()
    size = 1 << len(segments)
    table = np.zeros((size, len(parts)), dtype=float)
    per_band = [np.zeros((size, len(labels) + 1), dtype=np.int64) for _, labels in banded.values()]
    for pattern, *values in rows:
        codes, values = values[:len(banded)], values[len(banded):]
        table[int(pattern)] += [0.0 if v is None else float(v) for v in values]
        for counts, code in zip(per_band, codes, strict=True):
            counts[int(pattern), int(code)] += int(values[0])
    sums = {role: (table[:, 1 + 2 * i], table[:, 2 + 2 * i]) for i, role in enumerate(measured)}
    consented = table[:, -1].astype(np.int64) if consent_rule is not None else None
    profiles = {c: (t, labels) for (c, (_, labels)), t in zip(banded.items(), per_band,
                                                              strict=True)}
    return PatternCounts(table[:, 0].astype(np.int64), sums, consented, profiles)


# ---------------------------------------------------------------- platform lists


def members_with_consent(base: ParquetBase, segment: Segment, consent_rule,
                         columns: list[str]):
    """The identifier columns of the segment's members who said yes to ads, in file order,
    a DataFrame of at most CHUNK rows at a time."""
    shown = ", ".join(quote_identifier(c) for c in columns)
    where = f"({base.where_sql(segment.rule)}) AND ({base.where_sql(consent_rule)})"
    cursor = base.con.cursor()
    cursor.execute(f"SELECT {shown} FROM {VIEW} WHERE {where}")
    while True:
        chunk = cursor.fetch_df_chunk(max(CHUNK // 2048, 1))
        if chunk.empty:
            break
        yield chunk


def hashed_chunks(base, segment, platform, consent_rule, email, phone, places, country,
                  headers, tally):
    """Hashed identifiers per chunk, as identity hashes them for a DataFrame; ``tally``
    collects the counts of what was left out."""
    columns = [c for c in dict.fromkeys((email, phone, places)) if c is not None]
    for chunk in members_with_consent(base, segment, consent_rule, columns):
        ids = hashed_identifiers(chunk, platform, email=email, phone=phone, country=places,
                                 default_country=country)
        out = pd.DataFrame(index=chunk.index)
        if ids.emails is not None:
            out[headers["email"]] = ids.emails
        if ids.phones is not None:
            out[headers["phone"]] = ids.phones
        usable = out.notna().any(axis=1)
        tally["without_identifier"] += int((~usable).sum())
        tally["invalid_identifiers"] += ids.invalid_emails + ids.invalid_phones
        yield out.loc[usable]


def unique_rows(base: ParquetBase, chunks, width: int):
    """The chunks again, each row kept only the first time it appears (as drop_duplicates),
    with DuckDB keeping track instead of Python, so millions of hashes fit."""
    con = base.con
    # An ordinary table of the in-memory database: the reading cursor below must see it.
    con.execute("CREATE OR REPLACE TABLE hashed (seq BIGINT, a VARCHAR, b VARCHAR)")
    seen = 0
    columns = None
    for chunk in chunks:
        columns = list(chunk.columns)
        plain = pd.DataFrame({"seq": np.arange(seen, seen + len(chunk)),
                              "a": chunk.iloc[:, 0].astype(object),
                              "b": chunk.iloc[:, 1].astype(object) if width > 1 else None})
        con.register("hashed_chunk", plain)
        con.execute("INSERT INTO hashed SELECT seq, a, b FROM hashed_chunk")
        con.unregister("hashed_chunk")
        seen += len(chunk)
    cursor = con.cursor()
    cursor.execute("SELECT a, b FROM hashed QUALIFY row_number() OVER (PARTITION BY a, b "
                   "ORDER BY seq) = 1 ORDER BY seq")
    while columns is not None:
        rows = cursor.fetchmany(CHUNK)
        if not rows:
            break
        frame = pd.DataFrame(rows, columns=["a", "b"]).iloc[:, :width]
        frame.columns = columns
        yield frame.astype("string")
    con.execute("DROP TABLE hashed")


def audience_rows(base: ParquetBase, segment: Segment, platform: str, consent_rule, *, email,
                  phone, places, country, headers):
    """(the unique hashed rows as chunks, the tally of who was left out, filled as they go)."""
    if platform not in PLATFORMS:
        raise ValueError(platform)
    members = base.count(base.where_sql(segment.rule))
    chosen = base.count(f"({base.where_sql(segment.rule)}) AND ({base.where_sql(consent_rule)})")
    tally = {"members": members, "without_consent": members - chosen,
             "without_identifier": 0, "invalid_identifiers": 0}
    width = (email is not None) + (phone is not None)
    chunks = hashed_chunks(base, segment, platform, consent_rule, email, phone, places, country,
                           headers, tally)
    country_value = sha256_hex(country.lower()) if platform == "meta" else country

    def with_country():
        for frame in unique_rows(base, chunks, width):
            frame[headers["country"]] = country_value
            yield frame

    return with_country(), tally
