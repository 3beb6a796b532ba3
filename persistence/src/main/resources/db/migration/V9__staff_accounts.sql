-- Staff accounts administered on screens (issue 11, accounts and sign-in).

-- A password set by an administrator (a new account, a reset) is known to two people: its owner must
-- replace it at the next sign-in before doing anything else.
ALTER TABLE staff_user ADD must_change_password NUMBER(1) DEFAULT 0 NOT NULL;

-- The password policy, the sign-in throttle and the idle time-out, as dated settings like every other
-- policy value (GB/T 22239-2019 level 3: identification, limits on failed sign-ins, idle time-out).
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (41, 'security.password.minLength', '10', DATE '2016-01-01', '密码最短长度');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (42, 'security.password.minCharacterClasses', '3', DATE '2016-01-01', '密码至少包含的字符类别数（大写、小写、数字、其他）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (43, 'security.signIn.maxFailuresPerAccount', '5', DATE '2016-01-01', '同一账号连续登录失败几次后锁定');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (44, 'security.signIn.maxFailuresPerAddress', '20', DATE '2016-01-01', '同一地址登录失败几次后锁定');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (45, 'security.signIn.failureWindowSeconds', '900', DATE '2016-01-01', '登录失败计数的时间窗口（秒）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (46, 'security.signIn.lockSeconds', '900', DATE '2016-01-01', '登录锁定时长（秒）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (47, 'security.session.idleSeconds', '1800', DATE '2016-01-01', '会话空闲超时（秒）');
