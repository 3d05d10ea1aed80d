-- Identity judgements: whether two entities are one (same / not_same / unsure), by whom and why. Append-only; the
-- latest judgement on a pair is the one in force, so a merge is undone by judging the pair again.
CREATE TABLE identity_judgements (
    id         uuid PRIMARY KEY,
    tenant_id  uuid NOT NULL REFERENCES tenants(id),
    entity_a   uuid NOT NULL REFERENCES entities(id),
    entity_b   uuid NOT NULL REFERENCES entities(id),
    verdict    text NOT NULL CHECK (verdict IN ('same','not_same','unsure')),
    score      double precision NOT NULL,
    judged_by  text NOT NULL,
    reason     text NOT NULL,
    judged_at  timestamptz NOT NULL,
    CHECK (entity_a <> entity_b)
);
CREATE INDEX identity_judgements_by_tenant ON identity_judgements (tenant_id, judged_at);
CREATE TRIGGER identity_judgements_append_only BEFORE UPDATE OR DELETE ON identity_judgements FOR EACH ROW EXECUTE FUNCTION enlace_append_only();
