-- The login throttle counts passwords being checked right now apart from failures, so that a
-- burst of right passwords (an integration calling in parallel with HTTP Basic) never locks a
-- login, while a burst of guesses still gets at most free-attempts checks. checking_since lets
-- a node that died mid-check not hold its slots for ever. Portable: H2 2.3 and MariaDB 10.11.
ALTER TABLE baton_login_throttle ADD checking INT DEFAULT 0 NOT NULL;
ALTER TABLE baton_login_throttle ADD checking_since TIMESTAMP NULL;
