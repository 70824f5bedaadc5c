-- The inbox read model: Baton's own copy of the engine's open user tasks, kept in step with
-- ACT_RU_TASK / ACT_RU_IDENTITYLINK inside the engine's transaction (dev.baton.engine.TaskChanged
-- events, applied by dev.baton.tasks.InboxProjection), shaped for the two questions the inbox asks:
-- "tasks assigned to me" and "tasks I may claim", newest first, a page at a time, with counts.
-- Portable: runs unchanged on H2 2.3 and MySQL 8 / MariaDB 10.11. DATETIME, not TIMESTAMP: due
-- dates may lie beyond 2038, where MySQL's TIMESTAMP ends.

-- One row per open task.
CREATE TABLE baton_inbox_task (
    task_id               VARCHAR(64)  NOT NULL,
    name                  VARCHAR(255),
    step_id               VARCHAR(255),
    process_definition_id VARCHAR(64),
    process_key           VARCHAR(255),
    process_instance_id   VARCHAR(64),
    business_key          VARCHAR(255),
    initiator_id          VARCHAR(255),
    request_title         VARCHAR(255),
    assignee              VARCHAR(255),
    owner_id              VARCHAR(255),
    delegated             BOOLEAN      NOT NULL,
    parent_task_id        VARCHAR(64),
    priority              INT          NOT NULL,
    created_at            DATETIME(3)  NOT NULL,
    due_at                DATETIME(3),
    CONSTRAINT pk_baton_inbox_task PRIMARY KEY (task_id)
);
-- "Assigned to me", newest (or oldest) first: one index range, read in order, stops after a page.
CREATE INDEX baton_inbox_task_assignee ON baton_inbox_task (assignee, created_at, task_id);
CREATE INDEX baton_inbox_task_instance ON baton_inbox_task (process_instance_id);

-- One row per candidate of an open task: kind 'U' a user, 'G' a group (a department or a role).
-- claimable (the task has no assignee) and created_at are copied from the task, so that "tasks I
-- may claim" reads one index range per principal, in order, without touching the task rows, and
-- counts them from the index alone. principal_id leads so that one IN list over a user and their
-- groups is a set of index ranges on H2 as on MySQL.
CREATE TABLE baton_inbox_candidate (
    task_id      VARCHAR(64)  NOT NULL,
    kind         CHAR(1)      NOT NULL,
    principal_id VARCHAR(255) NOT NULL,
    claimable    BOOLEAN      NOT NULL,
    created_at   DATETIME(3)  NOT NULL,
    CONSTRAINT pk_baton_inbox_candidate PRIMARY KEY (task_id, kind, principal_id)
);
CREATE INDEX baton_inbox_candidate_principal ON baton_inbox_candidate (principal_id, kind, claimable, created_at, task_id);
