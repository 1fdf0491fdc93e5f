-- Live updates: every change to the log also notifies the channel jiandu_sync. PostgreSQL
-- delivers a notification when (and only if) its transaction commits, in commit order; the
-- service's ChangeNotifier relays it to the workstations through the MQTT broker, and they
-- pull. The notification carries no record: what a workstation may see is decided by the pull.
CREATE OR REPLACE FUNCTION jiandu_record_change(k text, id text, u text, b jsonb, del boolean)
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
