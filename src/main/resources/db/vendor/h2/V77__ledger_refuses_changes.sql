-- On MySQL/MariaDB triggers refuse UPDATE and DELETE on baton_approval_ledger and baton_ledger_chain. H2 triggers are
-- Java classes loaded by the database itself; the embedded H2 file is protected by being embedded:
-- only the Baton process opens it, Baton has no code path that changes a ledger row, and the hash
-- chain (V75) names the first row changed by anyone who opens the file by hand.
SELECT 1;
