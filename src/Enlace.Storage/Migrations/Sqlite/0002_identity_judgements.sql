-- Identity judgements: whether two entities are one (same / not_same / unsure), by whom and why. Append-only; the
-- latest judgement on a pair is the one in force, so a merge is undone by judging the pair again.
CREATE TABLE identity_judgements (
    id         BLOB PRIMARY KEY,
    tenant_id  BLOB NOT NULL REFERENCES tenants(id),
    entity_a   BLOB NOT NULL REFERENCES entities(id),
    entity_b   BLOB NOT NULL REFERENCES entities(id),
    verdict    TEXT NOT NULL CHECK (verdict IN ('same','not_same','unsure')),
    score      REAL NOT NULL,
    judged_by  TEXT NOT NULL,
    reason     TEXT NOT NULL,
    judged_at  TEXT NOT NULL,
    CHECK (entity_a <> entity_b)
);
CREATE INDEX identity_judgements_by_tenant ON identity_judgements (tenant_id, judged_at);
CREATE TRIGGER identity_judgements_no_update BEFORE UPDATE ON identity_judgements BEGIN SELECT RAISE(ABORT, 'identity judgements are append-only'); END;
CREATE TRIGGER identity_judgements_no_delete BEFORE DELETE ON identity_judgements BEGIN SELECT RAISE(ABORT, 'identity judgements are append-only'); END;
