-- PostgreSQL. Checked against:
--   quoted identifiers, names up to 63 bytes (NAMEDATALEN), '' in strings:
--     https://www.postgresql.org/docs/current/sql-syntax-lexical.html
--   date - interval '89 DAY', CAST(x AS DATE): https://www.postgresql.org/docs/current/functions-datetime.html
--   COALESCE: https://www.postgresql.org/docs/current/functions-conditional.html
-- (also run for real on a PostgreSQL server by tests/test_segments_dialects.py)

-- Ingen lista
SELECT * FROM "customers"
WHERE (FALSE OR COALESCE("age" <= -1, FALSE))
