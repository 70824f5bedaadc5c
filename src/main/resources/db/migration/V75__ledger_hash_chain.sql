-- The approval ledger becomes tamper-evident: every row carries the hash of the row before it
-- (prev_hash) and its own hash over its content and prev_hash (row_hash), one chain per database.
-- The chain head is one row that every append locks (SELECT ... FOR UPDATE), so two parallel
-- decisions take their places in the chain one after the other. V76 hashes the rows written before.
ALTER TABLE baton_approval_ledger ADD COLUMN prev_hash CHAR(64);
ALTER TABLE baton_approval_ledger ADD COLUMN row_hash CHAR(64);
CREATE TABLE baton_ledger_chain_head (
    id INT NOT NULL,
    last_id BIGINT NOT NULL,
    last_hash CHAR(64),
    CONSTRAINT baton_ledger_chain_head_pk PRIMARY KEY (id)
);
INSERT INTO baton_ledger_chain_head (id, last_id, last_hash) VALUES (1, 0, NULL);
-- the audit view searches by time and by request number
CREATE INDEX baton_ledger_recorded ON baton_approval_ledger (recorded_at, id);
CREATE INDEX baton_ledger_business_key ON baton_approval_ledger (business_key);
