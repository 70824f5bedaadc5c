-- Deadlines of open tasks (module deadlines): one row per task whose step has a deadline,
-- written when the task opens. next_at is when the next reminder or escalation is due (NULL:
-- nothing left to do); the scheduled runner picks rows by it and claims each with a
-- conditional UPDATE of version, so that two nodes act on a row once. A row whose task has
-- ended is removed when the runner next reaches it. DATETIME, not TIMESTAMP: due dates may lie
-- beyond 2038.
CREATE TABLE baton_deadline (
    task_id               VARCHAR(64)  NOT NULL,
    process_instance_id   VARCHAR(64)  NOT NULL,
    business_key          VARCHAR(255) NULL,
    process_definition_id VARCHAR(64)  NULL,
    step_id               VARCHAR(255) NOT NULL,
    step_name             VARCHAR(255) NULL,
    due_at                DATETIME(3)  NOT NULL,
    next_at               DATETIME(3)  NULL,
    remind_before_hours   INT          NULL,
    overdue_reminder      VARCHAR(10)  NULL,
    remind_every_hours    INT          NULL,
    escalate_after_hours  INT          NULL,
    escalation            VARCHAR(24)  NULL,
    reminded_before       BOOLEAN      NOT NULL,
    overdue_reminders     INT          NOT NULL,
    escalated             BOOLEAN      NOT NULL,
    version               INT          NOT NULL,
    CONSTRAINT baton_deadline_pk PRIMARY KEY (task_id)
);
CREATE INDEX baton_deadline_next ON baton_deadline (next_at);
