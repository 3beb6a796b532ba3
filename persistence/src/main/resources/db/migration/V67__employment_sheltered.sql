-- Sheltered employment (辅助性就业, issue 8): the disabled workers of a sheltered-employment institution are
-- enrolments of the shared institution registry (institution_enrolment, service SHELTERED_WORK); this adds the
-- monthly subsidy the federation pays the institution per worker present in the month, once per institution and
-- month, with one line per worker paid. Portable SQL (H2 and Oracle). Ids 1555-1589 are this part's.

-- The subsidy per worker and month (元), read on the month's first day: an initial value, to be kept as the
-- federation's yearly plan sets it.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1555, 'employment.sheltered.monthlySubsidyPerWorker', '300.00', DATE '2020-01-01', '辅助性就业机构补贴：每名残疾人每月（元）');

CREATE TABLE sheltered_subsidy (
    id             NUMBER(19)    NOT NULL,
    institution_id NUMBER(19)    NOT NULL,
    subsidy_month  DATE          NOT NULL,
    division_code  VARCHAR(12)   NOT NULL,
    rate           NUMBER(10, 2) NOT NULL,
    worker_count   NUMBER(7)     NOT NULL,
    amount         NUMBER(14, 2) NOT NULL,
    paid_by        VARCHAR(60)   NOT NULL,
    paid_at        TIMESTAMP     NOT NULL,
    CONSTRAINT pk_sheltered_subsidy PRIMARY KEY (id),
    CONSTRAINT fk_sheltered_subsidy_inst FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_sheltered_subsidy_month UNIQUE (institution_id, subsidy_month),
    CONSTRAINT ck_sheltered_subsidy_count CHECK (worker_count > 0),
    CONSTRAINT ck_sheltered_subsidy_amount CHECK (amount >= 0)
);
CREATE INDEX ix_sheltered_subsidy_div ON sheltered_subsidy (division_code, subsidy_month);

-- One line per worker paid: the enrolment that made the person present in the month.
CREATE TABLE sheltered_subsidy_line (
    subsidy_id    NUMBER(19)    NOT NULL,
    line_no       NUMBER(7)     NOT NULL,
    person_id     NUMBER(19)    NOT NULL,
    enrolment_id  NUMBER(19)    NOT NULL,
    amount        NUMBER(10, 2) NOT NULL,
    CONSTRAINT pk_sheltered_subsidy_line PRIMARY KEY (subsidy_id, line_no),
    CONSTRAINT fk_sheltered_line_subsidy FOREIGN KEY (subsidy_id) REFERENCES sheltered_subsidy (id),
    CONSTRAINT fk_sheltered_line_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_sheltered_line_enrolment FOREIGN KEY (enrolment_id) REFERENCES institution_enrolment (id),
    CONSTRAINT uq_sheltered_line_person UNIQUE (subsidy_id, person_id)
);
