-- Rehabilitation (康复) in the statistics (issue 7): the program's section of the catalogue and its part of the
-- review (发展综述). Figures come from the real-name service records of designated rehabilitation
-- institutions, the needs assessments, the children's aid cases and the device cases
-- (RehabilitationIndicators in the ejb module). Portable SQL (H2 and Oracle). Ids 1425-1499 are this
-- program's statistics rows.

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('REHABILITATION', '康复', 'Rehabilitation', 45);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REHAB_FUNDS', 'REHABILITATION', '康复服务投入资金', 'Spent on rehabilitation', '万元', 'SUM', 'IN_PERIOD',
    'rehabilitation.funds', NULL, NULL, NULL,
    '三项合计：服务日期在统计期内、定点康复机构实名记录的基本康复服务（康复训练、辅助器具适配）金额；统计期内经最后一级审批同意的残疾儿童康复救助金额；统计期内发放或出借的辅助器具按目录价格计。服务按记录所属区划，办件按办件所属区划统计。',
    'The sum of three: basic rehabilitation services (training, device fitting) recorded by name by designated institutions on a day of the period, at their amounts; children''s aid given final approval in the period, at its amounts; and assistive devices issued or lent in the period, at their catalogue price. Services by the record''s division, cases by the case''s division.',
    NULL, NULL, 'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 451, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REHAB_PEOPLE_SERVED', 'REHABILITATION', '基本康复服务人数', 'People given basic rehabilitation', '人', 'DISTINCT_COUNT', 'IN_PERIOD',
    'rehabilitation.peopleServed', NULL, NULL, NULL,
    '服务日期在统计期内、定点康复机构实名记录了基本康复服务（康复训练或辅助器具适配）的人数，一人只计一次；按记录所属区划统计。',
    'Persons a designated rehabilitation institution recorded a basic service (training or device fitting) for on a day of the period, each once; by the record''s division.',
    NULL, NULL, 'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 452, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REHAB_DEVICES_ISSUED', 'REHABILITATION', '辅助器具发放件数', 'Assistive devices issued', '件', 'COUNT', 'IN_PERIOD',
    'rehabilitation.devicesIssued', NULL, NULL, NULL,
    '发放或出借日期在统计期内的辅助器具件数（一个办件一件）；按办件所属区划统计。',
    'Assistive devices issued or lent on a day of the period (one case, one item); by the case''s division.',
    NULL, NULL, 'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 453, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REHAB_BASIC_RATE', 'REHABILITATION', '残疾人基本康复服务率', 'Basic rehabilitation service rate', '%', 'RATE', 'IN_PERIOD',
    'rehabilitation.servedOfNeeding', NULL, 'rehabilitation.needing', NULL,
    '分子：分母中在统计期内由定点康复机构实名记录了基本康复服务的人数。',
    'Numerator: the people of the denominator a designated rehabilitation institution recorded a basic service for on a day of the period.',
    '分母：统计期内经康复需求评估、评定需要基本康复服务的人数，一人只计一次；按评估所属区划统计。',
    'Denominator: people assessed on a day of the period as needing a basic rehabilitation service, each once; by the assessment''s division.',
    'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 454, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REHAB_CHILD_AID_RATE', 'REHABILITATION', '残疾儿童康复救助服务率', 'Children''s rehabilitation aid rate', '%', 'RATE', 'IN_PERIOD',
    'rehabilitation.childrenAided', NULL, 'rehabilitation.childrenNeeding', NULL,
    '分子：分母中有救助年度在统计期内、已审批同意的残疾儿童康复救助办件的儿童人数。',
    'Numerator: the children of the denominator with a children''s aid case of a year within the period that was approved.',
    '分母：统计期内经康复需求评估、评定需要基本康复服务，且评估当日年龄在救助年龄范围内（政策参数，取统计期首日有效值，0—6岁）的儿童人数；按评估所属区划统计。',
    'Denominator: children assessed on a day of the period as needing a basic rehabilitation service whose age that day lies within the aid''s age band (a dated setting, the one in force on the period''s first day, 0-6); by the assessment''s division.',
    'SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 455, 1);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1425, 'REHABILITATION', 'zh',
    '投入康复服务资金{REHAB_FUNDS}，为残疾人提供基本康复服务{REHAB_PEOPLE_SERVED:万}，发放辅助器具{REHAB_DEVICES_ISSUED:万}；残疾人基本康复服务率达到{REHAB_BASIC_RATE}，残疾儿童康复救助服务率达到{REHAB_CHILD_AID_RATE}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1426, 'REHABILITATION', 'en',
    '{REHAB_FUNDS} was spent on rehabilitation; {REHAB_PEOPLE_SERVED} received basic rehabilitation services and {REHAB_DEVICES_ISSUED} were issued; the basic rehabilitation service rate reached {REHAB_BASIC_RATE} and the children''s rehabilitation aid rate {REHAB_CHILD_AID_RATE}.', 0);
