-- Issue 11, the inbox and the request page. Portable: runs unchanged on H2 2.3 and MySQL 8 /
-- MariaDB 10.11.

-- A request's summary: the values of the few form fields its process names as key figures
-- (baton.summary, e.g. total and supplier), as a small JSON object written when the request
-- starts and when a step changes one of them. Lists show it without another query; the labels
-- come from the forms of the request's own process version when it is shown.
ALTER TABLE baton_inbox_task ADD COLUMN summary VARCHAR(1000);
ALTER TABLE baton_request ADD COLUMN summary VARCHAR(1000);

-- The initiator has not yet seen how the request ended (rejected, completed by someone else,
-- cancelled): unread until they open it, counted on the badge of "my requests".
ALTER TABLE baton_request ADD COLUMN initiator_unread BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX baton_request_initiator_unread ON baton_request (initiator_id, initiator_unread);
