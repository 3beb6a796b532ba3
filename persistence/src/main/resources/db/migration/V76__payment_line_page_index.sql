-- Issue 10: a roll's screen sorted all of a roll's lines to show a page of them, and summed them by subsidy and
-- status from every line's row (16 s and 6 s for the city's roll of 533,291 lines). The roll index now holds the
-- page's order (status, then case, month and attempt), the subsidy and amount the totals add up, and the id a
-- page is read by, so each of those reads only its own entries of the index. It replaces V4's (roll_id, status),
-- which it begins with.
DROP INDEX ix_line_roll;
CREATE INDEX ix_line_roll ON payment_line (roll_id, status, case_id, paid_month, attempt, subsidy_type, amount, id);
