-- SQLite. Checked against:
--   dates are kept as text; DATE(x) and DATE(x, '-89 DAY') (modifiers are case-insensitive,
--   the trailing 's' of 'days' optional): https://www.sqlite.org/lang_datefunc.html
--   booleans are the integers 1 and 0, TRUE/FALSE are aliases: https://www.sqlite.org/datatype3.html
--   quoted identifiers and '' in strings: https://www.sqlite.org/lang_keywords.html
-- (also run for real on SQLite by tests/test_segments_dialects.py)

-- Vilande (senaste datumet i kolumnen)
SELECT * FROM "customers"
WHERE (COALESCE(DATE("last_order_date") BETWEEN DATE(DATE((SELECT MAX("last_order_date") FROM "customers")), '-729 DAY') AND DATE((SELECT MAX("last_order_date") FROM "customers")), FALSE) AND NOT COALESCE(DATE("last_order_date") BETWEEN DATE(DATE((SELECT MAX("last_order_date") FROM "customers")), '-179 DAY') AND DATE((SELECT MAX("last_order_date") FROM "customers")), FALSE))
