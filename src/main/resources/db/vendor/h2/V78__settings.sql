-- The company's settings, one row: its name and logo (login page, top bar), the language of a
-- visitor who has not chosen one (NULL: as the browser says), and how long a new browser session
-- lasts without a request. The logo is at most 256 KB (dev.baton.settings.Logo).
CREATE TABLE baton_settings (
    id INT NOT NULL,
    company_name VARCHAR(100),
    default_language VARCHAR(8),
    session_minutes INT NOT NULL,
    logo BLOB,
    logo_type VARCHAR(32),
    logo_version BIGINT NOT NULL,
    updated_by VARCHAR(64),
    updated_at TIMESTAMP(3),
    CONSTRAINT baton_settings_pk PRIMARY KEY (id)
);
INSERT INTO baton_settings (id, session_minutes, logo_version) VALUES (1, 480, 0);
