-- The operators' settings of the rule catalogue (enable, disable, score, deadline, lead),
-- one deployment-wide set: every workstation's rule engine supervises by the same rules.
-- A field left null keeps the catalogue's value. The unit '*' makes a record readable by
-- every account (see the change log's query).
CREATE TABLE rule_setting (
    rule_id    text PRIMARY KEY,
    enabled    text,
    score      text,
    deadline   text,
    lead       text,
    changed_by text NOT NULL,
    changed_ms bigint NOT NULL,
    unit       text NOT NULL DEFAULT '*'
);

CREATE FUNCTION jiandu_rule_setting_body(r rule_setting) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'ruleId', r.rule_id, 'enabled', r.enabled, 'score', r.score, 'deadline', r.deadline,
        'lead', r.lead, 'changedBy', r.changed_by, 'changedMs', r.changed_ms)
$$;

CREATE TRIGGER rule_setting_changed AFTER INSERT OR UPDATE OR DELETE ON rule_setting
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('rule', 'rule_id', 'jiandu_rule_setting_body');

-- Their audit: who changed which field from what to what, when and why; one row per change
-- the service accepted, keyed by the operation that made it.
CREATE TABLE rule_setting_change (
    uid       text PRIMARY KEY,
    time_ms   bigint NOT NULL,
    actor     text NOT NULL,
    rule_id   text NOT NULL,
    field     text NOT NULL,
    old_value text NOT NULL DEFAULT '',
    new_value text NOT NULL DEFAULT '',
    reason    text NOT NULL,
    unit      text NOT NULL DEFAULT '*'
);

CREATE FUNCTION jiandu_rule_change_body(c rule_setting_change) RETURNS jsonb LANGUAGE sql STABLE AS $$
    SELECT jsonb_build_object(
        'uid', c.uid, 'timeMs', c.time_ms, 'actor', c.actor, 'ruleId', c.rule_id,
        'field', c.field, 'oldValue', c.old_value, 'newValue', c.new_value, 'reason', c.reason)
$$;

CREATE TRIGGER rule_setting_change_changed AFTER INSERT OR UPDATE OR DELETE ON rule_setting_change
    FOR EACH ROW EXECUTE FUNCTION jiandu_row_changed('ruleaudit', 'uid', 'jiandu_rule_change_body');
