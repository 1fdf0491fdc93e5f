-- 指令下发 and 情况发布 from the command map. unit: the issuing operator's (the change log
-- shares it in that unit's scope); body: the whole instruction as the workstations keep it,
-- every recipient's steps included, each replayed through the same workflow before it is
-- stored; version grows with each step.
CREATE TABLE instruction (
    uid       text PRIMARY KEY,
    unit      text NOT NULL,
    issued_by text NOT NULL,
    issued_ms bigint NOT NULL,
    closed    boolean NOT NULL DEFAULT false,
    body      jsonb NOT NULL,
    version   integer NOT NULL DEFAULT 1
);
CREATE INDEX instruction_time ON instruction (unit, issued_ms);

CREATE FUNCTION jiandu_instruction_body(i instruction) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT i.body || jsonb_build_object('version', i.version)
$$;

CREATE TRIGGER instruction_changed AFTER INSERT OR UPDATE OR DELETE ON instruction
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('instruction', 'uid', 'jiandu_instruction_body');
