-- The organisation, its users and their sessions.
-- unit.path is the chain of codes from the city bureau down ("420100000000/420102000000/…"),
-- so "this unit and everything below it" is one prefix match on an index.

CREATE TABLE unit (
    code        text PRIMARY KEY,
    name        text NOT NULL,
    parent_code text REFERENCES unit (code),
    kind        text NOT NULL CHECK (kind IN ('city', 'district', 'station', 'casearea', 'other')),
    path        text NOT NULL UNIQUE
);
CREATE INDEX unit_path ON unit (path text_pattern_ops);
CREATE INDEX unit_name ON unit (name);

CREATE TABLE app_user (
    name            text PRIMARY KEY,
    display_name    text NOT NULL DEFAULT '',
    password_hash   text NOT NULL,               -- Argon2id (libsodium's crypto_pwhash_str)
    role            text NOT NULL CHECK (role IN ('operator', 'legal', 'unit_officer', 'leader', 'admin')),
    unit_code       text NOT NULL REFERENCES unit (code),
    enabled         boolean NOT NULL DEFAULT true,
    created_at      timestamptz NOT NULL DEFAULT now()
);

-- Refresh tokens: only their SHA-256 is kept; a refresh replaces the token (rotation), and a
-- token used twice revokes the whole family (someone copied it).
CREATE TABLE refresh_token (
    hash        text PRIMARY KEY,
    user_name   text NOT NULL REFERENCES app_user (name) ON DELETE CASCADE,
    family      uuid NOT NULL,
    expires_at  timestamptz NOT NULL,
    used        boolean NOT NULL DEFAULT false,
    created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX refresh_token_family ON refresh_token (family);
