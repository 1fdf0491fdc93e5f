-- The 警情中心 share tables of seed 004: 接报 (jb), 警情 (jq), 下发 (jqxf), 反馈 (jqfk).
-- Each is partitioned by month of the time it happened (the seed shards by time too); the
-- paging indexes (cursor, key) serve "ordered by xgsj/sjc, then the primary key".
-- Times are local times (timestamp without time zone, to the second), as the seed writes
-- them: yyyy-MM-dd HH:mm:ss.

CREATE TABLE share_key (
    key         text PRIMARY KEY,
    secret      text NOT NULL,
    name        text NOT NULL DEFAULT '',
    enabled     boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE jb (
    id          text NOT NULL,
    jqbh        text NOT NULL,
    y_jqbh      text,
    bj_fldm     text,              -- 报警分类: 01 110, 02 窗口 (walk-in), 03 网络, 04 其他
    bjfs        text,              -- 报警方式 (how it came in, in words)
    jjsj        timestamp(0) NOT NULL,
    jjdw        text,              -- 接警单位 (unit code)
    jjdw_mc     text,
    bjr         text,
    bjr_zjhm    text,
    bjdh        text,
    fssj        timestamp(0),
    bz_fsdz     text,
    jqxq        text,
    jqlb_dm     text,
    jqlb_mc     text,
    xgsj        timestamp(0) NOT NULL,
    status      text NOT NULL CHECK (status IN ('00', '01', '05', '10', '15')),
    sjc         timestamp(0) NOT NULL,
    PRIMARY KEY (id, jjsj)
) PARTITION BY RANGE (jjsj);

CREATE TABLE jq (
    jqbh        text NOT NULL,
    y_jqbh      text,
    bj_fldm     text,
    jjr         text,
    jjsj        timestamp(0) NOT NULL,
    jjdw        text,
    jjdw_mc     text,
    bjr         text,
    bjr_zjhm    text,
    bjdh        text,
    fssj        timestamp(0),
    bz_fsdz     text,
    jqlb_dm     text,
    jqlb_mc     text,
    djr         text,
    djsj        timestamp(0),
    cznr        text,
    czmj        text,
    czdw_dm     text,
    czdw_mc     text,
    xgsj        timestamp(0) NOT NULL,
    bjbz        text NOT NULL DEFAULT '0' CHECK (bjbz IN ('0', '1')),
    sjc         timestamp(0) NOT NULL,
    PRIMARY KEY (jqbh, jjsj)
) PARTITION BY RANGE (jjsj);

CREATE TABLE jqxf (
    xfbh            text NOT NULL,
    jqbh            text NOT NULL,
    y_xfbh          text,
    xfsj            timestamp(0) NOT NULL,
    sjdw_dm         text,
    sjdw_mc         text,
    sjdw_czrqjbh    text,
    sjdw_czrmc      text,
    jsdw_dm         text,
    jsdw_mc         text,
    jsr_mc          text,
    jsr_qjbh        text,
    jssj            timestamp(0),
    czmj            text,
    cdsj            timestamp(0),
    dcsj            timestamp(0),
    cz_sc           integer,
    sjc             timestamp(0) NOT NULL,
    bh_flag         text NOT NULL DEFAULT '0' CHECK (bh_flag IN ('0', '1')),
    PRIMARY KEY (xfbh, xfsj)
) PARTITION BY RANGE (xfsj);

CREATE TABLE jqfk (
    fkbh        text NOT NULL,
    jqbh        text NOT NULL,
    xfbh        text,
    y_fkbh      text,
    fksj        timestamp(0) NOT NULL,
    fk_jsdwdm   text,
    fk_jsdwmc   text,
    fk_jsr      text,
    fkqk        text,
    jq_lbdm     text,
    jq_lbmc     text,
    sfyx        text NOT NULL DEFAULT '1' CHECK (sfyx IN ('0', '1')),
    lyxt_sjc    timestamp(0),
    sjc         timestamp(0) NOT NULL,
    PRIMARY KEY (fkbh, fksj)
) PARTITION BY RANGE (fksj);

-- The paging indexes, inherited by every partition.
CREATE INDEX jb_paging ON jb (xgsj, id) WHERE status = '15';
CREATE INDEX jq_paging ON jq (sjc, jqbh);
CREATE INDEX jqxf_paging ON jqxf (sjc, xfbh);
CREATE INDEX jqfk_paging ON jqfk (sjc, fkbh);

-- The month partition of table for the time at, created when missing. Two writers may ask
-- at once: the advisory lock makes the second wait and find it made.
CREATE FUNCTION jiandu_ensure_month(tab text, at timestamp) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    first_day date := date_trunc('month', at)::date;
    part text := format('%s_%s', tab, to_char(first_day, 'YYYY_MM'));
BEGIN
    IF tab NOT IN ('jb', 'jq', 'jqxf', 'jqfk') THEN
        RAISE EXCEPTION 'not a share table: %', tab;
    END IF;
    IF to_regclass(part) IS NOT NULL THEN
        RETURN;
    END IF;
    PERFORM pg_advisory_xact_lock(hashtext('jiandu_ensure_month'));
    IF to_regclass(part) IS NULL THEN
        EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)',
                       part, tab, first_day, (first_day + interval '1 month')::date);
    END IF;
END
$$;
