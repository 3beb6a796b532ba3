-- The care program (托养服务, DOMAIN.md §4.4, issue 7): boarding, day care and home care for people with
-- intellectual, mental or severe physical disabilities, delivered by registered care institutions (阳光家园).
-- A case ends in the person's enrolment with an institution (institution_enrolment.case_id); the services
-- are the real-name service_record rows. Portable SQL (H2 and Oracle). Ids 1000-1099 are this program's.

INSERT INTO program (code, name_zh, name_en, case_prefix, subject_kind, benefit_kind)
VALUES ('CARE', '残疾人托养服务', 'Care services for disabled people', 'TY', 'PERSON', 'SERVICE');

-- Applied at the township: first review there, approval by the district federation, which then places the
-- person with an institution. Working days.
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1000, 'CARE', 1, 'FIRST_REVIEW', '初审', 'First review', 'TOWNSHIP_CLERK', 'TOWNSHIP', 10, 1, DATE '2016-01-01', NULL);
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1001, 'CARE', 2, 'REVIEW', '审核', 'Review', 'DISTRICT_STAFF', 'COUNTY', 10, 1, DATE '2016-01-01', NULL);

-- Eligibility: the age band of 阳光家园 care (working-age people), dated.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1000, 'care.eligibility.minAge', '16', DATE '2016-01-01', '托养服务对象最低年龄');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1001, 'care.eligibility.maxAge', '59', DATE '2016-01-01', '托养服务对象最高年龄');
-- The monthly subsidy per person paid to the institution (阳光家园补助), in yuan, per care kind, and the days
-- (boarding, day care) or visits (home care) recorded in a month that earn the full amount; fewer earn their
-- share.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1002, 'care.subsidy.monthly.BOARDING', '600.00', DATE '2016-01-01', '寄宿托养每人每月补助（元）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1003, 'care.subsidy.monthly.DAY_CARE', '400.00', DATE '2016-01-01', '日间照料每人每月补助（元）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1004, 'care.subsidy.monthly.HOME_CARE', '200.00', DATE '2016-01-01', '居家托养每人每月补助（元）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1005, 'care.subsidy.fullMonthUnits.BOARDING', '20', DATE '2016-01-01', '寄宿托养足额补助所需月服务天数');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1006, 'care.subsidy.fullMonthUnits.DAY_CARE', '20', DATE '2016-01-01', '日间照料足额补助所需月服务天数');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1007, 'care.subsidy.fullMonthUnits.HOME_CARE', '4', DATE '2016-01-01', '居家托养足额补助所需月上门次数');

-- A care case's own data: the kind of care applied for and, once placed, the institution and the day.
CREATE TABLE care_case (
    case_id         NUMBER(19)  NOT NULL,
    care_kind       VARCHAR(20) NOT NULL,
    institution_id  NUMBER(19),
    placed_on       DATE,
    CONSTRAINT pk_care_case PRIMARY KEY (case_id),
    CONSTRAINT fk_care_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT fk_care_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_care_kind CHECK (care_kind IN ('BOARDING', 'DAY_CARE', 'HOME_CARE'))
);
