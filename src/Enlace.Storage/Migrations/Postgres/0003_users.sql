-- Accounts of each agency (tenant), their roles, and the keys that protect sign-in cookies and bearer tokens.
-- Kept column for column in step with Migrations/Sqlite/0003_users.sql. Accounts change (password, failed attempts,
-- lockout), so unlike statements they are updated in place.
CREATE TABLE users (
    id                   uuid PRIMARY KEY,
    tenant_id            uuid NOT NULL REFERENCES tenants(id),
    user_name            text NOT NULL,
    normalized_user_name text NOT NULL UNIQUE,
    password_hash        text,
    security_stamp       text NOT NULL,
    concurrency_stamp    text NOT NULL,
    lockout_enabled      boolean NOT NULL,
    lockout_end          timestamptz,
    access_failed_count  integer NOT NULL DEFAULT 0,
    cleared_for_red      boolean NOT NULL DEFAULT false,
    created_at           timestamptz NOT NULL
);
CREATE INDEX users_by_tenant ON users (tenant_id, normalized_user_name);

CREATE TABLE user_roles (
    user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    text NOT NULL CHECK (role IN ('administrator','analyst','liaison-officer','commander','victim-services','viewer')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE data_protection_keys (
    name       text PRIMARY KEY,
    xml        text NOT NULL,
    created_at timestamptz NOT NULL
);
