-- The approval ledger becomes tamper-evident: a hash chain over its rows, one per database.
-- baton_ledger_chain holds one link per ledger row, in the order the rows were committed (seq):
-- the hash of the link before it (prev_hash) and the row's own hash over its id, its content and
-- prev_hash (row_hash). The links are written when the decision's transaction commits, after
-- locking the chain head (SELECT ... FOR UPDATE), so parallel decisions line up one after the
-- other without holding the lock while they work. V76 chains the rows written before.
CREATE TABLE baton_ledger_chain (
    seq BIGINT NOT NULL,
    entry_id BIGINT NOT NULL,
    prev_hash CHAR(64) NOT NULL,
    row_hash CHAR(64) NOT NULL,
    CONSTRAINT baton_ledger_chain_pk PRIMARY KEY (seq)
);
CREATE UNIQUE INDEX baton_ledger_chain_entry ON baton_ledger_chain (entry_id);
CREATE TABLE baton_ledger_chain_head (
    id INT NOT NULL,
    last_seq BIGINT NOT NULL,
    last_entry_id BIGINT NOT NULL,
    last_hash CHAR(64),
    CONSTRAINT baton_ledger_chain_head_pk PRIMARY KEY (id)
);
INSERT INTO baton_ledger_chain_head (id, last_seq, last_entry_id, last_hash) VALUES (1, 0, 0, NULL);
-- the audit view searches by time and by request number
CREATE INDEX baton_ledger_recorded ON baton_approval_ledger (recorded_at, id);
CREATE INDEX baton_ledger_business_key ON baton_approval_ledger (business_key);
