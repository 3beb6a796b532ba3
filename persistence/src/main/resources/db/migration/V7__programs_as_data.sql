-- A program is data: its case-number prefix, whom its cases are about, what they receive, and its review
-- chain as dated rows naming the role and the division level that decide. Portable SQL (H2 and Oracle).

ALTER TABLE program ADD case_prefix VARCHAR(10);
ALTER TABLE program ADD subject_kind VARCHAR(20);
ALTER TABLE program ADD benefit_kind VARCHAR(20);
UPDATE program SET case_prefix = 'LS', subject_kind = 'PERSON', benefit_kind = 'MONTHLY_CASH' WHERE code = 'LIVING_SUBSIDY';
UPDATE program SET case_prefix = 'NS', subject_kind = 'PERSON', benefit_kind = 'MONTHLY_CASH' WHERE code = 'NURSING_SUBSIDY';
-- CHECK rather than ALTER ... NOT NULL, whose syntax differs between Oracle and H2.
ALTER TABLE program ADD CONSTRAINT ck_program_prefix CHECK (case_prefix IS NOT NULL);
ALTER TABLE program ADD CONSTRAINT ck_program_subject CHECK (subject_kind IN ('PERSON', 'STUDENT_OF_HOLDER', 'HOUSEHOLD', 'EMPLOYER', 'INSTITUTION'));
ALTER TABLE program ADD CONSTRAINT ck_program_benefit CHECK (benefit_kind IN ('MONTHLY_CASH', 'ONE_OFF_CASH', 'SERVICE', 'ITEM', 'WORKS'));
ALTER TABLE program ADD CONSTRAINT uq_program_prefix UNIQUE (case_prefix);

-- The review chain: one row per stage, in force from valid_from to valid_to (open when NULL). A new chain
-- is a new set of rows from a date, the old rows given their last day.
CREATE TABLE review_chain_stage (
    id              NUMBER(19)   NOT NULL,
    program_code    VARCHAR(40)  NOT NULL,
    stage_order     NUMBER(2)    NOT NULL,
    stage_code      VARCHAR(20)  NOT NULL,
    name_zh         VARCHAR(40)  NOT NULL,
    name_en         VARCHAR(60)  NOT NULL,
    acting_role     VARCHAR(30)  NOT NULL,
    division_level  VARCHAR(12)  NOT NULL,
    deadline_days   NUMBER(4)    NOT NULL,
    working_days    NUMBER(1)    NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    CONSTRAINT pk_review_chain_stage PRIMARY KEY (id),
    CONSTRAINT fk_chain_program FOREIGN KEY (program_code) REFERENCES program (code),
    CONSTRAINT uq_chain_order UNIQUE (program_code, stage_order, valid_from),
    CONSTRAINT uq_chain_stage UNIQUE (program_code, stage_code, valid_from),
    CONSTRAINT ck_chain_level CHECK (division_level IN ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'COMMUNITY')),
    CONSTRAINT ck_chain_working CHECK (working_days IN (0, 1)),
    CONSTRAINT ck_chain_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- The two subsidies' chain of V3, with the role and office that V3's code hard-wired; calendar days as before.
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
SELECT id, program_code,
       CASE review_level WHEN 'FIRST_REVIEW' THEN 1 WHEN 'REVIEW' THEN 2 ELSE 3 END,
       review_level,
       CASE review_level WHEN 'FIRST_REVIEW' THEN '初审' WHEN 'REVIEW' THEN '审核' ELSE '审定' END,
       CASE review_level WHEN 'FIRST_REVIEW' THEN 'First review' WHEN 'REVIEW' THEN 'Review' ELSE 'Final approval' END,
       CASE review_level WHEN 'FIRST_REVIEW' THEN 'TOWNSHIP_CLERK' WHEN 'REVIEW' THEN 'DISTRICT_STAFF' ELSE 'DISTRICT_CIVIL_AFFAIRS' END,
       CASE review_level WHEN 'FIRST_REVIEW' THEN 'TOWNSHIP' ELSE 'COUNTY' END,
       deadline_days, 0, valid_from, NULL
FROM program_review_stage;

DROP TABLE program_review_stage;

-- The role deciding at a case's current stage (acting_role, as on the chain rows), so that a queue is one
-- indexed query over every program.
ALTER TABLE program_case ADD acting_role VARCHAR(30);
UPDATE program_case SET acting_role = CASE current_level WHEN 'FIRST_REVIEW' THEN 'TOWNSHIP_CLERK' WHEN 'REVIEW' THEN 'DISTRICT_STAFF' ELSE 'DISTRICT_CIVIL_AFFAIRS' END
WHERE current_level IS NOT NULL;
CREATE INDEX ix_case_role_queue ON program_case (acting_role, division_code, level_due);

-- The chain is read from the rows in force on the application day; the per-case copy is no longer kept.
ALTER TABLE program_case DROP COLUMN review_plan;
