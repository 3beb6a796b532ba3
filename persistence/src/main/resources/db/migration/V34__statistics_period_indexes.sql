-- Issue 12: the statistics jobs now compute an indicator for every county of a city in one query
-- (division_code LIKE '6301%'), so the indexes that lead with division_code no longer narrow anything: the
-- whole city matches and H2 read every certificate (or settlement) of the city to find one month's.
-- These lead with the day the period bounds, the division after it (checked with EXPLAIN on H2 in Oracle
-- mode: the range on the day is used, the city's prefix read within it).

-- new certificates in a period (REG_NEW_CERTIFICATES)
CREATE INDEX ix_certificate_issued ON certificate (issued_on, division_code);
-- cancelled certificates in a period (REG_CANCELLED_CERTIFICATES)
CREATE INDEX ix_certificate_cancelled ON certificate (cancelled_on, division_code);
-- care settlements of the months in a period (care indicators)
CREATE INDEX ix_care_settlement_month ON care_settlement (settlement_month, division_code);
