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
