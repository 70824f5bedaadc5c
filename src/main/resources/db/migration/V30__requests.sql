-- Requests (module requests): the business view of process instances, kept in step with the
-- engine in the same transaction. Portable on purpose: runs unchanged on H2 2.3 and MySQL 8 /
-- MariaDB 10.11.

-- One row per request started through Baton. id is the instance's business key, e.g.
-- PR-20261122-0007. process_instance_id is NULL only inside the transaction that starts the
-- instance (the row is written first, so that events the engine raises while starting find it).
CREATE TABLE baton_request (
    id                    VARCHAR(40)   NOT NULL,
    -- the order requests were started in, newest first in lists (started_at may tie)
    seq                   BIGINT        NOT NULL AUTO_INCREMENT,
    process_instance_id   VARCHAR(64),
    process_definition_id VARCHAR(100)  NOT NULL,
    process_key           VARCHAR(100)  NOT NULL,
    -- the start form's title field; NULL when the form has none (then shown as process + initiator)
    title                 VARCHAR(200),
    initiator_id          VARCHAR(64)   NOT NULL,
    -- RUNNING, COMPLETED, REJECTED, WITHDRAWN, CANCELLED
    status                VARCHAR(16)   NOT NULL,
    started_at            TIMESTAMP(3)  NOT NULL,
    ended_at              TIMESTAMP(3)  NULL,
    -- lower-case: id, title, initiator id and name, process names; for the list's q filter
    search_text           VARCHAR(1000) NOT NULL,
    CONSTRAINT baton_request_pk PRIMARY KEY (id),
    CONSTRAINT baton_request_seq UNIQUE (seq)
);
CREATE UNIQUE INDEX baton_request_instance ON baton_request (process_instance_id);
CREATE INDEX baton_request_initiator ON baton_request (initiator_id, seq);
CREATE INDEX baton_request_status ON baton_request (status, seq);
CREATE INDEX baton_request_process ON baton_request (process_key, seq);

-- The daily counters behind request ids: one row per id prefix and day (yyyyMMdd).
CREATE TABLE baton_request_sequence (
    prefix      VARCHAR(16) NOT NULL,
    seq_day     CHAR(8)     NOT NULL,
    last_number INT         NOT NULL,
    CONSTRAINT baton_request_sequence_pk PRIMARY KEY (prefix, seq_day)
);

-- Who is "involved" in a request: its initiator and everyone who was ever assigned one of its
-- tasks (which covers everyone who decided on it). Rows are only ever added.
CREATE TABLE baton_request_participant (
    user_id    VARCHAR(64) NOT NULL,
    request_id VARCHAR(40) NOT NULL,
    CONSTRAINT baton_request_participant_pk PRIMARY KEY (user_id, request_id),
    CONSTRAINT baton_request_participant_request FOREIGN KEY (request_id) REFERENCES baton_request (id)
);

-- People a request was copied to (抄送): they may read it, never act on it. One row per person;
-- copying again renews the row and makes it unread.
CREATE TABLE baton_request_cc (
    request_id VARCHAR(40)  NOT NULL,
    user_id    VARCHAR(64)  NOT NULL,
    copied_by  VARCHAR(64),
    step_id    VARCHAR(255),
    copied_at  TIMESTAMP(3) NOT NULL,
    read_at    TIMESTAMP(3) NULL,
    CONSTRAINT baton_request_cc_pk PRIMARY KEY (request_id, user_id),
    CONSTRAINT baton_request_cc_request FOREIGN KEY (request_id) REFERENCES baton_request (id)
);
CREATE INDEX baton_request_cc_user ON baton_request_cc (user_id, copied_at);
