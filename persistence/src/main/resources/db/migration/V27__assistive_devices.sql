-- Assistive devices (辅助器具, DOMAIN.md §4.5, issue 7 §3): a dated catalogue, applications as kernel cases
-- (first review at the township, fitting assessment by the district federation), issue or loan from the stock
-- of a service point (a designated rehabilitation institution of the registry that offers device fitting),
-- fitting, and the return of a lent item to the stock. Portable SQL (H2 and Oracle). Ids 1400-1499 are
-- rehabilitation's (chain rows 1420-1421, catalogue rows 1420-1424).

INSERT INTO program (code, name_zh, name_en, case_prefix, subject_kind, benefit_kind)
VALUES ('ASSISTIVE_DEVICE', '辅助器具适配', 'Assistive devices', 'FJ', 'PERSON', 'ITEM');

INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1420, 'ASSISTIVE_DEVICE', 1, 'FIRST_REVIEW', '初审', 'First review', 'TOWNSHIP_CLERK', 'TOWNSHIP', 10, 1, DATE '2016-01-01', NULL);
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1421, 'ASSISTIVE_DEVICE', 2, 'ASSESSMENT', '适配评估', 'Fitting assessment', 'DISTRICT_STAFF', 'COUNTY', 10, 1, DATE '2016-01-01', NULL);

-- The catalogue (辅助器具目录): a device is given (发放) or lent (借用) at a price in yuan, over a period; a new
-- price or kind is a new row from its first day, the old row ending the day before.
CREATE TABLE assistive_device (
    id           NUMBER(19)    NOT NULL,
    code         VARCHAR(20)   NOT NULL,
    name_zh      VARCHAR(100)  NOT NULL,
    name_en      VARCHAR(100)  NOT NULL,
    supply_kind  VARCHAR(10)   NOT NULL,
    price        NUMBER(12, 2) NOT NULL,
    valid_from   DATE          NOT NULL,
    valid_to     DATE,
    CONSTRAINT pk_assistive_device PRIMARY KEY (id),
    CONSTRAINT uq_assistive_device UNIQUE (code, valid_from),
    CONSTRAINT ck_device_supply CHECK (supply_kind IN ('GIVEN', 'LENT')),
    CONSTRAINT ck_device_price CHECK (price >= 0)
);
INSERT INTO assistive_device (id, code, name_zh, name_en, supply_kind, price, valid_from, valid_to) VALUES (1420, 'WC-01', '普通轮椅', 'Manual wheelchair', 'GIVEN', 800.00, DATE '2016-01-01', NULL);
INSERT INTO assistive_device (id, code, name_zh, name_en, supply_kind, price, valid_from, valid_to) VALUES (1421, 'CR-01', '腋拐', 'Crutches', 'GIVEN', 120.00, DATE '2016-01-01', NULL);
INSERT INTO assistive_device (id, code, name_zh, name_en, supply_kind, price, valid_from, valid_to) VALUES (1422, 'HA-01', '助听器', 'Hearing aid', 'GIVEN', 2000.00, DATE '2016-01-01', NULL);
INSERT INTO assistive_device (id, code, name_zh, name_en, supply_kind, price, valid_from, valid_to) VALUES (1423, 'NB-01', '护理床', 'Nursing bed', 'LENT', 1500.00, DATE '2016-01-01', NULL);
INSERT INTO assistive_device (id, code, name_zh, name_en, supply_kind, price, valid_from, valid_to) VALUES (1424, 'WK-01', '助行器', 'Walking frame', 'LENT', 300.00, DATE '2016-01-01', NULL);

-- Stock per service point and device code (库存): never below zero, whatever happens at once.
CREATE TABLE device_stock (
    institution_id  NUMBER(19)   NOT NULL,
    device_code     VARCHAR(20)  NOT NULL,
    on_hand         NUMBER(9)    NOT NULL,
    CONSTRAINT pk_device_stock PRIMARY KEY (institution_id, device_code),
    CONSTRAINT fk_device_stock_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_device_stock CHECK (on_hand >= 0)
);

-- A device case's own data: the catalogue row applied for and, once issued, where from, when, fitted and
-- (a lent item) returned.
CREATE TABLE device_case (
    case_id         NUMBER(19)  NOT NULL,
    device_id       NUMBER(19)  NOT NULL,
    institution_id  NUMBER(19),
    issued_on       DATE,
    fitted_on       DATE,
    returned_on     DATE,
    CONSTRAINT pk_device_case PRIMARY KEY (case_id),
    CONSTRAINT fk_device_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT fk_device_case_device FOREIGN KEY (device_id) REFERENCES assistive_device (id),
    CONSTRAINT fk_device_case_institution FOREIGN KEY (institution_id) REFERENCES institution (id)
);
