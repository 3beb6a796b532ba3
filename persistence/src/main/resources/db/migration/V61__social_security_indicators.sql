-- Social security (社会保障, issue 9) in the statistics: the program's section of the catalogue and its part of the
-- review (发展综述). Figures come from the registry and the household statuses civil affairs reports (inclusion in
-- 低保 and 特困, by V54's dated rule on the period's last day), and from the yearly pension lists and the HR and
-- social-security partner's answers (V55). SocialSecurityIndicators in the ejb module. Portable SQL (H2 and
-- Oracle). Ids 1768-1797 are this task's rows of the social-security block (review templates 1768, 1769).

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('SOCIAL_SECURITY', '社会保障', 'Social security', 90);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SOCIAL_INCLUSION_RATE', 'SOCIAL_SECURITY', '符合条件残疾人纳入低保特困比例', 'Eligible disabled people in dibao or tekun', '%', 'RATE', 'PERIOD_END',
    'socialsecurity.included', NULL, 'socialsecurity.eligible', NULL,
    '分子：分母中家庭当日享受低保、特困供养（按当日有效的纳入规则）的人数。',
    'Numerator: the people of the denominator whose household held dibao or tekun support on that day (the inclusion rule in force that day).',
    '分母：期末当日在世、持当日有效的现持证且等级属纳入规则所列（重度 1、2 级）、家庭当日为困难家庭（低保、特困、低收入、防返贫监测）的残疾人数；按本人户籍区划统计。',
    'Denominator: people living on the last day, whose current certificate was valid that day with a level the inclusion rule names (severe, 1-2), in a household holding a poor status that day (dibao, tekun, low income, monitored); by the person''s division.',
    'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 901, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SOCIAL_PENSION_RATE', 'SOCIAL_SECURITY', '城乡居民基本养老保险参保率', 'Basic pension insurance participation', '%', 'RATE', 'IN_PERIOD',
    'socialsecurity.pensionInsured', NULL, 'socialsecurity.pensionListed', NULL,
    '分子：分母中人社部门答复已参保的名单人次。',
    'Numerator: the list lines of the denominator the HR and social-security partner answered as insured.',
    '分母：统计期所在年度的养老保险代缴补贴名单人次（一人一年一行，未答复的计入分母）；按名单所列区划统计。',
    'Denominator: the lines of the pension lists of the years the period lies in (one a person and year; lines not yet answered count); by the division on the line.',
    'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 902, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SOCIAL_PENSION_PAID_FULL', 'SOCIAL_SECURITY', '政府代缴养老保险费金额', 'Pension contributions paid by the government', '万元', 'SUM', 'IN_PERIOD',
    'socialsecurity.pensionShare', '1,2', NULL, NULL,
    '统计期所在年度名单中 1、2 级（重度，政府全额代缴）且人社部门答复已参保的政府缴费额之和（名单编制时的标准）；按名单所列区划统计。',
    'The government''s shares on the lines of levels 1-2 (severe: paid in full) of the years'' lists answered as insured, at the amount fixed when the line was compiled; by the division on the line.',
    NULL, NULL, 'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 903, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SOCIAL_PENSION_SUBSIDY', 'SOCIAL_SECURITY', '政府补贴养老保险费金额', 'Pension contributions subsidised by the government', '万元', 'SUM', 'IN_PERIOD',
    'socialsecurity.pensionShare', '3,4', NULL, NULL,
    '统计期所在年度名单中 3、4 级（政府补贴）且人社部门答复已参保的政府补贴额之和（名单编制时的标准）；按名单所列区划统计。',
    'The government''s subsidies on the lines of levels 3-4 of the years'' lists answered as insured, at the amount fixed when the line was compiled; by the division on the line.',
    NULL, NULL, 'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 904, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SOCIAL_MEDICAL_RATE', 'SOCIAL_SECURITY', '名单人员基本医疗保险参保率', 'Medical insurance among the listed', '%', 'RATE', 'IN_PERIOD',
    'socialsecurity.medicalInsured', NULL, 'socialsecurity.pensionListed', NULL,
    '分子：分母中人社部门答复已参加基本医疗保险的名单人次。',
    'Numerator: the list lines of the denominator the partner answered as insured in basic medical insurance.',
    '分母：统计期所在年度的养老保险代缴补贴名单人次（未答复的计入分母）；按名单所列区划统计。',
    'Denominator: the lines of the pension lists of the years the period lies in (lines not yet answered count); by the division on the line.',
    'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 905, 1);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1768, 'SOCIAL_SECURITY', 'zh',
    '符合条件的困难重度残疾人纳入最低生活保障和特困人员救助供养比例达到{SOCIAL_INCLUSION_RATE}；残疾人城乡居民基本养老保险参保率达到{SOCIAL_PENSION_RATE}，政府为重度残疾人代缴养老保险费{SOCIAL_PENSION_PAID_FULL}、为其他残疾人补贴{SOCIAL_PENSION_SUBSIDY}，基本医疗保险参保率{SOCIAL_MEDICAL_RATE}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1769, 'SOCIAL_SECURITY', 'en',
    '{SOCIAL_INCLUSION_RATE} of the eligible severely disabled people in poor households received dibao or tekun support; {SOCIAL_PENSION_RATE} of those on the pension lists were insured in the basic pension insurance, the government paying {SOCIAL_PENSION_PAID_FULL} of contributions for the severely disabled and subsidising others with {SOCIAL_PENSION_SUBSIDY}; {SOCIAL_MEDICAL_RATE} were insured in basic medical insurance.', 0);
