-- Employment services in the statistics (issue 8): vocational training, job fairs, placements, sheltered employment
-- and the employment bases, as indicators of the EMPLOYMENT program (V48) computed by EmploymentIndicators in the ejb
-- module; the plan's target of new bases; and the services' sentence of the review (发展综述). Portable SQL (H2 and
-- Oracle). Ids: stat_target 1520 (of the block 1520-1554 of training, fairs and placements).
--
-- No breakdown by placement kind: the catalogue's dimensions are the person's (category, level, sex, age band,
-- urban) and the township, none of them a kind, so the placements are counted by division only.

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_TRAINING_PERSON_TIMES', 'EMPLOYMENT', '职业技能培训人次', 'Vocational training person-times', '人次', 'COUNT', 'IN_PERIOD',
    'employment.trainingPersonTimes', NULL, NULL, NULL,
    '结业日期（培训班最后一日）在统计期内的职业技能培训班的实名参训人次，无论本人是否结业（每人每班计一次）；按培训班举办区划统计。',
    'Real-name attendances of vocational training courses whose last day lies within the period, completed or not (a person once per course); by the division that ran the course.',
    NULL, NULL, 'TOWNSHIP', 0, 505, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_TRAINING_COST', 'EMPLOYMENT', '职业技能培训经费', 'Vocational training cost', '万元', 'SUM', 'IN_PERIOD',
    'employment.trainingCost', NULL, NULL, NULL,
    '最后一日在统计期内的职业技能培训班的实际支出；按培训班举办区划统计。',
    'What the vocational training courses whose last day lies within the period cost; by the division that ran the course.',
    NULL, NULL, 'TOWNSHIP', 0, 506, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_JOB_FAIRS', 'EMPLOYMENT', '举办残疾人专场招聘会', 'Job fairs held for disabled people', '场次', 'COUNT', 'IN_PERIOD',
    'employment.jobFairs', NULL, NULL, NULL,
    '举办日期在统计期内的残疾人专场招聘会场次；按举办区划统计。',
    'Job fairs for disabled people held on a day within the period; by the division that held them.',
    NULL, NULL, 'TOWNSHIP', 0, 507, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACEMENTS', 'EMPLOYMENT', '新增残疾人就业人次', 'Disabled people placed in new employment', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', NULL, NULL, NULL,
    '起始日期在统计期内的残疾人就业安置，每次安置计一人次（各种就业形式合计，不分形式统计）；按安置时登记的区划统计。',
    'Placements of disabled people into employment starting within the period, each one a person-time (every form of employment together, not broken down by form); by the division recorded with the placement.',
    NULL, NULL, 'TOWNSHIP', 0, 508, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_SHELTERED_INSTITUTIONS', 'EMPLOYMENT', '辅助性就业机构', 'Sheltered-employment institutions', '个', 'COUNT', 'PERIOD_END',
    'employment.shelteredInstitutions', NULL, NULL, NULL,
    '统计期末日资质在有效期内的辅助性就业机构（服务机构登记中类别为辅助性就业机构）；按机构所属区划统计。',
    'Institutions of the registry of the kind sheltered employment whose qualification is in force on the period''s last day; by the institution''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 509, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_SHELTERED_WORKERS', 'EMPLOYMENT', '辅助性就业残疾人数', 'Disabled people in sheltered employment', '人', 'DISTINCT_COUNT', 'PERIOD_END',
    'employment.shelteredWorkers', NULL, NULL, NULL,
    '统计期末日在辅助性就业机构从事辅助性就业的残疾人（每人同一时间只在一个机构）；按机构所属区划统计。',
    'Disabled people in sheltered work at a sheltered-employment institution on the period''s last day (a person works at one at a time); by the institution''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 510, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_SHELTERED_SUBSIDY', 'EMPLOYMENT', '辅助性就业机构补贴', 'Sheltered-employment subsidies paid', '万元', 'SUM', 'IN_PERIOD',
    'employment.shelteredSubsidy', NULL, NULL, NULL,
    '补贴月份在统计期内、已向辅助性就业机构发放的月度补贴金额；按机构所属区划统计。',
    'The monthly subsidies paid to sheltered-employment institutions for months within the period; by the institution''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 511, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_BASES_NEW', 'EMPLOYMENT', '新增就业创业基地', 'New employment and entrepreneurship bases', '个', 'COUNT', 'IN_PERIOD',
    'employment.basesNew', NULL, NULL, NULL,
    '认定日期在统计期内的残疾人就业创业基地（含掐丝、堆绣、皮绣等非遗手工艺基地）；按基地所属区划统计。',
    'Employment and entrepreneurship bases recognised on a day within the period (the intangible-heritage craft bases among them); by the base''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 512, 1);

-- The plan (西宁市“十四五”残疾人事业发展规划): 8 new employment and entrepreneurship bases over the five years, city-wide.
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (1520, 'EMP_BASES_NEW', 'FIVE_YEAR', DATE '2021-01-01', '630100', 8.00, '争取新建8个残疾人就业创业基地');

-- The review: appended to the program's templates (1518 zh, 1519 en), so a template an administrator has reworded
-- keeps its words; skipped where it already names the services' figures.
UPDATE review_template
   SET body = body || '开展残疾人职业技能培训{EMP_TRAINING_PERSON_TIMES}、投入资金{EMP_TRAINING_COST:万元}；举办残疾人专场招聘会{EMP_JOB_FAIRS}，新增残疾人就业{EMP_PLACEMENTS}；扶持辅助性就业机构{EMP_SHELTERED_INSTITUTIONS:number}家。',
       version = version + 1
 WHERE id = 1518 AND body NOT LIKE '%{EMP_TRAINING_PERSON_TIMES}%';
UPDATE review_template
   SET body = body || ' {EMP_TRAINING_PERSON_TIMES} of vocational training were given at a cost of {EMP_TRAINING_COST:million}; {EMP_JOB_FAIRS} of job fairs for disabled people were held and {EMP_PLACEMENTS} of placements into new employment made; {EMP_SHELTERED_INSTITUTIONS:number} sheltered-employment institutions were supported.',
       version = version + 1
 WHERE id = 1519 AND body NOT LIKE '%{EMP_TRAINING_PERSON_TIMES}%';
