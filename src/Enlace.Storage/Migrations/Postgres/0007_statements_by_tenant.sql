-- A tenant's statements in id order (ids are time-ordered): statement lists and their cursor pages read this index
-- instead of sorting every statement the tenant holds.
CREATE INDEX statements_by_tenant ON statements (tenant_id, id);

-- A tenant's statements by property: the protected-people lookup behind every masked read wants only roles, protected
-- identities and the names people go by, not the whole table.
CREATE INDEX statements_by_property ON statements (tenant_id, property);

-- Statements that point at an entity, so lists filtered by an entity or a place look them up rather than walk the tenant.
CREATE INDEX statements_by_ref ON statements (tenant_id, ref_entity_id);

-- Dated statements by the end of their interval, for lists filtered by dates: the start, marking and subject are in the
-- index too, so a date range is answered from the index alone.
CREATE INDEX statements_by_date ON statements (tenant_id, d_end, d_start, tlp, subject_id) WHERE value_kind = 'date';
