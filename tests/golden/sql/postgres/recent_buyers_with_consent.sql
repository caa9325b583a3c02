-- PostgreSQL. Checked against:
--   quoted identifiers, names up to 63 bytes (NAMEDATALEN), '' in strings:
--     https://www.postgresql.org/docs/current/sql-syntax-lexical.html
--   date - interval '89 DAY', CAST(x AS DATE): https://www.postgresql.org/docs/current/functions-datetime.html
--   COALESCE: https://www.postgresql.org/docs/current/functions-conditional.html
-- (also run for real on a PostgreSQL server by tests/test_segments_dialects.py)

-- Köpt senaste 90 dagarna, samtycke
SELECT * FROM "customers"
WHERE (COALESCE(CAST("last_order_date" AS DATE) BETWEEN CAST('2024-12-31' AS DATE) - INTERVAL '89 DAY' AND CAST('2024-12-31' AS DATE), FALSE) AND COALESCE("consent_ads" IN (TRUE), FALSE))
