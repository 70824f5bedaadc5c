-- Personal API tokens (module directory): integrations send "Authorization: Bearer <secret>".
-- Only the secret's SHA-256 hash is kept (hex, unique: the one index a request looks it up by);
-- hint is the secret's first characters so a person can tell their tokens apart. Portable: runs
-- unchanged on H2 2.3 and MySQL 8 / MariaDB 10.11.
CREATE TABLE baton_api_tokens (
    id           VARCHAR(36)  NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    name         VARCHAR(100) NOT NULL,
    token_hash   CHAR(64)     NOT NULL,
    hint         VARCHAR(16)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    expires_at   TIMESTAMP(3) NOT NULL,
    -- written at most once a minute per token
    last_used_at TIMESTAMP(3) NULL,
    CONSTRAINT pk_baton_api_tokens PRIMARY KEY (id),
    CONSTRAINT fk_baton_api_tokens_user FOREIGN KEY (user_id) REFERENCES baton_users (id)
);
CREATE UNIQUE INDEX ux_baton_api_tokens_hash ON baton_api_tokens (token_hash);
-- a person's tokens by name (also serves the foreign key and "my tokens")
CREATE UNIQUE INDEX ux_baton_api_tokens_user_name ON baton_api_tokens (user_id, name);
