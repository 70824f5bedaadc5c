-- The approval ledger: one row per decision, appended, never updated or deleted by Baton.
CREATE TABLE baton_approval_ledger (
    id BIGINT AUTO_INCREMENT NOT NULL,
    process_instance_id VARCHAR(64) NOT NULL,
    business_key VARCHAR(255),
    process_definition_id VARCHAR(100),
    step_id VARCHAR(255),
    step_name VARCHAR(255),
    task_id VARCHAR(64),
    actor_id VARCHAR(100),
    target_id VARCHAR(100),
    decision VARCHAR(32) NOT NULL,
    comment_text VARCHAR(4000),
    data_hash CHAR(64),
    recorded_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT baton_approval_ledger_pk PRIMARY KEY (id)
);
CREATE INDEX baton_ledger_instance ON baton_approval_ledger (process_instance_id, id);
CREATE INDEX baton_ledger_actor ON baton_approval_ledger (actor_id, recorded_at);
