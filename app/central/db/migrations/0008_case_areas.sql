-- Floor plans of the case-handling areas (办案区平面图), one per floor, drawn on one
-- workstation of the unit and shared with its others and the units above it; key: the
-- unit's code, the area and the floor. version grows with every save, so a save made on an
-- older version is someone else's win.
CREATE TABLE area_plan (
    key      text PRIMARY KEY,
    unit     text NOT NULL,
    area     text NOT NULL,
    floor    integer NOT NULL,
    plan     jsonb NOT NULL,
    saved_by text NOT NULL,
    saved_ms bigint NOT NULL,
    version  integer NOT NULL DEFAULT 1
);

CREATE FUNCTION jiandu_area_plan_body(p area_plan) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'key', p.key, 'unit', p.unit, 'area', p.area, 'floor', p.floor, 'plan', p.plan,
        'savedBy', p.saved_by, 'savedMs', p.saved_ms, 'version', p.version)
$$;

CREATE TRIGGER area_plan_changed AFTER INSERT OR UPDATE OR DELETE ON area_plan
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('plan', 'key', 'jiandu_area_plan_body');

-- The desk's steps of each stay in a case-handling area (入区登记 … 注销), as the workstation
-- recorded them (its uid; a desk records them offline too), never changed once stored: the
-- unit's other workstations make the same stays from them.
CREATE TABLE area_step (
    uid       text PRIMARY KEY,
    unit      text NOT NULL,
    area      text NOT NULL,
    stay_uid  text NOT NULL DEFAULT '',
    kind      text NOT NULL,
    at_ms     bigint NOT NULL,
    operator  text NOT NULL,
    body      jsonb NOT NULL,
    stored_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX area_step_stay ON area_step (stay_uid);
CREATE INDEX area_step_time ON area_step (at_ms);

CREATE FUNCTION jiandu_area_step_body(s area_step) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'uid', s.uid, 'unit', s.unit, 'area', s.area, 'stayUid', s.stay_uid, 'kind', s.kind,
        'atMs', s.at_ms, 'operator', s.operator, 'body', s.body)
$$;

CREATE TRIGGER area_step_changed AFTER INSERT OR UPDATE OR DELETE ON area_step
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('areastep', 'uid', 'jiandu_area_step_body');

-- 场所预约统筹: an officer's request to use rooms of an area for a time, approved by the
-- station's leader, then by the legal head who assigns the rooms. unit: the asking officer's
-- (the change log shares it in that unit's scope); area_unit: the unit whose area it is (its
-- plans are under it). The body is the whole reservation as the workstations keep it (its
-- decisions included); version grows with each.
CREATE TABLE area_reservation (
    uid       text PRIMARY KEY,
    unit      text NOT NULL,
    area_unit text NOT NULL,
    area      text NOT NULL,
    from_ms bigint NOT NULL,
    to_ms   bigint NOT NULL,
    state   text NOT NULL,
    body    jsonb NOT NULL,
    version integer NOT NULL DEFAULT 1
);
CREATE INDEX area_reservation_time ON area_reservation (area_unit, area, from_ms);

CREATE FUNCTION jiandu_area_reservation_body(r area_reservation) RETURNS jsonb LANGUAGE sql
    STABLE AS $$
    SELECT r.body || jsonb_build_object('version', r.version)
$$;

CREATE TRIGGER area_reservation_changed AFTER INSERT OR UPDATE OR DELETE ON area_reservation
    FOR EACH ROW
    EXECUTE FUNCTION jiandu_row_changed('reservation', 'uid', 'jiandu_area_reservation_body');
