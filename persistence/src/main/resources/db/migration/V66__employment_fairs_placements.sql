-- Job fairs (招聘会) and placements into new employment (就业安置), DOMAIN.md §4.6, issue 8. A fair: day, place,
-- the division that held it, organiser, the registry's employers that took part, the registered people who came to
-- look for work (each once) and how many others, and the jobs offered. A placement: a registered person placed in
-- a form of employment (quota, centralised, self-employed, public-welfare post, online work, family handicrafts),
-- with the employer where there is one, from a day until it ends. One open placement per person and kind: open_key
-- holds 'person id:kind' while the placement is open and NULL once it ended, and is unique (a single nullable column,
-- so Oracle and H2 both allow any number of ended rows). Ids 1520-1554 are training, fairs and placements' (none
-- used here). Portable SQL (H2 and Oracle).
CREATE TABLE job_fair (
    id              NUMBER(19)     NOT NULL,
    held_on         DATE           NOT NULL,
    place           VARCHAR(200)   NOT NULL,
    division_code   VARCHAR(12)    NOT NULL,
    organiser       VARCHAR(100)   NOT NULL,
    jobs_offered    NUMBER(9)      NOT NULL,
    other_seekers   NUMBER(9)      NOT NULL,
    version         NUMBER(9)      NOT NULL,
    CONSTRAINT pk_job_fair PRIMARY KEY (id),
    CONSTRAINT ck_job_fair_counts CHECK (jobs_offered >= 0 AND other_seekers >= 0)
);
CREATE INDEX ix_job_fair_division ON job_fair (division_code, held_on);

CREATE TABLE job_fair_employer (
    fair_id         NUMBER(19)     NOT NULL,
    employer_id     NUMBER(19)     NOT NULL,
    CONSTRAINT pk_job_fair_employer PRIMARY KEY (fair_id, employer_id),
    CONSTRAINT fk_job_fair_employer_fair FOREIGN KEY (fair_id) REFERENCES job_fair (id),
    CONSTRAINT fk_job_fair_employer_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
);

CREATE TABLE job_fair_seeker (
    fair_id         NUMBER(19)     NOT NULL,
    person_id       NUMBER(19)     NOT NULL,
    CONSTRAINT pk_job_fair_seeker PRIMARY KEY (fair_id, person_id),
    CONSTRAINT fk_job_fair_seeker_fair FOREIGN KEY (fair_id) REFERENCES job_fair (id),
    CONSTRAINT fk_job_fair_seeker_person FOREIGN KEY (person_id) REFERENCES person (id)
);

CREATE TABLE employment_placement (
    id              NUMBER(19)     NOT NULL,
    person_id       NUMBER(19)     NOT NULL,
    kind            VARCHAR(30)    NOT NULL,
    employer_id     NUMBER(19),
    division_code   VARCHAR(12)    NOT NULL,
    started_on      DATE           NOT NULL,
    ended_on        DATE,
    open_key        VARCHAR(60),
    version         NUMBER(9)      NOT NULL,
    CONSTRAINT pk_employment_placement PRIMARY KEY (id),
    CONSTRAINT uq_employment_placement_open UNIQUE (open_key),
    CONSTRAINT ck_employment_placement_kind CHECK (kind IN ('QUOTA', 'CENTRALISED', 'SELF_EMPLOYED', 'PUBLIC_WELFARE_POST', 'ONLINE', 'FAMILY_HANDICRAFT')),
    CONSTRAINT ck_employment_placement_dates CHECK (ended_on IS NULL OR ended_on >= started_on),
    CONSTRAINT ck_employment_placement_open CHECK ((ended_on IS NULL AND open_key IS NOT NULL) OR (ended_on IS NOT NULL AND open_key IS NULL)),
    CONSTRAINT fk_employment_placement_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT fk_employment_placement_employer FOREIGN KEY (employer_id) REFERENCES employer (id)
);
CREATE INDEX ix_employment_placement_division ON employment_placement (division_code, started_on);
CREATE INDEX ix_employment_placement_person ON employment_placement (person_id);
