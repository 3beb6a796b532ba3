-- Work the platform must do once however many servers run it (a cluster's instances start the same
-- singletons and fire the same timers): the server that inserts the row does the work, the others skip it.
CREATE TABLE run_claim (
    claim_key   VARCHAR(120)  NOT NULL,
    claimed_at  TIMESTAMP     NOT NULL,
    claimed_by  VARCHAR(100)  NOT NULL,
    CONSTRAINT pk_run_claim PRIMARY KEY (claim_key)
);
