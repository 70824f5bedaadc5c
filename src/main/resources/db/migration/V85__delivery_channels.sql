-- Delivery of notifications (module notifications): the company's SMTP server, the chat robots
-- of departments and processes, the key that encrypts their secrets, and the send slots that
-- keep each robot under its platform's rate limit across nodes.

-- One row (id = 1) once an administrator saved the e-mail settings. The password is encrypted
-- (AES-GCM, see dev.baton.notifications.SecretBox); base_url is Baton's address for deep links.
CREATE TABLE baton_mail_settings (
    id           INT           NOT NULL,
    host         VARCHAR(255)  NULL,
    port         INT           NULL,
    tls_mode     VARCHAR(16)   NOT NULL,
    username     VARCHAR(255)  NULL,
    password_enc VARCHAR(1000) NULL,
    sender       VARCHAR(255)  NULL,
    base_url     VARCHAR(255)  NULL,
    updated_by   VARCHAR(64)   NULL,
    updated_at   TIMESTAMP(3)  NULL,
    CONSTRAINT baton_mail_settings_pk PRIMARY KEY (id)
);

-- A group robot of DingTalk, WeCom or Feishu that hears about the requests of a department
-- (and its sub-departments) or of a process. The webhook address and the signing secret are
-- encrypted; *_hint is what the console shows of them (never the token or secret in full).
CREATE TABLE baton_robots (
    id           VARCHAR(36)   NOT NULL,
    name         VARCHAR(100)  NOT NULL,
    platform     VARCHAR(16)   NOT NULL,
    scope_type   VARCHAR(16)   NOT NULL,
    scope_id     VARCHAR(64)   NOT NULL,
    webhook_enc  VARCHAR(2000) NOT NULL,
    webhook_hint VARCHAR(300)  NOT NULL,
    secret_enc   VARCHAR(1000) NULL,
    secret_hint  VARCHAR(16)   NULL,
    enabled      BOOLEAN       NOT NULL DEFAULT TRUE,
    created_by   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMP(3)  NOT NULL,
    updated_by   VARCHAR(64)   NOT NULL,
    updated_at   TIMESTAMP(3)  NOT NULL,
    CONSTRAINT baton_robots_pk PRIMARY KEY (id)
);
CREATE INDEX baton_robots_scope ON baton_robots (scope_type, scope_id);

-- The key that encrypts the secrets above when no baton.secret-key is configured: generated
-- once by the first node that needs it.
CREATE TABLE baton_secret_keys (
    id         INT          NOT NULL,
    key_value  VARCHAR(100) NOT NULL,
    created_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT baton_secret_keys_pk PRIMARY KEY (id)
);

-- One row per message sent (or about to be) to a rate-limited destination, counted under a lock
-- on the robot's row so that all nodes together stay under the platform's limit.
CREATE TABLE baton_send_slots (
    id       BIGINT       NOT NULL AUTO_INCREMENT,
    rate_key VARCHAR(64)  NOT NULL,
    taken_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT baton_send_slots_pk PRIMARY KEY (id)
);
CREATE INDEX baton_send_slots_key ON baton_send_slots (rate_key, taken_at);
