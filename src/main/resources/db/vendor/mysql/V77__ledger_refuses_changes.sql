-- The approval ledger is append-only in the database too: MySQL and MariaDB refuse any UPDATE or
-- DELETE of its rows, whoever sends it (Baton never does). Someone with the right to drop a trigger
-- can still change a row; the hash chain (V75) then names the first row that no longer fits.
-- With binary logging on, creating a trigger needs the TRIGGER privilege and, for a user without
-- SUPER, log_bin_trust_function_creators=1 (docs/audit.md).
CREATE TRIGGER baton_ledger_no_update BEFORE UPDATE ON baton_approval_ledger FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'baton_approval_ledger is append-only: UPDATE refused';
CREATE TRIGGER baton_ledger_no_delete BEFORE DELETE ON baton_approval_ledger FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'baton_approval_ledger is append-only: DELETE refused';
