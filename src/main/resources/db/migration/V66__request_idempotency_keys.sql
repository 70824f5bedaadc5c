-- Issue 10: a double submit of a start form creates one request. POST /api/requests takes an
-- Idempotency-Key header; the key is written in the same transaction as the request's start,
-- so two simultaneous POSTs with one key meet on this primary key: the second waits for the
-- first and then answers the first request. Keys older than 24 hours are ignored and deleted
-- now and then. Portable: runs unchanged on H2 2.3 and MySQL 8 / MariaDB 10.11.
CREATE TABLE baton_request_idempotency_key (
    person_id  VARCHAR(64)  NOT NULL,
    idem_key   VARCHAR(100) NOT NULL,
    request_id VARCHAR(40)  NOT NULL,
    -- SHA-256 (hex) of the process key and the data: the same key with other data is refused
    body_hash  CHAR(64)     NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT baton_request_idempotency_key_pk PRIMARY KEY (person_id, idem_key)
);
CREATE INDEX baton_request_idempotency_key_created ON baton_request_idempotency_key (created_at);
