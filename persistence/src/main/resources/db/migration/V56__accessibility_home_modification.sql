-- Home modifications (家庭无障碍改造, issue 9): a poor disabled household's application through the program
-- kernel, then survey, works, acceptance and payment to the contractor, with photos or documents attached.
-- Ids 1800-1899 are accessibility's (this file: 1800-1809). Portable SQL (H2 and Oracle).

INSERT INTO program (code, name_zh, name_en, case_prefix, subject_kind, benefit_kind)
VALUES ('HOME_MODIFICATION', '家庭无障碍改造', 'Home accessibility modification', 'WZ', 'HOUSEHOLD', 'WORKS');

-- Applied at the community or township: first review by the township clerk, approval by the district DPF.
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1800, 'HOME_MODIFICATION', 1, 'FIRST_REVIEW', '初审', 'First review', 'TOWNSHIP_CLERK', 'TOWNSHIP', 10, 1, DATE '2016-01-01', NULL);
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1801, 'HOME_MODIFICATION', 2, 'APPROVAL', '审批', 'Approval', 'DISTRICT_STAFF', 'COUNTY', 10, 1, DATE '2016-01-01', NULL);

-- The cost cap per household (元/户), read on the day the household applied: the survey's estimate and the
-- payment stay within it. Illustrative amounts; the federation replaces them with the published ones.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1802, 'accessibility.home.costCap', '5000.00', DATE '2016-01-01', '家庭无障碍改造每户费用上限（元/户）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1803, 'accessibility.home.costCap', '6000.00', DATE '2023-01-01', '家庭无障碍改造每户费用上限（元/户）');
-- Which households are poor for the program: AssistanceStatus names, any one of them on the application day.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1804, 'accessibility.home.poorStatuses', 'DIBAO,TEKUN,LOW_INCOME,MONITORED', DATE '2016-01-01', '家庭无障碍改造：困难家庭的救助状态');

-- The case: the household it modifies, then each step's facts as it is recorded. stage follows the steps
-- (APPLIED, SURVEYED, WORKS, ACCEPTED, PAID); a failed acceptance leaves it at WORKS.
CREATE TABLE home_modification_case (
    case_id            NUMBER(19)     NOT NULL,
    household_id       NUMBER(19)     NOT NULL,
    cost_cap           NUMBER(12, 2)  NOT NULL,
    stage              VARCHAR(20)    NOT NULL,
    survey_day         DATE,
    surveyor           VARCHAR(100),
    planned_items      VARCHAR(1000),
    estimated_cost     NUMBER(12, 2),
    contractor         VARCHAR(200),
    works_start        DATE,
    acceptance_day     DATE,
    accepted           NUMBER(1),
    acceptance_note    VARCHAR(500),
    paid_amount        NUMBER(12, 2),
    paid_on            DATE,
    paid_by            VARCHAR(50),
    CONSTRAINT pk_home_modification_case PRIMARY KEY (case_id),
    CONSTRAINT fk_homemod_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT fk_homemod_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT ck_homemod_stage CHECK (stage IN ('APPLIED', 'SURVEYED', 'WORKS', 'ACCEPTED', 'PAID')),
    CONSTRAINT ck_homemod_cap CHECK (cost_cap > 0),
    CONSTRAINT ck_homemod_estimate CHECK (estimated_cost IS NULL OR (estimated_cost > 0 AND estimated_cost <= cost_cap)),
    CONSTRAINT ck_homemod_paid CHECK ((paid_on IS NULL AND paid_amount IS NULL AND paid_by IS NULL)
        OR (paid_on IS NOT NULL AND paid_amount > 0 AND paid_amount <= cost_cap AND paid_by IS NOT NULL AND stage = 'PAID'))
);
CREATE INDEX ix_homemod_household ON home_modification_case (household_id);
CREATE INDEX ix_homemod_paid_on ON home_modification_case (paid_on);

-- Photos and documents of the survey and the acceptance (照片、资料). The content is kept in the database: the
-- name the uploader gave is shown, never used as a path; the type is the one the content showed.
CREATE TABLE home_modification_file (
    id              NUMBER(19)     NOT NULL,
    case_id         NUMBER(19)     NOT NULL,
    step            VARCHAR(20)    NOT NULL,
    file_name       VARCHAR(200)   NOT NULL,
    content_type    VARCHAR(50)    NOT NULL,
    size_bytes      NUMBER(10)     NOT NULL,
    content         BLOB           NOT NULL,
    uploaded_by     VARCHAR(50)    NOT NULL,
    uploaded_at     TIMESTAMP      NOT NULL,
    CONSTRAINT pk_home_modification_file PRIMARY KEY (id),
    CONSTRAINT fk_homemod_file_case FOREIGN KEY (case_id) REFERENCES home_modification_case (case_id),
    CONSTRAINT ck_homemod_file_step CHECK (step IN ('SURVEY', 'ACCEPTANCE')),
    CONSTRAINT ck_homemod_file_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_homemod_file_case ON home_modification_file (case_id);
