-- PostgreSQL. Checked against:
--   quoted identifiers, names up to 63 bytes (NAMEDATALEN), '' in strings:
--     https://www.postgresql.org/docs/current/sql-syntax-lexical.html
--   date - interval '89 DAY', CAST(x AS DATE): https://www.postgresql.org/docs/current/functions-datetime.html
--   COALESCE: https://www.postgresql.org/docs/current/functions-conditional.html
-- (also run for real on a PostgreSQL server by tests/test_segments_dialects.py)

-- Vilande (senaste datumet i kolumnen)
SELECT * FROM "customers"
WHERE (COALESCE(CAST("last_order_date" AS DATE) BETWEEN CAST((SELECT MAX("last_order_date") FROM "customers") AS DATE) - INTERVAL '729 DAY' AND CAST((SELECT MAX("last_order_date") FROM "customers") AS DATE), FALSE) AND NOT COALESCE(CAST("last_order_date" AS DATE) BETWEEN CAST((SELECT MAX("last_order_date") FROM "customers") AS DATE) - INTERVAL '179 DAY' AND CAST((SELECT MAX("last_order_date") FROM "customers") AS DATE), FALSE))
