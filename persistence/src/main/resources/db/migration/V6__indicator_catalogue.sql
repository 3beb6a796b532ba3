-- Periodic statistics (定期统计): the indicator catalogue as data, plan targets, and the figures the
-- statistics jobs store. Every later program adds its own rows to stat_program and stat_indicator; the
-- code only knows calculators (one class per program, named by stat_indicator.calculator).
-- Portable between H2 and Oracle: natural keys where rows are copied with INSERT ... SELECT, so no
-- sequence expression (whose syntax differs) is ever needed in SQL.

-- The first certificate-holder statistics (V1) are subsumed by the catalogue's REG_HOLDERS, stored by
-- category, level, sex and more in stat_figure.
DROP TABLE stat_certificate_holders;

-- The programs the catalogue is grouped by (sections of the reports and the dashboard).
CREATE TABLE stat_program (
    code           VARCHAR(40)  NOT NULL,
    name_zh        VARCHAR(200) NOT NULL,
    name_en        VARCHAR(200) NOT NULL,
    display_order  NUMBER(4)    NOT NULL,
    CONSTRAINT pk_stat_program PRIMARY KEY (code)
);

-- 指标目录. kind: COUNT, DISTINCT_COUNT, SUM, RATE (numerator / denominator x 100).
-- basis: PERIOD_END (a stock at the period's end) or IN_PERIOD (what happened during the period).
-- unit: 户 人 人次 件 场次 个 部 万元 % (money is computed and stored in yuan, shown in 万元).
-- calculator / denominator_calculator: keys of the SQL-backed calculators in the ejb module; their
-- argument names a program, subsidy type or similar. dimensions: the breakdowns stored besides the
-- total, from CATEGORY, LEVEL, SEX, AGE_BAND, URBAN, TOWNSHIP (every figure is also by division).
CREATE TABLE stat_indicator (
    code                    VARCHAR(40)   NOT NULL,
    program_code            VARCHAR(40)   NOT NULL,
    name_zh                 VARCHAR(200)  NOT NULL,
    name_en                 VARCHAR(200)  NOT NULL,
    unit                    VARCHAR(10)   NOT NULL,
    kind                    VARCHAR(20)   NOT NULL,
    basis                   VARCHAR(12)   NOT NULL,
    calculator              VARCHAR(60)   NOT NULL,
    calculator_arg          VARCHAR(100),
    denominator_calculator  VARCHAR(60),
    denominator_arg         VARCHAR(100),
    numerator_def_zh        VARCHAR(1000) NOT NULL,
    numerator_def_en        VARCHAR(1000) NOT NULL,
    denominator_def_zh      VARCHAR(1000),
    denominator_def_en      VARCHAR(1000),
    dimensions              VARCHAR(200)  NOT NULL,
    key_figure              NUMBER(1)     NOT NULL,
    display_order           NUMBER(4)     NOT NULL,
    active                  NUMBER(1)     NOT NULL,
    CONSTRAINT pk_stat_indicator PRIMARY KEY (code),
    CONSTRAINT fk_stat_indicator_program FOREIGN KEY (program_code) REFERENCES stat_program (code)
);

-- Age bands of the AGE_BAND breakdown; age in whole years on the period's last day (or the day counted).
CREATE TABLE stat_age_band (
    code     VARCHAR(10) NOT NULL,
    name_zh  VARCHAR(40) NOT NULL,
    name_en  VARCHAR(40) NOT NULL,
    min_age  NUMBER(3)   NOT NULL,
    max_age  NUMBER(3),
    CONSTRAINT pk_stat_age_band PRIMARY KEY (code)
);

-- Plan targets (目标任务) for an indicator, a period and a division, in the indicator's stored unit
-- (yuan for money, percent for rates).
CREATE TABLE stat_target (
    id              NUMBER(19)    NOT NULL,
    indicator_code  VARCHAR(40)   NOT NULL,
    period_type     VARCHAR(12)   NOT NULL,
    period_start    DATE          NOT NULL,
    division_code   VARCHAR(12)   NOT NULL,
    target_value    NUMBER(18, 2) NOT NULL,
    source          VARCHAR(400),
    CONSTRAINT pk_stat_target PRIMARY KEY (id),
    CONSTRAINT fk_stat_target_indicator FOREIGN KEY (indicator_code) REFERENCES stat_indicator (code),
    CONSTRAINT fk_stat_target_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT uq_stat_target UNIQUE (indicator_code, period_type, period_start, division_code)
);

-- The published figures: per period, indicator, county-level division and breakdown value. The city
-- figure is the sum of its counties (rates: summed numerators over summed denominators).
-- dimension TOTAL has dim_value '-'; a value the records lack (no current certificate) is 'NA'.
CREATE TABLE stat_figure (
    period_type     VARCHAR(12)   NOT NULL,
    period_start    DATE          NOT NULL,
    indicator_code  VARCHAR(40)   NOT NULL,
    division_code   VARCHAR(12)   NOT NULL,
    dimension       VARCHAR(12)   NOT NULL,
    dim_value       VARCHAR(12)   NOT NULL,
    figure_value    NUMBER(18, 2) NOT NULL,
    numerator       NUMBER(18, 2),
    denominator     NUMBER(18, 2),
    CONSTRAINT pk_stat_figure PRIMARY KEY (period_type, period_start, indicator_code, division_code, dimension, dim_value)
);
CREATE INDEX ix_stat_figure_division ON stat_figure (period_type, period_start, division_code);

-- Figures a running job has computed but not yet published, kept per job instance so that a restarted
-- run continues with what its failed execution stored; the publish step moves them to stat_figure in one
-- transaction.
CREATE TABLE stat_figure_stage (
    job_instance_id NUMBER(19)    NOT NULL,
    period_type     VARCHAR(12)   NOT NULL,
    period_start    DATE          NOT NULL,
    indicator_code  VARCHAR(40)   NOT NULL,
    division_code   VARCHAR(12)   NOT NULL,
    dimension       VARCHAR(12)   NOT NULL,
    dim_value       VARCHAR(12)   NOT NULL,
    figure_value    NUMBER(18, 2) NOT NULL,
    numerator       NUMBER(18, 2),
    denominator     NUMBER(18, 2),
    CONSTRAINT pk_stat_figure_stage PRIMARY KEY (job_instance_id, indicator_code, division_code, dimension, dim_value)
);

-- One row per published period and city (or other root division): when, as of which day, by which run.
CREATE TABLE stat_publication (
    period_type       VARCHAR(12) NOT NULL,
    period_start      DATE        NOT NULL,
    root_division     VARCHAR(12) NOT NULL,
    period_end        DATE        NOT NULL,
    as_of             DATE        NOT NULL,
    job_execution_id  NUMBER(19)  NOT NULL,
    published_at      TIMESTAMP   NOT NULL,
    figure_count      NUMBER(10)  NOT NULL,
    CONSTRAINT pk_stat_publication PRIMARY KEY (period_type, period_start, root_division),
    CONSTRAINT fk_stat_publication_division FOREIGN KEY (root_division) REFERENCES division (code)
);

INSERT INTO stat_age_band (code, name_zh, name_en, min_age, max_age) VALUES ('0-6', '0—6岁', 'Aged 0–6', 0, 6);
INSERT INTO stat_age_band (code, name_zh, name_en, min_age, max_age) VALUES ('7-17', '7—17岁', 'Aged 7–17', 7, 17);
INSERT INTO stat_age_band (code, name_zh, name_en, min_age, max_age) VALUES ('18-44', '18—44岁', 'Aged 18–44', 18, 44);
INSERT INTO stat_age_band (code, name_zh, name_en, min_age, max_age) VALUES ('45-59', '45—59岁', 'Aged 45–59', 45, 59);
INSERT INTO stat_age_band (code, name_zh, name_en, min_age, max_age) VALUES ('60-79', '60—79岁', 'Aged 60–79', 60, 79);
INSERT INTO stat_age_band (code, name_zh, name_en, min_age, max_age) VALUES ('80+', '80岁及以上', 'Aged 80 and over', 80, NULL);

INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('REGISTRY', '残疾人证', 'Disability certificates', 10);
INSERT INTO stat_program (code, name_zh, name_en, display_order) VALUES ('TWO_SUBSIDIES', '两项补贴', 'The two subsidies', 20);

-- Registry (残疾人证).
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REG_HOLDERS', 'REGISTRY', '持证残疾人数', 'Certificate holders', '人', 'COUNT', 'PERIOD_END',
    'registry.holders', NULL, NULL, NULL,
    '期末持有有效残疾人证的人数：核发日期不晚于期末，且期末未注销；按证件当前的类别、等级和所属区划统计。',
    'Holders of a certificate valid on the last day: issued by then and not cancelled by then; by the certificate''s current category, level and division.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 10, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REG_HOLDER_HOUSEHOLDS', 'REGISTRY', '持证残疾人家庭户数', 'Households with a certificate holder', '户', 'DISTINCT_COUNT', 'PERIOD_END',
    'registry.holderHouseholds', NULL, NULL, NULL,
    '期末至少有一名成员持有有效残疾人证的家庭户数（不重复计户），按户的所属区划和城乡属性统计。',
    'Households (each counted once) with at least one member holding a certificate valid on the last day, by the household''s division and urban/rural status.',
    NULL, NULL, 'URBAN,TOWNSHIP', 0, 20, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REG_NEW_CERTIFICATES', 'REGISTRY', '新办残疾人证', 'Certificates issued', '件', 'COUNT', 'IN_PERIOD',
    'registry.newCertificates', NULL, NULL, NULL,
    '核发日期在统计期内的残疾人证件数（换领、补领不另计）。',
    'Certificates whose issue date lies in the period (renewals and replacements are not new certificates).',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 30, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('REG_CANCELLED_CERTIFICATES', 'REGISTRY', '注销残疾人证', 'Certificates cancelled', '件', 'COUNT', 'IN_PERIOD',
    'registry.cancelledCertificates', NULL, NULL, NULL,
    '注销日期在统计期内的残疾人证件数（死亡、康复、迁出等）。',
    'Certificates whose cancellation date lies in the period (death, recovery, emigration, ...).',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 40, 1);

-- The two subsidies (两项补贴): the living subsidy ...
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_LIVING_APPLICATIONS', 'TWO_SUBSIDIES', '生活补贴申请件数', 'Living subsidy applications', '件', 'DISTINCT_COUNT', 'IN_PERIOD',
    'workflow.applications', 'LIVING_SUBSIDY', NULL, NULL,
    '统计期内提交审核的困难残疾人生活补贴办件数；退回补正后再次提交的同一办件只计一次。类别、等级取申请人当前的残疾人证。',
    'Living subsidy cases submitted for review in the period; a case submitted again after being returned counts once. Category and level from the applicant''s current certificate.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 110, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_LIVING_APPROVALS', 'TWO_SUBSIDIES', '生活补贴批准件数', 'Living subsidy approvals', '件', 'COUNT', 'IN_PERIOD',
    'workflow.approvals', 'LIVING_SUBSIDY', NULL, NULL,
    '统计期内经最后一级（区县民政审定）批准的生活补贴办件数。',
    'Living subsidy cases given final approval (district civil affairs) in the period.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 120, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_LIVING_RECIPIENTS', 'TWO_SUBSIDIES', '生活补贴享受人数', 'Living subsidy recipients', '人', 'COUNT', 'PERIOD_END',
    'workflow.activeAtEnd', 'LIVING_SUBSIDY', NULL, NULL,
    '期末处于“享受中”状态的生活补贴办件数（按办件时间线还原期末状态；暂停、终止的不计）。',
    'Living subsidy cases in the state Active at the end of the period (the state is read from the case''s timeline; suspended and terminated cases are not counted).',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 130, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_LIVING_ELIGIBLE', 'TWO_SUBSIDIES', '生活补贴符合条件人数', 'Persons eligible for the living subsidy', '人', 'COUNT', 'PERIOD_END',
    'subsidy.eligible', 'LIVING', NULL, NULL,
    '期末符合困难残疾人生活补贴条件的人数：持有有效残疾人证、在世、家庭享受低保（政策参数扩大时含低收入家庭），且未享受孤儿基本生活费等重复待遇；与申请时的资格规则一致，按本人居住区划统计。',
    'Persons eligible for the living subsidy on the last day: a valid certificate, alive, household on the minimum living guarantee (or low income where the policy setting widens it), no overlapping benefit such as the orphans'' allowance; the same rules as at application, by the person''s division.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 140, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_LIVING_COVERAGE', 'TWO_SUBSIDIES', '生活补贴覆盖率', 'Living subsidy coverage', '%', 'RATE', 'PERIOD_END',
    'subsidy.eligibleRecipients', 'LIVING', 'subsidy.eligible', 'LIVING',
    '分子：期末符合生活补贴条件、且其生活补贴办件处于“享受中”状态的人数。',
    'Numerator: persons eligible for the living subsidy on the last day whose living subsidy case is Active then.',
    '分母：期末符合生活补贴条件的人数（同“生活补贴符合条件人数”）。',
    'Denominator: persons eligible for the living subsidy on the last day (as in "Persons eligible for the living subsidy").',
    'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 150, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_LIVING_PAID', 'TWO_SUBSIDIES', '生活补贴发放金额', 'Living subsidy paid', '万元', 'SUM', 'IN_PERIOD',
    'subsidy.paid', 'LIVING', NULL, NULL,
    '发放月份（发放花名册所属月份）在统计期内、银行已确认发放成功的生活补贴明细金额合计，含补发；等级取发放时的补贴等级。',
    'Living subsidy payment lines confirmed paid by the bank in rolls of months within the period, back-pay included; level as paid.',
    NULL, NULL, 'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 160, 1);

-- ... the nursing subsidy ...
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_NURSING_APPLICATIONS', 'TWO_SUBSIDIES', '护理补贴申请件数', 'Nursing subsidy applications', '件', 'DISTINCT_COUNT', 'IN_PERIOD',
    'workflow.applications', 'NURSING_SUBSIDY', NULL, NULL,
    '统计期内提交审核的重度残疾人护理补贴办件数；退回补正后再次提交的同一办件只计一次。类别、等级取申请人当前的残疾人证。',
    'Nursing subsidy cases submitted for review in the period; a case submitted again after being returned counts once. Category and level from the applicant''s current certificate.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 210, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_NURSING_APPROVALS', 'TWO_SUBSIDIES', '护理补贴批准件数', 'Nursing subsidy approvals', '件', 'COUNT', 'IN_PERIOD',
    'workflow.approvals', 'NURSING_SUBSIDY', NULL, NULL,
    '统计期内经最后一级（区县民政审定）批准的护理补贴办件数。',
    'Nursing subsidy cases given final approval (district civil affairs) in the period.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 220, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_NURSING_RECIPIENTS', 'TWO_SUBSIDIES', '护理补贴享受人数', 'Nursing subsidy recipients', '人', 'COUNT', 'PERIOD_END',
    'workflow.activeAtEnd', 'NURSING_SUBSIDY', NULL, NULL,
    '期末处于“享受中”状态的护理补贴办件数（按办件时间线还原期末状态；暂停、终止的不计）。',
    'Nursing subsidy cases in the state Active at the end of the period (the state is read from the case''s timeline; suspended and terminated cases are not counted).',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 230, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_NURSING_ELIGIBLE', 'TWO_SUBSIDIES', '护理补贴符合条件人数', 'Persons eligible for the nursing subsidy', '人', 'COUNT', 'PERIOD_END',
    'subsidy.eligible', 'NURSING', NULL, NULL,
    '期末符合重度残疾人护理补贴条件的人数：持有有效的一、二级残疾人证（政策参数扩大时含三、四级智力、精神残疾）、在世、未纳入特困人员集中供养，且未享受工伤保险生活护理费等重复待遇；与申请时的资格规则一致，按本人居住区划统计。',
    'Persons eligible for the nursing subsidy on the last day: a valid level 1 or 2 certificate (or level 3-4 intellectual or mental where the policy setting widens it), alive, not in centralised extreme-poverty care, no overlapping benefit such as a work-injury nursing allowance; the same rules as at application, by the person''s division.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 240, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_NURSING_COVERAGE', 'TWO_SUBSIDIES', '护理补贴覆盖率', 'Nursing subsidy coverage', '%', 'RATE', 'PERIOD_END',
    'subsidy.eligibleRecipients', 'NURSING', 'subsidy.eligible', 'NURSING',
    '分子：期末符合护理补贴条件、且其护理补贴办件处于“享受中”状态的人数。',
    'Numerator: persons eligible for the nursing subsidy on the last day whose nursing subsidy case is Active then.',
    '分母：期末符合护理补贴条件的人数（同“护理补贴符合条件人数”）。',
    'Denominator: persons eligible for the nursing subsidy on the last day (as in "Persons eligible for the nursing subsidy").',
    'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 250, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_NURSING_PAID', 'TWO_SUBSIDIES', '护理补贴发放金额', 'Nursing subsidy paid', '万元', 'SUM', 'IN_PERIOD',
    'subsidy.paid', 'NURSING', NULL, NULL,
    '发放月份（发放花名册所属月份）在统计期内、银行已确认发放成功的护理补贴明细金额合计，含补发；等级取发放时的补贴等级。',
    'Nursing subsidy payment lines confirmed paid by the bank in rolls of months within the period, back-pay included; level as paid.',
    NULL, NULL, 'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 260, 1);

-- ... and both together, as the five-year report counts them.
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_RECIPIENTS', 'TWO_SUBSIDIES', '两项补贴享受人数', 'Recipients of either subsidy', '人', 'DISTINCT_COUNT', 'PERIOD_END',
    'workflow.activePersonsAtEnd', 'LIVING_SUBSIDY,NURSING_SUBSIDY', NULL, NULL,
    '期末至少有一项补贴办件处于“享受中”状态的人数（同时享受两项的只计一人），按本人居住区划统计。',
    'Persons (each counted once) with at least one subsidy case Active at the end of the period, by the person''s division.',
    NULL, NULL, 'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 300, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_PAID', 'TWO_SUBSIDIES', '两项补贴发放金额', 'Two subsidies paid', '万元', 'SUM', 'IN_PERIOD',
    'subsidy.paid', 'ALL', NULL, NULL,
    '发放月份在统计期内、银行已确认发放成功的生活补贴和护理补贴明细金额合计，含补发。',
    'Living and nursing subsidy payment lines confirmed paid by the bank in rolls of months within the period, back-pay included.',
    NULL, NULL, 'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 310, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_PAYMENTS', 'TWO_SUBSIDIES', '两项补贴发放人次', 'Subsidy payments', '人次', 'COUNT', 'IN_PERIOD',
    'subsidy.payments', 'ALL', NULL, NULL,
    '发放月份在统计期内、银行已确认发放成功的两项补贴发放明细条数（一人一月一项计一人次）。',
    'Subsidy payment lines confirmed paid in rolls of months within the period (one person, one month, one subsidy is one payment).',
    NULL, NULL, 'LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 0, 320, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('SUB_COVERAGE', 'TWO_SUBSIDIES', '两项补贴覆盖率', 'Two subsidies coverage', '%', 'RATE', 'PERIOD_END',
    'subsidy.eligibleRecipients', 'ALL', 'subsidy.eligible', 'ALL',
    '分子：期末符合条件且正在享受的人项数（生活补贴、护理补贴分别计）。',
    'Numerator: eligible entitlements being received on the last day (living and nursing subsidy counted separately).',
    '分母：期末符合条件的人项数（一人同时符合两项计两项）。',
    'Denominator: eligible entitlements on the last day (a person eligible for both counts twice).',
    'CATEGORY,LEVEL,SEX,AGE_BAND,URBAN,TOWNSHIP', 1, 330, 1);

-- Targets the plans set (西宁市残疾人事业发展规划): coverage of the eligible 100%, city-wide.
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (601, 'SUB_COVERAGE', 'FIVE_YEAR', DATE '2021-01-01', '630100', 100.00, '符合条件的残疾人“两项补贴”覆盖率100%');
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (602, 'SUB_COVERAGE', 'FIVE_YEAR', DATE '2026-01-01', '630100', 100.00, '符合条件的残疾人“两项补贴”覆盖率100%');
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (603, 'SUB_COVERAGE', 'YEAR', DATE '2025-01-01', '630100', 100.00, '符合条件的残疾人“两项补贴”覆盖率100%');
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (604, 'SUB_COVERAGE', 'YEAR', DATE '2026-01-01', '630100', 100.00, '符合条件的残疾人“两项补贴”覆盖率100%');
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (605, 'SUB_LIVING_COVERAGE', 'YEAR', DATE '2026-01-01', '630100', 100.00, '符合条件的残疾人“两项补贴”覆盖率100%');
INSERT INTO stat_target (id, indicator_code, period_type, period_start, division_code, target_value, source) VALUES (606, 'SUB_NURSING_COVERAGE', 'YEAR', DATE '2026-01-01', '630100', 100.00, '符合条件的残疾人“两项补贴”覆盖率100%');
