-- Vocational training (职业技能培训, DOMAIN.md §4.6, issue 8): a course (name, trade, organiser, the division that
-- runs it, its first and last day, what it cost in yuan) and the real-name attendance of registered disabled people
-- (a person once per course; the day the person completed it, NULL until then). The cost is the course's actual
-- spending, a recorded fact, not a policy value: no policy_setting rows. Ids 1520-1554 are training, fairs and
-- placements' (none used here). Portable SQL (H2 and Oracle).
CREATE TABLE training_course (
    id              NUMBER(19)     NOT NULL,
    name            VARCHAR(200)   NOT NULL,
    trade           VARCHAR(100)   NOT NULL,
    organiser       VARCHAR(100)   NOT NULL,
    division_code   VARCHAR(12)    NOT NULL,
    starts_on       DATE           NOT NULL,
    ends_on         DATE           NOT NULL,
    total_cost      NUMBER(14, 2)  NOT NULL,
    version         NUMBER(9)      NOT NULL,
    CONSTRAINT pk_training_course PRIMARY KEY (id),
    CONSTRAINT ck_training_course_dates CHECK (ends_on >= starts_on),
    CONSTRAINT ck_training_course_cost CHECK (total_cost >= 0)
);
CREATE INDEX ix_training_course_division ON training_course (division_code, starts_on);

CREATE TABLE training_attendance (
    id              NUMBER(19)     NOT NULL,
    course_id       NUMBER(19)     NOT NULL,
    person_id       NUMBER(19)     NOT NULL,
    enrolled_on     DATE           NOT NULL,
    completed_on    DATE,
    version         NUMBER(9)      NOT NULL,
    CONSTRAINT pk_training_attendance PRIMARY KEY (id),
    CONSTRAINT uq_training_attendance UNIQUE (course_id, person_id),
    CONSTRAINT fk_training_attendance_course FOREIGN KEY (course_id) REFERENCES training_course (id),
    CONSTRAINT fk_training_attendance_person FOREIGN KEY (person_id) REFERENCES person (id)
);
CREATE INDEX ix_training_attendance_person ON training_attendance (person_id);
