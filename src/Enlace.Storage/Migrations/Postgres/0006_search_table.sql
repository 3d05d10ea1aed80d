-- Full-text search reads a narrow table of its own (see docs/decisions/0003, "A search table of its own"): the GIN
-- index returns matches unordered, so every search visits the heap row of each match to find the newest ones. Kept
-- apart from the documents' text and metadata, those rows are small (a few MB for 100,000 documents instead of the
-- documents' tens of MB), and the vectors are stored out of line without compression (tsvectors barely compress), so
-- ranking and phrase checks read them without decompressing.
CREATE TABLE document_search (
    id            uuid PRIMARY KEY REFERENCES documents(id),
    tenant_id     uuid NOT NULL,
    language      text NOT NULL,
    published_on  date,
    tlp           smallint NOT NULL,
    search_vector tsvector NOT NULL
);
ALTER TABLE document_search ALTER COLUMN search_vector SET STORAGE EXTERNAL;

INSERT INTO document_search (id, tenant_id, language, published_on, tlp, search_vector)
SELECT id, tenant_id, language, published_on, tlp, search_vector FROM documents;

CREATE INDEX document_search_vector ON document_search USING gin (search_vector);
CREATE INDEX document_search_by_tenant ON document_search (tenant_id, id);
CREATE TRIGGER document_search_no_update BEFORE UPDATE ON document_search FOR EACH ROW EXECUTE FUNCTION enlace_append_only();

ALTER TABLE documents DROP COLUMN search_vector;
