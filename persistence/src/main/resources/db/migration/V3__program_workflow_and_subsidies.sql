-- Program workflow kernel (every program) and the two subsidies' own data.

CREATE TABLE program (
    code     VARCHAR(40)  NOT NULL,
    name_zh  VARCHAR(100) NOT NULL,
    name_en  VARCHAR(100) NOT NULL,
    CONSTRAINT pk_program PRIMARY KEY (code)
);

-- Which review levels a program requires and how many days each may take, dated.
CREATE TABLE program_review_stage (
    id             NUMBER(19)  NOT NULL,
    program_code   VARCHAR(40) NOT NULL,
    review_level   VARCHAR(20) NOT NULL,
    deadline_days  NUMBER(4)   NOT NULL,
    valid_from     DATE        NOT NULL,
    CONSTRAINT pk_program_review_stage PRIMARY KEY (id),
    CONSTRAINT fk_stage_program FOREIGN KEY (program_code) REFERENCES program (code),
    CONSTRAINT uq_stage UNIQUE (program_code, review_level, valid_from)
);

CREATE TABLE program_case (
    id             NUMBER(19)   NOT NULL,
    case_kind      VARCHAR(20)  NOT NULL,
    program_code   VARCHAR(40)  NOT NULL,
    person_id      NUMBER(19)   NOT NULL,
    division_code  VARCHAR(12)  NOT NULL,
    state          VARCHAR(20)  NOT NULL,
    applied_on     DATE         NOT NULL,
    review_plan    VARCHAR(200),
    current_level  VARCHAR(20),
    level_due      DATE,
    benefit_from   DATE,
    benefit_until  DATE,
    end_reason     VARCHAR(200),
    created_by     VARCHAR(50)  NOT NULL,
    version        NUMBER(10)   NOT NULL,
    CONSTRAINT pk_program_case PRIMARY KEY (id),
    CONSTRAINT fk_case_program FOREIGN KEY (program_code) REFERENCES program (code),
    CONSTRAINT fk_case_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_case_division FOREIGN KEY (division_code) REFERENCES division (code)
);
CREATE INDEX ix_case_queue ON program_case (program_code, state, current_level, division_code);
CREATE INDEX ix_case_person ON program_case (person_id, program_code);
CREATE INDEX ix_case_division ON program_case (division_code, state);

CREATE TABLE case_event (
    id            NUMBER(19)   NOT NULL,
    case_id       NUMBER(19)   NOT NULL,
    event_type    VARCHAR(20)  NOT NULL,
    review_level  VARCHAR(20),
    decision      VARCHAR(20),
    state_from    VARCHAR(20),
    state_to      VARCHAR(20)  NOT NULL,
    actor         VARCHAR(50)  NOT NULL,
    reason        VARCHAR(400),
    occurred_at   TIMESTAMP    NOT NULL,
    CONSTRAINT pk_case_event PRIMARY KEY (id),
    CONSTRAINT fk_case_event_case FOREIGN KEY (case_id) REFERENCES program_case (id)
);
CREATE INDEX ix_case_event_case ON case_event (case_id);
CREATE INDEX ix_case_event_time ON case_event (event_type, occurred_at);

CREATE TABLE subsidy_case (
    case_id        NUMBER(19)  NOT NULL,
    subsidy_type   VARCHAR(10) NOT NULL,
    benefit_level  NUMBER(1)   NOT NULL,
    bank_name      VARCHAR(60),
    bank_account   VARCHAR(40),
    CONSTRAINT pk_subsidy_case PRIMARY KEY (case_id),
    CONSTRAINT fk_subsidy_case FOREIGN KEY (case_id) REFERENCES program_case (id)
);

-- Monthly rates in yuan, per subsidy and level (NULL level: every level without its own row).
CREATE TABLE subsidy_rate (
    id                NUMBER(19)    NOT NULL,
    subsidy_type      VARCHAR(10)   NOT NULL,
    disability_level  NUMBER(1),
    monthly_amount    NUMBER(12, 2) NOT NULL,
    valid_from        DATE          NOT NULL,
    CONSTRAINT pk_subsidy_rate PRIMARY KEY (id)
);
CREATE INDEX ix_subsidy_rate ON subsidy_rate (subsidy_type, valid_from);

CREATE TABLE overlapping_benefit (
    id            NUMBER(19)  NOT NULL,
    person_id     NUMBER(19)  NOT NULL,
    benefit_type  VARCHAR(30) NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_to      DATE,
    source        VARCHAR(50) NOT NULL,
    CONSTRAINT pk_overlapping_benefit PRIMARY KEY (id),
    CONSTRAINT fk_overlap_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_overlap_person ON overlapping_benefit (person_id);

CREATE TABLE policy_setting (
    id             NUMBER(19)   NOT NULL,
    setting_key    VARCHAR(80)  NOT NULL,
    setting_value  VARCHAR(200) NOT NULL,
    valid_from     DATE         NOT NULL,
    note           VARCHAR(200),
    CONSTRAINT pk_policy_setting PRIMARY KEY (id),
    CONSTRAINT uq_policy_setting UNIQUE (setting_key, valid_from)
);

INSERT INTO program (code, name_zh, name_en) VALUES ('LIVING_SUBSIDY', '困难残疾人生活补贴', 'Living subsidy for disabled people in need');
INSERT INTO program (code, name_zh, name_en) VALUES ('NURSING_SUBSIDY', '重度残疾人护理补贴', 'Nursing subsidy for severely disabled people');

-- Applied at the township: first review there, review by the district DPF, final approval by district civil affairs.
INSERT INTO program_review_stage (id, program_code, review_level, deadline_days, valid_from) VALUES (1, 'LIVING_SUBSIDY', 'FIRST_REVIEW', 10, DATE '2016-01-01');
INSERT INTO program_review_stage (id, program_code, review_level, deadline_days, valid_from) VALUES (2, 'LIVING_SUBSIDY', 'REVIEW', 10, DATE '2016-01-01');
INSERT INTO program_review_stage (id, program_code, review_level, deadline_days, valid_from) VALUES (3, 'LIVING_SUBSIDY', 'APPROVAL', 10, DATE '2016-01-01');
INSERT INTO program_review_stage (id, program_code, review_level, deadline_days, valid_from) VALUES (4, 'NURSING_SUBSIDY', 'FIRST_REVIEW', 10, DATE '2016-01-01');
INSERT INTO program_review_stage (id, program_code, review_level, deadline_days, valid_from) VALUES (5, 'NURSING_SUBSIDY', 'REVIEW', 10, DATE '2016-01-01');
INSERT INTO program_review_stage (id, program_code, review_level, deadline_days, valid_from) VALUES (6, 'NURSING_SUBSIDY', 'APPROVAL', 10, DATE '2016-01-01');

-- Illustrative rates (元/人/月); the federation replaces them with the province's published figures.
INSERT INTO subsidy_rate (id, subsidy_type, disability_level, monthly_amount, valid_from) VALUES (11, 'LIVING', NULL, 80.00, DATE '2016-01-01');
INSERT INTO subsidy_rate (id, subsidy_type, disability_level, monthly_amount, valid_from) VALUES (12, 'LIVING', NULL, 100.00, DATE '2022-01-01');
INSERT INTO subsidy_rate (id, subsidy_type, disability_level, monthly_amount, valid_from) VALUES (21, 'NURSING', 1, 100.00, DATE '2016-01-01');
INSERT INTO subsidy_rate (id, subsidy_type, disability_level, monthly_amount, valid_from) VALUES (22, 'NURSING', 2, 80.00, DATE '2016-01-01');
INSERT INTO subsidy_rate (id, subsidy_type, disability_level, monthly_amount, valid_from) VALUES (23, 'NURSING', NULL, 60.00, DATE '2016-01-01');
INSERT INTO subsidy_rate (id, subsidy_type, disability_level, monthly_amount, valid_from) VALUES (24, 'NURSING', 1, 120.00, DATE '2022-01-01');
INSERT INTO subsidy_rate (id, subsidy_type, disability_level, monthly_amount, valid_from) VALUES (25, 'NURSING', 2, 100.00, DATE '2022-01-01');

INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (31, 'subsidy.living.includesLowIncome', 'false', DATE '2016-01-01', '生活补贴是否扩大到低收入家庭');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (32, 'subsidy.nursing.includesLevel34IntellectualMental', 'false', DATE '2016-01-01', '护理补贴是否扩大到三、四级智力、精神残疾');
