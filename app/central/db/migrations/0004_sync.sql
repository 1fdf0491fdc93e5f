-- Supervision data shared between workstations: the closed-loop problems, the alerts'
-- acknowledgements, and the change log workstations pull from.
--
-- sync_change: the latest state of every shared record, one row per (kind, key), with a
--   server-assigned sequence number taken anew at each change. A workstation asks for
--   "everything after the last number I have" in its scope; a delete leaves a tombstone
--   (deleted, no body). Numbers are taken under one transaction-scoped lock, so they are
--   committed in the order they are taken: a reader never sees 12 before 11 has committed.
-- sync_operation: every pushed operation once, by the id the workstation gave it, with the
--   answer it got: the same operation sent again (a lost answer, a restart) gets the same
--   answer and changes nothing.

CREATE SEQUENCE sync_change_seq;

CREATE TABLE sync_change (
    kind    text NOT NULL,
    key     text NOT NULL,
    seq     bigint NOT NULL UNIQUE,
    unit    text NOT NULL DEFAULT '',   -- readable by the users of this unit and above
    deleted boolean NOT NULL DEFAULT false,
    body    jsonb,
    PRIMARY KEY (kind, key)
);

-- Live updates: each change also notifies the channel jiandu_sync. PostgreSQL delivers a
-- notification when (and only if) its transaction commits, in commit order; the service's
-- ChangeNotifier relays it to the workstations through the MQTT broker, and they pull. The
-- notification carries no record: what a workstation may see is decided by the pull.
CREATE FUNCTION jiandu_record_change(k text, id text, u text, b jsonb, del boolean)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('jiandu_sync_change'));
    INSERT INTO sync_change (kind, key, seq, unit, deleted, body)
    VALUES (k, id, nextval('sync_change_seq'), coalesce(u, ''), del, CASE WHEN del THEN NULL ELSE b END)
    ON CONFLICT (kind, key) DO UPDATE
        SET seq = EXCLUDED.seq, unit = EXCLUDED.unit, deleted = EXCLUDED.deleted,
            body = EXCLUDED.body;
    PERFORM pg_notify('jiandu_sync', '');
END
$$;

-- One trigger function for every shared table: its arguments name the kind in the change
-- log, the key column and the function that makes the record's body. The table has a column
-- "unit" (whose users may read it).
CREATE FUNCTION jiandu_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    k text;
    u text;
    b jsonb;
BEGIN
    IF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT ($1).%I::text, ($1).unit', TG_ARGV[1]) INTO k, u USING OLD;
        PERFORM jiandu_record_change(TG_ARGV[0], k, u, NULL, true);
        RETURN OLD;
    END IF;
    EXECUTE format('SELECT ($1).%I::text, ($1).unit, %I($1)', TG_ARGV[1], TG_ARGV[2])
        INTO k, u, b USING NEW;
    PERFORM jiandu_record_change(TG_ARGV[0], k, u, b, false);
    RETURN NEW;
END
$$;

CREATE TABLE sync_operation (
    op_id       text PRIMARY KEY,
    user_name   text NOT NULL,
    type        text NOT NULL,
    result      jsonb,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- Who acknowledged an alert, and the problem it was referred to.
ALTER TABLE alert ADD COLUMN ack_by text;
ALTER TABLE alert ADD COLUMN ack_ms bigint;
ALTER TABLE alert ADD COLUMN ack_note text;
ALTER TABLE alert ADD COLUMN problem_uid text;

CREATE FUNCTION jiandu_alert_body(a alert) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'id', a.id, 'ruleId', a.rule_id, 'subjectKey', a.subject_key, 'element', a.element,
        'tier', a.tier, 'colour', a.colour, 'score', a.score, 'message', a.message,
        'unit', a.unit, 'raisedMs', a.raised_ms, 'deadlineMs', a.deadline_ms,
        'suppressed', a.suppressed, 'resolvedMs', a.resolved_ms,
        'resolveReason', a.resolve_reason, 'subject', a.subject, 'ackBy', a.ack_by,
        'ackMs', a.ack_ms, 'ackNote', a.ack_note, 'problem', a.problem_uid)
$$;

CREATE TRIGGER alert_inserted AFTER INSERT ON alert
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('alert', 'id', 'jiandu_alert_body');
CREATE TRIGGER alert_updated AFTER UPDATE ON alert
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION jiandu_row_changed('alert', 'id', 'jiandu_alert_body');
CREATE TRIGGER alert_deleted AFTER DELETE ON alert
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('alert', 'id', 'jiandu_alert_body');

-- The alerts already stored are offered to the first pull.
SELECT jiandu_record_change('alert', a.id::text, a.unit, jiandu_alert_body(a), false)
FROM alert a ORDER BY a.id;

-- The closed loop (执法问题闭环). uid: given by the workstation that opened it (a laptop
-- opens problems offline); stage and the step codes as in the workstations (ProblemStage,
-- ProblemAction, ProblemRole). version grows with every step, so the change log sees each.
CREATE TABLE problem (
    uid             text PRIMARY KEY,
    alert_id        bigint REFERENCES alert (id),
    rule_id         text NOT NULL DEFAULT '',
    title           text NOT NULL,
    element         text NOT NULL DEFAULT '',
    unit            text NOT NULL,
    case_id         text NOT NULL DEFAULT '',
    score           integer NOT NULL DEFAULT 0,
    stage           smallint NOT NULL,
    created_ms      bigint NOT NULL,
    created_by      text NOT NULL,
    stage_since_ms  bigint NOT NULL,
    due_ms          bigint NOT NULL DEFAULT 0,
    rounds          integer NOT NULL DEFAULT 0,
    version         integer NOT NULL DEFAULT 1
);
CREATE INDEX problem_unit ON problem (unit);

CREATE TABLE problem_step (
    n           bigserial PRIMARY KEY,
    uid         text NOT NULL UNIQUE,
    problem_uid text NOT NULL REFERENCES problem (uid) ON DELETE CASCADE,
    time_ms     bigint NOT NULL,
    actor       text NOT NULL,
    role        smallint NOT NULL,
    action      smallint NOT NULL,
    from_stage  smallint NOT NULL,
    to_stage    smallint NOT NULL,
    note        text NOT NULL DEFAULT '',
    attachments jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX problem_step_problem ON problem_step (problem_uid, n);

CREATE FUNCTION jiandu_problem_body(p problem) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'uid', p.uid, 'alertId', p.alert_id, 'ruleId', p.rule_id, 'title', p.title,
        'element', p.element, 'unit', p.unit, 'caseId', p.case_id, 'score', p.score,
        'stage', p.stage, 'createdMs', p.created_ms, 'createdBy', p.created_by,
        'stageSinceMs', p.stage_since_ms, 'dueMs', p.due_ms, 'rounds', p.rounds,
        'version', p.version,
        'steps', coalesce((SELECT jsonb_agg(jsonb_build_object(
                    'uid', s.uid, 'timeMs', s.time_ms, 'actor', s.actor, 'role', s.role,
                    'action', s.action, 'from', s.from_stage, 'to', s.to_stage,
                    'note', s.note, 'attachments', s.attachments) ORDER BY s.n)
                FROM problem_step s WHERE s.problem_uid = p.uid), '[]'::jsonb))
$$;

-- A problem's steps are written before the problem's row is updated (its version at least),
-- so the body recorded then holds them.
CREATE TRIGGER problem_changed AFTER INSERT OR UPDATE OR DELETE ON problem
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('problem', 'uid', 'jiandu_problem_body');
