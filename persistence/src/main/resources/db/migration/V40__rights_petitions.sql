-- Petitions (信访, DOMAIN.md §4.9, issue 9): received by phone, letter, visit or online from anyone (the
-- petitioner need not be in the registry; linked to a registered person when an ID number is given),
-- assigned to the responsible division, accepted or refused, answered (once extendable), reviewed on request,
-- closed with the petitioner's satisfaction. Not a kernel case: a kernel case names a registered person.
-- Portable SQL (H2 and Oracle). Ids 1600-1699 are rights' (settings 1600-1609).

-- The statutory deadlines of the 信访工作条例 (2022) as dated settings, counted in calendar days
-- (rights.petition.workingDays false). A petition keeps the settings in force on the day it was received.
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1600, 'rights.petition.acceptDays', '15', DATE '2022-05-01', '信访事项是否受理的告知期限（日）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1601, 'rights.petition.answerDays', '60', DATE '2022-05-01', '受理的信访事项办理答复期限（日，自受理之日起）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1602, 'rights.petition.extensionMaxDays', '30', DATE '2022-05-01', '办理期限可延长一次，最多延长（日），须告知信访人');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1603, 'rights.petition.reviewRequestDays', '30', DATE '2022-05-01', '信访人收到答复后请求复查的期限（日）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1604, 'rights.petition.reviewDecisionDays', '30', DATE '2022-05-01', '复查意见的答复期限（日，自收到复查请求之日起）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1605, 'rights.petition.workingDays', 'false', DATE '2022-05-01', '信访期限是否按工作日计算（false：按自然日）');
INSERT INTO policy_setting (id, setting_key, setting_value, valid_from, note) VALUES (1606, 'rights.petition.reminderDays', '5', DATE '2022-05-01', '期限届满前几日列入到期提醒');

CREATE TABLE petition (
    id                    NUMBER(19)    NOT NULL,
    channel               VARCHAR(10)   NOT NULL,
    petitioner_name       VARCHAR(50)   NOT NULL,
    contact               VARCHAR(50)   NOT NULL,
    id_number             VARCHAR(18),
    person_id             NUMBER(19),
    matter                VARCHAR(1000) NOT NULL,
    division_code         VARCHAR(12)   NOT NULL,
    received_on           DATE          NOT NULL,
    state                 VARCHAR(20)   NOT NULL,
    due_on                DATE,
    accept_by             DATE          NOT NULL,
    accepted_on           DATE,
    answer_by             DATE,
    extended_days         NUMBER(3)     NOT NULL,
    answered_on           DATE,
    review_request_by     DATE,
    review_requested_on   DATE,
    review_by             DATE,
    reviewed_on           DATE,
    closed_on             DATE,
    satisfaction          VARCHAR(20),
    version               NUMBER(9)     NOT NULL,
    CONSTRAINT pk_petition PRIMARY KEY (id),
    CONSTRAINT fk_petition_person FOREIGN KEY (person_id) REFERENCES person (id),
    CONSTRAINT ck_petition_channel CHECK (channel IN ('PHONE', 'LETTER', 'VISIT', 'ONLINE')),
    CONSTRAINT ck_petition_state CHECK (state IN ('RECEIVED', 'REFUSED', 'ACCEPTED', 'ANSWERED', 'REVIEW_REQUESTED', 'REVIEWED', 'CLOSED')),
    CONSTRAINT ck_petition_satisfaction CHECK (satisfaction IS NULL OR satisfaction IN ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')),
    CONSTRAINT ck_petition_extension CHECK (extended_days >= 0)
);
CREATE INDEX ix_petition_division ON petition (division_code, state, due_on);
CREATE INDEX ix_petition_received ON petition (received_on);

-- The petition's timeline (办理过程): every step, its day, who and what was said.
CREATE TABLE petition_event (
    id            NUMBER(19)    NOT NULL,
    petition_id   NUMBER(19)    NOT NULL,
    step          VARCHAR(20)   NOT NULL,
    step_day      DATE          NOT NULL,
    occurred_at   TIMESTAMP     NOT NULL,
    actor         VARCHAR(50)   NOT NULL,
    note          VARCHAR(1000),
    CONSTRAINT pk_petition_event PRIMARY KEY (id),
    CONSTRAINT fk_petition_event FOREIGN KEY (petition_id) REFERENCES petition (id)
);
CREATE INDEX ix_petition_event ON petition_event (petition_id, id);
