-- DuckDB. Checked against:
--   identifiers in double quotes, "" inside: https://duckdb.org/docs/stable/sql/dialect/keywords_and_identifiers
--   text in single quotes, '' inside; TRUE/FALSE: https://duckdb.org/docs/stable/sql/data_types/literal_types
--   CAST(x AS DATE), date - INTERVAL n DAY: https://duckdb.org/docs/stable/sql/functions/date
--   COALESCE: https://duckdb.org/docs/stable/sql/functions/utility
-- (also run for real on DuckDB by tests/test_segments_dialects.py)

-- Köpt senaste 90 dagarna, samtycke
SELECT * FROM "customers"
WHERE (coalesce(CAST("last_order_date" AS DATE) BETWEEN CAST('2024-12-31' AS DATE) - INTERVAL 89 DAY AND CAST('2024-12-31' AS DATE), FALSE) AND coalesce("consent_ads" IN (TRUE), FALSE))
