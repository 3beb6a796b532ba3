-- Children's rehabilitation aid (残疾儿童康复救助, DOMAIN.md §4.5, issue 7 §3): one case per child, aid year and
-- kind of aid (training, surgery, device fitting), reviewed by the chain below, within a yearly cap per child.
-- The children's aid service rate is children aided / children of the age band assessed as needing (the
-- assessments of V25). Portable SQL (H2 and Oracle). Ids 1400-1499 are rehabilitation's.

INSERT INTO program (code, name_zh, name_en, case_prefix, subject_kind, benefit_kind)
VALUES ('CHILD_REHABILITATION', '残疾儿童康复救助', 'Rehabilitation aid for disabled children', 'ET', 'PERSON', 'SERVICE');

-- Applied at the township: first review there, approval by the district federation. Working days.
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1410, 'CHILD_REHABILITATION', 1, 'FIRST_REVIEW', '初审', 'First review', 'TOWNSHIP_CLERK', 'TOWNSHIP', 10, 1, DATE '2016-01-01', NULL);
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1411, 'CHILD_REHABILITATION', 2, 'APPROVAL', '审批', 'Approval', 'DISTRICT_STAFF', 'COUNTY', 10, 1, DATE '2016-01-01', NULL);

-- The age band of the aid (years, both ends included, age on the application day) and the yearly cap per
-- child in yuan (all kinds of aid of one aid year together), dated.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1410, 'rehabilitation.childAid.minAge', '0', DATE '2016-01-01', '残疾儿童康复救助最低年龄');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1411, 'rehabilitation.childAid.maxAge', '6', DATE '2016-01-01', '残疾儿童康复救助最高年龄');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1412, 'rehabilitation.childAid.yearlyCap', '20000.00', DATE '2016-01-01', '残疾儿童康复救助每人每年最高救助金额（元）');

-- A children's aid case's own data: the kind of aid, the aid year and the amount applied for.
CREATE TABLE child_rehabilitation_case (
    case_id    NUMBER(19)    NOT NULL,
    aid_kind   VARCHAR(20)   NOT NULL,
    aid_year   NUMBER(4)     NOT NULL,
    amount     NUMBER(12, 2) NOT NULL,
    CONSTRAINT pk_child_rehabilitation_case PRIMARY KEY (case_id),
    CONSTRAINT fk_child_rehab_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT ck_child_rehab_kind CHECK (aid_kind IN ('TRAINING', 'SURGERY', 'FITTING')),
    CONSTRAINT ck_child_rehab_amount CHECK (amount > 0)
);
CREATE INDEX ix_child_rehab_year ON child_rehabilitation_case (aid_year);
