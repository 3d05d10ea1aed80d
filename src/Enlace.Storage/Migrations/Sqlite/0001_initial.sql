-- Enlace schema, version 1 (SQLite). Kept column for column in step with Migrations/Postgres/0001_initial.sql.
CREATE TABLE tenants (
    id          BLOB PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    created_at  TEXT NOT NULL
);

CREATE TABLE sources (
    id          BLOB PRIMARY KEY,
    tenant_id   BLOB NOT NULL REFERENCES tenants(id),
    name        TEXT NOT NULL,
    reliability TEXT NOT NULL CHECK (reliability IN ('A','B','C','D','E','F')),
    created_at  TEXT NOT NULL,
    UNIQUE (tenant_id, name)
);

CREATE TABLE documents (
    id           BLOB PRIMARY KEY,
    tenant_id    BLOB NOT NULL REFERENCES tenants(id),
    source_id    BLOB REFERENCES sources(id),
    sha256       TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    title        TEXT,
    language     TEXT NOT NULL,
    published_on TEXT,
    text         TEXT NOT NULL,
    size_bytes   INTEGER NOT NULL,
    tlp          INTEGER NOT NULL,
    handling     INTEGER NOT NULL,
    ingested_at  TEXT NOT NULL,
    UNIQUE (tenant_id, sha256)
);

CREATE TABLE document_originals (
    document_id BLOB PRIMARY KEY REFERENCES documents(id),
    bytes       BLOB NOT NULL
);

-- External-content index over documents: the words are indexed accent-free and Porter-stemmed; snippets read the
-- text back from the documents table.
CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, text,
    content = 'documents', content_rowid = 'rowid',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TABLE entities (
    id          BLOB PRIMARY KEY,
    tenant_id   BLOB NOT NULL REFERENCES tenants(id),
    kind        TEXT NOT NULL,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    UNIQUE (tenant_id, kind, name)
);

CREATE TABLE statements (
    id            BLOB PRIMARY KEY,
    tenant_id     BLOB NOT NULL REFERENCES tenants(id),
    subject_id    BLOB NOT NULL REFERENCES entities(id),
    property      TEXT NOT NULL,
    value_kind    TEXT NOT NULL CHECK (value_kind IN ('quantity','date','entity','text')),
    q_value       REAL,
    q_qualifier   TEXT,
    q_low         REAL,
    q_low_incl    INTEGER,
    q_high        REAL,
    q_high_incl   INTEGER,
    q_measure     TEXT,
    q_population  TEXT,
    q_unit        TEXT,
    q_item        TEXT,
    d_start       TEXT,
    d_end         TEXT,
    d_precision   TEXT,
    ref_entity_id BLOB REFERENCES entities(id),
    text_value    TEXT,
    document_id   BLOB REFERENCES documents(id),
    span_start    INTEGER,
    span_end      INTEGER,
    asserted_by   TEXT,
    credibility   INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6),
    tlp           INTEGER NOT NULL,
    handling      INTEGER NOT NULL,
    origin        TEXT NOT NULL CHECK (origin IN ('extracted','analyst','operation')),
    author        TEXT NOT NULL,
    created_at    TEXT NOT NULL,
    -- No fact without provenance: an extracted statement points at a span of a document.
    CHECK (origin <> 'extracted' OR (document_id IS NOT NULL AND span_start IS NOT NULL AND span_end >= span_start))
);
CREATE INDEX statements_by_subject ON statements (tenant_id, subject_id, property);
CREATE INDEX statements_by_document ON statements (tenant_id, document_id);
CREATE INDEX statements_by_measure ON statements (tenant_id, q_measure) WHERE value_kind = 'quantity';

CREATE TABLE adjudications (
    id                  BLOB PRIMARY KEY,
    tenant_id           BLOB NOT NULL REFERENCES tenants(id),
    conflict_key        TEXT NOT NULL,
    statement_ids       TEXT NOT NULL,
    chosen_statement_id BLOB REFERENCES statements(id),
    reason              TEXT NOT NULL,
    analyst             TEXT NOT NULL,
    created_at          TEXT NOT NULL
);
CREATE INDEX adjudications_by_conflict ON adjudications (tenant_id, conflict_key);

-- Nothing is updated in place: documents, statements and adjudications are append-only.
CREATE TRIGGER documents_no_update BEFORE UPDATE ON documents BEGIN SELECT RAISE(ABORT, 'documents are append-only'); END;
CREATE TRIGGER statements_no_update BEFORE UPDATE ON statements BEGIN SELECT RAISE(ABORT, 'statements are append-only'); END;
CREATE TRIGGER statements_no_delete BEFORE DELETE ON statements BEGIN SELECT RAISE(ABORT, 'statements are append-only'); END;
CREATE TRIGGER adjudications_no_update BEFORE UPDATE ON adjudications BEGIN SELECT RAISE(ABORT, 'adjudications are append-only'); END;
CREATE TRIGGER adjudications_no_delete BEFORE DELETE ON adjudications BEGIN SELECT RAISE(ABORT, 'adjudications are append-only'); END;
