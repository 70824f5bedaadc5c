-- Browser sessions (Spring Session JDBC names the second table <name>_ATTRIBUTES), shared by every Baton node on this database (Spring Session JDBC).
CREATE TABLE baton_session (
    primary_id CHAR(36) NOT NULL,
    session_id CHAR(36) NOT NULL,
    creation_time BIGINT NOT NULL,
    last_access_time BIGINT NOT NULL,
    max_inactive_interval INT NOT NULL,
    expiry_time BIGINT NOT NULL,
    principal_name VARCHAR(100),
    CONSTRAINT baton_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX baton_session_ix1 ON baton_session (session_id);
CREATE INDEX baton_session_ix2 ON baton_session (expiry_time);
CREATE INDEX baton_session_ix3 ON baton_session (principal_name);

CREATE TABLE baton_session_ATTRIBUTES (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name VARCHAR(200) NOT NULL,
    attribute_bytes BLOB NOT NULL,
    CONSTRAINT baton_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT baton_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES baton_session (primary_id) ON DELETE CASCADE
);

-- Wrong-password counts per login name (known or not), so every node throttles alike.
CREATE TABLE baton_login_throttle (
    login VARCHAR(100) NOT NULL,
    failures INT NOT NULL,
    locked_until TIMESTAMP NULL,
    last_failure TIMESTAMP NOT NULL,
    CONSTRAINT baton_login_throttle_pk PRIMARY KEY (login)
);
