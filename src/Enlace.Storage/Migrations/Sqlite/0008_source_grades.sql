-- Source grades: an analyst's Admiralty reliability grade (A-F) of a source as statements cite it, with the reason,
-- per agency. Append-only: the latest grade of a source is in force and every earlier one stays as its history.
CREATE TABLE source_grades (
    id          BLOB PRIMARY KEY,
    tenant_id   BLOB NOT NULL REFERENCES tenants(id),
    source_key  TEXT NOT NULL,
    source      TEXT NOT NULL,
    reliability TEXT NOT NULL CHECK (reliability IN ('A','B','C','D','E','F')),
    reason      TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    graded_by   TEXT NOT NULL,
    graded_at   TEXT NOT NULL
);
CREATE INDEX source_grades_by_source ON source_grades (tenant_id, source_key, graded_at);
CREATE TRIGGER source_grades_no_update BEFORE UPDATE ON source_grades BEGIN SELECT RAISE(ABORT, 'source grades are append-only'); END;
CREATE TRIGGER source_grades_no_delete BEFORE DELETE ON source_grades BEGIN SELECT RAISE(ABORT, 'source grades are append-only'); END;
