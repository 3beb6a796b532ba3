-- The servers that run the platform (one, or a cluster's instances) and when each was last seen alive: a
-- run (a payment roll) names the server that runs it, and a run whose server has died or restarted since is
-- no longer running, whichever server notices first.
CREATE TABLE server_instance (
    server_name   VARCHAR(100)  NOT NULL,
    started_at    TIMESTAMP     NOT NULL,
    heartbeat_at  TIMESTAMP     NOT NULL,
    CONSTRAINT pk_server_instance PRIMARY KEY (server_name)
);

ALTER TABLE payment_roll ADD running_on VARCHAR(100);
