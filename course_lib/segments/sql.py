"""Segments as SQL for six data warehouses, all from one rule tree.

Each rule becomes one ``sqlglot`` expression tree, and sqlglot writes it in the warehouse's own
dialect: DuckDB (the default), PostgreSQL, BigQuery, Snowflake, SQLite and Microsoft SQL Server.

>>> from course_lib.segments import Segment, where
>>> print(sql_where(where("age").between(25, 35) & where("city").is_in(["Göteborg"])))
(coalesce("age" BETWEEN 25 AND 35, FALSE) AND coalesce(CAST("city" AS VARCHAR) IN ('Göteborg'), FALSE))
>>> print(sql_where(where("last_name").is_in(["O'Brien"])))
coalesce(CAST("last_name" AS VARCHAR) IN ('O''Brien'), FALSE)
>>> print(sql_where(where("last_order_date").within_last_days(90, today="2024-12-31"),
...                 dialect="bigquery"))
COALESCE(CAST(`last_order_date` AS DATE) BETWEEN DATE_SUB(CAST('2024-12-31' AS DATE), INTERVAL 89 DAY) AND CAST('2024-12-31' AS DATE), FALSE)
>>> print(sql_where(where("age").at_least(30) & ~where("city").is_in(["Umeå"]), dialect="tsql"))
((NOT [age] IS NULL AND [age] >= 30) AND NOT (NOT [city] IS NULL AND CAST([city] AS NVARCHAR(MAX)) IN (N'Umeå')))

NULL semantics match the pandas evaluation: a value condition never matches a missing value.
Where the warehouse has true/false values it is wrapped in ``COALESCE(..., FALSE)``; SQL Server
has none in a WHERE, so there it is ``NOT column IS NULL AND ...``. Either way NOT and
exclusions work on plain true/false (no three-valued logic surprises with NOT IN).
"""  # noqa: E501

from __future__ import annotations

from dataclasses import dataclass

from sqlglot import exp

from ..core.errors import CourseError
from ..core.i18n import messages, number
from .rules import AllOf, AnyOf, Condition, Not, Op, Rule, Segment, iso_date

msg = messages(
    {
        "check_same": {
            "sv": "”{segment}”: arbetsboken räknar {workbook} kunder och DuckDB hittar "
            "{database} med SQL-frågan, samma kunder.",
            "en": "“{segment}”: the workbook counts {workbook} customers and DuckDB finds "
            "{database} with the SQL query, the same customers.",
        },
        "check_differs": {
            "sv": "”{segment}”: arbetsboken räknar {workbook} kunder men DuckDB hittar "
            "{database} med SQL-frågan. Det är ett fel i arbetsboken: hör gärna av dig.",
            "en": "“{segment}”: the workbook counts {workbook} customers but DuckDB finds "
            "{database} with the SQL query. That is a bug in the workbook: please report it.",
        },
        "unknown_dialect": {
            "sv": "SQL-dialekten {dialect!r} känner arbetsboken inte till. De som finns är: {known}.",
            "en": "The workbook does not know the SQL dialect {dialect!r}. The ones it knows are: "
            "{known}.",
        },
        "nul_in_text": {
            "sv": "Värdet {value!r} för {column!r} innehåller tecknet NUL (\\x00), som {warehouse} "
            "inte kan ha i en text i SQL. Ta bort tecknet ur villkoret.",
            "en": "The value {value!r} for {column!r} holds the character NUL (\\x00), which "
            "{warehouse} cannot have in a text in SQL. Remove it from the condition.",
        },
        "nul_in_name": {
            "sv": "Namnet {name!r} innehåller tecknet NUL (\\x00), som {warehouse} inte tillåter i "
            "ett kolumn- eller tabellnamn.",
            "en": "The name {name!r} holds the character NUL (\\x00), which {warehouse} does not "
            "allow in a column or table name.",
        },
        "number_too_big": {
            "sv": "Talet {value} är för stort för {warehouse}, som klarar heltal med högst "
            "{limit}. Använd ett mindre tal.",
            "en": "The number {value} is too large for {warehouse}, which handles whole numbers "
            "of at most {limit}. Use a smaller number.",
        },
        "name_too_long": {
            "sv": "Namnet {name!r} är längre än de {limit} {unit} som {warehouse} tillåter i ett "
            "namn (längre namn kortas av eller vägras där). Byt namn på kolumnen först.",
            "en": "The name {name!r} is longer than the {limit} {unit} {warehouse} allows in a "
            "name (longer names are cut short or refused there). Rename the column first.",
        },
        "unit_bytes": {"sv": "byte", "en": "bytes"},
        "unit_chars": {"sv": "tecken", "en": "characters"},
        "limit_int64": {
            "sv": "19 siffror (64 bitar, ±9 223 372 036 854 775 807)",
            "en": "19 digits (64 bits, ±9,223,372,036,854,775,807)",
        },
        "limit_38_digits": {"sv": "38 siffror", "en": "38 digits"},
    },
    __name__,
)

INT64 = 2**63 - 1
# today="current_date": the warehouse's own date when the query runs, for a scheduled audience
# (reverse ETL). Everywhere else the reference date is fixed, so a notebook gives the same answer.
CURRENT_DATE = "current_date"


@dataclass(frozen=True)
class Dialect:
    """What one warehouse needs to run the rules, beyond what sqlglot already knows."""

    name: str  # sqlglot's name for it
    warehouse: str  # what a marketer calls it
    text_type: str  # text is compared as this type, so ENUM/categorical columns work too
    null_guard: str = "coalesce"  # "coalesce": COALESCE(cond, FALSE); "present": NOT col IS NULL AND
    days_back: str = "subtract"  # "subtract": DATE_SUB/- INTERVAL; "add": DATEADD(DAY, -n, ...)
    national_text: bool = False  # N'Umeå': SQL Server's Unicode text literals
    max_integer: int | None = None  # largest whole number a literal may hold (None: any)
    integer_limit: str = ""  # key of the message that names that limit
    max_name: int | None = None  # longest column or table name
    name_in_bytes: bool = False  # PostgreSQL counts a name's length in UTF-8 bytes
    nul_in_text: bool = False  # can a text literal hold the NUL character?
    boolean_literals: bool = True  # SQL Server has none: yes/no is BIT 1/0, false is (1 = 0)
    # DuckDB keeps the workbook's first SQL (notebook 10, doctests): coalesce(...), VARCHAR.
    function_case: str = "upper"
    text_type_as_written: bool = False


# Sources for each choice: the comments at the top of tests/golden/sql/<dialect>/*.sql.
DIALECTS = {
    "duckdb": Dialect("duckdb", "DuckDB", "VARCHAR", nul_in_text=True, function_case="lower",
                      text_type_as_written=True),
    "postgres": Dialect("postgres", "PostgreSQL", "VARCHAR", max_name=63, name_in_bytes=True),
    "bigquery": Dialect("bigquery", "BigQuery", "STRING", max_integer=INT64,
                        integer_limit="limit_int64", max_name=300),
    "snowflake": Dialect("snowflake", "Snowflake", "VARCHAR", days_back="add",
                         max_integer=10**38 - 1, integer_limit="limit_38_digits", max_name=255),
    "sqlite": Dialect("sqlite", "SQLite", "TEXT"),
    "tsql": Dialect("tsql", "SQL Server", "NVARCHAR(MAX)", null_guard="present", days_back="add",
                    national_text=True, boolean_literals=False, max_integer=10**38 - 1,
                    integer_limit="limit_38_digits", max_name=128),
}


def dialect_of(name: str | Dialect) -> Dialect:
    """The warehouse called ``name`` ("duckdb", "postgres", "bigquery", "snowflake" …)."""
    if isinstance(name, Dialect):
        return name
    found = DIALECTS.get(str(name).strip().lower()) if isinstance(name, str) else None
    if found is None:
        raise CourseError(msg("unknown_dialect", dialect=name, known=", ".join(DIALECTS)))
    return found


# ---------------------------------------------------------------- names and values


def _name(name: str, d: Dialect) -> exp.Identifier:
    """A column or table name, always quoted: safe whatever characters it holds."""
    name = str(name)
    if "\x00" in name:
        raise CourseError(msg("nul_in_name", name=name, warehouse=d.warehouse))
    size = len(name.encode("utf-8")) if d.name_in_bytes else len(name)
    if d.max_name is not None and size > d.max_name:
        unit = msg("unit_bytes" if d.name_in_bytes else "unit_chars")
        raise CourseError(msg("name_too_long", name=name, limit=d.max_name, unit=unit,
                              warehouse=d.warehouse))
    return exp.to_identifier(name, quoted=True)


def _column(name: str, d: Dialect) -> exp.Column:
    return exp.column(_name(name, d))


def _table(table: str, d: Dialect) -> exp.Table:
    """``customers``, or a qualified name like ``crm.customers`` (one part per dot)."""
    parts = [_name(part, d) for part in str(table).split(".")]
    return exp.Table(this=parts[-1], db=parts[-2] if len(parts) > 1 else None,
                     catalog=parts[-3] if len(parts) > 2 else None)


def _value(value, column: str, d: Dialect) -> exp.Expression:
    """A value as a literal of the dialect: quotes in text are escaped by sqlglot."""
    if isinstance(value, bool):
        return exp.Boolean(this=value) if d.boolean_literals else exp.Literal.number(int(value))
    if isinstance(value, int):
        if d.max_integer is not None and abs(value) > d.max_integer:
            raise CourseError(msg("number_too_big", value=value, warehouse=d.warehouse,
                                  limit=msg(d.integer_limit)))
        return _signed(exp.Literal.number(abs(value)), value < 0)
    if isinstance(value, float):
        return _signed(exp.Literal.number(repr(abs(value))), value < 0)
    text = str(value)
    if "\x00" in text and not d.nul_in_text:
        raise CourseError(msg("nul_in_text", value=text, column=column, warehouse=d.warehouse))
    return exp.National(this=text) if d.national_text else exp.Literal.string(text)


def _signed(number: exp.Expression, negative: bool) -> exp.Expression:
    return exp.Neg(this=number) if negative else number


def _truth(value: bool, d: Dialect) -> exp.Expression:
    """TRUE or FALSE; (1 = 1) or (1 = 0) where the warehouse has no such values in a WHERE."""
    if d.boolean_literals:
        return exp.Boolean(this=value)
    one = exp.Literal.number(1)
    return exp.Paren(this=exp.EQ(this=one, expression=exp.Literal.number(1 if value else 0)))


def _false(d: Dialect) -> exp.Expression:
    return _truth(False, d)


# ---------------------------------------------------------------- one condition per Op


@dataclass(frozen=True)
class _Context:
    dialect: Dialect
    table: str
    today: str | None


def _guarded(condition: exp.Expression, column: exp.Expression, d: Dialect) -> exp.Expression:
    """The condition, false (never unknown) for a missing value."""
    if d.null_guard == "present":
        present = exp.Not(this=exp.Is(this=column.copy(), expression=exp.Null()))
        return exp.Paren(this=exp.And(this=present, expression=condition))
    return exp.Coalesce(this=condition, expressions=[_false(d)])


def _missing(c: Condition, col: exp.Column, ctx: _Context) -> exp.Expression:
    return exp.Is(this=col, expression=exp.Null())


def _present(c: Condition, col: exp.Column, ctx: _Context) -> exp.Expression:
    return exp.Not(this=_missing(c, col, ctx))


def _membership(c: Condition, col: exp.Column, ctx: _Context) -> exp.Expression:
    d = ctx.dialect
    if not c.args:  # nobody is in an empty list; everyone with a value is outside it
        return _false(d) if c.op == Op.IS_IN else _present(c, col, ctx)
    texts = [_value(v, c.column, d) for v in c.args if isinstance(v, str)]
    others = [_value(v, c.column, d) for v in c.args if not isinstance(v, str)]
    parts = []
    if texts:  # compared as text: works for text, ENUM/categorical and warehouse columns alike
        as_text = exp.Cast(this=col.copy(), to=_text_type(d))
        parts.append(exp.In(this=as_text, expressions=texts))
    if others:
        parts.append(exp.In(this=col.copy(), expressions=others))
    if c.op == Op.NOT_IN:
        parts = [exp.Not(this=p) for p in parts]
        joined = exp.and_(*parts, wrap=False)
    else:
        joined = exp.or_(*parts, wrap=False)
    return _guarded(joined, col, d)


def _text_type(d: Dialect) -> exp.DataType:
    if d.text_type_as_written:  # sqlglot would write DuckDB's VARCHAR as TEXT (the same type)
        return exp.DataType(this=exp.DataType.Type.USERDEFINED, kind=d.text_type)
    return exp.DataType.build(d.text_type, dialect=d.name)


def _between(c: Condition, col: exp.Column, ctx: _Context) -> exp.Expression:
    low, high = (_value(v, c.column, ctx.dialect) for v in c.args)
    return _guarded(exp.Between(this=col.copy(), low=low, high=high), col, ctx.dialect)


def _at_least(c: Condition, col: exp.Column, ctx: _Context) -> exp.Expression:
    return _guarded(exp.GTE(this=col.copy(), expression=_value(c.args[0], c.column, ctx.dialect)),
                    col, ctx.dialect)


def _at_most(c: Condition, col: exp.Column, ctx: _Context) -> exp.Expression:
    return _guarded(exp.LTE(this=col.copy(), expression=_value(c.args[0], c.column, ctx.dialect)),
                    col, ctx.dialect)


def _as_date(value: exp.Expression) -> exp.Expression:
    # SQLite keeps dates as text: sqlglot writes this as DATE(...) there, a CAST elsewhere.
    return exp.Cast(this=value, to=exp.DataType.build("DATE"))


def _days_before(day: exp.Expression, days: int, d: Dialect) -> exp.Expression:
    """``day`` minus ``days`` days in the dialect's own date arithmetic."""
    if d.days_back == "add":  # Snowflake and SQL Server: DATEADD(DAY, -89, day)
        return exp.DateAdd(this=day, expression=_signed(exp.Literal.number(days), days > 0),
                           unit=exp.var("DAY"))
    return exp.DateSub(this=day, expression=exp.Literal.number(days), unit=exp.var("DAY"))


def _recent(c: Condition, col: exp.Column, ctx: _Context) -> exp.Expression:
    """The date falls on one of the last ``days`` calendar days up to the reference day."""
    days, own_today = c.args
    reference = own_today or ctx.today
    if reference == CURRENT_DATE:
        day = _as_date(exp.CurrentDate())  # SQL Server: CAST(GETDATE() AS DATE)
    elif reference is not None:
        day = _as_date(exp.Literal.string(iso_date(reference)))
    else:  # the latest date in the column, as the pandas evaluation does
        latest = exp.select(exp.Max(this=col.copy())).from_(_table(ctx.table, ctx.dialect))
        day = _as_date(exp.Subquery(this=latest))
    start = _days_before(day.copy(), days - 1, ctx.dialect)
    return _guarded(exp.Between(this=_as_date(col.copy()), low=start, high=day), col, ctx.dialect)


# One SQL form per operator (a test checks that none is missing).
_CONDITIONS = {
    Op.IS_IN: _membership,
    Op.NOT_IN: _membership,
    Op.BETWEEN: _between,
    Op.AT_LEAST: _at_least,
    Op.AT_MOST: _at_most,
    Op.WITHIN_LAST_DAYS: _recent,
    Op.IS_MISSING: _missing,
    Op.IS_PRESENT: _present,
}


# ---------------------------------------------------------------- the rule tree


def where_expression(rule: Rule, table: str = "customers", today=None,
                     dialect: str | Dialect = "duckdb") -> exp.Expression:
    """The rule as one sqlglot expression tree for ``dialect`` (what sql_where writes out).

    The tree is built for that dialect (SQL Server's has no TRUE/FALSE, for one): write it
    out with ``.sql(dialect=...)`` of the same dialect.
    """
    if today is not None and today != CURRENT_DATE:
        today = iso_date(today)
    ctx = _Context(dialect_of(dialect), table, today)
    return _expression(rule, ctx)


def _expression(rule: Rule, ctx: _Context) -> exp.Expression:
    if isinstance(rule, Condition):
        return _CONDITIONS[rule.op](rule, _column(rule.column, ctx.dialect), ctx)
    if isinstance(rule, AllOf | AnyOf):
        if not rule.rules:
            return _truth(isinstance(rule, AllOf), ctx.dialect)
        parts = [_expression(r, ctx) for r in rule.rules]
        if len(parts) == 1:
            return parts[0]
        joined = exp.and_(*parts, wrap=False) if isinstance(rule, AllOf) else exp.or_(
            *parts, wrap=False)
        return exp.Paren(this=joined)
    if isinstance(rule, Not):
        return exp.Not(this=_expression(rule.rule, ctx))
    raise TypeError(rule)


def sql_where(rule: Rule, table: str = "customers", today=None, dialect="duckdb") -> str:
    """The WHERE condition (without the word WHERE) that picks the rule's members.

    ``today`` is the reference date for "within the last N days"; without it the latest date
    in the column is used, as in :func:`course_lib.segments.evaluate`; ``today="current_date"``
    uses the warehouse's date when the query runs (a scheduled audience). ``dialect`` is one of
    "duckdb", "postgres", "bigquery", "snowflake", "sqlite" and "tsql" (SQL Server).
    """
    d = dialect_of(dialect)
    return _write(where_expression(rule, table, today, d), d)


def select_expression(segment: Segment | Rule, table: str = "customers", columns="*",
                      today=None, dialect="duckdb") -> exp.Select:
    """The whole SELECT of the segment's members as one sqlglot tree."""
    d = dialect_of(dialect)
    rule = segment.rule if isinstance(segment, Segment) else segment
    shown = [exp.Star()] if columns == "*" else [_column(c, d) for c in columns]
    query = exp.select(*shown).from_(_table(table, d))
    return query.where(where_expression(rule, table, today, d), copy=False)


def to_sql(segment: Segment | Rule, table: str = "customers", columns="*", today=None,
           dialect="duckdb", pretty: bool = False) -> str:
    """A full SELECT for the segment's members, with its name as a comment.

    ``table`` may be qualified with dots (``crm.customers``, ``project.dataset.customers``).
    ``pretty=True`` puts each condition on its own line, indented (easier to read, same SQL).
    """
    d = dialect_of(dialect)
    query = select_expression(segment, table, columns, today, d)
    where_clause = query.args["where"].pop()
    lines = []
    if isinstance(segment, Segment):
        # One line only: a name with a line break must not end the comment.
        lines.append("-- " + " ".join(segment.name.splitlines()))
    lines.append(_write(query, d, pretty))
    lines.append(_write(where_clause, d, pretty))
    return "\n".join(lines)


def _write(expression: exp.Expression, d: Dialect, pretty: bool = False) -> str:
    return expression.sql(dialect=d.name, pretty=pretty, normalize_functions=d.function_case)


def quote_identifier(name: str, dialect="duckdb") -> str:
    """A column or table name, quoted for ``dialect``, safe whatever characters it holds."""
    d = dialect_of(dialect)
    return _write(_name(name, d), d)


def literal(value, dialect="duckdb") -> str:
    """A value as an SQL literal; quotes inside text are escaped, so O'Brien stays text."""
    d = dialect_of(dialect)
    return _write(_value(value, "", d), d)


@dataclass(frozen=True)
class SideBySide:
    """The same segment's SQL for several warehouses: side by side in a notebook, one under
    the other as text."""

    sql: dict  # warehouse name -> its SQL

    def __repr__(self) -> str:
        return "\n\n".join(f"-- {name}\n{text}" for name, text in self.sql.items())

    def _repr_html_(self) -> str:
        import html

        columns = "".join(
            f"<div style='flex:1;min-width:0'><b>{html.escape(name)}</b>"
            f"<pre style='white-space:pre-wrap;font-size:85%'>{html.escape(text)}</pre></div>"
            for name, text in self.sql.items())
        return f"<div style='display:flex;gap:1.5em'>{columns}</div>"


def side_by_side(segment: Segment | Rule, dialects=("bigquery", "tsql"), **options) -> SideBySide:
    """``to_sql`` of ``segment`` for each of ``dialects`` (options as for to_sql), to compare."""
    options.setdefault("pretty", True)
    return SideBySide({dialect_of(d).warehouse: to_sql(segment, dialect=d, **options)
                       for d in dialects})


@dataclass(frozen=True)
class SqlCheck:
    """The same segment counted twice: by the workbook and by a database running its SQL."""

    segment: str
    by_workbook: int
    by_database: int
    same_members: bool

    def _repr_markdown_(self) -> str:
        key = "check_same" if self.same_members else "check_differs"
        return msg(key, segment=self.segment, workbook=number(self.by_workbook),
                   database=number(self.by_database))

    def __repr__(self) -> str:
        return self._repr_markdown_()


def check_in_duckdb(customers, segment: Segment, id_column: str = "customer_id") -> SqlCheck:
    """Run the segment's SQL in DuckDB on ``customers`` and compare with the workbook's count.

    The members are compared one by one (by ``id_column``), not only their number.
    """
    import duckdb

    from .base import Base

    base = Base(customers)
    ours = set(base.customers.loc[base.mask(segment.rule), id_column])
    connection = duckdb.connect()
    connection.register("customers", base.customers)
    found = connection.sql(to_sql(segment, columns=[id_column])).df()[id_column]
    connection.close()
    return SqlCheck(segment.name, len(ours), len(found), set(found) == ours)
