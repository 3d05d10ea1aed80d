-- Source grades: an analyst's Admiralty reliability grade (A-F) of a source as statements cite it, with the reason,
-- per agency. Append-only: the latest grade of a source is in force and every earlier one stays as its history.
CREATE TABLE source_grades (
    id          uuid PRIMARY KEY,
    tenant_id   uuid NOT NULL REFERENCES tenants(id),
    source_key  text NOT NULL,
    source      text NOT NULL,
    reliability text NOT NULL CHECK (reliability IN ('A','B','C','D','E','F')),
    reason      text NOT NULL CHECK (length(trim(reason)) > 0),
    graded_by   text NOT NULL,
    graded_at   timestamptz NOT NULL
);
CREATE INDEX source_grades_by_source ON source_grades (tenant_id, source_key, graded_at);
CREATE TRIGGER source_grades_append_only BEFORE UPDATE OR DELETE ON source_grades FOR EACH ROW EXECUTE FUNCTION enlace_append_only();
