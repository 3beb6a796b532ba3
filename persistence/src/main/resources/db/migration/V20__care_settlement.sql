-- The monthly settlement of the care subsidy per institution (阳光家园补助结算, issue 7): for one care
-- institution and one month, each person enrolled for care with the days or visits recorded for them and
-- the amount at the rate in force, and the total. One settlement per institution and month: the unique key
-- makes a second run (or two at once) settle nothing twice. Portable SQL (H2 and Oracle).

CREATE TABLE care_settlement (
    id               NUMBER(19)    NOT NULL,
    institution_id   NUMBER(19)    NOT NULL,
    settlement_month DATE          NOT NULL,
    division_code    VARCHAR(12)   NOT NULL,
    persons          NUMBER(6)     NOT NULL,
    units            NUMBER(8)     NOT NULL,
    total_amount     NUMBER(14, 2) NOT NULL,
    settled_by       VARCHAR(60)   NOT NULL,
    settled_at       TIMESTAMP     NOT NULL,
    CONSTRAINT pk_care_settlement PRIMARY KEY (id),
    CONSTRAINT fk_settlement_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_care_settlement UNIQUE (institution_id, settlement_month)
);
CREATE INDEX ix_care_settlement_division ON care_settlement (division_code, settlement_month);

CREATE TABLE care_settlement_line (
    id             NUMBER(19)    NOT NULL,
    settlement_id  NUMBER(19)    NOT NULL,
    person_id      NUMBER(19)    NOT NULL,
    enrolment_id   NUMBER(19)    NOT NULL,
    care_kind      VARCHAR(20)   NOT NULL,
    units          NUMBER(4)     NOT NULL,
    monthly_rate   NUMBER(12, 2) NOT NULL,
    amount         NUMBER(12, 2) NOT NULL,
    CONSTRAINT pk_care_settlement_line PRIMARY KEY (id),
    CONSTRAINT fk_care_line_settlement FOREIGN KEY (settlement_id) REFERENCES care_settlement (id),
    CONSTRAINT fk_care_line_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_care_line_enrolment FOREIGN KEY (enrolment_id) REFERENCES institution_enrolment (id),
    CONSTRAINT uq_care_settlement_line UNIQUE (settlement_id, enrolment_id)
);
