-- PostgreSQL. Checked against:
--   quoted identifiers, names up to 63 bytes (NAMEDATALEN), '' in strings:
--     https://www.postgresql.org/docs/current/sql-syntax-lexical.html
--   date - interval '89 DAY', CAST(x AS DATE): https://www.postgresql.org/docs/current/functions-datetime.html
--   COALESCE: https://www.postgresql.org/docs/current/functions-conditional.html
-- (also run for real on a PostgreSQL server by tests/test_segments_dialects.py)

-- O'Brien utan telefon
SELECT * FROM "customers"
WHERE ((COALESCE(CAST("last_name" AS VARCHAR) IN ('O''Brien', 'Sm\ith'), FALSE) OR COALESCE(NOT CAST("city" AS VARCHAR) IN ('Umeå', 'Luleå'), FALSE)) AND "phone" IS NULL)
