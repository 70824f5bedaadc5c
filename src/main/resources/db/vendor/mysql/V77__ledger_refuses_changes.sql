-- The approval ledger and its hash chain are append-only in the database too: MySQL and MariaDB
-- refuse any UPDATE or DELETE of their rows, whoever sends it (Baton never does). Someone with the
-- right to drop a trigger can still change a row; the hash chain (V75) then names the first row
-- that no longer fits. Creating triggers needs the TRIGGER privilege and, with binary logging on,
-- SUPER or log_bin_trust_function_creators=1 (docs/audit.md).
CREATE TRIGGER baton_ledger_no_update BEFORE UPDATE ON baton_approval_ledger FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'baton_approval_ledger is append-only: UPDATE refused';
CREATE TRIGGER baton_ledger_no_delete BEFORE DELETE ON baton_approval_ledger FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'baton_approval_ledger is append-only: DELETE refused';
CREATE TRIGGER baton_ledger_chain_no_update BEFORE UPDATE ON baton_ledger_chain FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'baton_ledger_chain is append-only: UPDATE refused';
CREATE TRIGGER baton_ledger_chain_no_delete BEFORE DELETE ON baton_ledger_chain FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'baton_ledger_chain is append-only: DELETE refused';
