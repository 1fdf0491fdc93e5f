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

CREATE TRIGGER finding_changed AFTER INSERT OR UPDATE OR DELETE ON finding
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('finding', 'uid', 'jiandu_finding_body');
