-- fitt's schema, version 6: removing a dataset removes it whole, and a group of label changes is written at once.
-- DELETE FROM dataset WHERE name = ... took its assignments, version base and old journal along (foreign keys), but not its rows, which
-- have no foreign key (it made an import several times slower): they stayed, and a server still
-- running on the dataset went on committing into them, acknowledged, for nobody to read again.

-- A removed dataset's rows go with it.
CREATE FUNCTION fitt_dataset_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM image_row WHERE dataset_id = OLD.id;
    RETURN OLD;
END
$$;
CREATE TRIGGER dataset_removed AFTER DELETE ON dataset FOR EACH ROW EXECUTE FUNCTION fitt_dataset_removed();

-- Rows a removal before this version left behind.
DELETE FROM image_row r WHERE NOT EXISTS (SELECT 1 FROM dataset d WHERE d.id = r.dataset_id);

-- As in schema 5, and a commit into a dataset that is no longer there is refused. And a group of
-- label changes is written by one UPDATE: fitt_commit decided and wrote each change of a group in
-- turn, a statement per change, ~0.07 ms a change in the function and most of a durable commit with
-- 8 clients (docs/BENCHMARKS.md). A group with a review in it (accept or correction) is done change
-- by change as before; a group of label changes only is still decided change by change (versions and
-- conflicts in order, counting the group's earlier changes), then written at once, each row with the
-- last change of the group that touched it.
CREATE OR REPLACE FUNCTION fitt_commit(p_dataset bigint, p_rows integer[], p_counts integer[], p_values bytea[],
                                       p_bases bigint[], p_authors text[], p_times timestamptz[],
                                       p_kinds smallint[]) RETURNS bigint[] LANGUAGE plpgsql AS $$
DECLARE
    results   bigint[] := '{}';
    offs      integer  := 0;
    rows_of   integer[];
    newest    bigint;
    issued    bigint;
    committed bigint;
    any_made  boolean  := false;
    -- A group of label changes only (no review in it), the most common by far: decided one by one as
    -- before, written by one UPDATE at the end (a statement per change was most of a commit's time).
    labels_only boolean := NOT (2::smallint = ANY (p_kinds) OR 1::smallint = ANY (p_kinds));
    made_rows     integer[] := '{}';
    made_versions bigint[]  := '{}';
    made_changes  integer[] := '{}';
    in_group      bigint;
BEGIN
    -- One dataset's commits one at a time, held to the end of the transaction: versions then grow in
    -- commit order, so a follower that has read version v has read every version below it too.
    PERFORM pg_advisory_xact_lock(1718187124, p_dataset::integer);
    -- The dataset is there, and stays until this commit ends (a removal waits for it): a server still
    -- running on a removed dataset gets an error, never an acknowledgement for rows nobody keeps.
    PERFORM 1 FROM dataset WHERE id = p_dataset FOR KEY SHARE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'dataset % was removed from the database: stop its servers (or import it again and restart them)',
            p_dataset USING ERRCODE = 'no_data_found';
    END IF;
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
            IF labels_only THEN
                -- Changes made earlier in this group are not in image_row yet.
                SELECT max(m.v) INTO in_group FROM unnest(made_rows, made_versions) AS m(r, v)
                 WHERE m.r = ANY (rows_of);
                newest := greatest(newest, in_group);
            END IF;
            IF newest > p_bases[i] THEN
                results := results || (-newest);
                CONTINUE;
            END IF;
        END IF;
        committed := nextval('row_version');
        IF labels_only THEN
            made_rows := made_rows || rows_of;
            made_versions := made_versions || array_fill(committed, ARRAY[p_counts[i]]);
            made_changes := made_changes || array_fill(i, ARRAY[p_counts[i]]);
        ELSIF p_kinds[i] = 2 THEN
            UPDATE image_row SET reviewed_by = p_authors[i], reviewed_at = p_times[i], review = 'accepted',
                                 accepted_version = committed
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        ELSIF p_kinds[i] = 1 THEN
            UPDATE image_row SET labels = p_values[i], version = committed, reviewed_by = p_authors[i],
                                 reviewed_at = p_times[i], review = 'corrected'
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        ELSE
            UPDATE image_row SET labels = p_values[i], version = committed, labelled_by = p_authors[i],
                                 labelled_at = p_times[i], reviewed_by = NULL, reviewed_at = NULL, review = ''
             WHERE dataset_id = p_dataset AND row_index = ANY (rows_of);
        END IF;
        any_made := true;
        results := results || committed;
    END LOOP;
    IF labels_only AND any_made THEN
        -- Each row gets the last change of the group that touched it (versions grow with i).
        UPDATE image_row r SET labels = p_values[m.i], version = m.v, labelled_by = p_authors[m.i],
                               labelled_at = p_times[m.i], reviewed_by = NULL, reviewed_at = NULL, review = ''
          FROM (SELECT DISTINCT ON (t.r) t.r, t.v, t.i
                  FROM unnest(made_rows, made_versions, made_changes) AS t(r, v, i)
                 ORDER BY t.r, t.v DESC) m
         -- The rows by the primary key: a plan made for any group must not scan the dataset.
         WHERE r.dataset_id = p_dataset AND r.row_index = ANY (made_rows) AND r.row_index = m.r;
    END IF;
    IF any_made THEN
        -- Delivered at commit, to every server listening: they read what changed after their version.
        PERFORM pg_notify('fitt_rows', p_dataset::text);
    END IF;
    RETURN results;
END
$$;
