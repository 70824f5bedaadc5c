-- When each person last logged in through the login form (module directory, written by the
-- security module's login): NULL for people who never did, which is what "logins handed out"
-- on the getting-started checklist asks about.
ALTER TABLE baton_users ADD COLUMN last_login_at TIMESTAMP(3) NULL;

-- Marks of the getting-started checklist (module setup): that the checklist was dismissed, that
-- an administrator reviewed the approvers, that the demo organisation was removed; who and when.
CREATE TABLE baton_setup_mark (
    name      VARCHAR(64)  NOT NULL,
    marked_by VARCHAR(64)  NOT NULL,
    marked_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT baton_setup_mark_pk PRIMARY KEY (name)
);
