-- Monthly payment rolls of the two subsidies and their lines (one per case, month paid for and attempt).

CREATE TABLE payment_roll (
    id                NUMBER(19)    NOT NULL,
    roll_month        DATE          NOT NULL,
    division_code     VARCHAR(12)   NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    line_count        NUMBER(10)    NOT NULL,
    total_amount      NUMBER(14, 2) NOT NULL,
    cases_total       NUMBER(10)    NOT NULL,
    cases_done        NUMBER(10)    NOT NULL,
    job_instance_id   NUMBER(19),
    job_execution_id  NUMBER(19),
    created_by        VARCHAR(50)   NOT NULL,
    created_at        TIMESTAMP     NOT NULL,
    run_by            VARCHAR(50),
    run_started_at    TIMESTAMP,
    run_ended_at      TIMESTAMP,
    version           NUMBER(10)    NOT NULL,
    CONSTRAINT pk_payment_roll PRIMARY KEY (id),
    CONSTRAINT fk_roll_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT uq_payment_roll UNIQUE (roll_month, division_code)
);

CREATE TABLE payment_line (
    id              NUMBER(19)    NOT NULL,
    roll_id         NUMBER(19)    NOT NULL,
    case_id         NUMBER(19)    NOT NULL,
    person_id       NUMBER(19)    NOT NULL,
    subsidy_type    VARCHAR(10)   NOT NULL,
    benefit_level   NUMBER(1)     NOT NULL,
    paid_month      DATE          NOT NULL,
    amount          NUMBER(12, 2) NOT NULL,
    attempt         NUMBER(3)     NOT NULL,
    status          VARCHAR(10)   NOT NULL,
    bank_name       VARCHAR(60),
    bank_account    VARCHAR(40),
    bank_reference  VARCHAR(60),
    failure_reason  VARCHAR(200),
    settled_by      VARCHAR(50),
    settled_at      TIMESTAMP,
    version         NUMBER(10)    NOT NULL,
    CONSTRAINT pk_payment_line PRIMARY KEY (id),
    CONSTRAINT fk_line_roll FOREIGN KEY (roll_id) REFERENCES payment_roll (id),
    CONSTRAINT fk_line_case FOREIGN KEY (case_id) REFERENCES subsidy_case (case_id),
    CONSTRAINT fk_line_person FOREIGN KEY (person_id) REFERENCES person (id),
    -- The last guard against paying a month twice: one line per case, month paid for and attempt.
    CONSTRAINT uq_payment_line UNIQUE (case_id, paid_month, attempt),
    CONSTRAINT ck_line_status CHECK (status IN ('PENDING', 'PAID', 'FAILED')),
    CONSTRAINT ck_line_attempt CHECK (attempt >= 1)
);
CREATE INDEX ix_line_roll ON payment_line (roll_id, status);
