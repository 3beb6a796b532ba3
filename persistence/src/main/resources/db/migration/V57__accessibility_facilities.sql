-- Public accessible facilities (无障碍设施, issue 9): an inventory by division and kind with counts, and the
-- inspections of each facility entry with their findings. No explicit ids. Portable SQL (H2 and Oracle).

-- One entry a division, kind and name (a street, a bus line, a residential compound): how many there are.
CREATE TABLE accessible_facility (
    id             NUMBER(19)    NOT NULL,
    division_code  VARCHAR(12)   NOT NULL,
    kind           VARCHAR(30)   NOT NULL,
    name           VARCHAR(200)  NOT NULL,
    quantity       NUMBER(9)     NOT NULL,
    recorded_by    VARCHAR(50)   NOT NULL,
    recorded_on    DATE          NOT NULL,
    version        NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_accessible_facility PRIMARY KEY (id),
    CONSTRAINT fk_facility_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT uq_facility_entry UNIQUE (division_code, kind, name),
    CONSTRAINT ck_facility_quantity CHECK (quantity >= 0),
    CONSTRAINT ck_facility_kind CHECK (kind IN ('CURB_RAMP', 'FOOTBRIDGE_LIFT', 'RESIDENTIAL_LIFT', 'BUS_STATION',
        'BUS_STOP', 'PRIORITY_SEAT', 'ACCESSIBLE_BUS', 'PASSAGE', 'TOILET', 'SIGN_LANGUAGE_TV', 'E_READING_ROOM'))
);
CREATE INDEX ix_facility_kind ON accessible_facility (kind, division_code);

-- An inspection (检查): who looked, when, what they found, and whether it was fixed (then on which day).
CREATE TABLE facility_inspection (
    id             NUMBER(19)     NOT NULL,
    facility_id    NUMBER(19)     NOT NULL,
    inspected_on   DATE           NOT NULL,
    inspector      VARCHAR(100)   NOT NULL,
    findings       VARCHAR(1000)  NOT NULL,
    fixed_on       DATE,
    recorded_by    VARCHAR(50)    NOT NULL,
    CONSTRAINT pk_facility_inspection PRIMARY KEY (id),
    CONSTRAINT fk_inspection_facility FOREIGN KEY (facility_id) REFERENCES accessible_facility (id),
    CONSTRAINT ck_inspection_fixed CHECK (fixed_on IS NULL OR fixed_on >= inspected_on)
);
CREATE INDEX ix_inspection_facility ON facility_inspection (facility_id, inspected_on);
