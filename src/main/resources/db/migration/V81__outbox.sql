-- The outbox (module notifications): anything that leaves Baton (an e-mail, a robot message,
-- later a webhook) is a row written in the same transaction as the decision that caused it and
-- delivered after commit by a worker. Workers claim rows with a conditional UPDATE of
-- claimed_by / claimed_until, so two nodes never deliver one row at once; a claim that outlives
-- a crashed node expires. (channel, target, event_key) is unique: one event reaches one target
-- of one channel once.
CREATE TABLE baton_outbox (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    channel         VARCHAR(16)   NOT NULL,
    target          VARCHAR(64)   NOT NULL,
    event_key       VARCHAR(160)  NOT NULL,
    payload         VARCHAR(8000) NOT NULL,
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP(3)  NOT NULL,
    claimed_by      VARCHAR(64)   NULL,
    claimed_until   TIMESTAMP(3)  NULL,
    last_error      VARCHAR(1000) NULL,
    created_at      TIMESTAMP(3)  NOT NULL,
    sent_at         TIMESTAMP(3)  NULL,
    CONSTRAINT baton_outbox_pk PRIMARY KEY (id),
    CONSTRAINT baton_outbox_once UNIQUE (channel, target, event_key)
);
CREATE INDEX baton_outbox_due ON baton_outbox (status, next_attempt_at);
