-- A person's own language (zh-CN / en-US; NULL: as the browser says), applied when they log in,
-- and whether the password an administrator set (on creation, reset or import) must be changed
-- at the next login.
ALTER TABLE baton_users ADD COLUMN language VARCHAR(8);
ALTER TABLE baton_users ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
