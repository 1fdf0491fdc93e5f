-- Event intake and the central rule engine.
-- event: every event accepted, once per id (a repeated id is not applied again).
-- event_queue: what the engine has not applied yet; it takes rows out in the transaction
--   that stores the alerts they produced and its own state, so an event is applied exactly
--   once whatever instance evaluates and whenever one is killed.
-- alert: the engine's alerts; one open alert per rule and subject.
-- engine_global / engine_subject / engine_entry: the engine's state (deadlines as timers),
--   saved in the same transaction as the alerts (RuleEngine::stateChanges()).

ALTER TABLE share_key ADD COLUMN scopes text[] NOT NULL DEFAULT '{share}';

CREATE TABLE event (
    seq         bigserial PRIMARY KEY,
    id          text NOT NULL UNIQUE,
    type        text NOT NULL,
    time_ms     bigint NOT NULL,
    subject     jsonb NOT NULL,
    source      text NOT NULL DEFAULT '',
    received_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE event_queue (
    seq bigint PRIMARY KEY
);

CREATE TABLE alert (
    id              bigserial PRIMARY KEY,
    rule_id         text NOT NULL,
    subject_key     text NOT NULL,
    element         text NOT NULL,
    tier            smallint NOT NULL,
    colour          text NOT NULL,
    score           integer NOT NULL,
    message         text NOT NULL,
    unit            text NOT NULL DEFAULT '',
    raised_ms       bigint NOT NULL,
    deadline_ms     bigint,
    suppressed      boolean NOT NULL DEFAULT false,
    resolved_ms     bigint,
    resolve_reason  text,
    subject         jsonb NOT NULL DEFAULT '{}',
    stored_at       timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX alert_open ON alert (rule_id, subject_key) WHERE resolved_ms IS NULL;
CREATE INDEX alert_raised ON alert (raised_ms, id);
CREATE INDEX alert_unit ON alert (unit, raised_ms);

CREATE TABLE engine_global (
    id          integer PRIMARY KEY CHECK (id = 1),
    state       text NOT NULL,
    saved_by    text NOT NULL,
    saved_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE engine_subject (
    number  bigint PRIMARY KEY,
    fields  text NOT NULL
);

CREATE TABLE engine_entry (
    subject bigint NOT NULL,
    rule_id text NOT NULL,
    state   text NOT NULL,
    PRIMARY KEY (subject, rule_id)
);
