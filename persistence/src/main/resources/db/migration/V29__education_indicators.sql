-- Education (教育) in the statistics (issue 7): the program's section of the catalogue and its part of the
-- review (发展综述). Figures come from the grant cases, the fee reliefs and the education bureau's enrolment
-- reports (EducationIndicators in the ejb module). Portable SQL (H2 and Oracle). Ids 1131-1199 are this
-- program's.

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('EDUCATION', '教育', 'Education', 30);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EDU_GRANT_STUDENTS', 'EDUCATION', '助学金资助学生数', 'Students granted', '人', 'DISTINCT_COUNT', 'IN_PERIOD',
    'education.grantStudents', NULL, NULL, NULL,
    '统计期内经最后一级审批同意的助学金办件所资助的学生人数，按学生身份证号只计一人（同一学生多个学年获助只计一人）；按办件（持证人）所属区划统计。',
    'Students (by ID number, each once however many school years) whose grant case was given final approval in the period; by the case''s (the certificate holder''s) division.',
    NULL, NULL, 'URBAN,TOWNSHIP', 1, 310, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EDU_GRANT_AMOUNT', 'EDUCATION', '助学金资助金额', 'Grants awarded', '万元', 'SUM', 'IN_PERIOD',
    'education.grantAmount', NULL, NULL, NULL,
    '统计期内经最后一级审批同意的助学金办件核定金额合计（按学段标准于申请时核定）；按办件所属区划统计。',
    'The amounts of the grant cases given final approval in the period (fixed on application at the stage''s rate); by the case''s division.',
    NULL, NULL, 'URBAN,TOWNSHIP', 0, 320, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EDU_FEE_RELIEFS', 'EDUCATION', '残疾学生减免补助人次', 'Fee reliefs for disabled students', '人次', 'COUNT', 'IN_PERIOD',
    'education.feeReliefs', NULL, NULL, NULL,
    '学期开始日（秋季学期9月1日，春季学期次年3月1日）在统计期内的残疾学生学费减免和补助记录数，一名学生一学期一项计一人次；按记录所属区划统计。',
    'Fee reductions and subsidies of terms opening in the period (the autumn term on 1 September, the spring term on 1 March of the next year), one student, term and kind being one person-time; by the record''s division.',
    NULL, NULL, 'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 330, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EDU_FEE_RELIEF_AMOUNT', 'EDUCATION', '残疾学生减免补助金额', 'Fee reliefs for disabled students (amount)', '万元', 'SUM', 'IN_PERIOD',
    'education.feeReliefAmount', NULL, NULL, NULL,
    '学期开始日在统计期内的残疾学生学费减免和补助金额合计；按记录所属区划统计。',
    'The amounts of the fee reductions and subsidies of terms opening in the period; by the record''s division.',
    NULL, NULL, 'SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 340, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EDU_ENROLMENT_RATE', 'EDUCATION', '适龄残疾儿童义务教育入学率', 'Compulsory-education enrolment of disabled children', '%', 'RATE', 'PERIOD_END',
    'education.compulsoryEnrolled', NULL, 'education.compulsoryChildren', NULL,
    '分子：分母中经教育部门报告在期末所在学年入学的儿童人数。',
    'Numerator: the children of the denominator whom the education bureau reported enrolled for the school year in progress on the last day.',
    '分母：期末所在学年开学日（9月1日）年龄在义务教育适龄范围（政策参数，6—15岁）内、且当日持有有效残疾人证的儿童人数；按本人居住区划统计。',
    'Denominator: children whose age on the first day (1 September) of the school year in progress on the last day lies in the compulsory-education band (a dated setting, 6-15) and who hold a certificate valid that day; by the child''s division.',
    'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 350, 1);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1131, 'EDUCATION', 'zh',
    '资助家庭经济困难的残疾学生和残疾人家庭子女{EDU_GRANT_STUDENTS}，发放助学金{EDU_GRANT_AMOUNT}；残疾学生享受学费减免和补助{EDU_FEE_RELIEFS:万}、{EDU_FEE_RELIEF_AMOUNT}；适龄残疾儿童义务教育入学率达到{EDU_ENROLMENT_RATE}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1132, 'EDUCATION', 'en',
    'Grants of {EDU_GRANT_AMOUNT} went to {EDU_GRANT_STUDENTS} from poor families of disabled people; disabled students received fee reductions and subsidies {EDU_FEE_RELIEFS} ({EDU_FEE_RELIEF_AMOUNT}); {EDU_ENROLMENT_RATE} of disabled children of compulsory-school age were enrolled.', 0);
