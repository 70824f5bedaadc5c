-- People mentioned (@) in a comment on a request (module requests): like the people it was
-- copied to, they may read it. One row per person and request.
CREATE TABLE baton_request_mention (
    request_id   VARCHAR(40)  NOT NULL,
    user_id      VARCHAR(64)  NOT NULL,
    mentioned_by VARCHAR(64)  NULL,
    mentioned_at TIMESTAMP(3) NOT NULL,
    CONSTRAINT baton_request_mention_pk PRIMARY KEY (request_id, user_id),
    CONSTRAINT baton_request_mention_request FOREIGN KEY (request_id) REFERENCES baton_request (id)
);
