-- Rights protection (权益保障) and culture and sports (文体) in the statistics (issue 9): the programs' sections of
-- the catalogue and their parts of the review (发展综述). Figures come from the petitions, the legal matters and
-- the events (RightsIndicators, CultureIndicators in the ejb module). Portable SQL (H2 and Oracle). Ids
-- 1600-1699 are rights and culture's (review templates 1610-1613).

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('CULTURE', '文化体育', 'Culture and sports', 60);
INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('RIGHTS', '权益保障', 'Rights protection', 80);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('CULTURE_EVENTS', 'CULTURE', '文化体育活动场次', 'Culture and sports events', '场次', 'COUNT', 'IN_PERIOD',
    'culture.events', NULL, NULL, NULL,
    '活动日期在统计期内的残疾人文化体育活动（全国助残日、爱耳日、爱眼日、国际残疾人日、文化周、展览、读书、健身、康复体育）场次；按举办单位所属区划统计。',
    'Culture and sports events (the national days, the cultural week, exhibitions, reading, fitness, rehabilitation sports) held on a day within the period; by the division of the office that held them.',
    NULL, NULL, 'TOWNSHIP', 1, 610, 1);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('RIGHTS_PETITIONS_RECEIVED', 'RIGHTS', '信访事项登记件数', 'Petitions received', '件', 'COUNT', 'IN_PERIOD',
    'rights.petitionsReceived', NULL, NULL, NULL,
    '收到日期在统计期内的残疾人信访事项件数（来电、来信、来访、网上信访）；按责任单位所属区划统计。',
    'Petitions (phone, letter, visit, online) received on a day within the period; by the responsible division.',
    NULL, NULL, 'TOWNSHIP', 0, 810, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('RIGHTS_PETITIONS_CLOSED', 'RIGHTS', '信访事项办结件数', 'Petitions closed', '件', 'COUNT', 'IN_PERIOD',
    'rights.petitionsClosed', NULL, NULL, NULL,
    '办结日期在统计期内的信访事项件数（不予受理的不计）；按责任单位所属区划统计。',
    'Petitions closed on a day within the period (those not accepted are not counted); by the responsible division.',
    NULL, NULL, 'TOWNSHIP', 0, 820, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('RIGHTS_PETITION_CLOSURE_RATE', 'RIGHTS', '信访事项办结率', 'Petition closure rate', '%', 'RATE', 'IN_PERIOD',
    'rights.petitionsAcceptedClosed', NULL, 'rights.petitionsAccepted', NULL,
    '分子：分母中在统计期末前已办结的信访事项件数。',
    'Numerator: the petitions of the denominator closed by the last day of the period.',
    '分母：受理日期在统计期内的信访事项件数（不予受理的不计）；按责任单位所属区划统计。',
    'Denominator: petitions accepted on a day within the period (those not accepted are outside it); by the responsible division.',
    'TOWNSHIP', 1, 830, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('RIGHTS_LEGAL_CONSULTATIONS', 'RIGHTS', '法律服务咨询人次', 'Legal consultations', '人次', 'COUNT', 'IN_PERIOD',
    'rights.legalMatters', 'CONSULTATION', NULL, NULL,
    '登记日期在统计期内的法律服务和咨询人次；按承办单位所属区划统计。',
    'Legal consultations recorded on a day within the period; by the division of the office in charge.',
    NULL, NULL, 'TOWNSHIP', 0, 840, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('RIGHTS_LEGAL_AID_CASES', 'RIGHTS', '法律援助案件数', 'Legal-aid cases', '件', 'COUNT', 'IN_PERIOD',
    'rights.legalMatters', 'LEGAL_AID', NULL, NULL,
    '登记日期在统计期内的残疾人法律援助案件数；按承办单位所属区划统计。',
    'Legal-aid cases recorded on a day within the period; by the division of the office in charge.',
    NULL, NULL, 'TOWNSHIP', 0, 850, 1);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1610, 'CULTURE', 'zh',
    '以全国助残日、全国爱耳日、全国爱眼日、国际残疾人日等残疾人节日和残疾人文化活动周为契机，开展残疾人文化体育活动{CULTURE_EVENTS}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1611, 'CULTURE', 'en',
    'Around the national days of disabled people and the cultural week, {CULTURE_EVENTS} of culture and sports were held.', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1612, 'RIGHTS', 'zh',
    '为残疾人提供法律服务、咨询{RIGHTS_LEGAL_CONSULTATIONS}，办理法律援助案件{RIGHTS_LEGAL_AID_CASES}；及时处理残疾人来电、来信、来访{RIGHTS_PETITIONS_RECEIVED}，办结{RIGHTS_PETITIONS_CLOSED}，信访办结率{RIGHTS_PETITION_CLOSURE_RATE}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1613, 'RIGHTS', 'en',
    'Disabled people received {RIGHTS_LEGAL_CONSULTATIONS} of legal advice and {RIGHTS_LEGAL_AID_CASES} of legal aid; {RIGHTS_PETITIONS_RECEIVED} of petitions by phone, letter and visit were received and {RIGHTS_PETITIONS_CLOSED} closed, a closure rate of {RIGHTS_PETITION_CLOSURE_RATE}.', 0);
