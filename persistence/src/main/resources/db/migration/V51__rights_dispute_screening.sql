-- Dispute screening (矛盾纠纷排查, issue 9): rounds of screening in a division and what each found. No explicit
-- ids (rows come from dpf_seq). Portable SQL (H2 and Oracle).

-- A round: the day, the division screened (its staff see it), who screened (the team, as written).
CREATE TABLE dispute_round (
    id             NUMBER(19)    NOT NULL,
    screened_on    DATE          NOT NULL,
    division_code  VARCHAR(12)   NOT NULL,
    screened_by    VARCHAR(100)  NOT NULL,
    note           VARCHAR(500),
    recorded_by    VARCHAR(50)   NOT NULL,
    version        NUMBER(10)    NOT NULL,
    CONSTRAINT pk_dispute_round PRIMARY KEY (id),
    CONSTRAINT fk_dispute_round_division FOREIGN KEY (division_code) REFERENCES division (code)
);
CREATE INDEX ix_dispute_round_division ON dispute_round (division_code, screened_on);

-- A finding: its kind, what it is, the registered person or household concerned (optional), and once resolved
-- the day and how.
CREATE TABLE dispute_finding (
    id             NUMBER(19)    NOT NULL,
    round_id       NUMBER(19)    NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    description    VARCHAR(500)  NOT NULL,
    person_id      NUMBER(19),
    household_id   NUMBER(19),
    resolved_on    DATE,
    resolution     VARCHAR(500),
    version        NUMBER(10)    NOT NULL,
    CONSTRAINT pk_dispute_finding PRIMARY KEY (id),
    CONSTRAINT fk_dispute_finding_round FOREIGN KEY (round_id) REFERENCES dispute_round (id),
    CONSTRAINT fk_dispute_finding_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_dispute_finding_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT ck_dispute_finding_kind CHECK (kind IN ('FAMILY', 'SUPPORT', 'NEIGHBOURHOOD', 'PROPERTY', 'LABOUR',
        'BENEFIT', 'OTHER')),
    CONSTRAINT ck_dispute_finding_resolved CHECK ((resolved_on IS NULL AND resolution IS NULL)
        OR (resolved_on IS NOT NULL AND resolution IS NOT NULL))
);
CREATE INDEX ix_dispute_finding_round ON dispute_finding (round_id);
