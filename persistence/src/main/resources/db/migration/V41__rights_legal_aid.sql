-- Legal consultations and legal-aid cases (法律咨询、法律援助, DOMAIN.md §4.9, issue 9) with their outcome. Like a
-- petition, the person helped need not be in the registry (linked by ID number when given). Portable SQL (H2
-- and Oracle). Ids 1600-1699 are rights' (none used here).
CREATE TABLE legal_matter (
    id               NUMBER(19)    NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    person_name      VARCHAR(50)   NOT NULL,
    contact          VARCHAR(50)   NOT NULL,
    id_number        VARCHAR(18),
    person_id        NUMBER(19),
    matter           VARCHAR(1000) NOT NULL,
    division_code    VARCHAR(12)   NOT NULL,
    opened_on        DATE          NOT NULL,
    outcome          VARCHAR(20),
    outcome_note     VARCHAR(1000),
    concluded_on     DATE,
    version          NUMBER(9)     NOT NULL,
    CONSTRAINT pk_legal_matter PRIMARY KEY (id),
    CONSTRAINT fk_legal_matter_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_legal_matter_kind CHECK (kind IN ('CONSULTATION', 'LEGAL_AID')),
    CONSTRAINT ck_legal_matter_outcome CHECK (outcome IS NULL OR outcome IN ('ANSWERED', 'REFERRED', 'WON', 'SETTLED', 'NOT_SUPPORTED', 'WITHDRAWN')),
    CONSTRAINT ck_legal_matter_concluded CHECK ((outcome IS NULL AND concluded_on IS NULL) OR (outcome IS NOT NULL AND concluded_on IS NOT NULL))
);
CREATE INDEX ix_legal_matter_division ON legal_matter (division_code, kind, opened_on);
