-- Poverty relief (脱贫解困, 防返贫, issue 9): the registry's households recorded as poor and lifted out of poverty,
-- and return-to-poverty monitoring (防返贫监测). No explicit ids (rows come from dpf_seq). Portable SQL.

-- A household's poverty status over time: one row per change, never updated. seq numbers a household's changes
-- (1, 2, ...): two staff recording a change at once cannot both write the same next step.
CREATE TABLE poverty_status (
    id             NUMBER(19)    NOT NULL,
    household_id   NUMBER(19)    NOT NULL,
    seq            NUMBER(10)    NOT NULL,
    status         VARCHAR(10)   NOT NULL,
    poor_kind      VARCHAR(12),
    effective_on   DATE          NOT NULL,
    division_code  VARCHAR(12)   NOT NULL,
    note           VARCHAR(500),
    recorded_by    VARCHAR(50)   NOT NULL,
    recorded_on    DATE          NOT NULL,
    CONSTRAINT pk_poverty_status PRIMARY KEY (id),
    CONSTRAINT uq_poverty_status_seq UNIQUE (household_id, seq),
    CONSTRAINT fk_poverty_status_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_poverty_status_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT ck_poverty_status CHECK (status IN ('POOR', 'LIFTED')),
    CONSTRAINT ck_poverty_status_kind CHECK ((status = 'POOR' AND poor_kind IS NOT NULL AND poor_kind IN ('REGISTERED', 'LOW_INCOME'))
        OR (status = 'LIFTED' AND poor_kind IS NULL))
);
CREATE INDEX ix_poverty_status_division ON poverty_status (division_code, effective_on);

-- A household under return-to-poverty monitoring: from a day, with its risks, the measures taken, and the day the
-- risk was removed (风险消除).
CREATE TABLE poverty_monitoring (
    id              NUMBER(19)    NOT NULL,
    household_id    NUMBER(19)    NOT NULL,
    division_code   VARCHAR(12)   NOT NULL,
    started_on      DATE          NOT NULL,
    note            VARCHAR(500),
    risk_removed_on DATE,
    recorded_by     VARCHAR(50)   NOT NULL,
    version         NUMBER(10)    NOT NULL,
    CONSTRAINT pk_poverty_monitoring PRIMARY KEY (id),
    CONSTRAINT fk_poverty_monitoring_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_poverty_monitoring_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT ck_poverty_monitoring_removed CHECK (risk_removed_on IS NULL OR risk_removed_on >= started_on)
);
CREATE INDEX ix_poverty_monitoring_household ON poverty_monitoring (household_id);
CREATE INDEX ix_poverty_monitoring_division ON poverty_monitoring (division_code, started_on);

-- The risk kinds of a monitoring (因病, 因残, 因学, 因灾, 意外, 就业不稳, 其他), each once.
CREATE TABLE poverty_monitoring_risk (
    monitoring_id  NUMBER(19)    NOT NULL,
    risk_kind      VARCHAR(20)   NOT NULL,
    CONSTRAINT pk_poverty_monitoring_risk PRIMARY KEY (monitoring_id, risk_kind),
    CONSTRAINT fk_poverty_risk_monitoring FOREIGN KEY (monitoring_id) REFERENCES poverty_monitoring (id),
    CONSTRAINT ck_poverty_risk_kind CHECK (risk_kind IN ('ILLNESS', 'DISABILITY', 'SCHOOLING', 'DISASTER',
        'ACCIDENT', 'UNSTABLE_EMPLOYMENT', 'OTHER'))
);

-- A measure taken for a monitored household (帮扶措施): its kind, day and a note.
CREATE TABLE poverty_measure (
    id             NUMBER(19)    NOT NULL,
    monitoring_id  NUMBER(19)    NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    taken_on       DATE          NOT NULL,
    note           VARCHAR(500),
    CONSTRAINT pk_poverty_measure PRIMARY KEY (id),
    CONSTRAINT fk_poverty_measure_monitoring FOREIGN KEY (monitoring_id) REFERENCES poverty_monitoring (id),
    CONSTRAINT ck_poverty_measure_kind CHECK (kind IN ('INDUSTRY', 'EMPLOYMENT', 'HEALTH', 'EDUCATION',
        'SOCIAL_ASSISTANCE', 'REHABILITATION', 'HOUSING', 'OTHER'))
);
CREATE INDEX ix_poverty_measure_monitoring ON poverty_measure (monitoring_id);
