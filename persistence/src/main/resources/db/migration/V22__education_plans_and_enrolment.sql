-- Education (issue 7 §2), continued: the plan per child (一人一案) with its yearly reviews kept, and the
-- education bureau's enrolment reports behind the compulsory-education enrolment rate. Portable SQL.

-- One row per version of a child's plan: the placement decided (随班就读 in a mainstream class, a special
-- school of the registry, or 送教上门 home teaching) and when it is next reviewed. A review adds a version
-- and ends the previous one the day before (valid_to); no version is overwritten. The child is the
-- registered person whose division places the plan in a jurisdiction.
CREATE TABLE education_plan (
    id              NUMBER(19)    NOT NULL,
    person_id       NUMBER(19)    NOT NULL,
    version_no      NUMBER(4)     NOT NULL,
    placement       VARCHAR(20)   NOT NULL,
    institution_id  NUMBER(19),
    school_name     VARCHAR(100)  NOT NULL,
    school_year     NUMBER(4)     NOT NULL,
    decided_on      DATE          NOT NULL,
    review_due      DATE          NOT NULL,
    note            VARCHAR(400),
    division_code   VARCHAR(12)   NOT NULL,
    valid_from      DATE          NOT NULL,
    valid_to        DATE,
    recorded_by     VARCHAR(60)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_education_plan PRIMARY KEY (id),
    CONSTRAINT fk_plan_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_plan_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT uq_plan_version UNIQUE (person_id, version_no),
    CONSTRAINT ck_plan_placement CHECK (placement IN ('MAINSTREAM_CLASS', 'SPECIAL_SCHOOL', 'HOME_TEACHING')),
    CONSTRAINT ck_plan_special_school CHECK (placement <> 'SPECIAL_SCHOOL' OR institution_id IS NOT NULL)
);
CREATE INDEX ix_plan_division ON education_plan (division_code, review_due);

-- What the education bureau reports (教育部门入学信息): whether a child, by ID number, is enrolled in a
-- school year, and where. One row per child and school year, replaced by a later report of the same year.
-- person_id is the registered person the number names (reports about unregistered children are refused).
CREATE TABLE education_enrolment_report (
    id              NUMBER(19)    NOT NULL,
    person_id       NUMBER(19)    NOT NULL,
    school_year     NUMBER(4)     NOT NULL,
    enrolled        NUMBER(1)     NOT NULL,
    school_name     VARCHAR(100),
    division_code   VARCHAR(12)   NOT NULL,
    reported_by     VARCHAR(50)   NOT NULL,
    reported_at     TIMESTAMP     NOT NULL,
    version         NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_education_enrolment PRIMARY KEY (id),
    CONSTRAINT fk_enrolment_report_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_enrolment_report UNIQUE (person_id, school_year),
    CONSTRAINT ck_enrolment_report_flag CHECK (enrolled IN (0, 1))
);
CREATE INDEX ix_enrolment_report_division ON education_enrolment_report (division_code, school_year);

-- Fee reductions and subsidies for disabled students (残疾学生减免、补助), one row per student, school year,
-- term and kind: the person-times and amounts the federation reports. The student is the registered
-- certificate holder.
CREATE TABLE education_fee_relief (
    id              NUMBER(19)    NOT NULL,
    person_id       NUMBER(19)    NOT NULL,
    school_year     NUMBER(4)     NOT NULL,
    term            NUMBER(1)     NOT NULL,
    relief_kind     VARCHAR(12)   NOT NULL,
    amount          NUMBER(12, 2) NOT NULL,
    school_name     VARCHAR(100)  NOT NULL,
    division_code   VARCHAR(12)   NOT NULL,
    recorded_by     VARCHAR(60)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_education_fee_relief PRIMARY KEY (id),
    CONSTRAINT fk_fee_relief_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT uq_fee_relief UNIQUE (person_id, school_year, term, relief_kind),
    CONSTRAINT ck_fee_relief_term CHECK (term IN (1, 2)),
    CONSTRAINT ck_fee_relief_kind CHECK (relief_kind IN ('REDUCTION', 'SUBSIDY')),
    CONSTRAINT ck_fee_relief_amount CHECK (amount > 0)
);
CREATE INDEX ix_fee_relief_division ON education_fee_relief (division_code, school_year);

-- How long a plan holds before its yearly review is due (months), dated like every policy value.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1130, 'education.plan.reviewMonths', '12', DATE '2016-01-01', '一人一案安置方案的复核周期（月）');
