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

-- The statistics (training/fairs/placements): fairs held in the period by the holding division; placements starting
-- in the period by the person's division when placed, all kinds and each kind (EmploymentServiceIndicators).
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_JOB_FAIRS', 'EMPLOYMENT', '残疾人专场招聘会场次', 'Job fairs held', '场次', 'COUNT', 'IN_PERIOD',
    'employment.jobFairs', NULL, NULL, NULL,
    '在统计期内举办的招聘会场次；按举办单位所属区划统计。',
    'Job fairs held within the period; by the division of the office that held them.',
    NULL, NULL, 'TOWNSHIP', 1, 513, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACEMENTS', 'EMPLOYMENT', '新增残疾人就业安置人次', 'Placements into new employment', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', NULL, NULL, NULL,
    '安置日期在统计期内的持证残疾人新就业安置人次（各种就业形式）；按安置时本人所属区划统计。',
    'Placements of certificate holders into new employment starting within the period (every form); by the person''s division when placed.',
    NULL, NULL, 'TOWNSHIP', 1, 514, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACED_QUOTA', 'EMPLOYMENT', '新增就业安置人次（按比例就业）', 'Placements into quota employment', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', 'QUOTA', NULL, NULL,
    '安置日期在统计期内、就业形式为按比例就业的新就业安置人次；按安置时本人所属区划统计。',
    'Placements into quota employment starting within the period; by the person''s division when placed.',
    NULL, NULL, 'TOWNSHIP', 0, 515, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACED_CENTRALISED', 'EMPLOYMENT', '新增就业安置人次（集中就业）', 'Placements into centralised employment', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', 'CENTRALISED', NULL, NULL,
    '安置日期在统计期内、就业形式为集中就业的新就业安置人次；按安置时本人所属区划统计。',
    'Placements into centralised employment starting within the period; by the person''s division when placed.',
    NULL, NULL, 'TOWNSHIP', 0, 516, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACED_SELF_EMPLOYED', 'EMPLOYMENT', '新增就业安置人次（个体就业）', 'Placements into self-employment', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', 'SELF_EMPLOYED', NULL, NULL,
    '安置日期在统计期内、就业形式为个体就业的新就业安置人次；按安置时本人所属区划统计。',
    'Placements into self-employment starting within the period; by the person''s division when placed.',
    NULL, NULL, 'TOWNSHIP', 0, 517, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACED_PUBLIC_WELFARE_POST', 'EMPLOYMENT', '新增就业安置人次（公益性岗位）', 'Placements into public-welfare posts', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', 'PUBLIC_WELFARE_POST', NULL, NULL,
    '安置日期在统计期内、就业形式为公益性岗位的新就业安置人次；按安置时本人所属区划统计。',
    'Placements into public-welfare posts starting within the period; by the person''s division when placed.',
    NULL, NULL, 'TOWNSHIP', 0, 518, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACED_ONLINE', 'EMPLOYMENT', '新增就业安置人次（网络就业）', 'Placements into online work', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', 'ONLINE', NULL, NULL,
    '安置日期在统计期内、就业形式为网络就业的新就业安置人次；按安置时本人所属区划统计。',
    'Placements into online work starting within the period; by the person''s division when placed.',
    NULL, NULL, 'TOWNSHIP', 0, 519, 1);
INSERT INTO stat_indicator (code, program_code, name_zh, name_en, unit, kind, basis, calculator, calculator_arg,
    denominator_calculator, denominator_arg, numerator_def_zh, numerator_def_en, denominator_def_zh, denominator_def_en,
    dimensions, key_figure, display_order, active)
VALUES ('EMP_PLACED_FAMILY_HANDICRAFT', 'EMPLOYMENT', '新增就业安置人次（家庭手工）', 'Placements into family handicrafts', '人次', 'COUNT', 'IN_PERIOD',
    'employment.placements', 'FAMILY_HANDICRAFT', NULL, NULL,
    '安置日期在统计期内、就业形式为家庭手工的新就业安置人次；按安置时本人所属区划统计。',
    'Placements into family handicrafts starting within the period; by the person''s division when placed.',
    NULL, NULL, 'TOWNSHIP', 0, 520, 1);

-- The review (发展综述): the employment section's sentences on training, fairs and placements appended to its templates
-- (1518/1519 of V48), so any other sentence added to them is kept whichever migration runs first.
UPDATE review_template SET body = body || '开展残疾人职业技能培训{EMP_TRAINING_PERSON_TIMES}，投入培训资金{EMP_TRAINING_COST:万元}；举办残疾人专场招聘会{EMP_JOB_FAIRS}，新增残疾人就业安置{EMP_PLACEMENTS}。'
    WHERE program_code = 'EMPLOYMENT' AND language = 'zh';
UPDATE review_template SET body = body || ' {EMP_TRAINING_PERSON_TIMES} of vocational training were given at a cost of {EMP_TRAINING_COST:million}; {EMP_JOB_FAIRS} of job fairs were held and {EMP_PLACEMENTS} of placements into new employment made.'
    WHERE program_code = 'EMPLOYMENT' AND language = 'en';
