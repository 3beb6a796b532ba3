-- Registry: divisions, households, people, certificates, staff, partners, audit.
-- Portable between H2 (plain and MODE=Oracle) and Oracle 19c+: no identity columns, no BOOLEAN,
-- no vendor functions; ids come from sequences that EclipseLink draws in blocks of 50.

CREATE SEQUENCE dpf_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE division (
    code         VARCHAR(12)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    parent_code  VARCHAR(12),
    div_level    VARCHAR(12)  NOT NULL,
    urban        NUMBER(1)    DEFAULT 1 NOT NULL,
    CONSTRAINT pk_division PRIMARY KEY (code),
    CONSTRAINT fk_division_parent FOREIGN KEY (parent_code) REFERENCES division (code)
);
CREATE INDEX ix_division_parent ON division (parent_code);

CREATE TABLE household (
    id             NUMBER(19)   NOT NULL,
    household_no   VARCHAR(30)  NOT NULL,
    division_code  VARCHAR(12)  NOT NULL,
    address        VARCHAR(200),
    urban          NUMBER(1)    NOT NULL,
    version        NUMBER(10)   NOT NULL,
    CONSTRAINT pk_household PRIMARY KEY (id),
    CONSTRAINT uq_household_no UNIQUE (household_no),
    CONSTRAINT fk_household_division FOREIGN KEY (division_code) REFERENCES division (code)
);
CREATE INDEX ix_household_division ON household (division_code);

-- 低保 / 特困 / 低收入 / 脱贫监测: dated, so a program can ask what held on any day.
CREATE TABLE household_assistance (
    id            NUMBER(19)  NOT NULL,
    household_id  NUMBER(19)  NOT NULL,
    status        VARCHAR(20) NOT NULL,
    valid_from    DATE        NOT NULL,
    valid_to      DATE,
    source        VARCHAR(30) NOT NULL,
    CONSTRAINT pk_household_assistance PRIMARY KEY (id),
    CONSTRAINT fk_assistance_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_assistance_household ON household_assistance (household_id);

CREATE TABLE person (
    id             NUMBER(19)   NOT NULL,
    id_number      VARCHAR(18)  NOT NULL,
    name           VARCHAR(50)  NOT NULL,
    sex            VARCHAR(1)   NOT NULL,
    birth_date     DATE         NOT NULL,
    ethnicity      VARCHAR(20),
    phone          VARCHAR(20),
    address        VARCHAR(200),
    division_code  VARCHAR(12)  NOT NULL,
    household_id   NUMBER(19),
    urban          NUMBER(1)    NOT NULL,
    death_date     DATE,
    created_at     TIMESTAMP    NOT NULL,
    updated_at     TIMESTAMP    NOT NULL,
    version        NUMBER(10)   NOT NULL,
    CONSTRAINT pk_person PRIMARY KEY (id),
    CONSTRAINT uq_person_id_number UNIQUE (id_number),
    CONSTRAINT fk_person_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT fk_person_household FOREIGN KEY (household_id) REFERENCES household (id)
);
CREATE INDEX ix_person_division ON person (division_code);
CREATE INDEX ix_person_name ON person (name);
CREATE INDEX ix_person_household ON person (household_id);

CREATE TABLE certificate (
    id             NUMBER(19)   NOT NULL,
    person_id      NUMBER(19)   NOT NULL,
    cert_number    VARCHAR(20)  NOT NULL,
    category       NUMBER(1)    NOT NULL,
    cert_level     NUMBER(1)    NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    division_code  VARCHAR(12)  NOT NULL,
    issued_on      DATE         NOT NULL,
    cancelled_on   DATE,
    cancel_reason  VARCHAR(20),
    -- 1 on the newest certificate of each person: the one lists and searches show.
    current_cert   NUMBER(1)    NOT NULL,
    version        NUMBER(10)   NOT NULL,
    CONSTRAINT pk_certificate PRIMARY KEY (id),
    CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_certificate_division FOREIGN KEY (division_code) REFERENCES division (code)
);
CREATE INDEX ix_certificate_person ON certificate (person_id, current_cert);
CREATE INDEX ix_certificate_number ON certificate (cert_number);
CREATE INDEX ix_certificate_division ON certificate (division_code, status);

-- Every step in a certificate's life; rows are only ever added.
CREATE TABLE certificate_event (
    id              NUMBER(19)   NOT NULL,
    certificate_id  NUMBER(19)   NOT NULL,
    event_type      VARCHAR(20)  NOT NULL,
    event_date      DATE         NOT NULL,
    old_category    NUMBER(1),
    new_category    NUMBER(1),
    old_level       NUMBER(1),
    new_level       NUMBER(1),
    old_division    VARCHAR(12),
    new_division    VARCHAR(12),
    reason          VARCHAR(200),
    actor           VARCHAR(50)  NOT NULL,
    recorded_at     TIMESTAMP    NOT NULL,
    CONSTRAINT pk_certificate_event PRIMARY KEY (id),
    CONSTRAINT fk_cert_event_certificate FOREIGN KEY (certificate_id) REFERENCES certificate (id)
);
CREATE INDEX ix_cert_event_certificate ON certificate_event (certificate_id);
CREATE INDEX ix_cert_event_date ON certificate_event (event_type, event_date);

CREATE TABLE staff_user (
    username       VARCHAR(50)  NOT NULL,
    display_name   VARCHAR(50)  NOT NULL,
    password_hash  VARCHAR(300) NOT NULL,
    staff_role     VARCHAR(30)  NOT NULL,
    division_code  VARCHAR(12)  NOT NULL,
    active         NUMBER(1)    NOT NULL,
    version        NUMBER(10)   NOT NULL,
    CONSTRAINT pk_staff_user PRIMARY KEY (username),
    CONSTRAINT fk_staff_division FOREIGN KEY (division_code) REFERENCES division (code)
);

-- Integration partners authenticate with their own credentials, never with a staff login.
CREATE TABLE partner (
    code           VARCHAR(50)  NOT NULL,
    name           VARCHAR(100) NOT NULL,
    secret_hash    VARCHAR(300) NOT NULL,
    scopes         VARCHAR(300) NOT NULL,
    active         NUMBER(1)    NOT NULL,
    CONSTRAINT pk_partner PRIMARY KEY (code)
);

CREATE TABLE audit_entry (
    id             NUMBER(19)    NOT NULL,
    occurred_at    TIMESTAMP     NOT NULL,
    actor          VARCHAR(50)   NOT NULL,
    action         VARCHAR(20)   NOT NULL,
    entity_type    VARCHAR(40)   NOT NULL,
    entity_id      VARCHAR(40)   NOT NULL,
    division_code  VARCHAR(12),
    summary        VARCHAR(400),
    before_state   CLOB,
    after_state    CLOB,
    CONSTRAINT pk_audit_entry PRIMARY KEY (id)
);
CREATE INDEX ix_audit_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX ix_audit_entity ON audit_entry (entity_type, entity_id);

-- Certificate holders on a date by county-level division, category, level and sex.
CREATE TABLE stat_certificate_holders (
    id             NUMBER(19)  NOT NULL,
    stat_date      DATE        NOT NULL,
    division_code  VARCHAR(12) NOT NULL,
    category       NUMBER(1)   NOT NULL,
    cert_level     NUMBER(1)   NOT NULL,
    sex            VARCHAR(1)  NOT NULL,
    holders        NUMBER(10)  NOT NULL,
    computed_at    TIMESTAMP   NOT NULL,
    CONSTRAINT pk_stat_cert_holders PRIMARY KEY (id),
    CONSTRAINT uq_stat_cert_holders UNIQUE (stat_date, division_code, category, cert_level, sex)
);
