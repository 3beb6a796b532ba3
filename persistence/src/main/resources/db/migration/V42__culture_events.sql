-- Culture and sports events (文体活动, DOMAIN.md §4.7, issue 9): the national days (全国助残日, 全国爱耳日, 全国爱眼日,
-- 国际残疾人日), the cultural week, exhibitions, reading, fitness and rehabilitation sports; organiser, place, day,
-- the responsible division, the registered people who took part (by the registry's person) and how many others.
-- Portable SQL (H2 and Oracle). Ids 1600-1699 are rights and culture's (none used here).
CREATE TABLE culture_event (
    id                   NUMBER(19)    NOT NULL,
    kind                 VARCHAR(30)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    organiser            VARCHAR(100)  NOT NULL,
    place                VARCHAR(200)  NOT NULL,
    held_on              DATE          NOT NULL,
    division_code        VARCHAR(12)   NOT NULL,
    other_participants   NUMBER(9)     NOT NULL,
    version              NUMBER(9)     NOT NULL,
    CONSTRAINT pk_culture_event PRIMARY KEY (id),
    CONSTRAINT ck_culture_event_kind CHECK (kind IN ('HELP_DAY', 'EAR_DAY', 'EYE_DAY', 'INTERNATIONAL_DAY', 'CULTURAL_WEEK', 'EXHIBITION', 'READING', 'FITNESS', 'REHABILITATION_SPORTS')),
    CONSTRAINT ck_culture_event_others CHECK (other_participants >= 0)
);
CREATE INDEX ix_culture_event_division ON culture_event (division_code, held_on);

CREATE TABLE culture_event_participant (
    event_id    NUMBER(19)  NOT NULL,
    person_id   NUMBER(19)  NOT NULL,
    CONSTRAINT pk_culture_event_participant PRIMARY KEY (event_id, person_id),
    CONSTRAINT fk_culture_participant_event FOREIGN KEY (event_id) REFERENCES culture_event (id),
    CONSTRAINT fk_culture_participant_person FOREIGN KEY (person_id) REFERENCES person (id)
);
