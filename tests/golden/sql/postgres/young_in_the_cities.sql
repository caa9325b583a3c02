-- PostgreSQL. Checked against:
--   quoted identifiers, names up to 63 bytes (NAMEDATALEN), '' in strings:
--     https://www.postgresql.org/docs/current/sql-syntax-lexical.html
--   date - interval '89 DAY', CAST(x AS DATE): https://www.postgresql.org/docs/current/functions-datetime.html
--   COALESCE: https://www.postgresql.org/docs/current/functions-conditional.html
-- (also run for real on a PostgreSQL server by tests/test_segments_dialects.py)

-- Unga i storstan
SELECT * FROM "customers"
WHERE (COALESCE("age" BETWEEN 18 AND 34, FALSE) AND COALESCE(CAST("city" AS VARCHAR) IN ('Stockholm', 'Göteborg', 'Malmö'), FALSE))
