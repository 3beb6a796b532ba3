-- Employment (就业, issue 8): employers (用人单位), their annual quota declarations (按比例就业年审) with the
-- disabled employees declared and each one's verification, and the employment security fund (残疾人就业保障金)
-- computed per employer and year, kept line by line. Portable SQL (H2 and Oracle). Ids 1500-1599 are this
-- program's.

-- Verification rules, read on the declared year's last day.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1500, 'employment.quota.minAge', '16', DATE '2015-01-01', '按比例就业认定：劳动年龄下限');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1501, 'employment.quota.maxAge.MALE', '60', DATE '2015-01-01', '按比例就业认定：男性劳动年龄上限');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1502, 'employment.quota.maxAge.FEMALE', '55', DATE '2015-01-01', '按比例就业认定：女性劳动年龄上限');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1503, 'employment.quota.minContractMonths', '12', DATE '2015-01-01', '按比例就业认定：劳动合同最短期限（月）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1504, 'employment.quota.minInsuranceMonths', '12', DATE '2015-01-01', '按比例就业认定：年内缴纳社会保险最少月数');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1505, 'employment.minimumWage.monthly', '1700.00', DATE '2020-01-01', '当地月最低工资标准（元）：按省政府公布的标准维护');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1506, 'employment.minimumWage.monthly', '1880.00', DATE '2024-01-01', '当地月最低工资标准（元）：按省政府公布的标准维护');

-- The fund's rules, read on the declared year's first day, so a year keeps the rules of its own time.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1510, 'employment.fund.ratio', '0.015', DATE '2015-01-01', '按比例安排残疾人就业的比例（青海省 1.5%）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1511, 'employment.fund.capMultiple', '2', DATE '2015-01-01', '计征工资上限：当地社会平均工资的倍数');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1512, 'employment.fund.exemptStaffAtMost', '30', DATE '2020-01-01', '在职职工人数不超过此数的用人单位暂免征收');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1513, 'employment.fund.reducedTierRatio', '0.01', DATE '2020-01-01', '分档减缴：实际安排比例的分界');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1514, 'employment.fund.shareAtOrAboveTier', '0.5', DATE '2020-01-01', '实际安排比例不低于分界的，按应缴额的此比例缴纳');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1515, 'employment.fund.shareBelowTier', '0.9', DATE '2020-01-01', '实际安排比例低于分界的，按应缴额的此比例缴纳');
-- The local average social wage (当地社会平均工资, yuan a year) is a figure the statistics bureau publishes
-- every year; these rows are the platform's initial values, to be replaced by the published figures as data.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1516, 'employment.fund.localAverageWage', '90000.00', DATE '2020-01-01', '当地社会平均工资（元/年，按统计部门公布数维护）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1517, 'employment.fund.localAverageWage', '100000.00', DATE '2023-01-01', '当地社会平均工资（元/年，按统计部门公布数维护）');

CREATE TABLE employer (
    id             NUMBER(19)   NOT NULL,
    credit_code    VARCHAR(18)  NOT NULL,
    name           VARCHAR(200) NOT NULL,
    division_code  VARCHAR(12)  NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    tax_office     VARCHAR(100) NOT NULL,
    version        NUMBER(10)   NOT NULL,
    CONSTRAINT pk_employer PRIMARY KEY (id),
    CONSTRAINT uq_employer_credit_code UNIQUE (credit_code),
    CONSTRAINT ck_employer_kind CHECK (kind IN ('ENTERPRISE', 'PUBLIC_INSTITUTION', 'GOVERNMENT_ORGAN', 'SOCIAL_ORGANISATION'))
);
CREATE INDEX ix_employer_division ON employer (division_code);

-- One declaration per employer and year; the unique key guards two at once.
CREATE TABLE employment_declaration (
    id               NUMBER(19)    NOT NULL,
    employer_id      NUMBER(19)    NOT NULL,
    declared_year    NUMBER(4)     NOT NULL,
    staff_count      NUMBER(7)     NOT NULL,
    total_wages      NUMBER(16, 2) NOT NULL,
    channel          VARCHAR(20)   NOT NULL,
    declared_by      VARCHAR(60)   NOT NULL,
    declared_at      TIMESTAMP     NOT NULL,
    verified_by      VARCHAR(60),
    verified_at      TIMESTAMP,
    recognised_count NUMBER(7),
    version          NUMBER(10)    NOT NULL,
    CONSTRAINT pk_employment_declaration PRIMARY KEY (id),
    CONSTRAINT fk_declaration_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT uq_declaration_year UNIQUE (employer_id, declared_year)
);

-- A declared disabled employee and the verification's outcome: PENDING until verified, then RECOGNISED (counted
-- 1, or 2 for level 1-2), NOT_RECOGNISED with its reasons, or DUPLICATE (declared by another employer for the
-- same year: counts nowhere until staff decide).
CREATE TABLE declared_employee (
    id                  NUMBER(19)    NOT NULL,
    declaration_id      NUMBER(19)    NOT NULL,
    declared_year       NUMBER(4)     NOT NULL,
    id_number           VARCHAR(18)   NOT NULL,
    certificate_number  VARCHAR(20)   NOT NULL,
    declared_level      NUMBER(1)     NOT NULL,
    contract_from       DATE          NOT NULL,
    contract_to         DATE,
    insurance_months    NUMBER(2)     NOT NULL,
    monthly_wage        NUMBER(12, 2) NOT NULL,
    outcome             VARCHAR(20)   NOT NULL,
    reasons             VARCHAR(1000),
    counted             NUMBER(1)     NOT NULL,
    CONSTRAINT pk_declared_employee PRIMARY KEY (id),
    CONSTRAINT fk_declared_employee FOREIGN KEY (declaration_id) REFERENCES employment_declaration (id),
    CONSTRAINT uq_declared_employee UNIQUE (declaration_id, id_number),
    CONSTRAINT ck_declared_outcome CHECK (outcome IN ('PENDING', 'RECOGNISED', 'NOT_RECOGNISED', 'DUPLICATE')),
    CONSTRAINT ck_declared_counted CHECK (counted IN (0, 1, 2))
);
CREATE INDEX ix_declared_employee_person ON declared_employee (id_number, declared_year);

-- The fund of an employer's year: made once (the unique key), kept with its lines, then what the tax office
-- reports collected. job_execution: the batch run that computed it (none when staff computed it on a screen).
CREATE TABLE security_fund (
    id              NUMBER(19)    NOT NULL,
    employer_id     NUMBER(19)    NOT NULL,
    fund_year       NUMBER(4)     NOT NULL,
    division_code   VARCHAR(12)   NOT NULL,
    declaration_id  NUMBER(19)    NOT NULL,
    due             NUMBER(14, 2) NOT NULL,
    exempt          NUMBER(1)     NOT NULL,
    computed_by     VARCHAR(60)   NOT NULL,
    computed_at     TIMESTAMP     NOT NULL,
    job_execution   NUMBER(19),
    collected       NUMBER(14, 2),
    collected_on    DATE,
    version         NUMBER(10)    NOT NULL,
    CONSTRAINT pk_security_fund PRIMARY KEY (id),
    CONSTRAINT fk_fund_employer FOREIGN KEY (employer_id) REFERENCES employer (id),
    CONSTRAINT fk_fund_declaration FOREIGN KEY (declaration_id) REFERENCES employment_declaration (id),
    CONSTRAINT uq_security_fund UNIQUE (employer_id, fund_year)
);
CREATE INDEX ix_security_fund_division ON security_fund (division_code, fund_year);

CREATE TABLE security_fund_line (
    fund_id     NUMBER(19)   NOT NULL,
    line_no     NUMBER(3)    NOT NULL,
    item        VARCHAR(40)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    line_value  VARCHAR(40)  NOT NULL,
    CONSTRAINT pk_security_fund_line PRIMARY KEY (fund_id, line_no),
    CONSTRAINT fk_fund_line FOREIGN KEY (fund_id) REFERENCES security_fund (id)
);
