-- Employment (就业) in the statistics (issue 8): the program's section of the catalogue and its part of the review
-- (发展综述). Figures come from the annual verification's recognised employees and the security funds computed
-- (EmploymentIndicators in the ejb module). A year is in a period when its last day is. Portable SQL (H2 and
-- Oracle). Ids 1518-1589 are this program's rows (review templates 1518, 1519).

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('EMPLOYMENT', '就业', 'Employment', 50);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_QUOTA_PLACED', 'EMPLOYMENT', '按比例安排就业残疾人人次', 'Disabled people placed under the quota', '人次', 'COUNT', 'IN_PERIOD',
    'employment.quotaPlaced', NULL, NULL, NULL,
    '年审年度的最后一日在统计期内、经按比例就业年审认定的残疾人职工人次（每个单位每年度一人计一次）；按用人单位所属区划统计。',
    'Disabled employees the annual quota verification recognised, for a year whose last day lies within the period (each employer and year counting a person once); by the employer''s division.',
    NULL, NULL, 'TOWNSHIP', 1, 501, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_FUND_DUE', 'EMPLOYMENT', '应缴残疾人就业保障金', 'Employment security fund due', '万元', 'SUM', 'IN_PERIOD',
    'employment.fundDue', NULL, NULL, NULL,
    '所属年度的最后一日在统计期内、已计算的用人单位残疾人就业保障金应缴金额；按用人单位所属区划统计。',
    'The employment security fund computed as due from employers for a year whose last day lies within the period; by the employer''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 502, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_FUND_COLLECTED', 'EMPLOYMENT', '征收残疾人就业保障金', 'Employment security fund collected', '万元', 'SUM', 'IN_PERIOD',
    'employment.fundCollected', NULL, NULL, NULL,
    '税务部门报告已征收的残疾人就业保障金金额，按保障金所属年度计入（所属年度的最后一日在统计期内）；按用人单位所属区划统计。',
    'What the tax office reported collected of the employment security fund, counted in the fund''s year (a year whose last day lies within the period); by the employer''s division.',
    NULL, NULL, 'TOWNSHIP', 1, 503, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_FUND_OUTSTANDING', 'EMPLOYMENT', '未缴残疾人就业保障金', 'Employment security fund outstanding', '万元', 'SUM', 'IN_PERIOD',
    'employment.fundOutstanding', NULL, NULL, NULL,
    '所属年度的最后一日在统计期内的保障金中尚未征收的金额（应缴减已征收，不小于零）；按用人单位所属区划统计。',
    'Of the funds of a year whose last day lies within the period, what is not yet collected (due less collected, never below zero); by the employer''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 504, 1);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1518, 'EMPLOYMENT', 'zh',
    '落实按比例安排残疾人就业制度，经年审认定按比例安排残疾人就业{EMP_QUOTA_PLACED}；征收残疾人就业保障金{EMP_FUND_COLLECTED:亿元}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1519, 'EMPLOYMENT', 'en',
    'Under the quota system the annual verification recognised {EMP_QUOTA_PLACED} of disabled employees; {EMP_FUND_COLLECTED} of the employment security fund was collected.', 0);
