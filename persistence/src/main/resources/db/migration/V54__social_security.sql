-- Social security (社会保障, issue 9), part 1: who among the registered disabled people is eligible for
-- inclusion in 低保 / 特困 and who is included, from the household statuses civil affairs reports
-- (household_assistance). No table of its own: the figures are read on a day from the registry.
-- Ids 1750-1799 are social security's (this file: 1750-1752). Portable SQL (H2 and Oracle).
--
-- The rule chosen (to be confirmed by the federation and civil affairs): a living registered person with a
-- valid certificate of a level the first row names, whose household holds on the day one of the statuses the
-- second row names (a poor or low-income household: 重度残疾人单独施保), is eligible; an eligible person whose
-- household holds on that day one of the statuses the third row names is included. Dated rows: a later row
-- with a later valid_from changes the rule from that day, earlier days keep the old one.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1750, 'socialsecurity.inclusion.levels', '1,2', DATE '2016-01-01', '低保特困纳入：应纳入对象的持证等级（重度 1、2 级）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1751, 'socialsecurity.inclusion.poorStatuses', 'DIBAO,TEKUN,TEKUN_CENTRALISED,LOW_INCOME,MONITORED', DATE '2016-01-01', '低保特困纳入：应纳入对象的家庭状态（困难家庭）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1752, 'socialsecurity.inclusion.includedStatuses', 'DIBAO,TEKUN,TEKUN_CENTRALISED', DATE '2016-01-01', '低保特困纳入：视为已纳入的家庭状态');
