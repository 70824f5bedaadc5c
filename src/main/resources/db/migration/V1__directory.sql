-- Baton's directory: departments (a tree), roles/posts, people and who holds which role.
-- Portable on purpose: runs unchanged on H2 2.3 and MySQL 8 / MariaDB 10.11 (plain VARCHAR,
-- INT and BOOLEAN; no reserved words; foreign keys added once both sides of a cycle exist).
-- Department ids and role ids share one namespace (the engine sees both as groups); the
-- directory's services enforce that, a database cannot across two tables.

CREATE TABLE baton_departments (
    id           VARCHAR(64)  NOT NULL,
    name_zh      VARCHAR(100) NOT NULL,
    name_en      VARCHAR(100) NOT NULL,
    parent_id    VARCHAR(64),
    head_user_id VARCHAR(64),
    sort_order   INT          NOT NULL DEFAULT 0,
    CONSTRAINT pk_baton_departments PRIMARY KEY (id),
    CONSTRAINT fk_baton_departments_parent FOREIGN KEY (parent_id) REFERENCES baton_departments (id)
);

CREATE TABLE baton_roles (
    id      VARCHAR(64)  NOT NULL,
    name_zh VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL,
    CONSTRAINT pk_baton_roles PRIMARY KEY (id)
);

CREATE TABLE baton_users (
    id            VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(100) NOT NULL,
    email         VARCHAR(254),
    phone         VARCHAR(32),
    department_id VARCHAR(64),
    manager_id    VARCHAR(64),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    -- BCrypt; NULL means the person cannot log in with a password
    password_hash VARCHAR(100),
    CONSTRAINT pk_baton_users PRIMARY KEY (id),
    CONSTRAINT fk_baton_users_department FOREIGN KEY (department_id) REFERENCES baton_departments (id),
    CONSTRAINT fk_baton_users_manager FOREIGN KEY (manager_id) REFERENCES baton_users (id)
);

ALTER TABLE baton_departments
    ADD CONSTRAINT fk_baton_departments_head FOREIGN KEY (head_user_id) REFERENCES baton_users (id);

-- What a person may do in Baton (DESIGNER, ANALYST, ADMIN); EMPLOYEE is implied, never stored.
CREATE TABLE baton_user_system_roles (
    user_id     VARCHAR(64) NOT NULL,
    system_role VARCHAR(20) NOT NULL,
    CONSTRAINT pk_baton_user_system_roles PRIMARY KEY (user_id, system_role),
    CONSTRAINT fk_baton_user_system_roles_user FOREIGN KEY (user_id) REFERENCES baton_users (id)
);

-- Roles/posts a person holds (finance-manager, purchaser ...).
CREATE TABLE baton_user_roles (
    user_id VARCHAR(64) NOT NULL,
    role_id VARCHAR(64) NOT NULL,
    CONSTRAINT pk_baton_user_roles PRIMARY KEY (user_id, role_id),
    CONSTRAINT fk_baton_user_roles_user FOREIGN KEY (user_id) REFERENCES baton_users (id),
    CONSTRAINT fk_baton_user_roles_role FOREIGN KEY (role_id) REFERENCES baton_roles (id)
);

-- Foreign-key columns get their indexes from the constraints (H2 and MySQL both create one).
CREATE INDEX ix_baton_user_system_roles_role ON baton_user_system_roles (system_role);
