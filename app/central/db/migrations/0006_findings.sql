-- Patrol findings (发现问题): what an operator saw on a camera, by the uid the workstation
-- gave it (a laptop records them offline too). The snapshot is known by its SHA-256.
CREATE TABLE finding (
    uid             text PRIMARY KEY,
    camera_id       text NOT NULL,
    camera_name     text NOT NULL DEFAULT '',
    unit            text NOT NULL DEFAULT '',
    time_ms         bigint NOT NULL,
    operator        text NOT NULL,
    note            text NOT NULL,
    snapshot_sha256 text NOT NULL DEFAULT '',
    stored_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX finding_time ON finding (time_ms);

CREATE FUNCTION jiandu_finding_body(f finding) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'uid', f.uid, 'cameraId', f.camera_id, 'cameraName', f.camera_name, 'unit', f.unit,
        'timeMs', f.time_ms, 'operator', f.operator, 'note', f.note,
        'snapshotSha256', f.snapshot_sha256)
$$;

-- One trigger function for every shared table, instead of one each: its arguments name the
-- kind in the change log, the key column and the function that makes the record's body. The
-- table has a column "unit" (whose users may read it).
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

CREATE TRIGGER finding_changed AFTER INSERT OR UPDATE OR DELETE ON finding
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('finding', 'uid', 'jiandu_finding_body');

-- The alerts' and problems' triggers of 0004 become the same.
DROP TRIGGER alert_inserted ON alert;
DROP TRIGGER alert_updated ON alert;
DROP TRIGGER alert_deleted ON alert;
DROP FUNCTION jiandu_alert_changed();
CREATE TRIGGER alert_inserted AFTER INSERT ON alert
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('alert', 'id', 'jiandu_alert_body');
CREATE TRIGGER alert_updated AFTER UPDATE ON alert
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*)
    EXECUTE FUNCTION jiandu_row_changed('alert', 'id', 'jiandu_alert_body');
CREATE TRIGGER alert_deleted AFTER DELETE ON alert
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('alert', 'id', 'jiandu_alert_body');

DROP TRIGGER problem_changed ON problem;
DROP FUNCTION jiandu_problem_changed();
CREATE TRIGGER problem_changed AFTER INSERT OR UPDATE OR DELETE ON problem
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('problem', 'uid', 'jiandu_problem_body');
