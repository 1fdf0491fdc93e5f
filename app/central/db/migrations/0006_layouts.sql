-- Named layouts of the video patrol grid (预案布局), shared by the operators of a unit and
-- seen by the units above it; key: the unit's code and the name. version grows with every
-- save, so a save made on an older version is someone else's win.
CREATE TABLE layout (
    key      text PRIMARY KEY,
    unit     text NOT NULL,
    name     text NOT NULL,
    tiles    integer NOT NULL,
    cameras  jsonb NOT NULL,
    saved_by text NOT NULL,
    saved_ms bigint NOT NULL,
    version  integer NOT NULL DEFAULT 1
);

CREATE FUNCTION jiandu_layout_body(l layout) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'key', l.key, 'unit', l.unit, 'name', l.name, 'tiles', l.tiles, 'cameras', l.cameras,
        'savedBy', l.saved_by, 'savedMs', l.saved_ms, 'version', l.version)
$$;

CREATE TRIGGER layout_changed AFTER INSERT OR UPDATE OR DELETE ON layout
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('layout', 'key', 'jiandu_layout_body');

-- 上墙: the cameras a unit's operators sent to its video wall, newest first (at most four).
CREATE TABLE wall (
    unit    text PRIMARY KEY,
    cameras jsonb NOT NULL,
    sent_by text NOT NULL,
    sent_ms bigint NOT NULL
);

CREATE FUNCTION jiandu_wall_body(w wall) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'unit', w.unit, 'cameras', w.cameras, 'sentBy', w.sent_by, 'sentMs', w.sent_ms)
$$;

CREATE TRIGGER wall_changed AFTER INSERT OR UPDATE OR DELETE ON wall
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('wall', 'unit', 'jiandu_wall_body');
