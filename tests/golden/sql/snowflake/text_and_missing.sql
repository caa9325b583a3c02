-- Snowflake. Checked against:
--   "double-quoted" identifiers are case-sensitive: "age" is the column age, not AGE:
--     https://docs.snowflake.com/en/sql-reference/identifiers-syntax
--   'text' with backslash escapes (\' and \\):
--     https://docs.snowflake.com/en/sql-reference/data-types-text#escape-sequences-in-single-quoted-string-constants
--   DATEADD(DAY, -89, date) to subtract days: https://docs.snowflake.com/en/sql-reference/functions/dateadd
--   TRUE/FALSE: https://docs.snowflake.com/en/sql-reference/data-types-logical
--   NUMBER up to 38 digits: https://docs.snowflake.com/en/sql-reference/data-types-numeric
-- "crm"."public"."customers" is database.schema.table.

-- O'Brien utan telefon
SELECT * FROM "crm"."public"."customers"
WHERE ((COALESCE(CAST("last_name" AS VARCHAR) IN ('O\'Brien', 'Sm\\ith'), FALSE) OR COALESCE(NOT CAST("city" AS VARCHAR) IN ('Umeå', 'Luleå'), FALSE)) AND "phone" IS NULL)
