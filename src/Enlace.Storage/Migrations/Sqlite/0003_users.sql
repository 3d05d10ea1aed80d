-- Accounts of each agency (tenant), their roles, and the keys that protect sign-in cookies and bearer tokens.
-- Kept column for column in step with Migrations/Postgres/0003_users.sql. Accounts change (password, failed attempts,
-- lockout), so unlike statements they are updated in place.
CREATE TABLE users (
    id                   BLOB PRIMARY KEY,
    tenant_id            BLOB NOT NULL REFERENCES tenants(id),
    user_name            TEXT NOT NULL,
    normalized_user_name TEXT NOT NULL UNIQUE,
    password_hash        TEXT,
    security_stamp       TEXT NOT NULL,
    concurrency_stamp    TEXT NOT NULL,
    lockout_enabled      INTEGER NOT NULL,
    lockout_end          TEXT,
    access_failed_count  INTEGER NOT NULL DEFAULT 0,
    cleared_for_red      INTEGER NOT NULL DEFAULT 0,
    created_at           TEXT NOT NULL
);
CREATE INDEX users_by_tenant ON users (tenant_id, normalized_user_name);

CREATE TABLE user_roles (
    user_id BLOB NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('administrator','analyst','liaison-officer','commander','victim-services','viewer')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE data_protection_keys (
    name       TEXT PRIMARY KEY,
    xml        TEXT NOT NULL,
    created_at TEXT NOT NULL
);
