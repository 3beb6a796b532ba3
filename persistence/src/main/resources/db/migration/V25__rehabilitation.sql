-- Rehabilitation (康复, DOMAIN.md §4.5, issue 7 §3): a needs assessment (康复需求评估) of a registered
-- certificate holder, then a case for the basic service it found needed, reviewed by the chain below and
-- placed with a designated rehabilitation institution (institution_enrolment.case_id); the services are the
-- real-name service_record rows. The basic service rate is served / assessed as needing. Portable SQL (H2
-- and Oracle). Ids 1400-1499 are this program's.

INSERT INTO program (code, name_zh, name_en, case_prefix, subject_kind, benefit_kind)
VALUES ('REHABILITATION', '残疾人基本康复服务', 'Basic rehabilitation services', 'KF', 'PERSON', 'SERVICE');

-- Applied at the township: first review there, review by the district federation, which then places the
-- person with a designated institution. Working days.
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1400, 'REHABILITATION', 1, 'FIRST_REVIEW', '初审', 'First review', 'TOWNSHIP_CLERK', 'TOWNSHIP', 10, 1, DATE '2016-01-01', NULL);
INSERT INTO review_chain_stage (id, program_code, stage_order, stage_code, name_zh, name_en, acting_role, division_level, deadline_days, working_days, valid_from, valid_to)
VALUES (1401, 'REHABILITATION', 2, 'REVIEW', '审核', 'Review', 'DISTRICT_STAFF', 'COUNTY', 10, 1, DATE '2016-01-01', NULL);

-- How long an assessment that found a need supports an application (months), dated.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1400, 'rehabilitation.assessment.validMonths', '12', DATE '2016-01-01', '康复需求评估结果有效期（月）');

-- One needs assessment of a person on a day: whether a basic service is needed and which. Kept, never
-- overwritten: a later assessment is a new row.
CREATE TABLE rehabilitation_assessment (
    id              NUMBER(19)    NOT NULL,
    person_id       NUMBER(19)    NOT NULL,
    assessed_on     DATE          NOT NULL,
    needs_service   NUMBER(1)     NOT NULL,
    service_kind    VARCHAR(30),
    note            VARCHAR(200),
    division_code   VARCHAR(12)   NOT NULL,
    assessed_by     VARCHAR(60)   NOT NULL,
    recorded_at     TIMESTAMP     NOT NULL,
    CONSTRAINT pk_rehabilitation_assessment PRIMARY KEY (id),
    CONSTRAINT fk_rehab_assessment_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_rehab_assessment_need CHECK (needs_service = 0 AND service_kind IS NULL
        OR needs_service = 1 AND service_kind IN ('REHABILITATION_TRAINING', 'DEVICE_FITTING'))
);
CREATE INDEX ix_rehab_assessment_division ON rehabilitation_assessment (division_code, assessed_on);
CREATE INDEX ix_rehab_assessment_person ON rehabilitation_assessment (person_id, assessed_on);

-- A rehabilitation case's own data: the service applied for, the assessment behind it and, once placed, the
-- institution and the day.
CREATE TABLE rehabilitation_case (
    case_id         NUMBER(19)  NOT NULL,
    service_kind    VARCHAR(30) NOT NULL,
    assessment_id   NUMBER(19)  NOT NULL,
    institution_id  NUMBER(19),
    placed_on       DATE,
    CONSTRAINT pk_rehabilitation_case PRIMARY KEY (case_id),
    CONSTRAINT fk_rehab_case FOREIGN KEY (case_id) REFERENCES program_case (id),
    CONSTRAINT fk_rehab_case_assessment FOREIGN KEY (assessment_id) REFERENCES rehabilitation_assessment (id),
    CONSTRAINT fk_rehab_case_institution FOREIGN KEY (institution_id) REFERENCES institution (id),
    CONSTRAINT ck_rehab_case_service CHECK (service_kind IN ('REHABILITATION_TRAINING', 'DEVICE_FITTING'))
);
