-- Service providers (issue 7): the registry of institutions that deliver programs' services, and the
-- services each offers. Portable SQL (H2 and Oracle).

CREATE TABLE institution (
    id             NUMBER(19)   NOT NULL,
    name           VARCHAR(100) NOT NULL,
    kind           VARCHAR(30)  NOT NULL,
    qualification  VARCHAR(100) NOT NULL,
    capacity       NUMBER(6)    NOT NULL,
    division_code  VARCHAR(12)  NOT NULL,
    valid_from     DATE         NOT NULL,
    valid_to       DATE,
    version        NUMBER(10)   DEFAULT 0 NOT NULL,
    CONSTRAINT pk_institution PRIMARY KEY (id),
    CONSTRAINT fk_institution_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT ck_institution_kind CHECK (kind IN ('REHABILITATION', 'CARE', 'SPECIAL_SCHOOL', 'SHELTERED_EMPLOYMENT')),
    CONSTRAINT ck_institution_capacity CHECK (capacity > 0),
    CONSTRAINT ck_institution_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_institution_division ON institution (division_code);

CREATE TABLE institution_service (
    institution_id NUMBER(19)  NOT NULL,
    service_kind   VARCHAR(30) NOT NULL,
    CONSTRAINT pk_institution_service PRIMARY KEY (institution_id, service_kind),
    CONSTRAINT fk_service_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);

-- An institution's staff (role INSTITUTION_STAFF) work for one institution; no other account names one.
ALTER TABLE staff_user ADD institution_id NUMBER(19);
ALTER TABLE staff_user ADD CONSTRAINT fk_staff_institution FOREIGN KEY (institution_id) REFERENCES institution (id);
ALTER TABLE staff_user ADD CONSTRAINT ck_staff_institution CHECK ((staff_role = 'INSTITUTION_STAFF' AND institution_id IS NOT NULL) OR (staff_role <> 'INSTITUTION_STAFF' AND institution_id IS NULL));

-- Who is assigned to which institution for which service, over dates: what entitles an institution to
-- record that service for that person. A program's case that placed the person is named in case_id.
CREATE TABLE institution_enrolment (
    id             NUMBER(19)  NOT NULL,
    person_id      NUMBER(19)  NOT NULL,
    institution_id NUMBER(19)  NOT NULL,
    service_kind   VARCHAR(30) NOT NULL,
    valid_from     DATE        NOT NULL,
    valid_to       DATE,
    case_id        NUMBER(19),
    CONSTRAINT pk_institution_enrolment PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_enrolment_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_enrolment_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX ix_enrolment_person ON institution_enrolment (person_id);
CREATE INDEX ix_enrolment_institution ON institution_enrolment (institution_id);

-- Real-name service records (实名制服务记录): one per person, institution, service and day.
CREATE TABLE service_record (
    id             NUMBER(19)    NOT NULL,
    person_id      NUMBER(19)    NOT NULL,
    institution_id NUMBER(19)    NOT NULL,
    service_kind   VARCHAR(30)   NOT NULL,
    service_date   DATE          NOT NULL,
    quantity       NUMBER(4)     NOT NULL,
    amount         NUMBER(12, 2) NOT NULL,
    division_code  VARCHAR(12)   NOT NULL,
    channel        VARCHAR(10)   NOT NULL,
    recorded_by    VARCHAR(60)   NOT NULL,
    recorded_at    TIMESTAMP     NOT NULL,
    CONSTRAINT pk_service_record PRIMARY KEY (id),
    CONSTRAINT fk_record_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_record_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_service_record UNIQUE (person_id, institution_id, service_kind, service_date),
    CONSTRAINT ck_record_quantity CHECK (quantity > 0),
    CONSTRAINT ck_record_amount CHECK (amount >= 0),
    CONSTRAINT ck_record_channel CHECK (channel IN ('SCREEN', 'IMPORT', 'PARTNER'))
);
CREATE INDEX ix_record_institution_date ON service_record (institution_id, service_date);
CREATE INDEX ix_record_division_date ON service_record (division_code, service_date);

-- An institution's own system reports its service records as a partner bound to that institution
-- (scope institution-services); it sees only its own people.
ALTER TABLE partner ADD institution_id NUMBER(19);
ALTER TABLE partner ADD CONSTRAINT fk_partner_institution FOREIGN KEY (institution_id) REFERENCES institution (id);
