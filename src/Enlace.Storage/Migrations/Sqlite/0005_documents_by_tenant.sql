-- A tenant's documents in id order (ids are time-ordered): newest-first listings, cursor pagination and the
-- "newest matches" search window read this index instead of scanning the table.
CREATE INDEX documents_by_tenant ON documents (tenant_id, id);
