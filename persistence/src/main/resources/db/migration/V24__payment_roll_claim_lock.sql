-- One row that every claim of a payment roll locks (SELECT ... FOR UPDATE) before it checks for running rolls
-- of an overlapping area (the city and one of its districts) and marks its own roll running: two such claims
-- at the same instant are taken one after the other, so the second sees the first's running roll. A claim
-- is a short transaction (one roll row), the run itself holds no lock.
CREATE TABLE payment_roll_claim_lock (
    lock_name   VARCHAR(30)  NOT NULL,
    CONSTRAINT pk_payment_roll_claim_lock PRIMARY KEY (lock_name)
);
INSERT INTO payment_roll_claim_lock (lock_name) VALUES ('payment-roll');
