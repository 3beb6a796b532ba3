-- Poverty relief (脱贫解困, issue 9) in the statistics: the program's section of the catalogue and its part of the
-- review (发展综述). Figures come from the households' status rows, the monitorings and the mutual-aid payments
-- (PovertyIndicators in the ejb module). Portable SQL (H2 and Oracle). Ids 1704-1749 are this program's rows
-- (review templates 1704, 1705).

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('POVERTY', '脱贫解困', 'Poverty relief', 85);

INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('POVERTY_LIFTED', 'POVERTY', '贫困残疾人家庭脱贫户数', 'Households lifted out of poverty', '户', 'COUNT', 'IN_PERIOD',
    'poverty.lifted', NULL, NULL, NULL,
    '脱贫日期在统计期内的贫困残疾人家庭户数（统计期内多次脱贫的计一户）；按登记时家庭所属区划统计。',
    'Households recorded lifted out of poverty from a day within the period (a household lifted twice counts once); by the household''s division as recorded.',
    NULL, NULL, 'TOWNSHIP', 1, 851, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('POVERTY_MONITORED', 'POVERTY', '新纳入防返贫监测户数', 'Households newly under return-to-poverty monitoring', '户', 'COUNT', 'IN_PERIOD',
    'poverty.monitored', NULL, NULL, NULL,
    '监测开始日期在统计期内的残疾人家庭户数（每户计一次）；按监测登记的区划统计。',
    'Households put under return-to-poverty monitoring from a day within the period (each once); by the monitoring''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 852, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('POVERTY_RISK_REMOVED', 'POVERTY', '消除返贫风险户数', 'Households whose risk was removed', '户', 'COUNT', 'IN_PERIOD',
    'poverty.riskRemoved', NULL, NULL, NULL,
    '风险消除日期在统计期内的监测户数（每户计一次）；按监测登记的区划统计。',
    'Monitored households whose return-to-poverty risk was removed on a day within the period (each once); by the monitoring''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 853, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('POVERTY_MUTUAL_AID_AMOUNT', 'POVERTY', '邻里互助补贴发放金额', 'Neighbour mutual aid paid', '万元', 'SUM', 'IN_PERIOD',
    'poverty.mutualAidPaid', NULL, NULL, NULL,
    '发放日期在统计期内的邻里互助补贴金额（每月按当月第一日有效的试点标准）；按受助家庭所属区划统计。',
    'Neighbour mutual-aid months paid on a day within the period (each at the pilot''s amount in force on the month''s first day); by the helped household''s division.',
    NULL, NULL, 'TOWNSHIP', 0, 854, 1);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1704, 'POVERTY', 'zh',
    '巩固拓展脱贫攻坚成果，贫困残疾人家庭脱贫{POVERTY_LIFTED}；新纳入防返贫监测{POVERTY_MONITORED}，消除返贫风险{POVERTY_RISK_REMOVED}；开展邻里互助试点，发放互助补贴{POVERTY_MUTUAL_AID_AMOUNT}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1705, 'POVERTY', 'en',
    '{POVERTY_LIFTED} of poor disabled people were lifted out of poverty; {POVERTY_MONITORED} were newly put under return-to-poverty monitoring and {POVERTY_RISK_REMOVED} had their risk removed; neighbour mutual-aid pilots paid {POVERTY_MUTUAL_AID_AMOUNT}.', 0);
