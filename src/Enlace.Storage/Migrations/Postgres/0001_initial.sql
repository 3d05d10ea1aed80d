-- Enlace schema, version 1 (PostgreSQL 15+). Kept column for column in step with Migrations/Sqlite/0001_initial.sql.
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TABLE tenants (
    id          uuid PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    created_at  timestamptz NOT NULL
);

CREATE TABLE sources (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants(id),
    name        text NOT NULL,
    reliability char(1) NOT NULL CHECK (reliability IN ('A','B','C','D','E','F')),
    created_at  timestamptz NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE documents (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants(id),
    source_id     uuid REFERENCES sources(id),
    sha256        text NOT NULL,
    file_name     text NOT NULL,
    media_type    text NOT NULL,
    title         text,
    language      text NOT NULL,
    published_on  date,
    text          text NOT NULL,
    size_bytes    bigint NOT NULL,
    tlp           smallint NOT NULL,
    handling      smallint NOT NULL,
    ingested_at   timestamptz NOT NULL,
    -- Built at insert time with the document's own language configuration, over unaccented text.
    search_vector tsvector NOT NULL,
    UNIQUE (tenant_id, sha256)
);
CREATE INDEX documents_search ON documents USING gin (search_vector);

CREATE TABLE document_originals (
    document_id uuid PRIMARY KEY REFERENCES documents(id),
    bytes       bytea NOT NULL
);

CREATE TABLE entities (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants(id),
    kind        text NOT NULL,
    name        text NOT NULL,
    created_at  timestamptz NOT NULL,
    UNIQUE (tenant_id, kind, name)
);

CREATE TABLE statements (
    id            uuid PRIMARY KEY,
    tenant_id     uuid NOT NULL REFERENCES tenants(id),
    subject_id    uuid NOT NULL REFERENCES entities(id),
    property      text NOT NULL,
    value_kind    text NOT NULL CHECK (value_kind IN ('quantity','date','entity','text')),
    q_value       numeric,
    q_qualifier   text,
    q_low         numeric,
    q_low_incl    boolean,
    q_high        numeric,
    q_high_incl   boolean,
    q_measure     text,
    q_population  text,
    q_unit        text,
    q_item        text,
    d_start       date,
    d_end         date,
    d_precision   text,
    ref_entity_id uuid REFERENCES entities(id),
    text_value    text,
    document_id   uuid REFERENCES documents(id),
    span_start    integer,
    span_end      integer,
    asserted_by   text,
    credibility   smallint NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    tlp           smallint NOT NULL,
    handling      smallint NOT NULL,
    origin        text NOT NULL CHECK (origin IN ('extracted','analyst','operation')),
    author        text NOT NULL,
    created_at    timestamptz NOT NULL,
    CHECK (origin <> 'extracted' OR (document_id IS NOT NULL AND span_start IS NOT NULL AND span_end >= span_start))
);
CREATE INDEX statements_by_subject ON statements (tenant_id, subject_id, property);
CREATE INDEX statements_by_document ON statements (tenant_id, document_id);
CREATE INDEX statements_by_measure ON statements (tenant_id, q_measure) WHERE value_kind = 'quantity';

CREATE TABLE adjudications (
    id                  uuid PRIMARY KEY,
    tenant_id           uuid NOT NULL REFERENCES tenants(id),
    conflict_key        text NOT NULL,
    statement_ids       text NOT NULL,
    chosen_statement_id uuid REFERENCES statements(id),
    reason              text NOT NULL,
    analyst             text NOT NULL,
    created_at          timestamptz NOT NULL
);
CREATE INDEX adjudications_by_conflict ON adjudications (tenant_id, conflict_key);

CREATE FUNCTION enlace_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% are append-only', TG_TABLE_NAME;
END
$$;
CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents FOR EACH ROW EXECUTE FUNCTION enlace_append_only();
CREATE TRIGGER statements_append_only BEFORE UPDATE OR DELETE ON statements FOR EACH ROW EXECUTE FUNCTION enlace_append_only();
CREATE TRIGGER adjudications_append_only BEFORE UPDATE OR DELETE ON adjudications FOR EACH ROW EXECUTE FUNCTION enlace_append_only();
