-- An administrator's change through the engine's REST API that concerns no single request (a
-- deployment, a batch by query) is still written to the approval ledger, without a request.
ALTER TABLE baton_approval_ledger ALTER COLUMN process_instance_id SET NULL;
