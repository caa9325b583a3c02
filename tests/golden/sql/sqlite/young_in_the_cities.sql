-- SQLite. Checked against:
--   dates are kept as text; DATE(x) and DATE(x, '-89 DAY') (modifiers are case-insensitive,
--   the trailing 's' of 'days' optional): https://www.sqlite.org/lang_datefunc.html
--   booleans are the integers 1 and 0, TRUE/FALSE are aliases: https://www.sqlite.org/datatype3.html
--   quoted identifiers and '' in strings: https://www.sqlite.org/lang_keywords.html
-- (also run for real on SQLite by tests/test_segments_dialects.py)

-- Unga i storstan
SELECT * FROM "customers"
WHERE (COALESCE("age" BETWEEN 18 AND 34, FALSE) AND COALESCE(CAST("city" AS TEXT) IN ('Stockholm', 'Göteborg', 'Malmö'), FALSE))
