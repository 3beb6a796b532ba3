-- Care services (托养) in the statistics (issue 7): the program's section of the catalogue, its plan target
-- and its part of the review (发展综述). Figures come from the enrolments and the monthly settlements
-- (CareIndicators in the ejb module). Portable SQL (H2 and Oracle). Ids 1031-1099 are this program's.

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('CARE', '托养服务', 'Care services', 40);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CARE_PERSON_TIMES', 'CARE', '托养服务人次', 'Care person-times', '人次', 'DISTINCT_COUNT', 'IN_PERIOD',
    'care.personTimes', NULL, NULL, NULL,
    '结算月份在统计期内、当月有服务天数或上门次数的托养结算明细所涉人员，同一人在同一自然年内只计一人次（跨年的统计期按年分别计）；按托养机构所属区划统计。',
    'Persons with days or visits in a monthly care settlement of a month within the period, each counted once per calendar year (a period spanning years counts each year); by the care institution''s division.',
    NULL, NULL, 'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 410, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CARE_SUBSIDY_PAID', 'CARE', '托养服务补助金额', 'Care subsidy paid to institutions', '万元', 'SUM', 'IN_PERIOD',
    'care.subsidyPaid', NULL, NULL, NULL,
    '结算月份在统计期内的阳光家园托养补助结算明细金额合计（按当月服务天数或次数和当月政策标准核定，拨付给托养机构）；按托养机构所属区划统计。',
    'The care subsidy (Sunshine Home) of the monthly settlements of months within the period, as settled from the days or visits recorded and the rate in force, paid to the institutions; by the institution''s division.',
    NULL, NULL, 'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 420, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CARE_IN_CARE', 'CARE', '在托人数', 'Persons in care', '人', 'DISTINCT_COUNT', 'PERIOD_END',
    'care.inCare', 'ALL', NULL, NULL,
    '期末在托养机构登记托养（寄宿、日间照料或居家托养）的人数，一人只计一次；按本人居住区划统计，类别、等级取当前残疾人证。',
    'Persons enrolled with a care institution for boarding, day or home care on the last day, each once; by the person''s division, category and level from the current certificate.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 430, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CARE_IN_BOARDING', 'CARE', '寄宿托养人数', 'Persons in boarding care', '人', 'DISTINCT_COUNT', 'PERIOD_END',
    'care.inCare', 'BOARDING', NULL, NULL,
    '期末在托养机构登记寄宿托养的人数；按本人居住区划统计。',
    'Persons enrolled with a care institution for boarding care on the last day; by the person''s division.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 440, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CARE_IN_DAY_CARE', 'CARE', '日间照料人数', 'Persons in day care', '人', 'DISTINCT_COUNT', 'PERIOD_END',
    'care.inCare', 'DAY_CARE', NULL, NULL,
    '期末在托养机构登记日间照料的人数；按本人居住区划统计。',
    'Persons enrolled with a care institution for day care on the last day; by the person''s division.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 450, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CARE_IN_HOME_CARE', 'CARE', '居家托养人数', 'Persons in home care', '人', 'DISTINCT_COUNT', 'PERIOD_END',
    'care.inCare', 'HOME_CARE', NULL, NULL,
    '期末在托养机构登记居家托养的人数；按本人居住区划统计。',
    'Persons enrolled with a care institution for home care on the last day; by the person''s division.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 460, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CARE_APPLICATIONS', 'CARE', '托养服务申请件数', 'Care applications', '件', 'DISTINCT_COUNT', 'IN_PERIOD',
    'workflow.applications', 'CARE', NULL, NULL,
    '统计期内提交审核的托养服务办件数；退回补正后再次提交的同一办件只计一次。',
    'Care cases submitted for review in the period; a case submitted again after being returned counts once.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 470, 1);

-- The plan (西宁市“十四五”残疾人事业发展规划): 3000 person-times of care over the five years, city-wide.
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (1031, 'CARE_PERSON_TIMES', 'FIVE_YEAR', DATE '2021-01-01', '630100', 3000.00, '为残疾人提供托养服务3000人次');

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1032, 'CARE', 'zh',
    '实施“阳光家园计划”，为智力、精神和重度肢体残疾人提供寄宿、日间照料和居家托养服务{CARE_PERSON_TIMES}，拨付托养服务补助{CARE_SUBSIDY_PAID}；截至{asOf}，在托{CARE_IN_CARE}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1033, 'CARE', 'en',
    'Under the Sunshine Home programme, care institutions gave boarding, day and home care to people with intellectual, mental or severe physical disabilities for {CARE_PERSON_TIMES} and were paid {CARE_SUBSIDY_PAID} of care subsidy; as of {asOf}, {CARE_IN_CARE} were in care.', 0);
