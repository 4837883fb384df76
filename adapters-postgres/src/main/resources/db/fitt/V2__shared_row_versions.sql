-- fitt's schema, version 2: several servers on one dataset. Every change is committed straight into
-- image_row with a version from one sequence, checked against the rows' versions in the same
-- transaction; servers follow each other through image_row's versions (LISTEN fitt_rows).

-- Versions of committed changes. They start above every version a server of schema 1 issued from
-- memory (its run base, or the clock in microseconds), so a client's basis from such a run is never
-- mistaken for a newer one.
CREATE SEQUENCE row_version;
SELECT setval('row_version', greatest(
    (extract(epoch FROM clock_timestamp()) * 1000000)::bigint,
    (SELECT coalesce(max(base), 0) + 4294967296 FROM run_version_base)));

-- What a follower asks for: the rows changed after the version it has.
CREATE INDEX image_row_version ON image_row (dataset_id, version);

-- Never filled: an export streams the data CSV again for the other columns.
ALTER TABLE image_row DROP COLUMN other_cells;

-- Commits a batch of changes to one dataset, in order, in the caller's (autocommit) transaction.
-- Change i sets rows rows[offset + 1 .. offset + counts[i]] (file rows) to labels values[i]; with a
-- basis (>= 0) it is made only if none of those rows has a version above the basis. Returns one
-- number per change: its version (> 0); minus the newest row version (a conflict); or 0 (a basis
-- this database never issued).
CREATE FUNCTION fitt_commit(p_dataset bigint, p_rows integer[], p_counts integer[], p_values bytea[],
                            p_bases bigint[]) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
    results   bigint[] := '{}';
    offs      integer  := 0;
    rows_of   integer[];
    newest    bigint;
    issued    bigint;
    committed bigint;
    any_made  boolean  := false;
BEGIN
    -- One dataset's commits one at a time, held to the end of the transaction: versions then grow in
    -- commit order, so a follower that has read version v has read every version below it too.
    PERFORM pg_advisory_xact_lock(1718187124, p_dataset::integer);
    SELECT last_value INTO issued FROM row_version;
    FOR i IN 1 .. coalesce(array_length(p_counts, 1), 0) LOOP
        rows_of := p_rows[offs + 1 : offs + p_counts[i]];
        offs := offs + p_counts[i];
        IF p_bases[i] >= 0 THEN
            IF p_bases[i] > issued THEN
                results := results || 0::bigint;
                CONTINUE;
            END IF;
            SELECT max(r.version) INTO newest FROM image_row r
             WHERE r.dataset_id = p_dataset AND r.row_index = ANY (rows_of);
            IF newest > p_bases[i] THEN
                results := results || (-newest);
                CONTINUE;
            END IF;
        END IF;
        committed := nextval('row_version');
        UPDATE image_row SET labels = p_values[i], version = committed
         WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        results := results || committed;
        any_made := true;
    END LOOP;
    IF any_made THEN
        -- Delivered at commit, to every server listening: they read what changed after their version.
        PERFORM pg_notify('fitt_rows', p_dataset::text);
    END IF;
    RETURN results;
END
$$;
