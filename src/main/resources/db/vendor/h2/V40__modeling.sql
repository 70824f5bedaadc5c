-- Process designer (module modeling): drafts of process models and who published which version.
-- The same script as db/vendor/mysql/V40__modeling.sql except for the large text type:
-- CLOB here.

-- One draft per process key, saved on the server so it survives a reload. revision counts the
-- saves: a save names the revision it edited, and a stale one is refused (two designers never
-- silently overwrite each other). base_version: the published version the draft started from
-- (NULL for a new process). name_zh / name_en are read from the BPMN at every save, for lists.
CREATE TABLE baton_modeling_draft (
    process_key  VARCHAR(255) NOT NULL,
    name_zh      VARCHAR(255) NOT NULL,
    name_en      VARCHAR(255) NOT NULL,
    bpmn_xml     CLOB     NOT NULL,
    base_version INT          NULL,
    revision     INT          NOT NULL,
    created_by   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP(3) NOT NULL,
    updated_by   VARCHAR(64)  NOT NULL,
    updated_at   TIMESTAMP(3) NOT NULL,
    CONSTRAINT baton_modeling_draft_pk PRIMARY KEY (process_key)
);

-- The form-js schemas of a draft, one row per form id, in the order the designer keeps them.
CREATE TABLE baton_modeling_draft_form (
    process_key VARCHAR(255) NOT NULL,
    form_id     VARCHAR(100) NOT NULL,
    sort_order  INT          NOT NULL,
    schema_json CLOB     NOT NULL,
    CONSTRAINT baton_modeling_draft_form_pk PRIMARY KEY (process_key, form_id),
    CONSTRAINT baton_modeling_draft_form_draft FOREIGN KEY (process_key)
        REFERENCES baton_modeling_draft (process_key) ON DELETE CASCADE
);

-- Every version published through the designer (publish or rollback): who and when. Versions
-- published at startup from processes/ have no row. The engine's deployment is the version itself.
CREATE TABLE baton_modeling_publication (
    deployment_id     VARCHAR(64)  NOT NULL,
    process_key       VARCHAR(255) NOT NULL,
    version           INT          NOT NULL,
    definition_id     VARCHAR(100) NOT NULL,
    published_by      VARCHAR(64)  NOT NULL,
    published_at      TIMESTAMP(3) NOT NULL,
    -- a rollback: the version whose BPMN and forms were published again; NULL for a draft
    republished_from  INT          NULL,
    CONSTRAINT baton_modeling_publication_pk PRIMARY KEY (deployment_id)
);
CREATE INDEX baton_modeling_publication_key ON baton_modeling_publication (process_key, version);
