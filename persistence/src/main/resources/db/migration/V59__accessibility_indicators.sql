-- Accessibility works (无障碍) in the statistics (issue 9): the program's section of the catalogue and its part of
-- the review (发展综述). Figures come from the home modifications paid and the public facility inventory
-- (AccessibilityIndicators in the ejb module). Portable SQL (H2 and Oracle). Ids 1805-1898 are this file's
-- (review templates 1805, 1806).

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('ACCESSIBILITY', '无障碍', 'Accessibility', 95);

-- A modification is complete when the contractor is paid (payment follows a passed acceptance); a household
-- modified twice in the period counts once.
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_HOMES_MODIFIED', 'ACCESSIBILITY', '完成家庭无障碍改造户数', 'Households whose homes were modified', '户', 'DISTINCT_COUNT', 'IN_PERIOD',
    'accessibility.homesModified', NULL, NULL, NULL,
    '验收合格并向施工单位付款、付款日期在统计期内的家庭无障碍改造户数（同一家庭计一户）；按申请所属区划统计。',
    'Households whose home modification passed its acceptance and whose contractor was paid on a day within the period (each household once); by the division of the application.',
    NULL, NULL, 'TOWNSHIP', 1, 951, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_HOME_PAID', 'ACCESSIBILITY', '家庭无障碍改造付款金额', 'Paid to home modification contractors', '万元', 'SUM', 'IN_PERIOD',
    'accessibility.homePaid', NULL, NULL, NULL,
    '付款日期在统计期内的家庭无障碍改造向施工单位付款金额；按申请所属区划统计。',
    'Amounts paid to the contractors of home modifications on a day within the period; by the division of the application.',
    NULL, NULL, 'TOWNSHIP', 0, 952, 1);

-- The inventory at the period's end: the counts of the entries recorded by its last day, by kind.
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_FOOTBRIDGE_LIFTS', 'ACCESSIBILITY', '过街天桥无障碍电梯', 'Footbridge lifts', '部', 'SUM', 'PERIOD_END',
    'accessibility.facilities', 'FOOTBRIDGE_LIFT', NULL, NULL,
    '无障碍设施台账中统计期末以前登记的过街天桥无障碍电梯数量；按台账所属区划统计。',
    'Footbridge lifts in the accessible facility inventory, entries recorded by the last day of the period; by the division of the entry.',
    NULL, NULL, 'TOWNSHIP', 0, 953, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_RESIDENTIAL_LIFTS', 'ACCESSIBILITY', '住宅加装电梯', 'Lifts added to residential buildings', '部', 'SUM', 'PERIOD_END',
    'accessibility.facilities', 'RESIDENTIAL_LIFT', NULL, NULL,
    '无障碍设施台账中统计期末以前登记的住宅加装电梯数量；按台账所属区划统计。',
    'Lifts added to residential buildings in the inventory, entries recorded by the last day of the period; by the division of the entry.',
    NULL, NULL, 'TOWNSHIP', 0, 954, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_BUS_STATIONS', 'ACCESSIBILITY', '无障碍公交场站', 'Accessible bus stations', '个', 'SUM', 'PERIOD_END',
    'accessibility.facilities', 'BUS_STATION', NULL, NULL,
    '无障碍设施台账中统计期末以前登记的无障碍公交场站数量；按台账所属区划统计。',
    'Accessible bus stations in the inventory, entries recorded by the last day of the period; by the division of the entry.',
    NULL, NULL, 'TOWNSHIP', 0, 955, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_BUS_STOPS', 'ACCESSIBILITY', '无障碍公交站台', 'Accessible bus stops', '个', 'SUM', 'PERIOD_END',
    'accessibility.facilities', 'BUS_STOP', NULL, NULL,
    '无障碍设施台账中统计期末以前登记的无障碍公交站台数量；按台账所属区划统计。',
    'Accessible bus stops in the inventory, entries recorded by the last day of the period; by the division of the entry.',
    NULL, NULL, 'TOWNSHIP', 0, 956, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_PRIORITY_SEATS', 'ACCESSIBILITY', '公交车爱心专座', 'Priority seats on buses', '个', 'SUM', 'PERIOD_END',
    'accessibility.facilities', 'PRIORITY_SEAT', NULL, NULL,
    '无障碍设施台账中统计期末以前登记的公交车爱心专座数量；按台账所属区划统计。',
    'Priority seats on buses in the inventory, entries recorded by the last day of the period; by the division of the entry.',
    NULL, NULL, 'TOWNSHIP', 0, 957, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('ACC_ACCESSIBLE_BUSES', 'ACCESSIBILITY', '无障碍公交车', 'Accessible buses', '辆', 'SUM', 'PERIOD_END',
    'accessibility.facilities', 'ACCESSIBLE_BUS', NULL, NULL,
    '无障碍设施台账中统计期末以前登记的无障碍公交车数量；按台账所属区划统计。',
    'Accessible buses in the inventory, entries recorded by the last day of the period; by the division of the entry.',
    NULL, NULL, 'TOWNSHIP', 0, 958, 1);

INSERT INTO review_template (id, program_code, language, body, version) VALUES (1805, 'ACCESSIBILITY', 'zh',
    '为困难残疾人家庭实施无障碍改造{ACC_HOMES_MODIFIED}，向施工单位付款{ACC_HOME_PAID:万元}；全市有过街天桥无障碍电梯{ACC_FOOTBRIDGE_LIFTS}、住宅加装电梯{ACC_RESIDENTIAL_LIFTS}，无障碍公交场站{ACC_BUS_STATIONS}、无障碍公交站台{ACC_BUS_STOPS}，公交车爱心专座{ACC_PRIORITY_SEATS}，无障碍公交车{ACC_ACCESSIBLE_BUSES}。', 0);
INSERT INTO review_template (id, program_code, language, body, version) VALUES (1806, 'ACCESSIBILITY', 'en',
    'Homes of {ACC_HOMES_MODIFIED} of poor disabled people were made accessible, {ACC_HOME_PAID} paid to the contractors; the inventory counts {ACC_FOOTBRIDGE_LIFTS} of footbridge lifts, {ACC_RESIDENTIAL_LIFTS} of residential lifts, {ACC_BUS_STATIONS} of accessible bus stations, {ACC_BUS_STOPS} of accessible bus stops, {ACC_PRIORITY_SEATS} of priority seats and {ACC_ACCESSIBLE_BUSES} of accessible buses.', 0);
