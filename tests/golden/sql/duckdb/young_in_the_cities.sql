-- DuckDB. Checked against:
--   identifiers in double quotes, "" inside: https://duckdb.org/docs/stable/sql/dialect/keywords_and_identifiers
--   text in single quotes, '' inside; TRUE/FALSE: https://duckdb.org/docs/stable/sql/data_types/literal_types
--   CAST(x AS DATE), date - INTERVAL n DAY: https://duckdb.org/docs/stable/sql/functions/date
--   COALESCE: https://duckdb.org/docs/stable/sql/functions/utility
-- (also run for real on DuckDB by tests/test_segments_dialects.py)

-- Unga i storstan
SELECT * FROM "customers"
WHERE (coalesce("age" BETWEEN 18 AND 34, FALSE) AND coalesce(CAST("city" AS VARCHAR) IN ('Stockholm', 'Göteborg', 'Malmö'), FALSE))
