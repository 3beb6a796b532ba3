-- One open subsidy case per person and program, enforced by the database as the last guard behind
-- SubsidyService's check (which two requests at once, or an import and a screen, could both pass).
-- A unique index over the open rows only, written portably for H2 and Oracle: two computed columns hold
-- the person and the program while a subsidy case is open (not rejected, not terminated) and are NULL once
-- it is closed, and a unique constraint spans them. Rows whose columns are all NULL are never compared,
-- by H2 as by Oracle. The entities do not map the columns; the database computes them.
ALTER TABLE program_case ADD open_subsidy_person NUMBER(19) GENERATED ALWAYS AS (
    CASE WHEN case_kind = 'SUBSIDY' AND state NOT IN ('REJECTED', 'TERMINATED') THEN person_id END);
ALTER TABLE program_case ADD open_subsidy_program VARCHAR(40) GENERATED ALWAYS AS (
    CASE WHEN case_kind = 'SUBSIDY' AND state NOT IN ('REJECTED', 'TERMINATED') THEN program_code END);
ALTER TABLE program_case ADD CONSTRAINT uq_open_subsidy_case UNIQUE (open_subsidy_person, open_subsidy_program);
