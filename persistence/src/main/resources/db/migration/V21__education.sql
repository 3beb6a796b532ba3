-- Education (教育, issue 7 §2): the student grant (助学金) as a program, its review chain, its dated
-- settings, and the grant case's own data. Ids 1100-1199 are this program's block. Portable SQL (H2 and Oracle).

-- The case's person (program_case.person_id) is the certificate holder, whose division places the case:
-- the student themselves when they hold the certificate, otherwise the parent; the student's own data
-- stays in education_grant_case.
INSERT INTO program (code, name_zh, name_en, case_prefix, subject_kind, benefit_kind)
VALUES ('EDUCATION_GRANT', '贫困残疾人家庭学生助学金', 'Grant for students of poor disabled families', 'JY', 'STUDENT_OF_HOLDER', 'ONE_OFF_CASH');

-- Applied at the community or township: first review by the township clerk, approval by the district DPF.
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1100, 'EDUCATION_GRANT', 1, 'FIRST_REVIEW', '初审', 'First review', 'TOWNSHIP_CLERK', 'TOWNSHIP', 10, 1, DATE '2016-01-01', NULL);
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1101, 'EDUCATION_GRANT', 2, 'APPROVAL', '审批', 'Approval', 'DISTRICT_STAFF', 'COUNTY', 10, 1, DATE '2016-01-01', NULL);

-- The grant per school year by stage (元/学年), dated from the first school year they apply to.
-- Illustrative amounts; the federation replaces them with the published ones.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1110, 'education.grant.amount.PRESCHOOL', '1000.00', DATE '2016-09-01', '助学金（学前教育，元/学年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1111, 'education.grant.amount.PRIMARY', '1000.00', DATE '2016-09-01', '助学金（小学，元/学年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1112, 'education.grant.amount.JUNIOR_SECONDARY', '1250.00', DATE '2016-09-01', '助学金（初中，元/学年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1113, 'education.grant.amount.SENIOR_SECONDARY', '2000.00', DATE '2016-09-01', '助学金（普通高中，元/学年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1114, 'education.grant.amount.SECONDARY_VOCATIONAL', '2000.00', DATE '2016-09-01', '助学金（中等职业教育，元/学年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1115, 'education.grant.amount.HIGHER', '5000.00', DATE '2016-09-01', '助学金（高等教育，元/学年）');
-- Who is eligible: the household statuses that count as a poor family, and whether a student who holds
-- the certificate qualifies whatever the household's income.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1120, 'education.grant.poorStatuses', 'DIBAO,TEKUN,TEKUN_CENTRALISED,LOW_INCOME,MONITORED', DATE '2016-01-01', '助学金认定为贫困家庭的救助状态');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1121, 'education.grant.disabledStudentRegardlessOfIncome', 'false', DATE '2016-01-01', '持证残疾学生本人是否不论家庭收入均可申请助学金');
-- Compulsory-education age band (义务教育适龄), age at the school year's first day.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1122, 'education.compulsory.ageFrom', '6', DATE '2016-01-01', '义务教育适龄起始年龄（学年开始日）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1123, 'education.compulsory.ageTo', '15', DATE '2016-01-01', '义务教育适龄截止年龄（学年开始日）');

CREATE TABLE education_grant_case (
    case_id            NUMBER(19)    NOT NULL,
    student_relation   VARCHAR(10)   NOT NULL,
    student_id_number  VARCHAR(18)   NOT NULL,
    student_name       VARCHAR(50)   NOT NULL,
    school_name        VARCHAR(100)  NOT NULL,
    institution_id     NUMBER(19),
    school_stage       VARCHAR(30)   NOT NULL,
    grade              NUMBER(2)     NOT NULL,
    school_year        NUMBER(4)     NOT NULL,
    grant_amount       NUMBER(12, 2) NOT NULL,
    CONSTRAINT pk_education_grant_case PRIMARY KEY (case_id),
    CONSTRAINT fk_grant_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT fk_grant_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_grant_relation CHECK (student_relation IN ('SELF', 'CHILD')),
    CONSTRAINT ck_grant_stage CHECK (school_stage IN ('PRESCHOOL', 'PRIMARY', 'JUNIOR_SECONDARY', 'SENIOR_SECONDARY', 'SECONDARY_VOCATIONAL', 'HIGHER')),
    CONSTRAINT ck_grant_grade CHECK (grade BETWEEN 1 AND 9),
    CONSTRAINT ck_grant_amount CHECK (grant_amount > 0)
);
CREATE INDEX ix_grant_student_year ON education_grant_case (student_id_number, school_year);
