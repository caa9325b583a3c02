-- Snowflake. Checked against:
--   "double-quoted" identifiers are case-sensitive: "age" is the column age, not AGE:
--     https://docs.snowflake.com/en/sql-reference/identifiers-syntax
--   'text' with backslash escapes (\' and \\):
--     https://docs.snowflake.com/en/sql-reference/data-types-text#escape-sequences-in-single-quoted-string-constants
--   DATEADD(DAY, -89, date) to subtract days: https://docs.snowflake.com/en/sql-reference/functions/dateadd
--   TRUE/FALSE: https://docs.snowflake.com/en/sql-reference/data-types-logical
--   NUMBER up to 38 digits: https://docs.snowflake.com/en/sql-reference/data-types-numeric
-- "crm"."public"."customers" is database.schema.table.

-- Ingen lista
SELECT * FROM "crm"."public"."customers"
WHERE (FALSE OR COALESCE("age" <= -1, FALSE))
