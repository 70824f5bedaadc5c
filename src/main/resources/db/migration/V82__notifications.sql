-- In-app notifications and each person's preferences (module notifications). Portable on
-- purpose: runs unchanged on H2 2.3 and MySQL 8 / MariaDB 10.11.

-- One row per person told about one event, written in the transaction of the decision that
-- caused it. in_app: shown in the person's list and counted by the bell (APP chosen).
-- digest_due: waiting for the person's daily e-mail digest (e-mail chosen "daily digest"),
-- which the sender of the digest clears by setting digest_sent_at. A row is written when
-- either is true.
CREATE TABLE baton_notification (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    recipient_id   VARCHAR(64)   NOT NULL,
    kind           VARCHAR(20)   NOT NULL,
    event_key      VARCHAR(160)  NOT NULL,
    request_id     VARCHAR(40)   NULL,
    process_key    VARCHAR(100)  NULL,
    task_id        VARCHAR(64)   NULL,
    title          VARCHAR(200)  NULL,
    step_name      VARCHAR(255)  NULL,
    actor_id       VARCHAR(64)   NULL,
    comment_text   VARCHAR(2000) NULL,
    link           VARCHAR(255)  NOT NULL,
    in_app         BOOLEAN       NOT NULL,
    read_at        TIMESTAMP(3)  NULL,
    digest_due     BOOLEAN       NOT NULL,
    digest_sent_at TIMESTAMP(3)  NULL,
    created_at     TIMESTAMP(3)  NOT NULL,
    CONSTRAINT baton_notification_pk PRIMARY KEY (id)
);
-- the bell's count and the list, unread first, newest first
CREATE INDEX baton_notification_inbox ON baton_notification (recipient_id, in_app, read_at, id);
CREATE INDEX baton_notification_digest ON baton_notification (digest_due, digest_sent_at, recipient_id);

-- A person's choice for one kind of notice; kinds without a row use Baton's defaults
-- (NoticePreferences). email: OFF, NOW (one e-mail each) or DIGEST (one a day).
CREATE TABLE baton_notification_preference (
    user_id VARCHAR(64) NOT NULL,
    kind    VARCHAR(20) NOT NULL,
    app     BOOLEAN     NOT NULL,
    email   VARCHAR(8)  NOT NULL,
    robot   BOOLEAN     NOT NULL,
    CONSTRAINT baton_notification_preference_pk PRIMARY KEY (user_id, kind)
);
