-- DuckDB. Checked against:
--   identifiers in double quotes, "" inside: https://duckdb.org/docs/stable/sql/dialect/keywords_and_identifiers
--   text in single quotes, '' inside; TRUE/FALSE: https://duckdb.org/docs/stable/sql/data_types/literal_types
--   CAST(x AS DATE), date - INTERVAL n DAY: https://duckdb.org/docs/stable/sql/functions/date
--   COALESCE: https://duckdb.org/docs/stable/sql/functions/utility
-- (also run for real on DuckDB by tests/test_segments_dialects.py)

-- O'Brien utan telefon
SELECT * FROM "customers"
WHERE ((coalesce(CAST("last_name" AS VARCHAR) IN ('O''Brien', 'Sm\ith'), FALSE) OR coalesce(NOT CAST("city" AS VARCHAR) IN ('Umeå', 'Luleå'), FALSE)) AND "phone" IS NULL)
