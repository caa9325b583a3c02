-- BigQuery (GoogleSQL). Checked against:
--   `backtick` quoted identifiers, 'text' with backslash escapes (\' and \\), no raw newlines:
--     https://cloud.google.com/bigquery/docs/reference/standard-sql/lexical
--   DATE_SUB(date, INTERVAL 89 DAY): https://cloud.google.com/bigquery/docs/reference/standard-sql/date_functions#date_sub
--   CAST(x AS STRING), CAST(x AS DATE) (also from TIMESTAMP/DATETIME):
--     https://cloud.google.com/bigquery/docs/reference/standard-sql/conversion_functions
--   INT64 literals only (larger numbers are refused before SQL is written), TRUE/FALSE:
--     https://cloud.google.com/bigquery/docs/reference/standard-sql/data-types
-- `crm.customers` is dataset.table.

-- Köpt senaste 90 dagarna, samtycke
SELECT * FROM `crm`.`customers`
WHERE (COALESCE(CAST(`last_order_date` AS DATE) BETWEEN DATE_SUB(CAST('2024-12-31' AS DATE), INTERVAL 89 DAY) AND CAST('2024-12-31' AS DATE), FALSE) AND COALESCE(`consent_ads` IN (TRUE), FALSE))
