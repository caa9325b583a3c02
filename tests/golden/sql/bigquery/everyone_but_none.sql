-- BigQuery (GoogleSQL). Checked against:
--   `backtick` quoted identifiers, 'text' with backslash escapes (\' and \\), no raw newlines:
--     https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical
--   DATE_SUB(date, INTERVAL 89 DAY): https://cloud.google.com/bigquery/docs/reference/standard-sql/date_functions#date_sub
--   CAST(x AS STRING), CAST(x AS DATE) (also from TIMESTAMP/DATETIME):
--     https://cloud.google.com/bigquery/docs/reference/standard-sql/conversion_functions
--   INT64 literals only (larger numbers are refused before SQL is written), TRUE/FALSE:
--     https://cloud.google.com/bigquery/docs/reference/standard-sql/data-types
-- `crm.customers` is dataset.table.

-- Ingen lista
SELECT * FROM `crm`.`customers`
WHERE (FALSE OR COALESCE(`age` <= -1, FALSE))
