-- The accessible facility inventory's counts dated (无障碍设施台账, issue 9): each count of an entry holds from its
-- day until the entry's next count, so a past period's figure recomputed later is still the count of its last
-- day. No explicit ids: an existing entry's count takes the entry's own id (both came from dpf_seq, so no later
-- sequence value can meet it). Portable SQL (H2 and Oracle).

-- A count of an entry (清点): how many there were from counted_on on; one count an entry and day (a correction of
-- the same day replaces it).
CREATE TABLE accessible_facility_count (
    id             NUMBER(19)    NOT NULL,
    facility_id    NUMBER(19)    NOT NULL,
    quantity       NUMBER(9)     NOT NULL,
    counted_on     DATE          NOT NULL,
    recorded_by    VARCHAR(50)   NOT NULL,
    version        NUMBER(10)    DEFAULT 0 NOT NULL,
    CONSTRAINT pk_facility_count PRIMARY KEY (id),
    CONSTRAINT fk_count_facility FOREIGN KEY (facility_id) REFERENCES accessible_facility (id),
    CONSTRAINT uq_facility_count_day UNIQUE (facility_id, counted_on),
    CONSTRAINT ck_facility_count_quantity CHECK (quantity >= 0)
);

-- The existing entries' counts, as of the day they were recorded (their last revision: the earlier counts were
-- not kept).
INSERT INTO accessible_facility_count (id, facility_id, quantity, counted_on, recorded_by, version)
    SELECT id, id, quantity, recorded_on, recorded_by, 0 FROM accessible_facility;

-- The entry keeps who recorded it; its count and day are the dated rows now.
ALTER TABLE accessible_facility DROP CONSTRAINT ck_facility_quantity;
ALTER TABLE accessible_facility DROP COLUMN quantity;
ALTER TABLE accessible_facility DROP COLUMN recorded_on;
