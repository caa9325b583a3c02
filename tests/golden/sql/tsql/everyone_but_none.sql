-- Microsoft SQL Server (T-SQL). Checked against:
--   no TRUE/FALSE in a WHERE: yes/no columns are BIT 1/0, so false is (1 = 0) and a missing
--   value is excluded with NOT x IS NULL instead of COALESCE(condition, FALSE):
--     https://learn.microsoft.com/sql/t-sql/data-types/bit-transact-sql
--   [bracket] identifiers (]] inside), names up to 128 characters:
--     https://learn.microsoft.com/sql/relational-databases/databases/database-identifiers
--   N'Umeå' Unicode literals, NVARCHAR(MAX) (CAST to a bare VARCHAR would cut text at 30
--   characters): https://learn.microsoft.com/sql/t-sql/data-types/nchar-and-nvarchar-transact-sql
--     and https://learn.microsoft.com/sql/t-sql/functions/cast-and-convert-transact-sql
--   DATEADD(DAY, -89, date): https://learn.microsoft.com/sql/t-sql/functions/dateadd-transact-sql
--   numeric literals up to 38 digits: https://learn.microsoft.com/sql/t-sql/data-types/decimal-and-numeric-transact-sql

-- Ingen lista
SELECT * FROM [customers]
WHERE ((1 = 0) OR (NOT [age] IS NULL AND [age] <= -1))
