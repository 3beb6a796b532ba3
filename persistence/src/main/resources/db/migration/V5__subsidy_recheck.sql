-- Annual re-check of the two subsidies (年度核查): what each check date found about running cases whose
-- basis changed, and what staff did about it. A case has at most one finding per check date, so a
-- re-run of the same date can only revise it, never add a second one.

CREATE TABLE subsidy_recheck_finding (
    id                 NUMBER(19)     NOT NULL,
    case_id            NUMBER(19)     NOT NULL,
    division_code      VARCHAR(12)    NOT NULL,
    check_date         DATE           NOT NULL,
    -- message keys and their arguments, one reason a line
    reasons            VARCHAR(1000)  NOT NULL,
    reason_text        VARCHAR(1000)  NOT NULL,
    case_level         NUMBER(1)      NOT NULL,
    certificate_level  NUMBER(1),
    status             VARCHAR(10)    NOT NULL,
    found_at           TIMESTAMP      NOT NULL,
    job_execution      NUMBER(19),
    resolution         VARCHAR(20),
    resolved_by        VARCHAR(50),
    resolved_at        TIMESTAMP,
    resolution_note    VARCHAR(1000),
    version            NUMBER(10)     NOT NULL,
    CONSTRAINT pk_subsidy_recheck_finding PRIMARY KEY (id),
    CONSTRAINT fk_recheck_case FOREIGN KEY (case_id) REFERENCES subsidy_case (case_id),
    CONSTRAINT fk_recheck_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT uq_recheck_case_date UNIQUE (case_id, check_date)
);
CREATE INDEX ix_recheck_open ON subsidy_recheck_finding (status, division_code, check_date);
