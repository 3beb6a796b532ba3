-- Motorised-wheelchair fuel subsidy (机动轮椅车燃油补贴, issue 9): a yearly amount per eligible owner, applied
-- for and approved through the program kernel, then marked paid. Ids 1614-1699 and 1300-1399 are rights'
-- (this file: 1614-1625). Portable SQL (H2 and Oracle).

INSERT INTO program (code, name_zh, name_en, case_prefix, subject_kind, benefit_kind)
VALUES ('WHEELCHAIR_FUEL', '机动轮椅车燃油补贴', 'Motorised-wheelchair fuel subsidy', 'RY', 'PERSON', 'ONE_OFF_CASH');

-- Applied at the community or township: first review by the township clerk, approval by the district DPF.
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1614, 'WHEELCHAIR_FUEL', 1, 'FIRST_REVIEW', '初审', 'First review', 'TOWNSHIP_CLERK', 'TOWNSHIP', 10, 1, DATE '2016-01-01', NULL);
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1615, 'WHEELCHAIR_FUEL', 2, 'APPROVAL', '审批', 'Approval', 'DISTRICT_STAFF', 'COUNTY', 10, 1, DATE '2016-01-01', NULL);

-- The yearly amount (元/人·年), read on 1 January of the year applied for: a year keeps the amount in force
-- then, whatever a later row says. Illustrative amounts; the federation replaces them with the published ones.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1616, 'rights.fuel.amount', '350.00', DATE '2016-01-01', '机动轮椅车燃油补贴（元/人·年）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1617, 'rights.fuel.amount', '400.00', DATE '2022-01-01', '机动轮椅车燃油补贴（元/人·年）');
-- Who is eligible: the certificate categories (GB/T 26341 digits) and levels of an owner.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1618, 'rights.fuel.categories', '4', DATE '2016-01-01', '燃油补贴：持证类别（4 肢体）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1619, 'rights.fuel.levels', '1,2,3,4', DATE '2016-01-01', '燃油补贴：持证等级');

-- One application a person and year (the unique key): a second one for the same year is refused by the
-- database even if two clerks send it at once. person_id repeats program_case.person_id for that key.
CREATE TABLE fuel_subsidy_case (
    case_id        NUMBER(19)    NOT NULL,
    person_id      NUMBER(19)    NOT NULL,
    subsidy_year   NUMBER(4)     NOT NULL,
    vehicle_plate  VARCHAR(20)   NOT NULL,
    amount         NUMBER(12, 2) NOT NULL,
    paid_on        DATE,
    paid_by        VARCHAR(50),
    CONSTRAINT pk_fuel_subsidy_case PRIMARY KEY (case_id),
    CONSTRAINT fk_fuel_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT fk_fuel_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_fuel_person_year UNIQUE (person_id, subsidy_year),
    CONSTRAINT ck_fuel_amount CHECK (amount > 0),
    CONSTRAINT ck_fuel_year CHECK (subsidy_year BETWEEN 2000 AND 2100),
    CONSTRAINT ck_fuel_paid CHECK ((paid_on IS NULL AND paid_by IS NULL) OR (paid_on IS NOT NULL AND paid_by IS NOT NULL))
);
CREATE INDEX ix_fuel_paid_on ON fuel_subsidy_case (paid_on);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('RIGHTS_FUEL_SUBSIDY_TIMES', 'RIGHTS', '机动轮椅车燃油补贴人次', 'Motorised-wheelchair fuel subsidies paid', '人次', 'COUNT', 'IN_PERIOD',
    'rights.fuelSubsidyPaid', NULL, NULL, NULL,
    '发放日期在统计期内的机动轮椅车燃油补贴人次（一人一年计一人次）；按办件所属区划统计。',
    'Motorised-wheelchair fuel subsidies paid on a day within the period (one person and year is one person-time); by the case''s division.',
    NULL, NULL, 'URBAN,TOWNSHIP', 1, 860, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('RIGHTS_FUEL_SUBSIDY_AMOUNT', 'RIGHTS', '机动轮椅车燃油补贴金额', 'Motorised-wheelchair fuel subsidies paid (amount)', '万元', 'SUM', 'IN_PERIOD',
    'rights.fuelSubsidyAmount', NULL, NULL, NULL,
    '发放日期在统计期内的机动轮椅车燃油补贴金额合计（按申请年度1月1日有效的标准核定）；按办件所属区划统计。',
    'The fuel subsidies paid on a day within the period (each at the amount in force on 1 January of its year); by the case''s division.',
    NULL, NULL, 'URBAN,TOWNSHIP', 1, 870, 1);
