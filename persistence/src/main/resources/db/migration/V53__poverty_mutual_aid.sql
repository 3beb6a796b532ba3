-- Neighbour mutual-aid pilots (邻里互助, issue 9): pilot areas, the monthly amount paid to a neighbour helping a
-- disabled household as a dated rate per pilot, and the months paid. Explicit ids 1700-1749 (the poverty block)
-- for the seeded pilots and rates; rows added later come from dpf_seq. Portable SQL.

-- A pilot: a division (its staff and the city's see it) from a day to a day (open while running).
CREATE TABLE mutual_aid_pilot (
    id             NUMBER(19)    NOT NULL,
    division_code  VARCHAR(12)   NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    valid_from     DATE          NOT NULL,
    valid_to       DATE,
    version        NUMBER(10)    NOT NULL,
    CONSTRAINT pk_mutual_aid_pilot PRIMARY KEY (id),
    CONSTRAINT fk_mutual_aid_pilot_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT ck_mutual_aid_pilot_period CHECK (valid_to IS NULL OR valid_to >= valid_from)
);

-- The monthly amount of a pilot (元/月), each in force from its day until a newer one starts.
CREATE TABLE mutual_aid_rate (
    id              NUMBER(19)    NOT NULL,
    pilot_id        NUMBER(19)    NOT NULL,
    valid_from      DATE          NOT NULL,
    monthly_amount  NUMBER(10,2)  NOT NULL,
    CONSTRAINT pk_mutual_aid_rate PRIMARY KEY (id),
    CONSTRAINT uq_mutual_aid_rate UNIQUE (pilot_id, valid_from),
    CONSTRAINT fk_mutual_aid_rate_pilot FOREIGN KEY (pilot_id) REFERENCES mutual_aid_pilot (id),
    CONSTRAINT ck_mutual_aid_rate_amount CHECK (monthly_amount > 0)
);

-- A month paid to a helper (by ID number) for helping a household: once per helper, household and month.
CREATE TABLE mutual_aid_payment (
    id                NUMBER(19)    NOT NULL,
    pilot_id          NUMBER(19)    NOT NULL,
    household_id      NUMBER(19)    NOT NULL,
    helper_id_number  VARCHAR(18)   NOT NULL,
    helper_name       VARCHAR(50)   NOT NULL,
    pay_month         DATE          NOT NULL,
    amount            NUMBER(10,2)  NOT NULL,
    division_code     VARCHAR(12)   NOT NULL,
    paid_on           DATE          NOT NULL,
    recorded_by       VARCHAR(50)   NOT NULL,
    CONSTRAINT pk_mutual_aid_payment PRIMARY KEY (id),
    CONSTRAINT uq_mutual_aid_payment_month UNIQUE (helper_id_number, household_id, pay_month),
    CONSTRAINT fk_mutual_aid_payment_pilot FOREIGN KEY (pilot_id) REFERENCES mutual_aid_pilot (id),
    CONSTRAINT fk_mutual_aid_payment_household FOREIGN KEY (household_id) REFERENCES household (id),
    CONSTRAINT fk_mutual_aid_payment_division FOREIGN KEY (division_code) REFERENCES division (code),
    CONSTRAINT ck_mutual_aid_payment_amount CHECK (amount > 0)
);
CREATE INDEX ix_mutual_aid_payment_division ON mutual_aid_payment (division_code, pay_month);
CREATE INDEX ix_mutual_aid_payment_pilot ON mutual_aid_payment (pilot_id, pay_month);

-- The seed's pilots (大通县 and 湟中区, five-year report) and their monthly amounts.
INSERT INTO mutual_aid_pilot (id, division_code, name, valid_from, valid_to, version)
    VALUES (1700, '630121', '大通县邻里互助试点', DATE '2021-01-01', NULL, 1);
INSERT INTO mutual_aid_pilot (id, division_code, name, valid_from, valid_to, version)
    VALUES (1701, '630106', '湟中区邻里互助试点', DATE '2021-01-01', NULL, 1);
INSERT INTO mutual_aid_rate (id, pilot_id, valid_from, monthly_amount) VALUES (1702, 1700, DATE '2021-01-01', 200.00);
INSERT INTO mutual_aid_rate (id, pilot_id, valid_from, monthly_amount) VALUES (1703, 1701, DATE '2021-01-01', 200.00);
